/**
 * How well a candidate fits a need: a score out of 100 and the reasons behind it, in Italian.
 * Pure and deterministic (same inputs, same ranking, ties broken by name then id), so the
 * needs screen, the reverse search from a candidate and the tests all agree. Weights are data:
 * a coordinator can change them and the ranking follows at once.
 */
import { foldText } from '../validation/text';

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

type FactorResult = { fraction: number; kind: ReasonKind; text: string } | null;

function skillsFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (need.skills.length === 0) return null;
  const has = new Set(c.skills.map((s) => foldText(s)));
  const matched = need.skills.filter((s) => has.has(foldText(s)));
  const missing = need.skills.filter((s) => !has.has(foldText(s)));
  const fraction = matched.length / need.skills.length;
  const parts = [];
  if (matched.length > 0) parts.push(`ha ${matched.join(', ')}`);
  if (missing.length > 0) parts.push(`manca ${missing.join(', ')}`);
  return { fraction, kind: fraction === 1 ? 'ok' : fraction > 0 ? 'partial' : 'missing', text: `Competenze: ${parts.join('; ')}` };
}

function placeFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (!need.comune && !need.province) return null;
  if (need.comune && c.comune && foldText(need.comune) === foldText(c.comune)) {
    return { fraction: 1, kind: 'ok', text: `Abita nello stesso comune (${c.comune})` };
  }
  if (need.province && c.province === need.province) {
    return { fraction: 0.6, kind: 'partial', text: `Abita nella stessa provincia (${c.province})` };
  }
  return { fraction: 0, kind: 'missing', text: c.comune ? `Abita lontano (${c.comune}${c.province ? `, ${c.province}` : ''})` : 'Residenza non indicata' };
}

function hoursFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (need.hoursPerWeek === null && need.shifts.length === 0) return null;
  let fraction = 1;
  const notes: string[] = [];
  if (need.hoursPerWeek !== null) {
    if (c.hoursPerWeek === null) {
      fraction -= 0.25;
      notes.push('ore disponibili non indicate');
    } else if (c.hoursPerWeek < need.hoursPerWeek) {
      fraction -= 0.5 * (1 - c.hoursPerWeek / need.hoursPerWeek) + 0.25;
      notes.push(`disponibile ${c.hoursPerWeek} ore su ${need.hoursPerWeek}`);
    } else {
      notes.push(`disponibile ${c.hoursPerWeek} ore (ne servono ${need.hoursPerWeek})`);
    }
  }
  const missingShifts = need.shifts.filter((s) => !c.shifts.includes(s));
  if (need.shifts.length > 0) {
    if (c.shifts.length === 0) {
      fraction -= 0.25;
      notes.push('turni non indicati');
    } else if (missingShifts.length > 0) {
      fraction -= 0.5 * (missingShifts.length / need.shifts.length);
      notes.push(`non disponibile per: ${missingShifts.join(', ')}`);
    } else {
      notes.push('turni compatibili');
    }
  }
  fraction = Math.max(0, Math.min(1, fraction));
  return { fraction, kind: fraction === 1 ? 'ok' : fraction > 0 ? 'partial' : 'missing', text: `Orario: ${notes.join('; ')}` };
}

function licenceFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (!need.licence && !need.vehicleNeeded) return null;
  const licenceOk = !need.licence || c.licences.includes(need.licence);
  const vehicleOk = !need.vehicleNeeded || c.ownVehicle;
  const fraction = (licenceOk ? 0.5 : 0) + (vehicleOk ? 0.5 : 0);
  const parts = [];
  if (need.licence) parts.push(licenceOk ? `ha la patente ${need.licence}` : `manca la patente ${need.licence}`);
  if (need.vehicleNeeded) parts.push(vehicleOk ? 'ha un mezzo proprio' : 'senza mezzo proprio');
  return { fraction, kind: fraction === 1 ? 'ok' : fraction > 0 ? 'partial' : 'missing', text: `Patente e mezzo: ${parts.join(', ')}` };
}

function educationFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (need.educationRank === null) return null;
  if (c.educationRank === null) return { fraction: 0.3, kind: 'partial', text: 'Titolo di studio non indicato' };
  if (c.educationRank >= need.educationRank) return { fraction: 1, kind: 'ok', text: 'Titolo di studio adeguato' };
  return { fraction: 0, kind: 'missing', text: 'Titolo di studio inferiore a quello richiesto' };
}

function categoryFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (need.categories.length === 0) return null;
  if (c.targetCategory && need.categories.includes(c.targetCategory)) {
    return { fraction: 1, kind: 'ok', text: 'Categoria adatta al progetto' };
  }
  return { fraction: 0, kind: 'missing', text: 'Categoria diversa da quelle previste' };
}

function availabilityFactor(need: NeedRequirements, c: CandidateFacts): FactorResult {
  if (!need.startDate) return null;
  if (!c.availableFrom || c.availableFrom <= need.startDate) return { fraction: 1, kind: 'ok', text: 'Disponibile per la data di inizio' };
  return { fraction: 0, kind: 'missing', text: `Disponibile solo dal ${italianDate(c.availableFrom)}` };
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

/**
 * Scores one candidate. Factors the need does not ask about are left out and the score is taken
 * over those it does, so a need with only a place is not scored out of a hundred points it never
 * asked for.
 */
export function scoreCandidate(need: NeedRequirements, c: CandidateFacts, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): MatchResult {
  const reasons: MatchReason[] = [];
  let earned = 0;
  let possible = 0;
  for (const [factor, evaluate] of FACTORS) {
    const result = evaluate(need, c);
    const weight = Math.max(0, weights[factor]);
    if (!result || weight === 0) continue;
    const points = Math.round(result.fraction * weight * 10) / 10;
    earned += points;
    possible += weight;
    reasons.push({ factor, kind: result.kind, points, text: result.text });
  }
  const score = possible === 0 ? 0 : Math.round((earned / possible) * 100);
  return { candidateId: c.id, score, reasons };
}

/** Best first; equal scores by name (Italian order), then id, so a ranking never reshuffles. */
export function rankCandidates(
  need: NeedRequirements,
  candidates: CandidateFacts[],
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): MatchResult[] {
  const names = new Map(candidates.map((c) => [c.id, foldText(c.name)]));
  return candidates
    .map((c) => scoreCandidate(need, c, weights))
    .sort(
      (a, b) =>
        b.score - a.score ||
        names.get(a.candidateId)!.localeCompare(names.get(b.candidateId)!, 'it') ||
        (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0),
    );
}
