/** Calendar dates as seen in Italy, whatever time zone the computer's clock is set to. */
const ROME_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });

/** 'YYYY-MM-DD' of `now` in Italy (a date written at 00:30 Italian time is that day, not yesterday). */
export function italianDate(now: Date): string {
  return ROME_DATE.format(now);
}

/**
 * Today in Italy, 'YYYY-MM-DD': the app's one «today» (the office's calendar day, whatever time zone
 * the computer is set to). The core passes its own clock (`ctx.now()`), so tests can move it.
 */
export function today(now: Date = new Date()): string {
  return italianDate(now);
}

const ROME_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 'YYYY-MM-DDTHH:mm' of `now` in Italy: compared with times the desk types (an interview at 10:30). */
export function italianDateTime(now: Date): string {
  return `${italianDate(now)}T${ROME_TIME.format(now)}`;
}

/** 'YYYY-MM-DD' (or a timestamp starting with one) written the Italian way: 24/11/2026. */
export function formatItalianDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
