/**
 * The audit viewer (issue 15): the whole log filtered by person, operator, action, kind and period,
 * a page at a time, and the same filters as a CSV for Excel. For coordinators and administrators,
 * who answer for who viewed special data, who exported and which logins failed.
 */
import {
  AUDIT_ACTION_LABELS,
  type AuditAction,
  type AuditFilters,
  type AuditRow,
  type AuditSearchInput,
} from '@shared/api/audit';
import { italianDateTime } from '@shared/validation/italian-time';
import type { ReadCtx, WriteCtx } from '../../context';
import { decodeChanges } from './changes-codec';
import { mergedHistoryIds } from '../candidates/merge';
import { writeAudit } from './audit-log';

interface LogRow {
  id: number;
  at: string;
  operatorName: string;
  entity: string;
  entityId: string;
  action: AuditAction;
  changes: string;
}

/** The kinds of record in Italian; an exchange conflict may name a table not in this list. */
const ENTITY_LABELS: Record<string, string> = {
  associations: 'Associazione',
  candidates: 'Candidato',
  candidate_special: 'Dati particolari',
  needs: 'Fabbisogno',
  matches: 'Abbinamento',
  internships: 'Tirocinio',
  operators: 'Operatore',
  settings: 'Impostazioni',
  rule_sets: 'Regole regionali',
  committees: 'Comitato',
  patron_days: 'Festa patronale',
  professions: 'Professione',
};

/** A person's audit rows are on their profile and on their special data. */
const PERSON_ENTITIES = ['candidates', 'candidate_special'];

