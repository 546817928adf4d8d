/**
 * The conflict queue: versions of a record changed at two offices since they last met, the one that
 * did not win kept whole. A coordinator keeps the current version, takes the arrived one, or
 * combines them field by field; the decision is a new version written here, audited.
 */
import { z } from 'zod';
import { AppError } from '@shared/api/errors';
import { educationRank, type EducationLevel } from '@shared/api/candidates';
import { exchangeTableInfo } from '@shared/api/exchange-tables';
import type { ConflictDetail, ConflictSummary } from '@shared/api/exchange';
import { sortKey } from '@shared/validation/text';
import type { ReadCtx, WriteCtx } from '../../context';
import { parseJsonColumn } from '../../db/json-column';
import { camel, WrittenRecords } from '../../exchange/after-merge';
import { Knowledge, rowKnows, writerOf } from '../../exchange/known';
import type { BundleRow } from '../../exchange/manifest';
import { travellingColumns, travellingTable, type TravellingTable } from '../../exchange/tables';
import { requireLocalSite } from '../settings/site';

type Row = Record<string, string | number | null>;
/** `exchange_versions.row`: the whole row as it travelled, column → plain value. */
const storedRow: z.ZodType<Row> = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

interface VersionRow {
  table_name: string;
  record_id: string;
  writer: string;
  hlc: string;
  seen: string | null;
  row: string;
  received_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: 'corrente' | 'arrivata' | 'combinata' | null;
}

/** Bookkeeping that a person does not choose between. */
const META = new Set(['id', 'site_id', 'created_at', 'updated_at', 'updated_by', 'hlc', 'merged_into']);
/** Columns derived from others: recomputed, never shown. */
const DERIVED = new Set(['name_sort', 'comune_sort', 'res_comune_sort', 'title_sort', 'duplicate_key', 'education_rank']);

const conflictId = (v: Pick<VersionRow, 'table_name' | 'record_id' | 'writer'>) => `${v.table_name}:${v.record_id}:${v.writer}`;

function currentRow(ctx: ReadCtx, table: string, id: string): Row | null {
  return (ctx.sqlite.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined) ?? null;
}

/** Where a decision is written: a profile merged here hands its conflicts to the survivor. */
function targetOf(ctx: ReadCtx, table: string, id: string): Row | null {
  let row = currentRow(ctx, table, id);
  for (let i = 0; row && table === 'candidates' && row.merged_into && i < 20; i++) row = currentRow(ctx, table, String(row.merged_into));
  return row;
}

function title(table: string, row: Row | null): string {
  if (!row) return '—';
  if (table === 'associations') return String(row.name);
  if (table === 'candidates') return `${String(row.last_name)} ${String(row.first_name)} (${String(row.tax_code)})`;
  if (table === 'needs') return String(row.title);
  if (table === 'internships') return `Pratica ${String(row.number)}`;
  if (table === 'association_sites') return `${String(row.address)}, ${String(row.comune)}`;
  if (table === 'operators') return String(row.full_name);
  if (table === 'rule_sets' || table === 'committees') return String(row.name);
  return String(row.id);
}

function isOpen(ctx: ReadCtx, knowledge: Knowledge, v: VersionRow, localCode: string, regional: boolean): boolean {
  if (v.resolved_at) return false;
  // A desk reviews only its own changes that lost; the regional office reviews every office's.
  if (!regional && v.writer !== localCode) return false;
  const current = currentRow(ctx, v.table_name, v.record_id);
  if (!current) return false;
  const hlc = String(current.hlc);
  const mergedHere = v.table_name === 'candidates' && current.merged_into !== null && writerOf(hlc) === localCode;
  return mergedHere || !rowKnows(hlc, knowledge.of(v.table_name, v.record_id, hlc), v.hlc);
}

function toSummary(ctx: ReadCtx, v: VersionRow): ConflictSummary {
  const info = exchangeTableInfo(v.table_name);
  const theirs = parseJsonColumn('exchange_versions.row', storedRow, v.row);
  const current = targetOf(ctx, v.table_name, v.record_id);
  return {
    id: conflictId(v),
    table: v.table_name,
    area: info?.area ?? 'sportelli',
    what: info?.label ?? v.table_name,
    recordId: v.record_id,
    title: title(v.table_name, current ?? theirs),
    current: { officeCode: current ? writerOf(String(current.hlc)) : '—', at: current ? String(current.updated_at) : '' },
    theirs: { officeCode: v.writer, at: String(theirs.updated_at) },
    receivedAt: v.received_at,
    resolvedAt: v.resolved_at,
    resolvedBy: v.resolved_by,
    resolution: v.resolution,
  };
}

function allVersions(ctx: ReadCtx, resolved: boolean): VersionRow[] {
  return ctx.sqlite
    .prepare(`SELECT * FROM exchange_versions WHERE resolved_at IS ${resolved ? 'NOT NULL' : 'NULL'} ORDER BY received_at DESC, table_name, record_id`)
    .all() as VersionRow[];
}

