import { plural } from '../text/plural';
/**
 * How many interns a host may have at the same time (Piedmont, DGR 85-6277 of 22/12/2017), and
 * the AICS–Exar protocol exception for associations with no employees. Pure: the needs screen
 * shows it, the internship checker enforces it, both with the same numbers and words.
 */

/** The quota part of a regional rule set: kept as data, because the Region will change it. */
export interface HostQuotaRule {
  /** Up to `maxEmployees` employees, at most `interns` at once; checked in order. */
  bands: readonly { maxEmployees: number; interns: number }[];
  /** Above the last band: at most this share of the employees, rounded down. */
  shareAbove: number;
  /** What an association with no employees may host under the protocol. */
  protocolExceptionInterns: number;
}

export const PIEDMONT_HOST_QUOTA: HostQuotaRule = {
  bands: [
    { maxEmployees: 0, interns: 0 },
    { maxEmployees: 5, interns: 1 },
    { maxEmployees: 20, interns: 2 },
  ],
  shareAbove: 0.1,
  protocolExceptionInterns: 1,
};

export interface HostQuota {
  /** Interns allowed at the same time. */
  maxInterns: number;
  /** True when the number comes from the protocol exception, which the file must record. */
  protocolException: boolean;
  /** One Italian sentence for the desk: where the number comes from. */
  explanation: string;
}

/**
 * The quota for a host. `protocolHost` is an association under the AICS–Exar protocol: with no
 * employees it may still host, one intern at a time.
 */
export function hostQuota(employees: number, protocolHost: boolean, rule: HostQuotaRule = PIEDMONT_HOST_QUOTA): HostQuota {
  if (!Number.isInteger(employees) || employees < 0) throw new RangeError(`employees must be a whole number ≥ 0, got ${employees}`);
  if (employees === 0) {
    if (protocolHost && rule.protocolExceptionInterns > 0) {
      return {
        maxInterns: rule.protocolExceptionInterns,
        protocolException: true,
        explanation: `Nessun dipendente: può ospitare ${interns(rule.protocolExceptionInterns)} alla volta grazie all’eccezione del protocollo AICS–Exar (da indicare nella pratica).`,
      };
    }
    const zeroBand = rule.bands.find((b) => b.maxEmployees === 0)?.interns ?? 0;
    return {
      maxInterns: zeroBand,
      protocolException: false,
      explanation:
        zeroBand === 0
          ? 'Nessun dipendente: secondo le regole regionali non può ospitare tirocinanti (solo le associazioni del protocollo AICS–Exar ne possono ospitare uno).'
          : `Nessun dipendente: può ospitare ${interns(zeroBand)} alla volta.`,
    };
  }
  let lower = 1;
  for (const band of rule.bands) {
    if (band.maxEmployees === 0) continue;
    if (employees <= band.maxEmployees) {
      return {
        maxInterns: band.interns,
        protocolException: false,
        explanation: `Da ${lower} a ${band.maxEmployees} dipendenti: ${interns(band.interns)} alla volta.`,
      };
    }
    lower = band.maxEmployees + 1;
  }
  const lastBand = rule.bands[rule.bands.length - 1]?.interns ?? 0;
  // Never fewer than the band below: 21 employees may not host fewer interns than 20.
  const maxInterns = Math.max(lastBand, Math.floor(employees * rule.shareAbove + 1e-9));
  return {
    maxInterns,
    protocolException: false,
    explanation: `Più di ${lower - 1} dipendenti: al massimo il ${Math.round(rule.shareAbove * 100)}% dei dipendenti, cioè ${interns(maxInterns)} alla volta.`,
  };
}

function interns(n: number): string {
  return plural(n, 'un tirocinante', '# tirocinanti');
}

/** How many more interns a host can take now, given those it hosts already (never negative). */
export function remainingPlaces(quota: HostQuota, hostedNow: number): number {
  return Math.max(0, quota.maxInterns - hostedNow);
}
