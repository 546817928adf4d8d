/**
 * The quota's basis for a host at one of its sites, read from the registry: the checker, the
 * file's `hostEmployees` snapshot and the needs screen all start from here, so a site's own
 * headcount applies wherever the site is known.
 */
import { eq } from 'drizzle-orm';
import { quotaBasis, type QuotaBasis } from '@shared/rules/quota-basis';
import type { ReadCtx } from '../../context';
import { associationSites, associations } from '../../db/schema';

/**
 * `operatingSiteId` null: the registered office. Every association in this registry comes through
 * the AICS–Exar protocol (decision 0008), hence `protocolHost` true; `quotaBasis` withdraws it at a
 * site counted on its own headcount.
 */
export function quotaBasisOf(ctx: ReadCtx, associationId: string, operatingSiteId: string | null): QuotaBasis {
  const employees = ctx.db.select({ e: associations.employees }).from(associations).where(eq(associations.id, associationId)).get()?.e ?? 0;
  const site = operatingSiteId
    ? ctx.db
        .select({ label: associationSites.label, address: associationSites.address, comune: associationSites.comune, employees: associationSites.employees })
        .from(associationSites)
        .where(eq(associationSites.id, operatingSiteId))
        .get()
    : undefined;
  return quotaBasis(employees, site ?? null, true);
}
