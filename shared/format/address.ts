/** "Via Po 2, 10124 Torino (TO)": an address as it is written on Italian letters and forms. */
export interface AddressParts {
  address: string;
  cap?: string | null;
  comune: string;
  province?: string | null;
}

export function formatPlace(p: Omit<AddressParts, 'address'>): string {
  return [p.cap, p.comune, p.province ? `(${p.province})` : null].filter(Boolean).join(' ');
}

export function formatAddress(p: AddressParts): string {
  return `${p.address}, ${formatPlace(p)}`;
}

/** "Palestra: Via Juglaris 3, Moncalieri (TO)": an operating site as the desk names it. */
export function formatSite(s: AddressParts & { label?: string | null }): string {
  return [s.label, formatAddress(s)].filter(Boolean).join(': ');
}
