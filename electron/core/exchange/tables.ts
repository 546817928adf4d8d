/**
 * What the core needs to know about each travelling table beyond its words (shared/api/exchange-tables.ts):
 * which columns stay in this installation, which parents a row needs before it can be written, and
 * which rows of the table a desk sends. The order is the shared one: parents before children.
 */
import { EXCHANGE_TABLES, type ExchangeTableInfo } from '@shared/api/exchange-tables';
import type { ReadCtx } from '../context';

export interface ParentLink {
  column: string;
  table: string;
}

export interface TravellingTable extends ExchangeTableInfo {
  /** Columns that belong to this installation and never travel (search index keys, password hashes). */
  localColumns: readonly string[];
  /** Foreign keys: a row is written only once each non-null parent exists here. */
  parents: readonly ParentLink[];
  /** Which column of the row points at a candidate, so a merged profile's children follow the survivor. */
  candidateColumn: string | null;
}

const LOCAL: Record<string, readonly string[]> = {
  sites: ['is_local'],
  operators: ['password_hash', 'last_login_at'],
  associations: ['search_rowid'],
  candidates: ['search_rowid'],
  needs: ['search_rowid'],
};

const PARENTS: Record<string, readonly ParentLink[]> = {
  association_sites: [{ column: 'association_id', table: 'associations' }],
  candidate_special: [{ column: 'candidate_id', table: 'candidates' }],
  candidate_notes: [{ column: 'candidate_id', table: 'candidates' }],
  candidate_attachments: [{ column: 'candidate_id', table: 'candidates' }],
  needs: [{ column: 'association_id', table: 'associations' }],
  need_events: [{ column: 'need_id', table: 'needs' }],
  matches: [
    { column: 'need_id', table: 'needs' },
    { column: 'candidate_id', table: 'candidates' },
  ],
  match_events: [{ column: 'match_id', table: 'matches' }],
  internships: [
    { column: 'candidate_id', table: 'candidates' },
    { column: 'association_id', table: 'associations' },
    { column: 'need_id', table: 'needs' },
    { column: 'match_id', table: 'matches' },
  ],
  internship_events: [{ column: 'internship_id', table: 'internships' }],
  internship_suspensions: [{ column: 'internship_id', table: 'internships' }],
  internship_extensions: [{ column: 'internship_id', table: 'internships' }],
  internship_waivers: [{ column: 'internship_id', table: 'internships' }],
  attendance_months: [{ column: 'internship_id', table: 'internships' }],
  documents: [
    { column: 'internship_id', table: 'internships' },
    { column: 'candidate_id', table: 'candidates' },
  ],
};

/** Children that follow a merged profile; special data does not (the merge already combined it). */
const FOLLOWS_MERGED_CANDIDATE = new Set(['candidate_notes', 'candidate_attachments', 'matches', 'internships', 'documents']);

export const TRAVELLING_TABLES: readonly TravellingTable[] = EXCHANGE_TABLES.map((info) => ({
  ...info,
  localColumns: LOCAL[info.table] ?? [],
  parents: PARENTS[info.table] ?? [],
  candidateColumn: FOLLOWS_MERGED_CANDIDATE.has(info.table) ? 'candidate_id' : null,
}));

const BY_NAME = new Map(TRAVELLING_TABLES.map((t) => [t.table, t]));

export function travellingTable(name: string): TravellingTable | undefined {
  return BY_NAME.get(name);
}

/**
 * Tables an administrator left out, and with them every table that depends on one of them (a row
 * whose parent never travels would wait forever at the regional office).
 */
export function closeOverDependants(leftOut: ReadonlySet<string>): Set<string> {
  const out = new Set(leftOut);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of TRAVELLING_TABLES) {
      if (!out.has(t.table) && t.parents.some((p) => out.has(p.table))) {
        out.add(t.table);
        grew = true;
      }
    }
  }
  return out;
}

/** The columns of a table as the database has them now (names in the database's spelling). */
export function tableColumns(ctx: ReadCtx, table: string): { name: string; notNull: boolean; defaultValue: string | null }[] {
  return (ctx.sqlite.pragma(`table_info(${table})`) as { name: string; notnull: number; dflt_value: string | null }[]).map((c) => ({
    name: c.name,
    notNull: c.notnull === 1,
    defaultValue: c.dflt_value,
  }));
}

/** The columns that travel: all but the local ones. */
export function travellingColumns(ctx: ReadCtx, table: TravellingTable): string[] {
  return tableColumns(ctx, table.table)
    .map((c) => c.name)
    .filter((c) => !table.localColumns.includes(c));
}
