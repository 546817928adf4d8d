/**
 * Money as Italians write it, from the integer cents the app keeps: «1.234,50 €», «450,00 €»,
 * «0,00 €», «-12,30 €». One writer for the screens, the messages, the rules and the documents.
 *
 * Written by hand rather than with Intl: 'it-IT' leaves four-digit amounts without the thousands
 * dot («1234,50», CLDR's minimum grouping of two digits), and a runtime without Italian locale data
 * falls back silently to English («238.10»), which is how a row came to read «0.00 € / 238.10 €».
 * Integer arithmetic also keeps the cents exact for any amount the app can hold.
 */
export function formatCents(cents: number): string {
  const whole = Math.round(cents);
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${euros},${rest} €`;
}
