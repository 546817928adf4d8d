/** Money as Italians write it, from the integer cents the app keeps: 1.234,50 € (450,00 €). */
export function formatCents(cents: number): string {
  return `${(cents / 100).toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
}
