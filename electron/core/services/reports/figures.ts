/**
 * The protocol's figures for a period (issue 16): each breakdown is one statement
 * (statements.ts), turned here into labelled rows. The same figures fill the «Report» page and
 * the monitoring workbook, so the two never disagree.
 */
import { AppError } from '@shared/api/errors';
import {
  FOLDED_CATEGORIES_KEY,
  FOLDED_CATEGORIES_ROW,
  REPORT_OUTCOME_LABELS,
  REPORT_OUTCOMES,
  type ProtocolFigures,
  type ReportFigures,
  type ReportOutcome,
  type ReportParams,
} from '@shared/api/reports';
import { TARGET_CATEGORY_LABELS, type TargetCategory } from '@shared/domain/person';
import { ITALIAN_MONTHS } from '@shared/rules/calendar';
import { INTERNSHIP_TYPE_LABELS, type InternshipType } from '@shared/rules/internship-rules';
import type { ReadCtx } from '../../context';
import {
  ALLOWANCE_SQL,
  CATEGORIES_SQL,
  COMMITTEES_SQL,
  MONTHS_SQL,
  NEEDS_SQL,
  OUTCOMES_SQL,
  PROTOCOL_SQL,
  TYPES_SQL,
  type ReportSqlParams,
} from './statements';

type Row = Record<string, string | number | null>;

const num = (v: string | number | null | undefined): number => Number(v ?? 0);
const str = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/** The statements' parameters for a period, an operator, an office and the caller's clearance. */
export function sqlParams(params: ReportParams, seesSpecial: boolean): ReportSqlParams {
  return {
    from: params.from,
    to: params.to,
    monthStart: `${params.from.slice(0, 7)}-01`,
    monthFrom: params.from.slice(0, 7),
    monthTo: params.to.slice(0, 7),
    operatorId: params.operatorId,
    site: params.site,
    fold: seesSpecial ? 0 : 1,
  };
}

function all(ctx: ReadCtx, sql: string, p: ReportSqlParams): Row[] {
  return ctx.sqlite.prepare(sql).all(p) as Row[];
}

