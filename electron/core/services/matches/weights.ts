/** The weights of the matching criteria: a local setting a coordinator changes; audited. */
import { DEFAULT_MATCH_WEIGHTS, matchWeightsSchema, type MatchWeights } from '@shared/api/matches';
import type { ReadCtx, WriteCtx } from '../../context';
import { diffFields, writeAudit } from '../audit/audit-log';
import { readLocalValue, writeLocalValue } from '../settings/local-values';
import { requireLocalSite } from '../settings/site';

const WEIGHTS_KEY = 'matchWeights';

export function readMatchWeights(ctx: ReadCtx): MatchWeights {
  const parsed = matchWeightsSchema.safeParse(readLocalValue(ctx, WEIGHTS_KEY));
  return parsed.success ? parsed.data : DEFAULT_MATCH_WEIGHTS;
}

export function writeMatchWeights(ctx: WriteCtx, weights: MatchWeights): MatchWeights {
  return ctx.db.transaction(() => {
    const before = readMatchWeights(ctx);
    const changes = diffFields(prefixed(before), prefixed(weights));
    if (changes.length === 0) return before;
    writeLocalValue(ctx, WEIGHTS_KEY, weights);
    writeAudit(ctx, { entity: 'settings', entityId: requireLocalSite(ctx).id, action: 'update', changes });
    return readMatchWeights(ctx);
  });
}

/** "pesoAbbinamento.skills": the settings history tells these apart from the office's fields. */
function prefixed(w: MatchWeights): Record<string, number> {
  return Object.fromEntries(Object.entries(w).map(([k, v]) => [`pesoAbbinamento.${k}`, v]));
}
