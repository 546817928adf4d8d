/** Sizes on the «Copie di sicurezza» page, for the local copies and the second folder's alike. */
const MEGABYTE = 1024 * 1024;
const MEGABYTES = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** «12,3»: a tiny copy still shows 0,1 rather than a misleading 0,0. */
export function formatMegabytes(bytes: number): string {
  return MEGABYTES.format(Math.max(bytes / MEGABYTE, 0.1));
}
