import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_WEIGHTS, foldedRequirements, prepareNeed, rankCandidates, scoreCandidate, type CandidateFacts, type NeedRequirements } from './matching';

const NO_REQUIREMENTS: NeedRequirements = {
  skills: [],
  comune: null,
  province: null,
  hoursPerWeek: null,
  shifts: [],
  licence: null,
  vehicleNeeded: false,
  educationRank: null,
  categories: [],
  startDate: null,
};

function person(overrides: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    id: 'c1',
    name: 'Rossi Mario',
    skills: [],
    comune: null,
    province: null,
    hoursPerWeek: null,
    shifts: [],
    licences: [],
    ownVehicle: false,
    educationRank: null,
    targetCategory: null,
    availableFrom: null,
    ...overrides,
  };
}

const need = (overrides: Partial<NeedRequirements>): NeedRequirements => ({ ...NO_REQUIREMENTS, ...overrides });

describe('one factor at a time (score over the factors the need asks about)', () => {
  it.each<[string, Partial<NeedRequirements>, Partial<CandidateFacts>, number, string]>([
    ['skills, all', { skills: ['Magazzino', 'Muletto'] }, { skills: ['magazzino', 'Muletto', 'Cucina'] }, 100, 'Competenze: ha Magazzino, Muletto'],
    ['skills, half', { skills: ['Magazzino', 'Muletto'] }, { skills: ['Magazzino'] }, 50, 'Competenze: ha Magazzino; manca Muletto'],
    ['skills, none', { skills: ['Cassa'] }, { skills: ['Cucina'] }, 0, 'Competenze: manca Cassa'],
    ['same comune', { comune: 'Alba', province: 'CN' }, { comune: 'ALBA', province: 'CN' }, 100, 'Abita nello stesso comune (ALBA)'],
    ['same province', { comune: 'Alba', province: 'CN' }, { comune: 'Bra', province: 'CN' }, 60, 'Abita nella stessa provincia (CN)'],
    ['far away', { comune: 'Alba', province: 'CN' }, { comune: 'Torino', province: 'TO' }, 0, 'Abita in un’altra provincia (Torino, TO)'],
    ['hours enough', { hoursPerWeek: 20 }, { hoursPerWeek: 30 }, 100, 'Orario: disponibile 30 ore (ne servono 20)'],
    ['hours half', { hoursPerWeek: 40 }, { hoursPerWeek: 20 }, 50, 'Orario: disponibile 20 ore su 40'],
    ['shift missing', { shifts: ['mattina', 'sera'] }, { shifts: ['mattina'] }, 75, 'Orario: non disponibile per: sera'],
    ['licence and vehicle', { licence: 'B', vehicleNeeded: true }, { licences: ['B'], ownVehicle: true }, 100, 'Patente e mezzo: ha la patente B, ha un mezzo proprio'],
    ['licence included in a higher one', { licence: 'B' }, { licences: ['C'] }, 100, 'Patente e mezzo: ha la patente B'],
    ['licence not included in a lower one', { licence: 'C' }, { licences: ['B'] }, 0, 'Patente e mezzo: manca la patente C'],
    ['skill named twice in the need', { skills: ['Cucina', 'cucina'] }, { skills: ['CUCINA'] }, 100, 'Competenze: ha Cucina'],
    ['licence without vehicle', { licence: 'B', vehicleNeeded: true }, { licences: ['B'] }, 50, 'Patente e mezzo: ha la patente B, senza mezzo proprio'],
    ['education enough', { educationRank: 4 }, { educationRank: 6 }, 100, 'Titolo di studio adeguato'],
    ['education lower', { educationRank: 4 }, { educationRank: 2 }, 0, 'Titolo di studio inferiore a quello richiesto'],
    ['education unknown', { educationRank: 4 }, {}, 30, 'Titolo di studio non indicato'],
    ['category fits', { categories: ['neet'] }, { targetCategory: 'neet' }, 100, 'Categoria adatta al progetto'],
    ['available in time', { startDate: '2027-01-10' }, { availableFrom: '2027-01-10' }, 100, 'Disponibile per la data di inizio'],
    ['available too late', { startDate: '2027-01-10' }, { availableFrom: '2027-02-01' }, 0, 'Disponibile solo dal 01/02/2027'],
  ])('%s', (_label, requirements, facts, score, reason) => {
    const result = scoreCandidate(need(requirements), person(facts));
    expect(result.score).toBe(score);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]!.text).toBe(reason);
  });

  it('a need with no requirements scores 0 with no reasons, rather than inventing a fit', () => {
    expect(scoreCandidate(NO_REQUIREMENTS, person())).toEqual({ candidateId: 'c1', score: 0, reasons: [] });
  });
});

