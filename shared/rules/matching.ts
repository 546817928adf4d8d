/**
 * How well a candidate fits a need: a score out of 100 and the reasons behind it, in Italian.
 * Pure and deterministic (same inputs, same ranking, ties broken by name then id), so the
 * needs screen, the reverse search from a candidate and the tests all agree. Weights are data:
 * a coordinator can change them and the ranking follows at once.
 *
 * A need is prepared once (texts folded, factors it does not ask about dropped); each factor then
 * gives a number for a person without allocating, so 100,000 people are scored in milliseconds,
 * and the sentences are written only for the people shown. Number and sentence come from the
 * same factor, so they cannot disagree.
 */
import { isRestrictedCategory, RESTRICTED_CATEGORY_VALUE } from '../domain/person';
import { formatItalianDate } from '../validation/italian-time';
import { foldText, sortKey } from '../validation/text';

export interface MatchWeights {
  skills: number;
  place: number;
  hours: number;
  licence: number;
  education: number;
  category: number;
  availability: number;
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  skills: 35,
  place: 20,
  hours: 15,
  licence: 10,
  education: 10,
  category: 5,
  availability: 5,
};

/** What a need asks for; null or empty means "no requirement". */
export interface NeedRequirements {
  skills: string[];
  comune: string | null;
  province: string | null;
  hoursPerWeek: number | null;
  shifts: string[];
  licence: string | null;
  vehicleNeeded: boolean;
  /** Position in EDUCATION_LEVELS of the minimum level. */
  educationRank: number | null;
  /** Target categories the need suits (e.g. a project funded for NEETs); empty: any. */
  categories: string[];
  /** 'YYYY-MM-DD': when the person is wanted. */
  startDate: string | null;
}

/** What the matching reads of a candidate. */
export interface CandidateFacts {
  id: string;
  name: string;
  skills: string[];
  /** Where the person lives: the domicile when it differs from the residence. */
  comune: string | null;
  province: string | null;
  hoursPerWeek: number | null;
  shifts: string[];
  licences: string[];
  ownVehicle: boolean;
  educationRank: number | null;
  targetCategory: string | null;
  availableFrom: string | null;
}

export type ReasonKind = 'ok' | 'partial' | 'missing';

export interface MatchReason {
  factor: keyof MatchWeights;
  kind: ReasonKind;
  /** Points earned for this factor, out of its weight. */
  points: number;
  text: string;
}

export interface MatchResult {
  candidateId: string;
  /** 0–100, rounded. */
  score: number;
  reasons: MatchReason[];
}

/**
 * Comuni and skills repeat across thousands of people: folding each distinct text once keeps a
 * 100,000-person ranking from normalising the same few thousand names over and over.
 */
const foldedTexts = new Map<string, string>();
export function fold(text: string): string {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    if (foldedTexts.size > 50_000) foldedTexts.clear();
    folded = foldText(text);
    foldedTexts.set(text, folded);
  }
  return folded;
}

function kindOf(fraction: number): ReasonKind {
  return fraction === 1 ? 'ok' : fraction > 0 ? 'partial' : 'missing';
}

/** One criterion for one need: how much of it a person meets (0–1), and in words why. */
interface Factor {
  fraction(c: CandidateFacts): number;
  text(c: CandidateFacts): string;
}

function skillsFactor(need: NeedRequirements): Factor | null {
  if (need.skills.length === 0) return null;
  // "Cucina" and "cucina" in the same need are one requirement, named once in the reasons.
  const named = need.skills.filter((s, i) => need.skills.findIndex((o) => fold(o) === fold(s)) === i);
  const asked = named.map(fold);
  const hasKey = (c: CandidateFacts, key: string) => {
    for (const s of c.skills) if (fold(s) === key) return true;
    return false;
  };
  const has = (c: CandidateFacts, skill: string) => hasKey(c, fold(skill));
  return {
    fraction(c) {
      if (c.skills.length === 0) return 0;
      let matched = 0;
      for (const key of asked) if (hasKey(c, key)) matched++;
      return matched / asked.length;
    },
    text(c) {
      const matched = named.filter((s) => has(c, s));
      const missing = named.filter((s) => !has(c, s));
      const parts = [];
      if (matched.length > 0) parts.push(`ha ${matched.join(', ')}`);
      if (missing.length > 0) parts.push(`manca ${missing.join(', ')}`);
      return `Competenze: ${parts.join('; ')}`;
    },
  };
}

