/** How much data each seed profile makes. */
export interface SeedProfile {
  /** Profiles in all, the near-duplicates included. */
  candidates: number;
  associations: number;
  /** Pairs with the same surname, name and birth date under different codes (duplicate warnings). */
  duplicatePairs: number;
  /** Desk operators the profiles are spread over (besides the administrator). */
  operators: number;
  /** Needs (fabbisogni) received over the last 18 months; about a quarter get proposals. */
  needs: number;
}

export const SEED_PROFILES = {
  /** For demos and tests: seconds to make, enough to fill every list page and filter. */
  small: { candidates: 200, associations: 50, duplicatePairs: 10, operators: 3, needs: 60 },
  /** A tenth of piemonte10 (one busy year), the first step of the growth bench: a minute to make. */
  piemonte1: { candidates: 10_000, associations: 1_000, duplicatePairs: 30, operators: 3, needs: 3_000 },
  /** Ten years of a busy Piedmont office: the size the search and list targets are set for. */
  piemonte10: { candidates: 100_000, associations: 10_000, duplicatePairs: 300, operators: 12, needs: 30_000 },
  /** Ten times piemonte10: the size of a national consolidation (issue 17, "How it grows"). */
  piemonte100: { candidates: 1_000_000, associations: 100_000, duplicatePairs: 3_000, operators: 120, needs: 300_000 },
} satisfies Record<string, SeedProfile>;

export type SeedProfileName = keyof typeof SEED_PROFILES;

export function isSeedProfileName(name: string): name is SeedProfileName {
  return Object.hasOwn(SEED_PROFILES, name);
}
