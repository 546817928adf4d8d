/** Hours and shares as Italians write them, the same on screen, in the documents and in the office's templates. */
const HOURS = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });

/** Hours with up to two decimals and a comma: 7,5. */
export function formatHours(hours: number): string {
  return HOURS.format(hours);
}

/**
 * A share (0..1) as a percentage, cut to one decimal and never rounded up: 0.909 → «90,9%», 0.6996 →
 * «69,9%», so a share under a threshold never reads as the threshold («70%» beside «sotto il 70%»).
 * The share is first taken to millionths, so 0.29 stays «29%».
 */
export function formatShare(share: number): string {
  const tenthsOfPercent = Math.floor(Math.round(share * 1_000_000) / 1000);
  return `${ONE_DECIMAL.format(tenthsOfPercent / 10)}%`;
}
