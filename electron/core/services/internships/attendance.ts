/**
 * The attendance register of a file, month by month: hours entered, the sheet computed by
 * shared/rules/attendance.ts, months closed by a coordinator. A closed month changes only by a
 * coordinator's correction, which the history keeps.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { AttendanceView } from '@shared/api/internships';
import { fileAttendance, internshipMonths, monthSheet, pfiPlannedHours, type SheetFile } from '@shared/rules/attendance';
import { italianMonth } from '@shared/rules/calendar';
import { centiHours, checkDailyHours, plannedDaysInMonth, type PlannedDay } from '@shared/rules/attendance-days';
import { overallAttendance, type Funding } from '@shared/rules/allowance';
import { finalCertificate } from '@shared/rules/final-certificate';
import { localHolidaysOf } from '@shared/rules/patron-days';
import type { WeeklySchedule } from '@shared/rules/working-hours';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import type { Db } from '../../db/connection';
import { attendanceMonths, internshipSuspensions } from '../../db/schema';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { requireInternship, type InternshipRecord } from './internships';
import { patronDayOfFile } from './patron-day';
import { ruleSetById } from './rules-in-force';
import { plural } from '@shared/text/plural';

const monthLabel = (key: string) => `${key.slice(5)}/${key.slice(0, 4)}`;

/**
 * A month's hours as the contract gives them: the total, or the hours of each day ('YYYY-MM-DD'),
 * an empty set of days clearing the month. `version`: the month as the caller read it (its hlc,
 * null when there was no row); left out (undefined), the save does not check it.
 */
export interface AttendanceEntry {
  attendedHours: number | null;
  daily: Readonly<Record<string, number>> | null;
  version?: string | null;
}

function daysOf(file: SheetFile, key: string): PlannedDay[] {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return plannedDaysInMonth(file.schedule, { year, month }, file.period, { suspensions: file.suspensions, localHolidays: file.localHolidays });
}

/** The stored days ('DD' → hundredths) as the contract shows them ('YYYY-MM-DD' → hours). */
function dailyView(key: string, daily: Record<string, number> | null): Record<string, number> | null {
  if (!daily) return null;
  return Object.fromEntries(Object.entries(daily).map(([dd, centi]) => [`${key}-${dd}`, centi / 100]));
}

function sheetFile(ctx: ReadCtx, row: InternshipRecord): SheetFile | string {
  const today = ctx.today();
  if (!row.startDate || !row.plannedEndDate) return 'Indica le date di inizio e di fine del tirocinio.';
  if (!row.weeklySchedule) return 'Indica l’orario settimanale: le ore previste vengono da lì.';
  if (row.monthlyAllowanceCents === null) return 'Indica l’indennità mensile.';
  if (!row.funding) return 'Indica chi paga l’indennità.';
  const suspensions = ctx.db
    .select()
    .from(internshipSuspensions)
    .where(and(eq(internshipSuspensions.internshipId, row.id), isNull(internshipSuspensions.deletedAt)))
    .all()
    .map((s) => ({ from: s.fromDate, to: s.toDate ?? (today > s.fromDate ? today : s.fromDate) }));
  return {
    schedule: row.weeklySchedule as unknown as WeeklySchedule,
    period: { from: row.startDate, to: row.actualEndDate ?? row.plannedEndDate },
    plannedEnd: row.plannedEndDate,
    suspensions,
    monthlyAllowanceCents: row.monthlyAllowanceCents,
    funding: row.funding as unknown as Funding,
    localHolidays: localHolidaysOf(patronDayOfFile(ctx, row)),
  };
}

/** The live row of each month; if two offices both recorded one, the latest write (hlc) is the month. */
function stored(db: Db, internshipId: string) {
  const rows = db
    .select()
    .from(attendanceMonths)
    .where(and(eq(attendanceMonths.internshipId, internshipId), isNull(attendanceMonths.deletedAt)))
    .orderBy(asc(attendanceMonths.hlc))
    .all();
  return [...new Map(rows.map((r) => [r.month, r])).values()];
}

