/**
 * «5.1.2.2.0 – Commessi delle vendite al minuto»: a CP2011 profession as the form, the file's page
 * and the documents write it; either part alone when only one is known, null when neither is.
 */
export function formatProfession(code: string | null | undefined, name: string | null | undefined): string | null {
  const parts = [code?.trim(), name?.trim()].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' – ') : null;
}
