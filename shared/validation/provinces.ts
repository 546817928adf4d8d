/** Sigle of the Italian provinces and metropolitan cities (as used in addresses and on the CF), including Sardinia's OG and OT restored in 2025. */
export const PROVINCES = [
  'AG', 'AL', 'AN', 'AO', 'AP', 'AQ', 'AR', 'AT', 'AV', 'BA', 'BG', 'BI', 'BL', 'BN', 'BO', 'BR',
  'BS', 'BT', 'BZ', 'CA', 'CB', 'CE', 'CH', 'CL', 'CN', 'CO', 'CR', 'CS', 'CT', 'CZ', 'EN', 'FC',
  'FE', 'FG', 'FI', 'FM', 'FR', 'GE', 'GO', 'GR', 'IM', 'IS', 'KR', 'LC', 'LE', 'LI', 'LO', 'LT',
  'LU', 'MB', 'MC', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NA', 'NO', 'NU', 'OG', 'OR', 'OT', 'PA', 'PC', 'PD',
  'PE', 'PG', 'PI', 'PN', 'PO', 'PR', 'PT', 'PU', 'PV', 'PZ', 'RA', 'RC', 'RE', 'RG', 'RI', 'RM',
  'RN', 'RO', 'SA', 'SI', 'SO', 'SP', 'SR', 'SS', 'SU', 'SV', 'TA', 'TE', 'TN', 'TO', 'TP', 'TR',
  'TS', 'TV', 'UD', 'VA', 'VB', 'VC', 'VE', 'VI', 'VR', 'VT', 'VV',
] as const;

export type Province = (typeof PROVINCES)[number];

const PROVINCE_SET: ReadonlySet<string> = new Set(PROVINCES);

export function isProvince(value: string): value is Province {
  return PROVINCE_SET.has(value);
}

/** The provinces of Piedmont, listed first in pickers because that is where the offices work. */
export const PIEDMONT_PROVINCES: readonly Province[] = ['TO', 'CN', 'AT', 'AL', 'NO', 'VC', 'BI', 'VB'];