export function listConflicts(ctx: ReadCtx, resolved: boolean): ConflictSummary[] {
  const local = requireLocalSite(ctx);
  const knowledge = new Knowledge(ctx.sqlite);
  const regional = local.kind === 'ufficio_regionale';
  const rows = allVersions(ctx, resolved);
  return (resolved ? rows : rows.filter((v) => isOpen(ctx, knowledge, v, local.code, regional))).map((v) => toSummary(ctx, v));
}

export function countOpenConflicts(ctx: ReadCtx): number {
  const local = requireLocalSite(ctx);
  const knowledge = new Knowledge(ctx.sqlite);
  return allVersions(ctx, false).filter((v) => isOpen(ctx, knowledge, v, local.code, local.kind === 'ufficio_regionale')).length;
}

function requireVersion(ctx: ReadCtx, id: string): VersionRow {
  const [table, recordId, writer] = id.split(':');
  const row = ctx.sqlite.prepare('SELECT * FROM exchange_versions WHERE table_name = ? AND record_id = ? AND writer = ?').get(table, recordId, writer) as VersionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Conflitto non trovato: forse è stato risolto da un collega o superato da una versione più recente.');
  return row;
}

function shownColumns(ctx: ReadCtx, table: TravellingTable): string[] {
  return travellingColumns(ctx, table).filter((c) => !META.has(c) && !DERIVED.has(c));
}

export function conflictDetail(ctx: ReadCtx, id: string): ConflictDetail {
  const v = requireVersion(ctx, id);
  const table = travellingTable(v.table_name)!;
  const theirs = parseJsonColumn('exchange_versions.row', storedRow, v.row);
  const current = targetOf(ctx, v.table_name, v.record_id) ?? {};
  return {
    ...toSummary(ctx, v),
    fields: shownColumns(ctx, table).map((column) => {
      const a = current[column] ?? null;
      const b = theirs[column] ?? null;
      return { column, label: camel(column), current: a, theirs: b, differs: a !== b };
    }),
  };
}

/** Recomputes the sort and search keys of a combined row from the fields it now has. */
function withDerived(table: string, row: Row): Row {
  const out = { ...row };
  const text = (c: string) => (typeof out[c] === 'string' ? (out[c] as string) : '');
  if (table === 'associations') {
    out.name_sort = sortKey(text('name'));
    out.comune_sort = sortKey(text('comune'));
  }
  if (table === 'candidates') {
    out.name_sort = sortKey(`${text('last_name')} ${text('first_name')}`);
    out.duplicate_key = out.name_sort;
    out.res_comune_sort = out.res_comune ? sortKey(text('res_comune')) : null;
    out.education_rank = educationRank((out.education_level as EducationLevel | null) ?? null);
  }
  if (table === 'needs') out.title_sort = sortKey(text('title'));
  return out;
}

export function resolveConflict(ctx: WriteCtx, id: string, choice: 'corrente' | 'arrivata' | 'combinata', takeTheirs: string[]): ConflictSummary {
  return ctx.db.transaction(() => {
    const v = requireVersion(ctx, id);
    if (v.resolved_at) throw new AppError('CONFLICT', 'Questo conflitto è già stato risolto da un collega: la pagina è stata aggiornata.');
    const table = travellingTable(v.table_name)!;
    const shown = shownColumns(ctx, table);
    const taken = choice === 'arrivata' ? shown : choice === 'combinata' ? takeTheirs : [];
    const unknown = taken.filter((c) => !shown.includes(c));
    if (unknown.length > 0) throw new AppError('VALIDATION', `Campi sconosciuti: ${unknown.join(', ')}.`);
    if (choice === 'combinata' && taken.length === 0) throw new AppError('VALIDATION', 'Scegli almeno un campo dalla versione arrivata, oppure tieni la versione attuale.');
    if (taken.length > 0) {
      const current = targetOf(ctx, v.table_name, v.record_id);
      if (!current) throw new AppError('NOT_FOUND', 'Il record non c’è più.');
      const theirs = parseJsonColumn('exchange_versions.row', storedRow, v.row);
      const combined: Row = { ...current };
      for (const c of taken) combined[c] = theirs[c] ?? null;
      const next = withDerived(v.table_name, {
        ...combined,
        updated_at: ctx.now().toISOString(),
        updated_by: ctx.actor.id ?? 'sistema',
        hlc: ctx.clock.now(),
      });
      const columns = travellingColumns(ctx, table).filter((c) => c !== 'id');
      ctx.sqlite
        .prepare(`UPDATE ${table.table} SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`)
        .run(...columns.map((c) => next[c] ?? null), current.id);
      const written = new WrittenRecords(ctx, 'resolve', { field: 'conflittoCon', before: null, after: v.writer });
      written.add({ table: table.table, id: String(current.id), before: current, after: next as BundleRow });
      written.reindex();
    }
    ctx.sqlite
      .prepare('UPDATE exchange_versions SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE table_name = ? AND record_id = ? AND writer = ?')
      .run(ctx.now().toISOString(), ctx.actor.name, choice, v.table_name, v.record_id, v.writer);
    return toSummary(ctx, requireVersion(ctx, id));
  });
}