/**
 * The register as computed now, except closed months, which keep what they computed when closed
 * (a later change of schedule or a new suspension does not rewrite a month already paid).
 */
export function getAttendance(ctx: ReadCtx, id: string): AttendanceView {
  const { db } = ctx;
  const row = requireInternship(ctx, id);
  const file = sheetFile(ctx, row);
  const rules = ruleSetById(ctx, row.ruleSetId);
  const attendanceThreshold = rules.allowance.attendanceThreshold;
  const finalCertificateAttendance = rules.finalCertificateAttendance;
  const thresholds = { attendanceThreshold, finalCertificateAttendance };
  const noCertificate = { plannedHours: 0, attendedHours: 0, attendance: null, reached: false };
  const empty = { internshipId: id, months: [], attendance: null, dueCents: 0, hostCents: 0, projectCents: 0, certificateReachable: false, certificate: noCertificate, ...thresholds };
  if (typeof file === 'string') return { ...empty, missing: file };
  const rows = new Map(stored(db, id).map((r) => [r.month, r]));
  const entered = new Map([...rows].filter(([, r]) => r.attendedCentiHours !== null).map(([k, r]) => [k, r.attendedCentiHours! / 100]));
  const months = fileAttendance(file, entered, rules).months.map(({ year, month, ...m }) => {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const r = rows.get(key);
    const days = { daily: dailyView(key, r?.daily ?? null), days: daysOf(file, key), version: r?.hlc ?? null };
    if (!r?.closedAt) return { ...m, month: key, closedAt: null, closedBy: null, ...days };
    const plannedHours = r.closedPlannedCentiHours! / 100;
    return {
      ...m,
      ...days,
      month: key,
      plannedHours,
      attendance: plannedHours > 0 && m.attendedHours !== null ? Math.floor((Math.min(m.attendedHours, plannedHours) / plannedHours) * 10000) / 10000 : null,
      dueCents: r.closedDueCents!,
      hostCents: r.closedHostCents!,
      projectCents: r.closedProjectCents!,
      closedAt: r.closedAt,
      closedBy: r.closedBy,
    };
  });
  const hours = months.filter((m) => m.attendedHours !== null).map((m) => ({ plannedHours: m.plannedHours, attendedHours: m.attendedHours! }));
  const sum = (k: 'dueCents' | 'hostCents' | 'projectCents') => months.reduce((t, m) => t + m[k], 0);
  // On the months as shown (a closed month keeps its planned hours), over the whole planned period.
  const { reachable, ...certificate } = finalCertificate({ plannedHours: pfiPlannedHours(file), months, threshold: finalCertificateAttendance });
  return {
    internshipId: id,
    missing: null,
    months,
    attendance: overallAttendance(hours),
    dueCents: sum('dueCents'),
    hostCents: sum('hostCents'),
    projectCents: sum('projectCents'),
    certificateReachable: reachable,
    certificate,
    ...thresholds,
  };
}

function monthOf(ctx: ReadCtx, row: InternshipRecord, month: string) {
  const today = ctx.today();
  if (!row.startDate || !row.plannedEndDate) throw new AppError('CONFLICT', 'Indica prima le date del tirocinio.');
  const months = internshipMonths({ from: row.startDate, to: row.actualEndDate ?? row.plannedEndDate }).map(
    (m) => `${m.year}-${String(m.month).padStart(2, '0')}`,
  );
  if (!months.includes(month)) throw new AppError('VALIDATION', `Il mese ${monthLabel(month)} è fuori dal periodo del tirocinio.`, [{ path: 'month', message: 'Mese fuori dal tirocinio' }]);
  if (month > today.slice(0, 7)) throw new AppError('VALIDATION', `Il mese ${monthLabel(month)} non è ancora cominciato.`, [{ path: 'month', message: 'Mese futuro' }]);
  return stored(ctx.db, row.id).find((r) => r.month === month) ?? null;
}

