/**
 * The needs list: newest requests first, search as you type, filters. Tens of thousands of
 * needs at most, so the search can materialise its matches and sort them without a cap.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { needRowSchema, type NeedListParams, type NeedRow } from '@shared/api/needs';
import type { ReadCtx } from '../../context';
import { parseJsonColumn } from '../../db/json-column';
import { toFtsQuery } from '../../search/fts-query';

/** ISO date `days` days before today. */
function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Up to this many matches, a search starts from them; over it, from the newest needs (see `needsOf`). */
export const FEW_MATCHES = 2_000;

export function needListStatements(input: NeedListParams, now: Date, fewMatches = false) {
  const where: string[] = [input.deleted ? "n.deleted_at > ''" : 'n.deleted_at IS NULL'];
  const params: unknown[] = [];
  const fts = toFtsQuery(input.query);
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  const driven = Boolean(fts) && fewMatches;
  if (fts) add(driven ? 'needs_fts MATCH ?' : 'n.search_rowid IN (SELECT rowid FROM needs_fts WHERE needs_fts MATCH ?)', fts);
  if (input.status) add('n.status = ?', input.status);
  if (input.associationId) add('n.association_id = ?', input.associationId);
  if (input.committee) add('a.committee = ?', input.committee);
  if (input.province) add('coalesce(s.province, a.province) = ?', input.province);
  if (input.operatorId) add('n.operator_id = ?', input.operatorId);
  // JSON array of fixed codes: a quoted code cannot occur inside another one.
  if (input.offer) add('instr(n.offers, ?) > 0', `"${input.offer}"`);
  if (input.olderThanDays !== null) add('n.received_on <= ?', daysBefore(now, input.olderThanDays));
  // needs_site_idx (site_id, deleted_at, received_on) keeps the newest-first page read in order.
  if (input.site) add('n.site_id = ?', input.site);
  // A search with few matches starts from them (CROSS JOIN fixes the order): left to itself the
  // planner walks every need newest first and tests each against the matches, ~8 ms on 30,000
  // needs for a surname that matches a handful (Ctrl+K runs it at every keystroke). With many
  // matches (one letter) that walk is the better way: it stops at the page, where sorting every
  // match with its joins would cost ~60 ms.
  const needsOf = driven ? 'needs_fts CROSS JOIN needs n ON n.search_rowid = needs_fts.rowid' : 'needs n';
  const from = `FROM ${needsOf} JOIN associations a ON a.id = n.association_id
    LEFT JOIN association_sites s ON s.id = n.operating_site_id LEFT JOIN operators o ON o.id = n.operator_id
    LEFT JOIN sites office ON office.id = n.site_id`;
  const clause = where.join(' AND ');
  return {
    page: {
      sql: `SELECT n.id, n.title, n.association_id AS associationId, a.name AS associationName,
          coalesce(s.comune, a.comune) AS comune, coalesce(s.province, a.province) AS province, n.status, n.positions,
          n.offers, n.received_on AS receivedOn, o.full_name AS operatorName, n.deleted_at AS deletedAt, office.code AS officeCode
        ${from} WHERE ${clause} ORDER BY n.received_on DESC, n.rowid DESC LIMIT ? OFFSET ?`,
      params: [...params, input.pageSize, (input.page - 1) * input.pageSize],
    },
    /** Every need the filters select, as rowids in the list's order: what an export of the list holds (services/exports). */
    selection: { sql: `SELECT n.rowid ${from} WHERE ${clause} ORDER BY n.received_on DESC, n.rowid DESC`, params },
    // The total needs the association and site only to filter by committee or province: without those
    // filters it counts the needs alone (most of an unfiltered call's time went into the joins).
    count: { sql: `SELECT count(*) AS n ${input.committee || input.province ? from : `FROM ${needsOf}`} WHERE ${clause}`, params },
  };
}

/** How many needs match the words, counted up to FEW_MATCHES + 1 on the FTS index alone. */
function fewMatches(sqlite: BetterSqlite3.Database, query: string): boolean {
  const fts = toFtsQuery(query);
  if (!fts) return false;
  const n = sqlite.prepare(`SELECT count(*) AS n FROM (SELECT rowid FROM needs_fts WHERE needs_fts MATCH ? LIMIT ${FEW_MATCHES + 1})`).get(fts) as { n: number };
  return n.n <= FEW_MATCHES;
}

export function listNeeds(ctx: ReadCtx, input: NeedListParams) {
  const q = needListStatements(input, ctx.now(), fewMatches(ctx.sqlite, input.query));
  const items = pageOf(ctx, q.page);
  const total = (ctx.sqlite.prepare(q.count.sql).get(...q.count.params) as { n: number }).n;
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** The list's page alone, without its total (Ctrl+K shows a few rows of each list: the count ran the search again). */
export function needsPage(ctx: ReadCtx, input: NeedListParams): NeedRow[] {
  return pageOf(ctx, needListStatements(input, ctx.now(), fewMatches(ctx.sqlite, input.query)).page);
}

function pageOf(ctx: ReadCtx, page: { sql: string; params: unknown[] }): NeedRow[] {
  const rows = ctx.sqlite.prepare(page.sql).all(...page.params) as (Omit<NeedRow, 'offers' | 'proposals' | 'accepted'> & { offers: string })[];
  const counts = proposalCounts(ctx.sqlite, rows.map((r) => r.id));
  return rows.map((r) => ({
    ...r,
    offers: parseJsonColumn('needs.offers', needRowSchema.shape.offers, r.offers),
    proposals: counts.get(r.id)?.proposals ?? 0,
    accepted: counts.get(r.id)?.accepted ?? 0,
  }));
}

/** The rowids of every need the list's filters select, in its order: the rows of an export (services/exports). */
export function needListSelection(ctx: ReadCtx, input: NeedListParams): number[] {
  const q = needListStatements(input, ctx.now()).selection;
  return ctx.sqlite.prepare(q.sql).pluck().all(...q.params) as number[];
}

/** Proposals per need, for the page's rows only (a count per row in the sorted query would run for every match). */
export function proposalCounts(sqlite: BetterSqlite3.Database, ids: string[]): Map<string, { proposals: number; accepted: number }> {
  if (ids.length === 0) return new Map();
  const rows = sqlite
    .prepare(
      `SELECT need_id AS id, count(*) AS proposals, sum(status = 'accettato') AS accepted FROM matches
       WHERE need_id IN (${ids.map(() => '?').join(',')}) AND deleted_at IS NULL GROUP BY need_id`,
    )
    .all(...ids) as { id: string; proposals: number; accepted: number }[];
  return new Map(rows.map((r) => [r.id, r]));
}
