/** The exchange screens' small words: counts with their noun, offices, fingerprints. */
import type { ExchangeOffice } from '@shared/api/exchange';
import { OFFICE_KIND_LABELS } from '@shared/api/settings';
import { count } from '@shared/text/plural';

export { count };

/** "1 record", "12 record". */
export const records = (n: number) => count(n, 'record', 'record');

/** "TO01 · Sportello Torino". */
export function officeName(office: Pick<ExchangeOffice, 'code' | 'name'>): string {
  return `${office.code} · ${office.name}`;
}

/** "lo sportello TO01" / "l’ufficio regionale PIE": how a sentence names the sender. */
export function theOffice(office: Pick<ExchangeOffice, 'code' | 'kind'>): string {
  return office.kind === 'ufficio_regionale' ? `l’ufficio regionale ${office.code}` : `lo sportello ${office.code}`;
}

/** "dallo sportello TO01" / "dall’ufficio regionale PIE". */
export function fromTheOffice(office: Pick<ExchangeOffice, 'code' | 'kind'>): string {
  return office.kind === 'ufficio_regionale' ? `dall’ufficio regionale ${office.code}` : `dallo sportello ${office.code}`;
}

export function kindLabel(kind: ExchangeOffice['kind']): string {
  return OFFICE_KIND_LABELS[kind];
}

/** The first 12 hex digits of a sha256, enough to compare two files by eye. */
export function shortSha(sha256: string): string {
  return sha256.slice(0, 12);
}