/**
 * The days typed for a month, checked against its planned days: refused (VALIDATION, naming the
 * day) outside the internship, on suspended days, beyond 24 hours; hours on holidays and rest days
 * are accepted (made-up hours), the screen warns about them. Returns the days to store ('DD' →
 * hundredths) and their total in hundredths.
 */
function checkedDays(ctx: ReadCtx, row: InternshipRecord, month: string, daily: Readonly<Record<string, number>>) {
  const file = sheetFile(ctx, row);
  if (typeof file === 'string') throw new AppError('CONFLICT', file);
  const errors = checkDailyHours(daysOf(file, month), daily).filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (${plural(errors.length - 1, 'e un altro giorno', 'e altri # giorni')} da correggere)` : '';
    throw new AppError('VALIDATION', `${errors[0]!.message}${more}`, errors.map((i) => ({ path: `daily.${i.date}`, message: i.message })));
  }
  const stored = Object.fromEntries(Object.keys(daily).sort().map((date) => [date.slice(8), centiHours(daily[date]!)]));
  return { stored, totalCenti: Object.values(stored).reduce((t, c) => t + c, 0) };
}

/**
 * Records a month's hours: a total (a bare number, as older callers pass it, or `attendedHours`),
 * which clears any days entered before, or the hours of each day, whose exact sum becomes the
 * total. No days at all ({}) clear the month: its hours go back to "not entered" (null), not 0.
 * `mayCorrect`: the caller may change a closed month (a coordinator); such a correction is
 * written in the history as one. With a `version`, a month recorded meanwhile by someone else is
 * not overwritten (CONFLICT, nothing changed).
 */
export function setAttendance(ctx: WriteCtx, id: string, month: string, entry: number | AttendanceEntry, mayCorrect: boolean): AttendanceView {
  const { attendedHours, daily, version } = typeof entry === 'number' ? { attendedHours: entry, daily: null, version: undefined } : entry;
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx, id);
    if (!['attivo', 'sospeso', 'concluso', 'interrotto'].includes(row.status)) {
      throw new AppError('CONFLICT', 'Le presenze si registrano da quando il tirocinio è avviato.');
    }
    const existing = monthOf(ctx, row, month);
    if (existing?.closedAt && !mayCorrect) {
      throw new AppError('CONFLICT', `Il mese ${monthLabel(month)} è chiuso: può correggerlo solo un coordinatore.`);
    }
    if (version !== undefined && (existing?.hlc ?? null) !== version) {
      throw new AppError(
        'CONFLICT',
        `Nel frattempo qualcuno ha registrato le ore di questo mese: ricarica ${italianMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))} per vedere le ore salvate, poi riporta le tue modifiche.`,
        [{ path: 'version', message: 'Il mese è stato registrato nel frattempo' }],
        { reason: 'stale' },
      );
    }
    let attendedCentiHours: number | null;
    let days: Record<string, number> | null = null;
    if (daily && Object.keys(daily).length === 0) {
      // Nothing to clear: the month was never entered, or was cleared already.
      if (!existing || (existing.attendedCentiHours === null && existing.daily === null)) return getAttendance(ctx, id);
      attendedCentiHours = null;
    } else if (daily) {
      const checked = checkedDays(ctx, row, month, daily);
      attendedCentiHours = checked.totalCenti;
      days = checked.stored;
    } else if (attendedHours !== null) {
      attendedCentiHours = Math.round(attendedHours * 100);
    } else {
      throw new AppError('VALIDATION', 'Indica le ore del mese oppure quelle giorno per giorno.', [{ path: 'attendedHours', message: 'Ore mancanti' }]);
    }
    if (existing) {
      ctx.db.update(attendanceMonths).set({ attendedCentiHours, daily: days, ...touchedMeta(ctx) }).where(eq(attendanceMonths.id, existing.id)).run();
      if (existing.closedAt) refreezeMonth(ctx, id, existing.id, month);
    } else {
      ctx.db
        .insert(attendanceMonths)
        .values({
          ...newRecordMeta(ctx, newId()),
          internshipId: id,
          month,
          attendedCentiHours,
          daily: days,
          closedAt: null,
          closedBy: null,
          closedPlannedCentiHours: null,
          closedDueCents: null,
          closedHostCents: null,
          closedProjectCents: null,
        })
        .run();
    }
    const changes = attendanceChanges(month, existing, attendedCentiHours, days);
    if (changes.length > 0) writeAudit(ctx, { entity: 'internships', entityId: id, action: 'update', changes });
    return getAttendance(ctx, id);
  });
}

/**
 * What the history keeps of a change: the month's total (`presenze.2027-02`) and each day whose
 * hours changed (`presenze.2027-02-15`), marked as the correction of a closed month when it is one.
 */
function attendanceChanges(
  month: string,
  existing: { attendedCentiHours: number | null; daily: Record<string, number> | null; closedAt: string | null } | null,
  afterCenti: number | null,
  afterDays: Record<string, number> | null,
) {
  const suffix = existing?.closedAt ? ' (correzione di un mese chiuso)' : '';
  const hoursOf = (centi: number | null | undefined) => (centi === null || centi === undefined ? null : centi / 100);
  const changes: { field: string; before: number | null; after: number | null }[] = [];
  const before = hoursOf(existing?.attendedCentiHours);
  const after = hoursOf(afterCenti);
  if (before !== after) changes.push({ field: `presenze.${month}${suffix}`, before, after });
  const beforeDays = existing?.daily ?? {};
  const afterMap = afterDays ?? {};
  for (const dd of [...new Set([...Object.keys(beforeDays), ...Object.keys(afterMap)])].sort()) {
    const a = hoursOf(beforeDays[dd]);
    const b = hoursOf(afterMap[dd]);
    if (a !== b) changes.push({ field: `presenze.${month}-${dd}${suffix}`, before: a, after: b });
  }
  return changes;
}

/** Stores what the month computes now as its closed figures (at closing, and after a coordinator's correction). */
function refreezeMonth(ctx: WriteCtx, id: string, rowId: string, month: string): void {
  const row = requireInternship(ctx, id);
  const file = sheetFile(ctx, row);
  if (typeof file === 'string') throw new AppError('CONFLICT', file);
  // A closed month cleared by a coordinator owes nothing until its hours are entered again.
  const centi = ctx.db.select().from(attendanceMonths).where(eq(attendanceMonths.id, rowId)).get()!.attendedCentiHours;
  const attended = centi === null ? null : centi / 100;
  const [year, m] = month.split('-').map(Number) as [number, number];
  const sheet = monthSheet(file, { year, month: m }, attended, ruleSetById(ctx, row.ruleSetId));
  ctx.db
    .update(attendanceMonths)
    .set({
      closedPlannedCentiHours: Math.round(sheet.plannedHours * 100),
      closedDueCents: sheet.dueCents,
      closedHostCents: sheet.hostCents,
      closedProjectCents: sheet.projectCents,
    })
    .where(eq(attendanceMonths.id, rowId))
    .run();
}

export function closeMonth(ctx: WriteCtx, id: string, month: string): AttendanceView {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx, id);
    const existing = monthOf(ctx, row, month);
    if (!existing || existing.attendedCentiHours === null) throw new AppError('CONFLICT', `Registra prima le ore di ${monthLabel(month)}.`);
    if (existing.closedAt) throw new AppError('CONFLICT', `Il mese ${monthLabel(month)} è già chiuso.`);
    ctx.db.update(attendanceMonths).set({ closedAt: ctx.now().toISOString(), closedBy: ctx.actor.name, ...touchedMeta(ctx) }).where(eq(attendanceMonths.id, existing.id)).run();
    refreezeMonth(ctx, id, existing.id, month);
    writeAudit(ctx, { entity: 'internships', entityId: id, action: 'update', changes: [{ field: `presenze.${month}.chiuso`, before: null, after: ctx.actor.name }] });
    return getAttendance(ctx, id);
  });
}
