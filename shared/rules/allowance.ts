/**
 * The monthly allowance (indennità di partecipazione): the regional minimum for a weekly load, what
 * is due for a month given the attendance register, who pays it, and the attendance over the months
 * entered. Pure, integer cents in and out. The final certificate has its own base (the whole planned
 * period, final-certificate.ts).
 *
 * Hours are counted to the hundredth (36 seconds): every ratio below is computed on whole
 * hundredths of an hour with integer arithmetic, so 70 of 100 hours is exactly 70%, never 69.999…%.
 * Attendance shares are cut (not rounded) to 4 decimals, so a share shown as 0.7000 always reached
 * 70%, and the share and the "paid in full" answer never disagree.
 */
import { ruleApplies, type InternshipRuleSet, type InternshipType } from './internship-rules';

/** Whole hundredths of an hour; refuses what cannot be an amount of hours. */
function hundredths(hours: number, what: string): number {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`${what} must be a number of hours ≥ 0, got ${hours}`);
  return Math.round(hours * 100);
}

function checkCents(cents: number, what: string): void {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`${what} must be whole cents ≥ 0, got ${cents}`);
}

/** A share 0..1 as basis points (1 = 10000), for the thresholds of a rule set (4 decimals at most). */
function basisPoints(share: number): number {
  return Math.round(share * 10000);
}

/** floor(a / b) for whole numbers a ≥ 0, b > 0. */
function divFloor(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/** Attended share in basis points, cut down, at most 10000 (hours beyond the plan add nothing). */
function attendanceBasisPoints(attended: number, planned: number): number {
  return Math.min(10000, divFloor(attended * 10000, planned));
}

/**
 * The regional minimum gross allowance a month for this weekly load, in cents: the full amount
 * (600 €) at the full load (40 h) or more, proportional to the hours below it, never below the
 * floor (300 €). Under the floor's hours (20 h) the floor still applies: the minimum does not keep
 * shrinking with the hours. The proportional amount is rounded up to the cent, since it is a
 * minimum. Null for a type the minimum does not bind (inclusion tirocini, DGR 42-7397, follow
 * their own amounts): there is no regional number to check against.
 */
export function minimumMonthlyAllowanceCents(weeklyHours: number, rules: InternshipRuleSet, type: InternshipType): number | null {
  if (!Number.isFinite(weeklyHours) || weeklyHours <= 0) throw new RangeError(`weeklyHours must be > 0, got ${weeklyHours}`);
  if (!ruleApplies(rules, 'indennita-minima', type)) return null;
  const { fullMonthlyCents, fullWeeklyHours, floorMonthlyCents } = rules.allowance;
  const hours = Math.round(weeklyHours * 100);
  const fullHours = Math.round(fullWeeklyHours * 100);
  if (hours >= fullHours) return fullMonthlyCents;
  const proportional = divFloor(fullMonthlyCents * hours + fullHours - 1, fullHours);
  return Math.max(floorMonthlyCents, proportional);
}

export interface MonthAllowanceInput {
  /** Hours planned for the month (the weekly schedule over the month, minus closures). */
  plannedHours: number;
  /** Hours attended, from the attendance register. */
  attendedHours: number;
  /** The allowance agreed for a full month, in cents. */
  monthlyAllowanceCents: number;
  rules: InternshipRuleSet;
}

export interface MonthAllowance {
  /** Attended share of the planned hours, 0..1 cut to 4 decimals; null when nothing was planned. */
  attendance: number | null;
  /** What is due for the month, in cents. */
  dueCents: number;
  /** True when the attendance reached the threshold and the whole allowance is due. */
  full: boolean;
}

/**
 * What is due for one month: the whole allowance at or above the threshold (70% of the planned
 * hours), otherwise monthly × attended ÷ planned, rounded to the nearest cent with halves going up
 * (to the intern). A month with no planned hours (e.g. a whole-month suspension) owes nothing and
 * has no attendance share, whatever was attended.
 */
export function monthAllowance({ plannedHours, attendedHours, monthlyAllowanceCents, rules }: MonthAllowanceInput): MonthAllowance {
  const planned = hundredths(plannedHours, 'plannedHours');
  const attended = hundredths(attendedHours, 'attendedHours');
  checkCents(monthlyAllowanceCents, 'monthlyAllowanceCents');
  if (planned === 0) return { attendance: null, dueCents: 0, full: false };
  const share = attendanceBasisPoints(attended, planned);
  if (share >= basisPoints(rules.allowance.attendanceThreshold)) {
    return { attendance: share / 10000, dueCents: monthlyAllowanceCents, full: true };
  }
  const dueCents = divFloor(2 * monthlyAllowanceCents * attended + planned, 2 * planned);
  return { attendance: share / 10000, dueCents, full: false };
}

/** Who pays the allowance: the host, an Exar project, or both with agreed monthly shares. */
export type Funding =
  | { kind: 'ospitante' }
  | { kind: 'progetto'; projectName: string }
  | { kind: 'misto'; hostMonthlyCents: number; projectMonthlyCents: number; projectName: string };

export interface FundingSplit {
  hostCents: number;
  projectCents: number;
}

/**
 * Splits what is due between host and project; the two always add up to `dueCents`. Mixed funding
 * splits in proportion to the agreed monthly shares (a reduced month reduces both): the project's
 * part is rounded down to the cent and the remainder cent goes to the host, so the project never
 * pays more than its share.
 */
export function fundingSplit(dueCents: number, funding: Funding): FundingSplit {
  checkCents(dueCents, 'dueCents');
  switch (funding.kind) {
    case 'ospitante':
      return { hostCents: dueCents, projectCents: 0 };
    case 'progetto':
      return { hostCents: 0, projectCents: dueCents };
    case 'misto': {
      checkCents(funding.hostMonthlyCents, 'hostMonthlyCents');
      checkCents(funding.projectMonthlyCents, 'projectMonthlyCents');
      const total = funding.hostMonthlyCents + funding.projectMonthlyCents;
      if (total === 0) throw new RangeError('mixed funding needs a monthly share above zero');
      const projectCents = divFloor(dueCents * funding.projectMonthlyCents, total);
      return { hostCents: dueCents - projectCents, projectCents };
    }
  }
}

export interface MonthHours {
  plannedHours: number;
  attendedHours: number;
}

function attendanceTotals(months: readonly MonthHours[]): { planned: number; attended: number } {
  let planned = 0;
  let attended = 0;
  for (const month of months) {
    const p = hundredths(month.plannedHours, 'plannedHours');
    const a = hundredths(month.attendedHours, 'attendedHours');
    planned += p;
    // Hours beyond a month's plan do not make up for absences in another month.
    attended += Math.min(a, p);
  }
  return { planned, attended };
}

/**
 * Attendance over the whole tirocinio: attended ÷ planned hours over all months, each month's
 * attended hours counted up to its planned ones; 0..1 cut to 4 decimals, null when nothing was
 * planned.
 */
export function overallAttendance(months: readonly MonthHours[]): number | null {
  const { planned, attended } = attendanceTotals(months);
  return planned === 0 ? null : attendanceBasisPoints(attended, planned) / 10000;
}
