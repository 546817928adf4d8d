/**
 * «Oggi» (issue 16): what the desk has to do today and in the next days, for one operator or the
 * whole office. Each kind of item is one statement (agenda-items.ts); the regional exchange adds
 * what waits for a decision there, for the roles that run it.
 */
import type { Agenda, AgendaItem } from '@shared/api/today';
import { AppError } from '@shared/api/errors';
import type { ReadCtx } from '../../context';
import { countOpenConflicts } from '../exchange/conflicts';
import { countProposedDuplicates } from '../exchange/duplicates';
import { ITEM_QUERIES, STALE_NEED_DAYS, type Row, type Scope } from './agenda-items';

export interface AgendaRequest {
  scope: 'mine' | 'operator' | 'office';
  operatorId: string | null;
  entries: number;
}

function scopeOf(ctx: ReadCtx, request: AgendaRequest): { scope: Scope; label: string } {
  if (request.scope === 'office') return { scope: { operatorId: null }, label: 'tutto l’ufficio' };
  if (request.scope === 'mine') {
    // The app itself (no operator: a script) has no desk of its own: the office's agenda.
    return ctx.actor.id ? { scope: { operatorId: ctx.actor.id }, label: 'le tue persone e pratiche' } : { scope: { operatorId: null }, label: 'tutto l’ufficio' };
  }
  if (!request.operatorId) throw new AppError('VALIDATION', 'Scegli l’operatore di cui vedere l’agenda.', [{ path: 'operatorId', message: 'Scegli un operatore' }]);
  const row = ctx.sqlite.prepare('SELECT full_name AS name FROM operators WHERE id = ?').get(request.operatorId) as { name: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Operatore non trovato: forse è stato rimosso.');
  return { scope: { operatorId: request.operatorId }, label: row.name };
}

/** What the caller may act on beyond their people and files: closing months, the exchange's decisions. */
export interface AgendaRights {
  closesMonths: boolean;
  seesExchange: boolean;
}

export function agendaFor(ctx: ReadCtx, request: AgendaRequest, rights: AgendaRights): Agenda {
  const today = ctx.today();
  const { scope, label } = scopeOf(ctx, request);
  const items: AgendaItem[] = [];
  for (const q of ITEM_QUERIES) {
    // Closing a month is a coordinator's act: an operator is not shown what only someone else can do.
    if (q.kind === 'mesi-da-chiudere' && !rights.closesMonths) continue;
    const rows = ctx.sqlite.prepare(q.sql).all({ ...q.params(today, scope), limit: request.entries }) as Row[];
    if (rows.length === 0) continue;
    items.push({ kind: q.kind, count: Number(rows[0]!.total), entries: rows.map((r) => q.entry(r, today)), all: q.all });
  }
  if (rights.seesExchange) {
    // Conflicts and duplicates are the office's, whoever's agenda is shown.
    const conflicts = countOpenConflicts(ctx);
    const duplicates = countProposedDuplicates(ctx);
    const entries = [
      ...(conflicts > 0 ? [{ label: `${conflicts} ${conflicts === 1 ? 'conflitto' : 'conflitti'} da risolvere`, detail: 'Modifiche diverse allo stesso dato da due sportelli', due: null, to: '/scambio/conflitti' }] : []),
      ...(duplicates > 0 ? [{ label: `${duplicates} ${duplicates === 1 ? 'possibile doppione' : 'possibili doppioni'}`, detail: 'La stessa persona registrata da due sportelli', due: null, to: '/scambio/doppioni' }] : []),
    ];
    if (entries.length > 0) items.push({ kind: 'scambio', count: conflicts + duplicates, entries, all: '/scambio' });
  }
  return { today, scopeLabel: label, items, staleNeedDays: STALE_NEED_DAYS };
}
