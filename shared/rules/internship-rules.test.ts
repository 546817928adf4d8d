import { describe, expect, it } from 'vitest';
import { TARGET_CATEGORIES } from '../api/candidate-fields';
import { hostQuota, PIEDMONT_HOST_QUOTA } from './host-quota';
import {
  INTERNSHIP_TYPE_LABELS,
  INTERNSHIP_TYPE_LEGAL_BASIS,
  INTERNSHIP_TYPES,
  PIEDMONT_DEFAULT_RULES,
  RULE_IDS,
  RULE_LABELS,
  ruleApplies,
  ruleSetInForce,
  type InternshipRuleSet,
} from './internship-rules';

function set(id: string, validFrom: string): InternshipRuleSet {
  return { ...PIEDMONT_DEFAULT_RULES, id, name: id, validFrom };
}

describe('ruleSetInForce (a file follows the set valid at its start date)', () => {
  const first = set('piemonte-2017', '2017-12-22');
  const second = set('piemonte-2024', '2024-03-01');
  const corrected = set('piemonte-2024-b', '2024-03-01');
  const third = set('piemonte-2026', '2026-01-01');
  // Oldest first, as the core lists them: the correction of the 2024 set comes after it.
  const sets = [first, second, third, corrected];

  it.each([
    ['2017-12-21', null],
    ['2017-12-22', 'piemonte-2017'],
    ['2024-02-29', 'piemonte-2017'],
    ['2024-03-01', 'piemonte-2024-b'],
    ['2025-12-31', 'piemonte-2024-b'],
    ['2026-01-01', 'piemonte-2026'],
    ['2099-06-30', 'piemonte-2026'],
  ])('on %s → %s', (date, expected) => {
    expect(ruleSetInForce(sets, date)?.id ?? null).toBe(expected);
  });

  it('between two sets of the same day takes the later in the list (the newer one), whatever the ids', () => {
    expect(ruleSetInForce([second, corrected], '2024-03-01')?.id).toBe('piemonte-2024-b');
    expect(ruleSetInForce([corrected, second], '2024-03-01')?.id).toBe(second.id);
  });

  it('finds nothing in an empty list', () => {
    expect(ruleSetInForce([], '2024-01-01')).toBeNull();
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => ruleSetInForce(sets, '22/12/2017')).toThrow(RangeError);
    expect(() => ruleSetInForce(sets, '2017-13-01')).toThrow(RangeError);
    expect(() => ruleSetInForce([set('bad', '2017-1-1')], '2024-01-01')).toThrow(RangeError);
  });
});

describe('PIEDMONT_DEFAULT_RULES (DGR 85-6277 of 22/12/2017)', () => {
  it('is in force from 22 December 2017', () => {
    expect(PIEDMONT_DEFAULT_RULES.validFrom).toBe('2017-12-22');
    expect(ruleSetInForce([PIEDMONT_DEFAULT_RULES], '2017-12-22')).toBe(PIEDMONT_DEFAULT_RULES);
  });

  it.each([
    ['disoccupato', 6],
    ['neet', 6],
    ['altro', 6],
    ['svantaggiato', 12],
    ['servizi', 12],
    ['protezione', 12],
    ['disabile', 24],
  ] as const)('a %s candidate may stay at most %i months', (category, months) => {
    expect(PIEDMONT_DEFAULT_RULES.maxMonthsByCategory[category]).toBe(months);
  });

  it('has a maximum for every target category of the candidate form', () => {
    expect(Object.keys(PIEDMONT_DEFAULT_RULES.maxMonthsByCategory).sort()).toEqual([...TARGET_CATEGORIES].sort());
  });

  it('keeps the numbers of the DGR', () => {
    expect(PIEDMONT_DEFAULT_RULES.minMonths).toBe(2);
    expect(PIEDMONT_DEFAULT_RULES.allowance).toEqual({
      fullMonthlyCents: 60000,
      fullWeeklyHours: 40,
      floorMonthlyCents: 30000,
      floorWeeklyHours: 20,
      attendanceThreshold: 0.7,
    });
    expect(PIEDMONT_DEFAULT_RULES.maxWeeklyHours).toBe(40);
    expect(PIEDMONT_DEFAULT_RULES.hostTutorMaxInterns).toBe(3);
    expect(PIEDMONT_DEFAULT_RULES.noticeDaysBeforeStart).toBe(1);
    expect(PIEDMONT_DEFAULT_RULES.finalCertificateAttendance).toBe(0.7);
  });

  it('uses the host quota of host-quota.ts', () => {
    expect(PIEDMONT_DEFAULT_RULES.hostQuota).toBe(PIEDMONT_HOST_QUOTA);
    expect(hostQuota(40, false, PIEDMONT_DEFAULT_RULES.hostQuota).maxInterns).toBe(4);
  });

  it.each([
    ['durata-minima', true],
    ['durata-massima', false],
    ['indennita-minima', false],
    ['ore-settimanali', true],
    ['quota-ospitante', false],
    ['tutor-ospitante', false],
    ['tirocinio-attivo', true],
    ['comunicazione-obbligatoria', true],
  ] as const)('rule %s waivable: %s', (rule, waivable) => {
    expect(PIEDMONT_DEFAULT_RULES.rules[rule].waivable).toBe(waivable);
  });

  it('leaves the duration and the minimum allowance of inclusion tirocini to DGR 42-7397', () => {
    for (const rule of ['durata-minima', 'durata-massima', 'indennita-minima'] as const) {
      expect(ruleApplies(PIEDMONT_DEFAULT_RULES, rule, 'inclusione')).toBe(false);
      expect(ruleApplies(PIEDMONT_DEFAULT_RULES, rule, 'formativo')).toBe(true);
      expect(ruleApplies(PIEDMONT_DEFAULT_RULES, rule, 'inserimento')).toBe(true);
    }
    expect(ruleApplies(PIEDMONT_DEFAULT_RULES, 'quota-ospitante', 'inclusione')).toBe(true);
    expect(ruleApplies(PIEDMONT_DEFAULT_RULES, 'comunicazione-obbligatoria', 'inclusione')).toBe(true);
  });

  it('has a policy and a label for every rule, and a label and act for every type', () => {
    expect(Object.keys(PIEDMONT_DEFAULT_RULES.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULE_LABELS).sort()).toEqual([...RULE_IDS].sort());
    for (const type of INTERNSHIP_TYPES) {
      expect(INTERNSHIP_TYPE_LABELS[type]).toMatch(/^Tirocinio /);
      expect(PIEDMONT_DEFAULT_RULES.legalBasisByType[type]).toBe(INTERNSHIP_TYPE_LEGAL_BASIS[type]);
    }
  });

  it('cites the right act for each type', () => {
    expect(INTERNSHIP_TYPE_LEGAL_BASIS).toEqual({
      formativo: 'DGR 22/12/2017 n. 85-6277',
      inserimento: 'DGR 22/12/2017 n. 85-6277',
      inclusione: 'DGR 7/04/2014 n. 42-7397',
    });
  });
});
