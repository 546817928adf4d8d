/**
 * The quota's basis for a host at one of its sites, read from the registry: the checker, the
 * file's `hostEmployees` snapshot and the needs screen all start from here, so a site's own
 * headcount applies wherever the site is known.
 */
import { eq, sql } from 'drizzle-orm';
import { quotaBasis, type QuotaBasis } from '@shared/rules/quota-basis';
import type { ReadCtx } from '../../context';
import { preparedPerConnection } from '../../db/prepared';
import { associationSites, associations } from '../../db/schema';

/**
 * `operatingSiteId` null: the registered office. Every association in this registry comes through
 * the AICS–Exar protocol (decision 0008), hence `protocolHost` true; `quotaBasis` withdraws it at a
 * site counted on its own headcount.
 */
// Asked by every need's and internship's checks: compiled once (issue 17).
const employeesOf = preparedPerConnection((db) =>
  db.select({ e: associations.employees }).from(associations).where(eq(associations.id, sql.placeholder('id'))).prepare(),
);
const siteBasisOf = preparedPerConnection((db) =>
  db
    .select({ label: associationSites.label, address: associationSites.address, comune: associationSites.comune, employees: associationSites.employees })
    .from(associationSites)
    .where(eq(associationSites.id, sql.placeholder('id')))
    .prepare(),
);

export function quotaBasisOf(ctx: ReadCtx, associationId: string, operatingSiteId: string | null): QuotaBasis {
  const employees = employeesOf(ctx.db).get({ id: associationId })?.e ?? 0;
  const site = operatingSiteId ? siteBasisOf(ctx.db).get({ id: operatingSiteId }) : undefined;
  return quotaBasis(employees, site ?? null, true);
}
