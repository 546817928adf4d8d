/**
 * The attendance register of a file, month by month: hours entered, the sheet computed by
 * shared/rules/attendance.ts, months closed by a coordinator. A closed month changes only by a
 * coordinator's correction, which the history keeps.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../../shared/api/errors';
import type { AttendanceView } from '../../../../shared/api/internships';
import { fileAttendance, internshipMonths, type SheetFile } from '../../../../shared/rules/attendance';
import type { Funding } from '../../../../shared/rules/allowance';
import type { WeeklySchedule } from '../../../../shared/rules/calendar';
import { italianDate } from '../../../../shared/validation/italian-time';
import type { ServiceContext } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import type { Db } from '../../db/connection';
import { attendanceMonths, internshipSuspensions } from '../../db/schema';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { requireInternship, type InternshipRecord } from './internships';
import { ruleSetById } from './rules-in-force';

const monthLabel = (key: string) => `${key.slice(5)}/${key.slice(0, 4)}`;

function sheetFile(db: Db, row: InternshipRecord, today: string): SheetFile | string {
  if (!row.startDate || !row.plannedEndDate) return 'Indica le date di inizio e di fine del tirocinio.';
  if (!row.weeklySchedule) return 'Indica l’orario settimanale: le ore previste vengono da lì.';
  if (row.monthlyAllowanceCents === null) return 'Indica l’indennità mensile.';
  if (!row.funding) return 'Indica chi paga l’indennità.';
  const suspensions = db
    .select()
    .from(internshipSuspensions)
    .where(and(eq(internshipSuspensions.internshipId, row.id), isNull(internshipSuspensions.deletedAt)))
    .all()
    .map((s) => ({ from: s.fromDate, to: s.toDate ?? (today > s.fromDate ? today : s.fromDate) }));
  return {
    schedule: row.weeklySchedule as unknown as WeeklySchedule,
    period: { from: row.startDate, to: row.actualEndDate ?? row.plannedEndDate },
    suspensions,
    monthlyAllowanceCents: row.monthlyAllowanceCents,
    funding: row.funding as unknown as Funding,
  };
}

function stored(db: Db, internshipId: string) {
  return db
    .select()
    .from(attendanceMonths)
    .where(and(eq(attendanceMonths.internshipId, internshipId), isNull(attendanceMonths.deletedAt)))
    .all();
}

export function getAttendance(db: Db, id: string, today: string): AttendanceView {
  const row = requireInternship(db, id);
  const file = sheetFile(db, row, today);
  const empty = { internshipId: id, months: [], attendance: null, dueCents: 0, hostCents: 0, projectCents: 0, certificateReachable: false };
  if (typeof file === 'string') return { ...empty, missing: file };
  const rows = stored(db, id);
  const entered = new Map(rows.filter((r) => r.attendedHours !== null).map((r) => [r.month, r.attendedHours!]));
  const closed = new Map(rows.map((r) => [r.month, r]));
  const sheet = fileAttendance(file, entered, ruleSetById(db, row.ruleSetId));
  return {
    ...sheet,
    internshipId: id,
    missing: null,
    months: sheet.months.map(({ year, month, ...m }) => {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      return { ...m, month: key, closedAt: closed.get(key)?.closedAt ?? null, closedBy: closed.get(key)?.closedBy ?? null };
    }),
  };
}

function monthOf(db: Db, row: InternshipRecord, month: string, today: string) {
  if (!row.startDate || !row.plannedEndDate) throw new AppError('CONFLICT', 'Indica prima le date del tirocinio.');
  const months = internshipMonths({ from: row.startDate, to: row.actualEndDate ?? row.plannedEndDate }).map(
    (m) => `${m.year}-${String(m.month).padStart(2, '0')}`,
  );
  if (!months.includes(month)) throw new AppError('VALIDATION', `Il mese ${monthLabel(month)} è fuori dal periodo del tirocinio.`, [{ path: 'month', message: 'Mese fuori dal tirocinio' }]);
  if (month > today.slice(0, 7)) throw new AppError('VALIDATION', `Il mese ${monthLabel(month)} non è ancora cominciato.`, [{ path: 'month', message: 'Mese futuro' }]);
  return db.select().from(attendanceMonths).where(and(eq(attendanceMonths.internshipId, row.id), eq(attendanceMonths.month, month))).get() ?? null;
}

/** `mayCorrect`: the caller may change a closed month (a coordinator). */
export function setAttendance(ctx: ServiceContext, id: string, month: string, attendedHours: number, mayCorrect: boolean): AttendanceView {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx.db, id);
    if (!['attivo', 'sospeso', 'concluso', 'interrotto'].includes(row.status)) {
      throw new AppError('CONFLICT', 'Le presenze si registrano da quando il tirocinio è avviato.');
    }
    const today = italianDate(ctx.now());
    const existing = monthOf(ctx.db, row, month, today);
    if (existing?.closedAt && !mayCorrect) {
      throw new AppError('CONFLICT', `Il mese ${monthLabel(month)} è chiuso: può correggerlo solo un coordinatore.`);
    }
    const before = existing?.attendedHours ?? null;
    if (existing) {
      ctx.db.update(attendanceMonths).set({ attendedHours, daily: null, ...touchedMeta(ctx) }).where(eq(attendanceMonths.id, existing.id)).run();
    } else {
      ctx.db.insert(attendanceMonths).values({ ...newRecordMeta(ctx, newId()), internshipId: id, month, attendedHours, daily: null, closedAt: null, closedBy: null }).run();
    }
    if (before !== attendedHours) {
      const field = existing?.closedAt ? `presenze.${month} (correzione di un mese chiuso)` : `presenze.${month}`;
      writeAudit(ctx, { entity: 'internships', entityId: id, action: 'update', changes: [{ field, before, after: attendedHours }] });
    }
    return getAttendance(ctx.db, id, today);
  });
}

export function closeMonth(ctx: ServiceContext, id: string, month: string): AttendanceView {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx.db, id);
    const today = italianDate(ctx.now());
    const existing = monthOf(ctx.db, row, month, today);
    if (!existing || existing.attendedHours === null) throw new AppError('CONFLICT', `Registra prima le ore di ${monthLabel(month)}.`);
    if (existing.closedAt) throw new AppError('CONFLICT', `Il mese ${monthLabel(month)} è già chiuso.`);
    ctx.db.update(attendanceMonths).set({ closedAt: ctx.now().toISOString(), closedBy: ctx.actor.name, ...touchedMeta(ctx) }).where(eq(attendanceMonths.id, existing.id)).run();
    writeAudit(ctx, { entity: 'internships', entityId: id, action: 'update', changes: [{ field: `presenze.${month}.chiuso`, before: null, after: ctx.actor.name }] });
    return getAttendance(ctx.db, id, today);
  });
}
