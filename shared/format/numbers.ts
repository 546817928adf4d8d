/** Hours and shares as Italians write them, the same on screen, in the documents and in the office's templates. */
const HOURS = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });

/** Hours with up to two decimals and a comma: 7,5. */
export function formatHours(hours: number): string {
  return HOURS.format(hours);
}

/**
 * A share (0..1) as a percentage with one decimal, rounded to the nearest tenth (82,5 of 105 hours →
 * «78,6%»), except that it never rounds up onto the next whole percent: 0.6996 reads «69,9%», not «70%»,
 * so a share under a threshold (the rules' thresholds are whole percents) never reads as reaching it.
 * The share is first taken to millionths, so 0.29 stays «29%».
 */
export function formatShare(share: number): string {
  const millionths = Math.round(share * 1_000_000);
  const down = Math.floor(millionths / 1000);
  const nearest = Math.round(millionths / 1000);
  const crossesWholePercent = Math.floor(nearest / 10) > Math.floor(millionths / 10_000);
  const tenthsOfPercent = crossesWholePercent ? down : nearest;
  return `${ONE_DECIMAL.format(tenthsOfPercent / 10)}%`;
}
