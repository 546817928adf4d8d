/**
 * The monthly attendance sheet of an internship: the hours planned from the weekly schedule
 * (public holidays and suspensions taken out), the hours attended, and what follows from them —
 * attendance, the allowance due and who pays it — month by month and over the whole file.
 * It only combines `calendar.ts` and `allowance.ts`, so the sheet on screen, the core and the
 * documents compute the same numbers.
 */
import { fundingSplit, monthAllowance, overallAttendance, type Funding } from './allowance';
import { daysBetweenInclusive, daysInMonth, monthPeriod, suspensionDays, type LocalHoliday, type Period } from './calendar';
import { finalCertificate, type FinalCertificate } from './final-certificate';
import { plannedHours, plannedHoursInMonth, type WeeklySchedule } from './working-hours';
import { PIEDMONT_DEFAULT_RULES, type InternshipRuleSet } from './internship-rules';

export interface MonthRef {
  year: number;
  /** 1–12 */
  month: number;
}

/** The calendar months an internship touches, first to last. */
export function internshipMonths(internship: Period): MonthRef[] {
  const [fy, fm] = internship.from.split('-').map(Number) as [number, number];
  const [ty, tm] = internship.to.split('-').map(Number) as [number, number];
  const months: MonthRef[] = [];
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    months.push({ year: y, month: m });
  }
  return months;
}

export interface SheetFile {
  schedule: WeeklySchedule;
  /** Start and (current) end of the internship: the real end once it ended, else the planned one. */
  period: Period;
  /**
   * The planned end, extensions included: the final certificate's base runs to it even when the
   * file ended earlier (DOMAIN.md «Final certificate»).
   */
  plannedEnd: string;
  suspensions: readonly Period[];
  monthlyAllowanceCents: number;
  funding: Funding;
  /** The patron day(s) of the comune where the intern works, if any. */
  localHolidays?: readonly LocalHoliday[];
}

export interface MonthSheet extends MonthRef {
  plannedHours: number;
  /** Null until the month's hours are entered. */
  attendedHours: number | null;
  /** 0..1, null when nothing was planned or nothing entered yet. */
  attendance: number | null;
  /**
   * The allowance for the month before attendance: the monthly amount, in proportion to the
   * calendar days inside the internship when it starts or ends during the month.
   */
  monthlyCents: number;
  dueCents: number;
  full: boolean;
  hostCents: number;
  projectCents: number;
}

/**
 * A first or last month only partly inside the internship, or partly suspended, earns the monthly
 * allowance in proportion to its calendar days in service (rounded to the cent, halves up):
 * starting on the 16th of a 30-day month earns half of it. DOMAIN.md is silent on partial months;
 * this is the usual practice.
 */
function monthlyShareCents(file: SheetFile, ref: MonthRef): number {
  const month = monthPeriod(ref.year, ref.month);
  const from = file.period.from > month.from ? file.period.from : month.from;
  const to = file.period.to < month.to ? file.period.to : month.to;
  if (to < from) return 0;
  // Suspended days earn nothing: the intern is not there, and the end moves to make up for them.
  const days = daysBetweenInclusive(from, to) - suspensionDays(file.suspensions, { from, to });
  const all = daysInMonth(ref.year, ref.month);
  return days === all ? file.monthlyAllowanceCents : Math.floor((2 * file.monthlyAllowanceCents * days + all) / (2 * all));
}

export function monthSheet(file: SheetFile, ref: MonthRef, attendedHours: number | null, rules: InternshipRuleSet): MonthSheet {
  const plannedHours = plannedHoursInMonth(file.schedule, ref.year, ref.month, file.period, {
    suspensions: file.suspensions,
    localHolidays: file.localHolidays,
  });
  const monthlyCents = monthlyShareCents(file, ref);
  if (attendedHours === null) {
    return { ...ref, plannedHours, attendedHours, attendance: null, monthlyCents, dueCents: 0, full: false, hostCents: 0, projectCents: 0 };
  }
  const due = monthAllowance({ plannedHours, attendedHours, monthlyAllowanceCents: monthlyCents, rules });
  const split = fundingSplit(due.dueCents, file.funding);
  return { ...ref, plannedHours, attendedHours, attendance: due.attendance, monthlyCents, dueCents: due.dueCents, full: due.full, ...split };
}

/** A month's figures from hours not stored yet: what the grid shows as one types. */
export interface MonthDue {
  attendance: number | null;
  dueCents: number;
  full: boolean;
  hostCents: number;
  projectCents: number;
}

/**
 * What a month owes for `attendedHours`, given its planned hours and its monthly share (both from
 * the sheet already computed for the month): the same figures `monthSheet` gives once the hours are
 * stored. Only the rule set's attendance threshold matters here, so the screen passes that alone.
 */
export function monthDue(month: { plannedHours: number; monthlyCents: number }, attendedHours: number, funding: Funding, attendanceThreshold: number): MonthDue {
  const rules = { ...PIEDMONT_DEFAULT_RULES, allowance: { ...PIEDMONT_DEFAULT_RULES.allowance, attendanceThreshold } };
  const due = monthAllowance({ plannedHours: month.plannedHours, attendedHours, monthlyAllowanceCents: month.monthlyCents, rules });
  return { attendance: due.attendance, dueCents: due.dueCents, full: due.full, ...fundingSplit(due.dueCents, funding) };
}

export interface FileAttendance {
  months: MonthSheet[];
  /** Over the months entered so far. */
  attendance: number | null;
  dueCents: number;
  hostCents: number;
  projectCents: number;
  /** The final certificate on the hours planned for the whole period (final-certificate.ts). */
  certificate: FinalCertificate;
}

/**
 * Hours planned from the start to the planned end (extensions included), suspensions left out:
 * the PFI's total, the base of the final certificate whatever the real end.
 */
export function pfiPlannedHours(file: SheetFile): number {
  const to = file.plannedEnd > file.period.to ? file.plannedEnd : file.period.to;
  return plannedHours(file.schedule, { from: file.period.from, to }, { suspensions: file.suspensions, localHolidays: file.localHolidays });
}

/** Every month of the file, with the hours entered so far (keyed 'YYYY-MM'). */
export function fileAttendance(file: SheetFile, attended: ReadonlyMap<string, number>, rules: InternshipRuleSet): FileAttendance {
  const months = internshipMonths(file.period).map((ref) =>
    monthSheet(file, ref, attended.get(`${ref.year}-${String(ref.month).padStart(2, '0')}`) ?? null, rules),
  );
  const entered = months.filter((m) => m.attendedHours !== null).map((m) => ({ plannedHours: m.plannedHours, attendedHours: m.attendedHours! }));
  const sum = (k: 'dueCents' | 'hostCents' | 'projectCents') => months.reduce((total, m) => total + m[k], 0);
  return {
    months,
    attendance: overallAttendance(entered),
    dueCents: sum('dueCents'),
    hostCents: sum('hostCents'),
    projectCents: sum('projectCents'),
    certificate: finalCertificate({ plannedHours: pfiPlannedHours(file), months, threshold: rules.finalCertificateAttendance }),
  };
}