describe('weights and ranking', () => {
  const warehouse = need({ skills: ['Magazzino'], comune: 'Alba', province: 'CN' });
  const skilledFar = person({ id: 'a', name: 'Bianchi Anna', skills: ['Magazzino'], comune: 'Torino', province: 'TO' });
  const nearNoSkill = person({ id: 'b', name: 'Verdi Luca', comune: 'Alba', province: 'CN' });

  it('combines factors by weight: skills 35, place 20 by default', () => {
    expect(scoreCandidate(warehouse, skilledFar).score).toBe(Math.round((35 / 55) * 100));
    expect(scoreCandidate(warehouse, nearNoSkill).score).toBe(Math.round((20 / 55) * 100));
  });

  it('a coordinator’s new weights re-rank at once', () => {
    expect(rankCandidates(warehouse, [nearNoSkill, skilledFar]).map((r) => r.candidateId)).toEqual(['a', 'b']);
    const placeFirst = { ...DEFAULT_MATCH_WEIGHTS, place: 60 };
    expect(rankCandidates(warehouse, [skilledFar, nearNoSkill], placeFirst).map((r) => r.candidateId)).toEqual(['b', 'a']);
  });

  it('breaks ties by name in Italian order, then by id, whatever the input order', () => {
    const same = { skills: ['Magazzino'] };
    const people = [
      person({ id: 'z', name: 'Zanetti Ugo', ...same }),
      person({ id: 'y', name: 'Àlbini Carla', ...same }),
      person({ id: 'x', name: 'Zanetti Ugo', ...same }),
    ];
    const order = ['y', 'x', 'z'];
    expect(rankCandidates(need({ skills: ['Magazzino'] }), people).map((r) => r.candidateId)).toEqual(order);
    expect(rankCandidates(need({ skills: ['Magazzino'] }), [...people].reverse()).map((r) => r.candidateId)).toEqual(order);
  });

  it('a factor weighted 0 is left out of both the score and the reasons', () => {
    const result = scoreCandidate(warehouse, skilledFar, { ...DEFAULT_MATCH_WEIGHTS, place: 0 });
    expect(result.score).toBe(100);
    expect(result.reasons.map((r) => r.factor)).toEqual(['skills']);
  });

  it('the score alone is the same number as the explained score, for every factor mix', () => {
    const full = need({ skills: ['Magazzino', 'Muletto'], comune: 'Torino', province: 'TO', hoursPerWeek: 20, shifts: ['mattina'], licence: 'B', vehicleNeeded: true, educationRank: 3, categories: ['neet'], startDate: '2027-01-10' });
    const people = [
      person({ id: 'a', skills: ['Muletto'], comune: 'Moncalieri', province: 'TO', hoursPerWeek: 10, shifts: ['pomeriggio'], licences: ['B'], educationRank: 2, targetCategory: 'neet', availableFrom: '2027-02-01' }),
      person({ id: 'b', skills: ['Magazzino', 'Muletto'], comune: 'Torino', province: 'TO', hoursPerWeek: 30, shifts: ['mattina'], licences: ['B'], ownVehicle: true, educationRank: 5, targetCategory: 'neet' }),
      person({ id: 'c' }),
    ];
    const prepared = prepareNeed(full);
    for (const p of people) expect(prepared.score(p)).toBe(scoreCandidate(full, p).score);
  });
});

describe('protected target categories for those who may not see them (decision 0026)', () => {
  const hidden = person({ targetCategory: 'riservata' });
  it('gives every folded person the same half score when the need asks any protected category', () => {
    const forDisabled = scoreCandidate(foldedRequirements(need({ categories: ['disabile'] })), hidden);
    const forRefugees = scoreCandidate(foldedRequirements(need({ categories: ['protezione'] })), hidden);
    expect(forDisabled.score).toBe(50);
    expect(forRefugees).toEqual(forDisabled);
    expect(forDisabled.reasons[0]!.text).toBe('Categoria tutelata: se è quella prevista dal progetto lo valuta il coordinatore');
  });

  it('gives them nothing when the need asks only categories anyone sees, as for any other person outside them', () => {
    const forNeet = scoreCandidate(foldedRequirements(need({ categories: ['neet'] })), hidden);
    expect(forNeet.score).toBe(0);
    expect(forNeet.reasons[0]!.text).toBe('Categoria diversa da quelle previste');
    expect(scoreCandidate(foldedRequirements(need({ categories: ['neet', 'servizi'] })), person({ targetCategory: 'neet' })).score).toBe(100);
  });

  it('folds a need only when it asks a protected category', () => {
    const plain = need({ categories: ['neet'] });
    expect(foldedRequirements(plain)).toBe(plain);
    expect(foldedRequirements(need({ categories: ['disabile', 'servizi', 'neet'] })).categories).toEqual(['neet', 'riservata']);
  });
});
