/** The «Scambio dati» page's first look: key, what travels, the last export, offices, what waits for a person. */
import { EXCHANGE_TABLES } from '@shared/api/exchange-tables';
import type { ExchangeOffice, ExchangeStatus } from '@shared/api/exchange';
import type { ReadCtx } from '../../context';
import { requireLocalSite } from '../settings/site';
import { countOpenConflicts } from './conflicts';
import { countProposedDuplicates } from './duplicates';
import { changedSinceLastExport, lastDataExport } from './export';
import { leftOutTables, readOfficeKey } from './settings';

export function knownOffices(ctx: ReadCtx): ExchangeOffice[] {
  const rows = ctx.sqlite.prepare('SELECT id, code, name, kind, is_local AS isLocal FROM sites ORDER BY is_local DESC, code').all() as (Omit<ExchangeOffice, 'isLocal'> & { isLocal: number })[];
  return rows.map((r) => ({ ...r, isLocal: r.isLocal === 1 }));
}

export function exchangeStatus(ctx: ReadCtx): ExchangeStatus {
  const local = requireLocalSite(ctx);
  const key = readOfficeKey(ctx);
  const leftOut = leftOutTables(ctx);
  const last = lastDataExport(ctx);
  return {
    office: { id: local.id, code: local.code, name: local.name, kind: local.kind, isLocal: true },
    key: { set: key !== null, fingerprint: key?.fingerprint ?? null, source: key?.source ?? null },
    policy: EXCHANGE_TABLES.map((t) => ({ table: t.table, label: t.label, area: t.area, included: !leftOut.has(t.table), optional: t.optional, leftOutByDefault: t.leftOutByDefault })),
    lastExport: last,
    changedSinceLastExport: local.kind === 'sportello' ? changedSinceLastExport(ctx) : 0,
    offices: knownOffices(ctx),
    openConflicts: countOpenConflicts(ctx),
    proposedDuplicates: countProposedDuplicates(ctx),
    pending: (ctx.sqlite.prepare('SELECT count(*) AS n FROM exchange_pending').get() as { n: number }).n,
  };
}
