/** Calendar dates as seen in Italy, whatever time zone the computer's clock is set to. */
const ROME_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });

/** 'YYYY-MM-DD' of `now` in Italy (a date written at 00:30 Italian time is that day, not yesterday). */
export function italianDate(now: Date): string {
  return ROME_DATE.format(now);
}
