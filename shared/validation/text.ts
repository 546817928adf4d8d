/**
 * Text helpers shared by search and sorting: accents and case folded the way an Italian
 * operator expects ("Società" sorts and matches like "societa").
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key stored beside a name so SQLite can sort in Italian order with an ordinary index. */
export function sortKey(value: string): string {
  return foldText(value)
    // "L'Àncora A.S.D." sorts as "lancora asd"; other punctuation separates words.
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();
}
