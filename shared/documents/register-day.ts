/**
 * What the attendance register says of a day that has no hours to work, the same in the built-in
 * register and in an office's template (`{{giorni.nota}}`): a holiday by its name, a rest day, a day
 * outside the file, a day of a qualifying suspension — and an absence as an absence (decision 0014):
 * a working day entered as 0 hours, or a day of a short «suspension» recorded before the rules
 * changed and not converted yet, which the rules treat as absences.
 */
import type { InternshipInfo } from './context';
import { dayReason, type PlannedDay } from '../rules/attendance-days';

export const ABSENCE_NOTE = 'Assenza';

/** True when the day falls in a suspension that really suspends the tirocinio. */
export function inQualifyingSuspension(day: string, suspensions: InternshipInfo['suspensions']): boolean {
  return suspensions.some((s) => s.qualifying && s.from <= day && (s.to === null || day <= s.to));
}

/** The day's note, or null for a working day with nothing to say. */
export function registerDayNote(day: PlannedDay, suspensions: InternshipInfo['suspensions'], daily: Readonly<Record<string, number>> | null): string | null {
  if (day.kind === 'sospeso' && !inQualifyingSuspension(day.date, suspensions)) return ABSENCE_NOTE;
  if (day.kind === 'lavorativo' && daily?.[day.date] === 0) return ABSENCE_NOTE;
  return dayReason(day);
}