/** Midnight of an Italian calendar day, as the UTC instant `at` is stored in. */
export function romeDayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  // Italy is UTC+1 or UTC+2, and the clocks never change at midnight: one of the two is that day's 00:00.
  for (const hours of [2, 1]) {
    const t = new Date(utcMidnight - hours * 3_600_000);
    if (italianDateTime(t) === `${day}T00:00`) return t.toISOString();
  }
  return new Date(utcMidnight - 3_600_000).toISOString();
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The WHERE clause of the filters, with its parameters; each condition is one an index can serve or a cheap test. */
function whereOf(ctx: ReadCtx, f: AuditFilters): { sql: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  if (f.personId) {
    // A merged profile's rows go on under the survivor, as in its history; (entity, entity_id) is audit_entity_idx.
    const ids = mergedHistoryIds(ctx, f.personId);
    conditions.push(`entity IN ('candidates', 'candidate_special') AND entity_id IN (${ids.map(() => '?').join(', ')})`);
    params.push(...ids);
  }
  if (f.operatorId) {
    conditions.push('operator_id = ?');
    params.push(f.operatorId);
  }
  if (f.action) {
    conditions.push('action = ?');
    params.push(f.action);
  }
  if (f.kind === 'dati-particolari') conditions.push("entity = 'candidate_special' AND action = 'view'");
  if (f.kind === 'esportazioni') conditions.push("action = 'export'");
  // A successful login has no changes; a refused one carries its outcome (handlers/auth.ts).
  if (f.kind === 'accessi-falliti') conditions.push(`action = 'login' AND changes LIKE '%"outcome"%'`);
  if (f.from) {
    conditions.push('at >= ?');
    params.push(romeDayStart(f.from));
  }
  if (f.to) {
    conditions.push('at < ?');
    params.push(romeDayStart(nextDay(f.to)));
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

const COLUMNS = 'id, at, operator_name AS operatorName, entity, entity_id AS entityId, action, changes';

/** The names of the records a page points to, read once per kind, only for those still there. */
function labelsOf(ctx: ReadCtx, rows: LogRow[]): Map<string, string> {
  const labels = new Map<string, string>();
  const lookup = (entities: string[], sql: (marks: string) => string) => {
    const ids = [...new Set(rows.filter((r) => entities.includes(r.entity)).map((r) => r.entityId))];
    if (ids.length === 0) return;
    const found = ctx.sqlite.prepare(sql(ids.map(() => '?').join(', '))).all(...ids) as { id: string; label: string }[];
    for (const row of found) for (const entity of entities) labels.set(`${entity}:${row.id}`, row.label);
  };
  lookup(PERSON_ENTITIES, (m) => `SELECT id, last_name || ' ' || first_name AS label FROM candidates WHERE id IN (${m})`);
  lookup(['operators'], (m) => `SELECT id, full_name AS label FROM operators WHERE id IN (${m})`);
  lookup(['associations'], (m) => `SELECT id, name AS label FROM associations WHERE id IN (${m})`);
  return labels;
}

/** Up to this many field names in a line; the rest counted. */
const FIELDS_SHOWN = 6;

/**
 * One line of what a row says. A login or an export says its outcome and what left; an edit names
 * the fields, never their values: the values of special data belong in the record's own history.
 */
function summaryOf(row: LogRow): string {
  const changes = decodeChanges('audit_log.changes', row.changes);
  if (row.action === 'login') {
    if (changes.length === 0) return 'Accesso riuscito';
    // The stored outcome is already a sentence («non riuscito: password errata»): it reads without a label.
    const outcomeText = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
    return changes
      .map((c) => (c.field === 'outcome' ? outcomeText(String(c.after ?? '')) : `${c.field === 'username' ? 'Nome utente' : c.field}: ${String(c.after ?? '')}`))
      .join('; ');
  }
  if (row.action === 'export') return changes.map((c) => String(c.after ?? c.field)).join('; ');
  if (changes.length === 0) return row.action === 'view' && row.entity === 'candidate_special' ? 'Dati particolari visti' : '';
  const names = changes.map((c) => c.field);
  const more = names.length - FIELDS_SHOWN;
  return `Campi: ${names.slice(0, FIELDS_SHOWN).join(', ')}${more > 0 ? ` e altri ${more}` : ''}`;
}

function toRow(row: LogRow, labels: Map<string, string>): AuditRow {
  const failedLogin = row.action === 'login' && row.changes.includes('"outcome"');
  return {
    id: String(row.id),
    at: row.at,
    operatorName: row.operatorName,
    action: failedLogin ? 'Accesso non riuscito' : AUDIT_ACTION_LABELS[row.action],
    entity: ENTITY_LABELS[row.entity] ?? row.entity,
    entityLabel: labels.get(`${row.entity}:${row.entityId}`) ?? null,
    summary: summaryOf(row),
  };
}

/**
 * A page of the log, newest first. Ordered by HLC, which this office issues in step with `at` for
 * every row it writes: SQLite walks audit_hlc_idx backwards and stops at the page, no sort of the whole log.
 */
export function searchAudit(ctx: ReadCtx, input: AuditSearchInput) {
  const where = whereOf(ctx, input);
  const total = (ctx.sqlite.prepare(`SELECT count(*) AS n FROM audit_log ${where.sql}`).get(...where.params) as { n: number }).n;
  const rows = ctx.sqlite
    .prepare(`SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY hlc DESC LIMIT ? OFFSET ?`)
    .all(...where.params, input.pageSize, (input.page - 1) * input.pageSize) as LogRow[];
  const labels = labelsOf(ctx, rows);
  const operators = ctx.sqlite.prepare('SELECT id, full_name AS name FROM operators ORDER BY full_name').all() as { id: string; name: string }[];
  return { items: rows.map((r) => toRow(r, labels)), total, operators };
}

/** A file for Italian Excel: it reads ';' as the separator and needs the BOM to take the text as UTF-8. */
const BOM = '\uFEFF';
/** Rows in one file: the log of years at a busy office stays a file Excel opens (its limit is 1,048,576). */
export const EXPORT_LIMIT = 100_000;

function csvCell(value: string): string {
  // A cell Excel would run as a formula (=, +, -, @) is quoted text with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 07/12/2026 14:05, Italian time. */
function excelDateTime(iso: string): string {
  const local = italianDateTime(new Date(iso));
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

/** The log under the same filters as the page, as a CSV; the export is itself a row of the log. */
export function exportAudit(ctx: WriteCtx, filters: AuditFilters) {
  const where = whereOf(ctx, filters);
  const rows = ctx.sqlite
    .prepare(`SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY hlc DESC LIMIT ?`)
    .all(...where.params, EXPORT_LIMIT) as LogRow[];
  const labels = labelsOf(ctx, rows);
  const lines = [['Data e ora', 'Operatore', 'Azione', 'Tipo di record', 'Record', 'Dettagli'].join(';')];
  for (const row of rows) {
    const r = toRow(row, labels);
    lines.push([excelDateTime(r.at), r.operatorName, r.action, r.entity, r.entityLabel ?? '', r.summary].map(csvCell).join(';'));
  }
  writeAudit(ctx, {
    entity: 'settings',
    entityId: ctx.siteId,
    action: 'export',
    changes: [{ field: 'registroAccessi', before: null, after: `Registro accessi in CSV: ${rows.length} righe` }],
  });
  const csv = `${BOM}${lines.join('\r\n')}\r\n`;
  return {
    fileName: `registro-accessi-${ctx.today()}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
  };
}
