import { describe, expect, it } from 'vitest';
import { PIEDMONT_ELIGIBILITY, hostEligibilityProblem, periodWords, portalReminder, priorWorkProblem, type HostDeclarations } from './host-eligibility';

const START = '2027-01-11';
const ALL: HostDeclarations = { noLayoffsDeclaredOn: '2026-12-01', safetyDeclaredOn: '2026-12-01', disabilityQuotaDeclaredOn: '2026-12-01' };

describe('the host’s three eligibility declarations, against the file’s start', () => {
  it.each<[string, Partial<HostDeclarations>, boolean]>([
    ['all three, a month before', {}, true],
    ['all three, after the start (declared late, still declared)', { noLayoffsDeclaredOn: '2027-02-01' }, true],
    ['one exactly 12 months before', { safetyDeclaredOn: '2026-01-11' }, true],
    ['one 12 months and a day before', { safetyDeclaredOn: '2026-01-10' }, false],
    ['dismissals and CIG missing', { noLayoffsDeclaredOn: null }, false],
    ['safety missing', { safetyDeclaredOn: null }, false],
    ['L. 68/99 missing', { disabilityQuotaDeclaredOn: null }, false],
  ])('%s: eligible = %s', (_, change, ok) => {
    expect(hostEligibilityProblem({ ...ALL, ...change }, START, PIEDMONT_ELIGIBILITY) === null).toBe(ok);
  });

  it('names what is missing and what is stale, with the date, and where to register them', () => {
    const problem = hostEligibilityProblem({ noLayoffsDeclaredOn: null, safetyDeclaredOn: '2025-06-30', disabilityQuotaDeclaredOn: null }, START, PIEDMONT_ELIGIBILITY);
    expect(problem).toBe(
      'L’associazione non ha dichiarato: nessun licenziamento collettivo né cassa integrazione per le stesse mansioni negli ultimi 12 mesi; rispetto della L. 68/99 sul collocamento dei disabili. ' +
        'Dichiarazioni di più di 12 mesi prima del 11/01/2027, da rinnovare: rispetto della normativa sulla sicurezza (D.Lgs. 81/2008) (del 30/06/2025). ' +
        'Registra le dichiarazioni nella scheda dell’associazione.',
    );
  });

  it('reads the periods from the rule set', () => {
    const rule = { ...PIEDMONT_ELIGIBILITY, declarationValidMonths: 6, layoffMonths: 6 };
    expect(hostEligibilityProblem({ ...ALL, safetyDeclaredOn: '2026-07-10' }, START, rule)).toContain('più di 6 mesi prima');
    expect(hostEligibilityProblem({ ...ALL, noLayoffsDeclaredOn: null }, START, rule)).toContain('negli ultimi 6 mesi');
  });
});

describe('the person’s prior work with the host', () => {
  it.each<[boolean | null, string | null, boolean]>([
    [false, '2026-11-20', true],
    [false, null, false], // answered without a date: not a declaration yet
    [null, null, false],
    [true, '2026-11-20', false],
  ])('worked = %s, declared on %s: fine = %s', (worked, on, ok) => {
    expect(priorWorkProblem({ workedForHost: worked, workedForHostDeclaredOn: on }, PIEDMONT_ELIGIBILITY) === null).toBe(ok);
  });

  it('says whether the declaration is missing or says the person worked there, with the period of the set', () => {
    expect(priorWorkProblem({ workedForHost: null, workedForHostDeclaredOn: null }, PIEDMONT_ELIGIBILITY)).toBe(
      'Manca la dichiarazione della persona di non aver lavorato né collaborato con l’associazione negli ultimi 2 anni (con la sua data).',
    );
    expect(priorWorkProblem({ workedForHost: true, workedForHostDeclaredOn: '2026-11-20' }, { ...PIEDMONT_ELIGIBILITY, priorWorkMonths: 18 })).toBe(
      'La persona ha dichiarato di aver lavorato o collaborato con l’associazione negli ultimi 18 mesi: non può farvi un tirocinio, salvo deroga motivata di un coordinatore.',
    );
  });

  it.each<[number, string]>([
    [1, '1 mese'],
    [6, '6 mesi'],
    [12, '12 mesi'],
    [24, '2 anni'],
    [36, '3 anni'],
  ])('%i months read «%s»', (months, words) => {
    expect(periodWords(months)).toBe(words);
  });
});

describe('the reminder of the Portale Tirocini reference', () => {
  it.each<[string | null, string | null, boolean]>([
    [null, null, false], // a new file
    ['bozza', null, false],
    ['in_firma', null, false],
    ['attivo', null, true],
    ['attivo', '  ', true],
    ['sospeso', null, true],
    ['concluso', null, true],
    ['interrotto', null, true],
    ['attivo', 'PT-2027-000123', false],
  ])('status %s, reference %s: reminder = %s', (status, reference, shown) => {
    expect(portalReminder(status, reference) !== null).toBe(shown);
  });
});