function placeFactor(need: NeedRequirements): Factor | null {
  if (!need.comune && !need.province) return null;
  const comune = need.comune ? fold(need.comune) : null;
  const fraction = (c: CandidateFacts) =>
    comune !== null && c.comune !== null && fold(c.comune) === comune ? 1 : need.province !== null && c.province === need.province ? 0.6 : 0;
  return {
    fraction,
    text(c) {
      const f = fraction(c);
      if (f === 1) return `Abita nello stesso comune (${c.comune})`;
      if (f > 0) return `Abita nella stessa provincia (${c.province})`;
      return c.comune ? `Abita in un’altra provincia (${c.comune}${c.province ? `, ${c.province}` : ''})` : 'Comune in cui abita non indicato';
    },
  };
}

function hoursFactor(need: NeedRequirements): Factor | null {
  const hours = need.hoursPerWeek;
  if (hours === null && need.shifts.length === 0) return null;
  const missingShifts = (c: CandidateFacts) => need.shifts.filter((s) => !c.shifts.includes(s));
  return {
    fraction(c) {
      let f = 1;
      if (hours !== null) {
        if (c.hoursPerWeek === null) f -= 0.25;
        else if (c.hoursPerWeek < hours) f -= 0.5 * (1 - c.hoursPerWeek / hours) + 0.25;
      }
      if (need.shifts.length > 0) {
        if (c.shifts.length === 0) f -= 0.25;
        else {
          let missing = 0;
          for (const s of need.shifts) if (!c.shifts.includes(s)) missing++;
          f -= 0.5 * (missing / need.shifts.length);
        }
      }
      return Math.max(0, Math.min(1, f));
    },
    text(c) {
      const notes: string[] = [];
      if (hours !== null) {
        if (c.hoursPerWeek === null) notes.push('ore disponibili non indicate');
        else if (c.hoursPerWeek < hours) notes.push(`disponibile ${c.hoursPerWeek} ore su ${hours}`);
        else notes.push(`disponibile ${c.hoursPerWeek} ore (ne servono ${hours})`);
      }
      if (need.shifts.length > 0) {
        const missing = missingShifts(c);
        if (c.shifts.length === 0) notes.push('turni non indicati');
        else if (missing.length > 0) notes.push(`non disponibile per: ${missing.join(', ')}`);
        else notes.push('turni compatibili');
      }
      return `Orario: ${notes.join('; ')}`;
    },
  };
}

/**
 * Licences that include another one (Codice della strada, art. 116): a C or D licence is only
 * issued to holders of B, CE includes C and BE, A includes A2 and A1, and every A and B licence
 * allows the mopeds of AM. A need asking for B is met by a lorry driver.
 */
const INCLUDED_IN: Record<string, readonly string[]> = {
  AM: ['A1', 'A2', 'A', 'B', 'BE', 'C', 'CE', 'D', 'DE'],
  A1: ['A2', 'A'],
  A2: ['A'],
  B: ['BE', 'C', 'CE', 'D', 'DE'],
  BE: ['CE', 'DE'],
  C: ['CE'],
  D: ['DE'],
};

export function holdsLicence(held: readonly string[], needed: string): boolean {
  return held.includes(needed) || (INCLUDED_IN[needed] ?? []).some((l) => held.includes(l));
}

/** Every licence whose holder meets a need asking `needed` (the columnar scorer marks them once per need). */
export function licencesMeeting(needed: string): string[] {
  return [needed, ...(INCLUDED_IN[needed] ?? [])];
}

function licenceFactor(need: NeedRequirements): Factor | null {
  const licence = need.licence;
  if (!licence && !need.vehicleNeeded) return null;
  const licenceOk = (c: CandidateFacts) => !licence || holdsLicence(c.licences, licence);
  const vehicleOk = (c: CandidateFacts) => !need.vehicleNeeded || c.ownVehicle;
  return {
    // Half each when both are asked; the whole factor when only one is.
    fraction: (c) => ((licence ? (licenceOk(c) ? 1 : 0) : 0) + (need.vehicleNeeded ? (vehicleOk(c) ? 1 : 0) : 0)) / ((licence ? 1 : 0) + (need.vehicleNeeded ? 1 : 0)),
    text(c) {
      const parts = [];
      if (licence) parts.push(licenceOk(c) ? `ha la patente ${licence}` : `manca la patente ${licence}`);
      if (need.vehicleNeeded) parts.push(vehicleOk(c) ? 'ha un mezzo proprio' : 'senza mezzo proprio');
      return `Patente e mezzo: ${parts.join(', ')}`;
    },
  };
}

function educationFactor(need: NeedRequirements): Factor | null {
  const required = need.educationRank;
  if (required === null) return null;
  return {
    fraction: (c) => (c.educationRank === null ? 0.3 : c.educationRank >= required ? 1 : 0),
    text: (c) =>
      c.educationRank === null
        ? 'Titolo di studio non indicato'
        : c.educationRank >= required
          ? 'Titolo di studio adeguato'
          : 'Titolo di studio inferiore a quello richiesto',
  };
}

