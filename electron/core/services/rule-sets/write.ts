/**
 * A coordinator adds, corrects or removes a rule set; every change is audited with its before and
 * after. The built-in Piedmont defaults and any set a file in signature or started rests on stay
 * as they are: the files signed under them must keep reading the same numbers.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { RuleSetFields, RuleSetView } from '@shared/api/rule-sets';
import { formatItalianDate } from '@shared/validation/italian-time';
import type { WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { ruleSets } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { assertSameVersion } from '../stale-version';
import { allRuleSets } from '../internships/rules-in-force';
import { repointDrafts } from './drafts';
import { getRuleSet, requireStoredSet, startedLock, usageOf, type RuleSetRecord } from './read';

/** "allowance.fullMonthlyCents": 60000, "hostQuota.bands": "[…]": what the history lists. */
function flatten(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

function stored(row: RuleSetRecord): RuleSetFields {
  return { ...(row.data as unknown as RuleSetFields), name: row.name, validFrom: row.validFrom };
}

function assertFreeDate(ctx: WriteCtx, validFrom: string, exceptId: string | null): void {
  const clash = allRuleSets(ctx).find((s) => s.validFrom === validFrom && s.id !== exceptId);
  if (!clash) return;
  const message = `C’è già una versione in vigore dal ${formatItalianDate(validFrom)} («${clash.name}»): scegli un’altra data.`;
  throw new AppError('CONFLICT', message, [{ path: 'validFrom', message }]);
}

function assertNotStarted(ctx: WriteCtx, id: string): void {
  const { started } = usageOf(ctx, id);
  if (started > 0) throw new AppError('CONFLICT', startedLock(started));
}

export function createRuleSet(ctx: WriteCtx, fields: RuleSetFields): RuleSetView {
  return ctx.db.transaction(() => {
    assertFreeDate(ctx, fields.validFrom, null);
    const id = newId();
    const { name, validFrom, ...data } = fields;
    ctx.db
      .insert(ruleSets)
      .values({ ...newRecordMeta(ctx, id), name, validFrom, data })
      .run();
    writeAudit(ctx, { entity: 'rule_sets', entityId: id, action: 'create', changes: diffFields(null, flatten(fields)) });
    repointDrafts(ctx);
    return getRuleSet(ctx, id);
  });
}

export function updateRuleSet(ctx: WriteCtx, id: string, expectedHlc: string, fields: RuleSetFields): RuleSetView {
  return ctx.db.transaction(() => {
    const row = requireStoredSet(ctx, id);
    assertSameVersion(row.hlc, expectedHlc, 'questa versione delle regole', 'form');
    assertNotStarted(ctx, id);
    const changes = diffFields(flatten(stored(row)), flatten(fields));
    if (changes.length === 0) return getRuleSet(ctx, id);
    assertFreeDate(ctx, fields.validFrom, id);
    const { name, validFrom, ...data } = fields;
    ctx.db
      .update(ruleSets)
      .set({ name, validFrom, data, ...touchedMeta(ctx) })
      .where(eq(ruleSets.id, id))
      .run();
    writeAudit(ctx, { entity: 'rule_sets', entityId: id, action: 'update', changes });
    repointDrafts(ctx);
    return getRuleSet(ctx, id);
  });
}

/** A tombstone, as for any record that travels; drafts on it move to the set now in force at their start. */
export function removeRuleSet(ctx: WriteCtx, id: string, expectedHlc: string): { id: string } {
  return ctx.db.transaction(() => {
    const row = requireStoredSet(ctx, id);
    assertSameVersion(row.hlc, expectedHlc, 'questa versione delle regole', 'page');
    assertNotStarted(ctx, id);
    const at = ctx.now().toISOString();
    ctx.db
      .update(ruleSets)
      .set({ deletedAt: at, ...touchedMeta(ctx) })
      .where(and(eq(ruleSets.id, id), isNull(ruleSets.deletedAt)))
      .run();
    writeAudit(ctx, { entity: 'rule_sets', entityId: id, action: 'delete', changes: diffFields(flatten(stored(row)), null) });
    repointDrafts(ctx);
    return { id };
  });
}
