/**
 * The final certificate (attestazione finale): due when the intern attended at least the rule
 * set's share (70%) of the hours planned in the PFI for the whole period — extensions included,
 * qualifying suspensions left out — also when the file ended early or was interrupted
 * (DOMAIN.md «Final certificate»). The base is the whole planned period, never the months the file
 * actually ran: ending early does not shrink it. One function, read by the attendance sheet's
 * badge and by the attestazione's readiness, so the two never disagree.
 *
 * Hours are counted in whole hundredths with integer arithmetic; shares are cut (not rounded) to
 * 4 decimals, so a share shown as 70,00% always reached 70%.
 */

export interface CertificateMonth {
  /** The month's planned hours over the days the file actually ran (a month closed keeps its own). */
  plannedHours: number;
  /** Null while the month's hours are not entered. */
  attendedHours: number | null;
}

export interface CertificateInput {
  /** Hours planned from the start to the planned end (extensions included), qualifying suspensions left out. */
  plannedHours: number;
  /** Every month the file ran (or runs), with its hours if entered. */
  months: readonly CertificateMonth[];
  /** The rule set's share (0..1), `finalCertificateAttendance`. */
  threshold: number;
}

export interface FinalCertificate {
  /** The base: hours planned in the PFI for the whole period. */
  plannedHours: number;
  /** Attended hours that count: each month's up to its own planned hours (extra hours make up nothing). */
  attendedHours: number;
  /** attended ÷ base, 0..1 cut to 4 decimals; null when nothing is planned. */
  attendance: number | null;
  /** The share is reached with the hours entered so far. */
  reached: boolean;
  /** Reached, or still within reach if every month not entered yet were attended in full. */
  reachable: boolean;
}

function hundredths(hours: number, what: string): number {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`${what} must be a number of hours ≥ 0, got ${hours}`);
  return Math.round(hours * 100);
}

/** floor(a × 10000 ÷ b) for whole a ≥ 0, b > 0: a share in basis points, cut down. */
const basisPoints = (a: number, b: number) => (a * 10000 - ((a * 10000) % b)) / b;

export function finalCertificate({ plannedHours, months, threshold }: CertificateInput): FinalCertificate {
  const base = hundredths(plannedHours, 'plannedHours');
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) throw new RangeError(`threshold must be a share 0..1, got ${threshold}`);
  let attended = 0;
  let ahead = 0;
  for (const month of months) {
    const planned = hundredths(month.plannedHours, 'month plannedHours');
    if (month.attendedHours === null) ahead += planned;
    else attended += Math.min(hundredths(month.attendedHours, 'month attendedHours'), planned);
  }
  if (base === 0) return { plannedHours: 0, attendedHours: attended / 100, attendance: null, reached: false, reachable: false };
  const needed = Math.round(threshold * 10000);
  const share = Math.min(10000, basisPoints(attended, base));
  return {
    plannedHours: base / 100,
    attendedHours: attended / 100,
    attendance: share / 10000,
    reached: share >= needed,
    reachable: Math.min(10000, basisPoints(attended + ahead, base)) >= needed,
  };
}