/** «gennaio 2026» for '2026-01'. */
export function monthLabel(month: string): string {
  return `${ITALIAN_MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}

/** Every month from the first to the last of the period, none left out ('YYYY-MM'). */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

export function protocolFigures(ctx: ReadCtx, p: ReportSqlParams): ProtocolFigures {
  const r = ctx.sqlite.prepare(PROTOCOL_SQL).get(p) as Row;
  return {
    associations: num(r.associations),
    hostsWithoutEmployees: num(r.hostsWithoutEmployees),
    needsReceived: num(r.needsReceived),
    peopleProposed: num(r.peopleProposed),
    started: num(r.started),
    hired: num(r.hired),
  };
}

/** One decimal, as the partnership's tables print it. */
const percentOf = (n: number, total: number) => (total === 0 ? 0 : Math.round((n * 1000) / total) / 10);

function outcomes(ctx: ReadCtx, p: ReportSqlParams): { rows: ReportFigures['outcomes']; total: number } {
  const counts = new Map(all(ctx, OUTCOMES_SQL, p).map((r) => [str(r.outcome), num(r.n)]));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  // The four the partnership reports always show; «esito non registrato» only when some file lacks it.
  const keys = REPORT_OUTCOMES.filter((k: ReportOutcome) => k !== 'non_indicato' || (counts.get(k) ?? 0) > 0);
  return { rows: keys.map((key) => ({ key, label: REPORT_OUTCOME_LABELS[key], count: counts.get(key) ?? 0, percent: percentOf(counts.get(key) ?? 0, total) })), total };
}

/** How many files ended in the period, however. */
export function endedCount(ctx: ReadCtx, p: ReportSqlParams): number {
  return all(ctx, OUTCOMES_SQL, p).reduce((a, r) => a + num(r.n), 0);
}

const fileCounts = (r: Row) => ({ started: num(r.started), ended: num(r.ended), hired: num(r.hired) });

function categoryLabel(key: string): string {
  if (key === FOLDED_CATEGORIES_KEY) return FOLDED_CATEGORIES_ROW;
  if (key === '') return 'Categoria non indicata';
  return TARGET_CATEGORY_LABELS[key as TargetCategory] ?? key;
}

/** Largest first, the rows with no value («non indicata») last. */
function byCount<R extends { key: string; started: number; ended: number }>(rows: R[]): R[] {
  return rows.sort((a, b) => Number(a.key === '') - Number(b.key === '') || b.started - a.started || b.ended - a.ended || a.key.localeCompare(b.key));
}

function committees(ctx: ReadCtx, p: ReportSqlParams): ReportFigures['committees'] {
  return all(ctx, COMMITTEES_SQL, p)
    .map((r) => ({ committee: str(r.committee), province: str(r.province), needs: num(r.needs), ...fileCounts(r) }))
    .sort((a, b) => Number(a.committee === '') - Number(b.committee === '') || a.committee.localeCompare(b.committee, 'it') || a.province.localeCompare(b.province))
    .map((r) => ({ ...r, committee: r.committee || 'Comitato non indicato', province: r.province || '—' }));
}

function needs(ctx: ReadCtx, p: ReportSqlParams, months: string[]): Pick<ReportFigures, 'needs' | 'needsByMonth'> {
  const rows = all(ctx, NEEDS_SQL, p);
  const sum = (k: string) => rows.reduce((a, r) => a + num(r[k]), 0);
  const byMonth = new Map(rows.map((r) => [str(r.month), r]));
  return {
    needs: { received: sum('received'), covered: sum('covered'), open: sum('open'), closedWithout: sum('closedWithout') },
    needsByMonth: months.map((month) => ({ month, label: monthLabel(month), received: num(byMonth.get(month)?.received), covered: num(byMonth.get(month)?.covered) })),
  };
}

/** The attendance months of the period, month by month (the workbook's sheet). */
export interface AllowanceMonth {
  month: string;
  label: string;
  files: number;
  closedMonths: number;
  openMonths: number;
  attendedCentiHours: number;
  plannedCentiHours: number;
  dueCents: number;
  hostCents: number;
  projectCents: number;
}

export function allowanceByMonth(ctx: ReadCtx, p: ReportSqlParams): AllowanceMonth[] {
  return all(ctx, ALLOWANCE_SQL, p).map((r) => ({
    month: str(r.month),
    label: monthLabel(str(r.month)),
    files: num(r.files),
    closedMonths: num(r.closedMonths),
    openMonths: num(r.openMonths),
    attendedCentiHours: num(r.attendedCentiHours),
    plannedCentiHours: num(r.plannedCentiHours),
    dueCents: num(r.dueCents),
    hostCents: num(r.hostCents),
    projectCents: num(r.projectCents),
  }));
}

function allowanceTotals(rows: AllowanceMonth[]): ReportFigures['allowance'] {
  const sum = (k: keyof Omit<AllowanceMonth, 'month' | 'label'>) => rows.reduce((a, r) => a + r[k], 0);
  return {
    closedMonths: sum('closedMonths'),
    openMonths: sum('openMonths'),
    hostCents: sum('hostCents'),
    projectCents: sum('projectCents'),
    dueCents: sum('dueCents'),
    attendedCentiHours: sum('attendedCentiHours'),
    plannedCentiHours: sum('plannedCentiHours'),
  };
}

/** Whose and which office's figures, in words; an unknown operator or office is refused. */
function labels(ctx: ReadCtx, params: ReportParams): { operatorLabel: string; officeLabel: string } {
  let operatorLabel = 'tutti gli operatori';
  if (params.operatorId) {
    const row = ctx.sqlite.prepare('SELECT full_name AS name FROM operators WHERE id = ?').get(params.operatorId) as { name: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'Operatore non trovato: forse è stato rimosso.');
    operatorLabel = row.name;
  }
  let officeLabel = 'tutti gli sportelli';
  if (params.site) {
    const row = ctx.sqlite.prepare('SELECT code, name FROM sites WHERE id = ?').get(params.site) as { code: string; name: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'Sportello non trovato.');
    officeLabel = `${row.code} · ${row.name}`;
  }
  return { operatorLabel, officeLabel };
}

export interface FiguresWithDetail {
  figures: ReportFigures;
  /** The workbook's extra detail: the attendance month by month. */
  allowanceMonths: AllowanceMonth[];
}

export function reportFiguresWithDetail(ctx: ReadCtx, params: ReportParams, seesSpecial: boolean): FiguresWithDetail {
  const { operatorLabel, officeLabel } = labels(ctx, params);
  const p = sqlParams(params, seesSpecial);
  const months = monthsOf(params.from, params.to);
  const byMonth = new Map(all(ctx, MONTHS_SQL, p).map((r) => [str(r.month), r]));
  const ended = outcomes(ctx, p);
  const allowanceMonths = allowanceByMonth(ctx, p);
  const figures: ReportFigures = {
    from: params.from,
    to: params.to,
    operatorLabel,
    officeLabel,
    categoriesFolded: !seesSpecial,
    protocol: protocolFigures(ctx, p),
    months: months.map((month) => ({ month, label: monthLabel(month), started: num(byMonth.get(month)?.started), ended: num(byMonth.get(month)?.ended) })),
    outcomes: ended.rows,
    endedTotal: ended.total,
    committees: committees(ctx, p),
    categories: byCount(all(ctx, CATEGORIES_SQL, p).map((r) => ({ key: str(r.key), label: categoryLabel(str(r.key)), ...fileCounts(r) }))),
    types: byCount(all(ctx, TYPES_SQL, p).map((r) => ({ key: str(r.key), label: INTERNSHIP_TYPE_LABELS[str(r.key) as InternshipType] ?? str(r.key), ...fileCounts(r) }))),
    ...needs(ctx, p, months),
    allowance: allowanceTotals(allowanceMonths),
  };
  return { figures, allowanceMonths };
}

/** The page's figures. */
export function reportFigures(ctx: ReadCtx, params: ReportParams, seesSpecial: boolean): ReportFigures {
  return reportFiguresWithDetail(ctx, params, seesSpecial).figures;
}
