/**
 * How well a candidate fits a need: a score out of 100 and the reasons behind it, in Italian.
 * Pure and deterministic (same inputs, same ranking, ties broken by name then id), so the
 * needs screen, the reverse search from a candidate and the tests all agree. Weights are data:
 * a coordinator can change them and the ranking follows at once.
 */
import { RESTRICTED_CATEGORY_VALUE } from '../api/candidate-fields';
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

/** `text` is a function so that ranking 100,000 people builds sentences only for the page shown. */
type FactorResult = { fraction: number; kind: ReasonKind; text: () => string } | null;

/**
 * Comuni and skills repeat across thousands of people: folding each distinct text once keeps a
 * 100,000-person ranking from normalising the same few thousand names over and over.
 */
const foldedTexts = new Map<string, string>();
function fold(text: string): string {
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

const NO_SKILLS: ReadonlySet<string> = new Set();

function skillsFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (need.skills.length === 0) return null;
  const has = c.skills.length === 0 ? NO_SKILLS : new Set(c.skills.map((s) => fold(s)));
  const matched = need.skills.filter((s) => has.has(fold(s)));
  const fraction = matched.length / need.skills.length;
  const text = () => {
    const missing = need.skills.filter((s) => !has.has(fold(s)));
    const parts = [];
    if (matched.length > 0) parts.push(`ha ${matched.join(', ')}`);
    if (missing.length > 0) parts.push(`manca ${missing.join(', ')}`);
    return `Competenze: ${parts.join('; ')}`;
  };
  return { fraction, kind: kindOf(fraction), text };
}

function placeFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (!need.comune && !need.province) return null;
  if (need.comune && c.comune && fold(need.comune) === fold(c.comune)) {
    return { fraction: 1, kind: 'ok', text: () => `Abita nello stesso comune (${c.comune})` };
  }
  if (need.province && c.province === need.province) {
    return { fraction: 0.6, kind: 'partial', text: () => `Abita nella stessa provincia (${c.province})` };
  }
  return {
    fraction: 0,
    kind: 'missing',
    text: () => (c.comune ? `Abita lontano (${c.comune}${c.province ? `, ${c.province}` : ''})` : 'Residenza non indicata'),
  };
}

function hoursFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (need.hoursPerWeek === null && need.shifts.length === 0) return null;
  let fraction = 1;
  const missingShifts = need.shifts.filter((s) => !c.shifts.includes(s));
  if (need.hoursPerWeek !== null) {
    if (c.hoursPerWeek === null) fraction -= 0.25;
    else if (c.hoursPerWeek < need.hoursPerWeek) fraction -= 0.5 * (1 - c.hoursPerWeek / need.hoursPerWeek) + 0.25;
  }
  if (need.shifts.length > 0) {
    if (c.shifts.length === 0) fraction -= 0.25;
    else fraction -= 0.5 * (missingShifts.length / need.shifts.length);
  }
  fraction = Math.max(0, Math.min(1, fraction));
  const text = () => {
    const notes: string[] = [];
    if (need.hoursPerWeek !== null) {
      if (c.hoursPerWeek === null) notes.push('ore disponibili non indicate');
      else if (c.hoursPerWeek < need.hoursPerWeek) notes.push(`disponibile ${c.hoursPerWeek} ore su ${need.hoursPerWeek}`);
      else notes.push(`disponibile ${c.hoursPerWeek} ore (ne servono ${need.hoursPerWeek})`);
    }
    if (need.shifts.length > 0) {
      if (c.shifts.length === 0) notes.push('turni non indicati');
      else if (missingShifts.length > 0) notes.push(`non disponibile per: ${missingShifts.join(', ')}`);
      else notes.push('turni compatibili');
    }
    return `Orario: ${notes.join('; ')}`;
  };
  return { fraction, kind: kindOf(fraction), text };
}

function licenceFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (!need.licence && !need.vehicleNeeded) return null;
  const licenceOk = !need.licence || c.licences.includes(need.licence);
  const vehicleOk = !need.vehicleNeeded || c.ownVehicle;
  const fraction = (licenceOk ? 0.5 : 0) + (vehicleOk ? 0.5 : 0);
  const text = () => {
    const parts = [];
    if (need.licence) parts.push(licenceOk ? `ha la patente ${need.licence}` : `manca la patente ${need.licence}`);
    if (need.vehicleNeeded) parts.push(vehicleOk ? 'ha un mezzo proprio' : 'senza mezzo proprio');
    return `Patente e mezzo: ${parts.join(', ')}`;
  };
  return { fraction, kind: kindOf(fraction), text };
}

function educationFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (need.educationRank === null) return null;
  if (c.educationRank === null) return { fraction: 0.3, kind: 'partial', text: () => 'Titolo di studio non indicato' };
  if (c.educationRank >= need.educationRank) return { fraction: 1, kind: 'ok', text: () => 'Titolo di studio adeguato' };
  return { fraction: 0, kind: 'missing', text: () => 'Titolo di studio inferiore a quello richiesto' };
}

function categoryFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (need.categories.length === 0) return null;
  // An operator who may not see disability or social-care categories gets the same half score
  // for every hidden one, whatever the need asks: the ranking must not reveal them.
  if (c.targetCategory === RESTRICTED_CATEGORY_VALUE) {
    return { fraction: 0.5, kind: 'partial', text: () => 'Categoria riservata: la valuta il coordinatore' };
  }
  if (c.targetCategory && need.categories.includes(c.targetCategory)) {
    return { fraction: 1, kind: 'ok', text: () => 'Categoria adatta al progetto' };
  }
  return { fraction: 0, kind: 'missing', text: () => 'Categoria diversa da quelle previste' };
}

function availabilityFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (!need.startDate) return null;
  if (!c.availableFrom || c.availableFrom <= need.startDate) return { fraction: 1, kind: 'ok', text: () => 'Disponibile per la data di inizio' };
  const from = c.availableFrom;
  return { fraction: 0, kind: 'missing', text: () => `Disponibile solo dal ${italianDate(from)}` };
}

function italianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const FACTORS: [keyof MatchWeights, (n: NeedRequirements, c: CandidateFacts) => FactorResult][] = [
  ['skills', skillsFactor],
  ['place', placeFactor],
  ['hours', hoursFactor],
  ['licence', licenceFactor],
  ['education', educationFactor],
  ['category', categoryFactor],
  ['availability', availabilityFactor],
];

function evaluate(need: NeedRequirements, c: CandidateFacts, weights: MatchWeights, explain: boolean): MatchResult {
  const reasons: MatchReason[] = [];
  let earned = 0;
  let possible = 0;
  for (const [factor, evaluateFactor] of FACTORS) {
    const weight = Math.max(0, weights[factor]);
    if (weight === 0) continue;
    const result = evaluateFactor(need, c);
    if (!result) continue;
    const points = Math.round(result.fraction * weight * 10) / 10;
    earned += points;
    possible += weight;
    if (explain) reasons.push({ factor, kind: result.kind, points, text: result.text() });
  }
  const score = possible === 0 ? 0 : Math.round((earned / possible) * 100);
  return { candidateId: c.id, score, reasons };
}

/**
 * Scores one candidate with the reasons. Factors the need does not ask about are left out and
 * the score is taken over those it does, so a need with only a place is not scored out of a
 * hundred points it never asked for.
 */
export function scoreCandidate(need: NeedRequirements, c: CandidateFacts, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): MatchResult {
  return evaluate(need, c, weights, true);
}

/** The score alone (no sentences built): the same number `scoreCandidate` gives. */
export function scoreOnly(need: NeedRequirements, c: CandidateFacts, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): number {
  return evaluate(need, c, weights, false).score;
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
  const keyed = candidates.map((c) => ({ result: scoreCandidate(need, c, weights), score: 0, nameKey: sortKey(c.name), id: c.id }));
  for (const k of keyed) k.score = k.result.score;
  return keyed.sort(compareRanked).map((k) => k.result);
}