function categoryFactor(need: NeedRequirements): Factor | null {
  if (need.categories.length === 0) return null;
  // For a role that may not see the protected categories both sides are folded (decision 0026):
  // the person's into RESTRICTED_CATEGORY_VALUE, the need's too. Every folded person then gets the
  // same half score when the need asks a protected category, and none when it does not: the
  // ranking tells neither which category the person has nor which one the need asks.
  const asksProtected = need.categories.includes(RESTRICTED_CATEGORY_VALUE);
  const fraction = (c: CandidateFacts) =>
    c.targetCategory === RESTRICTED_CATEGORY_VALUE ? (asksProtected ? 0.5 : 0) : c.targetCategory !== null && need.categories.includes(c.targetCategory) ? 1 : 0;
  return {
    fraction,
    text: (c) =>
      c.targetCategory === RESTRICTED_CATEGORY_VALUE && asksProtected
        ? 'Categoria tutelata: se è quella prevista dal progetto lo valuta il coordinatore'
        : fraction(c) === 1
          ? 'Categoria adatta al progetto'
          : 'Categoria diversa da quelle previste',
  };
}

/** A need's requirements as a role without the clearance may weigh them: protected categories folded into one. */
export function foldedRequirements(need: NeedRequirements): NeedRequirements {
  const shown = need.categories.filter((c) => !isRestrictedCategory(c));
  return shown.length === need.categories.length ? need : { ...need, categories: [...shown, RESTRICTED_CATEGORY_VALUE] };
}

function availabilityFactor(need: NeedRequirements): Factor | null {
  const start = need.startDate;
  if (!start) return null;
  const inTime = (c: CandidateFacts) => !c.availableFrom || c.availableFrom <= start;
  return {
    fraction: (c) => (inTime(c) ? 1 : 0),
    text: (c) => (inTime(c) ? 'Disponibile per la data di inizio' : `Disponibile solo dal ${formatItalianDate(c.availableFrom!)}`),
  };
}


const FACTORS: [keyof MatchWeights, (n: NeedRequirements) => Factor | null][] = [
  ['skills', skillsFactor],
  ['place', placeFactor],
  ['hours', hoursFactor],
  ['licence', licenceFactor],
  ['education', educationFactor],
  ['category', categoryFactor],
  ['availability', availabilityFactor],
];

export interface PreparedNeed {
  /** The score alone: what ranking many people calls. */
  score(c: CandidateFacts): number;
  /** The score with the reasons, for the people shown. */
  explain(c: CandidateFacts): MatchResult;
}

/**
 * Prepares a need for scoring. Factors the need does not ask about (or weighted 0) are left out
 * and the score is taken over those it does, so a need with only a place is not scored out of a
 * hundred points it never asked for.
 */
export function prepareNeed(need: NeedRequirements, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): PreparedNeed {
  const active = FACTORS.flatMap(([name, make]) => {
    const weight = Math.max(0, weights[name]);
    const factor = weight > 0 ? make(need) : null;
    return factor ? [{ name, weight, factor }] : [];
  });
  const possible = active.reduce((sum, a) => sum + a.weight, 0);
  const points = (fraction: number, weight: number) => Math.round(fraction * weight * 10) / 10;
  const total = (earned: number) => (possible === 0 ? 0 : Math.round((earned / possible) * 100));
  return {
    score(c) {
      let earned = 0;
      for (const a of active) earned += points(a.factor.fraction(c), a.weight);
      return total(earned);
    },
    explain(c) {
      let earned = 0;
      const reasons = active.map(({ name, weight, factor }): MatchReason => {
        const fraction = factor.fraction(c);
        const p = points(fraction, weight);
        earned += p;
        return { factor: name, kind: kindOf(fraction), points: p, text: factor.text(c) };
      });
      return { candidateId: c.id, score: total(earned), reasons };
    },
  };
}

/** Scores one candidate with the reasons. */
export function scoreCandidate(need: NeedRequirements, c: CandidateFacts, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): MatchResult {
  return prepareNeed(need, weights).explain(c);
}

/** Best first; equal scores by name (Italian order), then id, so a ranking never reshuffles. */
export function compareRanked(a: { score: number; nameKey: string; id: string }, b: { score: number; nameKey: string; id: string }): number {
  return b.score - a.score || (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Ranks candidates for a need, every one explained (the tests and small lists use this). */
export function rankCandidates(
  need: NeedRequirements,
  candidates: CandidateFacts[],
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): MatchResult[] {
  const prepared = prepareNeed(need, weights);
  const keyed = candidates.map((c) => {
    const result = prepared.explain(c);
    return { result, score: result.score, nameKey: sortKey(c.name), id: c.id };
  });
  return keyed.sort(compareRanked).map((k) => k.result);
}
