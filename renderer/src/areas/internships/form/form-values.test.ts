import { describe, expect, it } from 'vitest';
import { internshipFields, type InternshipInput } from '@shared/api/internships';
import { centsToEuros, emptySchedule, eurosToCents, toFormErrors, toFormValues, toInternshipInput, weeklyTotal } from './form-values';

const CANDIDATE = '0b6f2f1e-8a5c-4c7e-9d1a-2f3b4c5d6e7f';
const ASSOCIATION = '1c7f3f2e-9b6d-4d8f-8e2b-3a4b5c6d7e8f';

const prefilled: InternshipInput = { candidateId: CANDIDATE, associationId: ASSOCIATION, type: 'formativo' };

const issuesByField = (input: InternshipInput) => {
  const result = internshipFields.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
};

describe('internship form values', () => {
  it('shows cents as euros and sends euros back as whole cents', () => {
    expect(centsToEuros(60000)).toBe(600);
    expect(centsToEuros(12345)).toBe(123.45);
    expect(centsToEuros(null)).toBe('');
    expect(eurosToCents(600)).toBe(60000);
    expect(eurosToCents(123.45)).toBe(12345);
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(eurosToCents('450,50')).toBe(45050);
    expect(eurosToCents('')).toBeNull();
    expect(eurosToCents('abc')).toBeNaN();
  });

  it('a new file starts with a week of 0 hours, Monday to Sunday, and no slots', () => {
    const v = toFormValues(prefilled);
    expect(v.weeklySchedule).toEqual(emptySchedule());
    expect(v.weeklySchedule).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 });
    expect(Object.values(v.weeklySlots).every((s) => s === '')).toBe(true);
    expect(v).toMatchObject({ candidateId: CANDIDATE, associationId: ASSOCIATION, type: 'formativo', monthlyAllowance: '', funding: { kind: null } });
  });

  it('a week left at 0 hours is no schedule, and an untouched form sends no allowance nor funding', () => {
    const input = toInternshipInput(toFormValues(prefilled));
    expect(input.weeklySchedule).toBeNull();
    expect(input.weeklySlots).toBeNull();
    expect(input.monthlyAllowanceCents).toBeNull();
    expect(input.funding).toBeNull();
    expect(internshipFields.safeParse(input).success).toBe(true);
  });

  it('an empty hours box is a day off once any day has hours', () => {
    const v = toFormValues(prefilled);
    v.weeklySchedule = { ...v.weeklySchedule, 1: 7.5, 2: 4, 6: '' };
    v.weeklySlots = { ...v.weeklySlots, 1: '9–13, 14–17:30' };
    const input = toInternshipInput(v);
    expect(input.weeklySchedule).toEqual({ 1: 7.5, 2: 4, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 });
    expect(input.weeklySlots?.[1]).toBe('9–13, 14–17:30');
    expect(weeklyTotal(v.weeklySchedule)).toBe(11.5);
  });

  it('a saved file comes back to the same values it was saved from', () => {
    const saved: InternshipInput = {
      ...prefilled,
      hostTutorName: 'Maria Rossi',
      hostTutorYears: 12,
      startDate: '2026-12-01',
      plannedEndDate: '2027-05-31',
      weeklySchedule: { 1: 6, 2: 6, 3: 6, 4: 6, 5: 6, 6: 0, 7: 0 },
      weeklySlots: { 1: '9–15', 2: null, 3: null, 4: null, 5: null, 6: null, 7: null },
      monthlyAllowanceCents: 60000,
      funding: { kind: 'misto', projectName: 'Progetto Ponte', hostMonthlyCents: 20000, projectMonthlyCents: 40000 },
      skillsToAcquire: ['Accoglienza del pubblico'],
    };
    const v = toFormValues(saved);
    expect(v).toMatchObject({ hostTutorYears: 12, monthlyAllowance: 600, funding: { kind: 'misto', projectName: 'Progetto Ponte', hostMonthly: 200, projectMonthly: 400 } });
    const again = internshipFields.parse(toInternshipInput(v));
    expect(again).toMatchObject({
      monthlyAllowanceCents: 60000,
      funding: saved.funding,
      weeklySchedule: saved.weeklySchedule,
      hostTutorYears: 12,
      skillsToAcquire: ['Accoglienza del pubblico'],
    });
    expect(again.weeklySlots?.[1]).toBe('9–15');
  });

  it('drops the project fields when the host pays alone', () => {
    const v = toFormValues(prefilled);
    v.funding = { kind: 'ospitante', projectName: 'vecchio', hostMonthly: 100, projectMonthly: 200 };
    expect(toInternshipInput(v).funding).toEqual({ kind: 'ospitante' });
  });

  it('missing candidate, association and type get the schema’s Italian errors beside their boxes', () => {
    const v = { ...toFormValues(prefilled), candidateId: '', associationId: '', type: null };
    const byField = issuesByField(toInternshipInput(v));
    expect(byField.candidateId).toBe('Scegli il candidato');
    expect(byField.associationId).toBe('Scegli l’associazione ospitante');
    expect(byField.type).toBe('Scegli il tipo di tirocinio');
  });

  it('empty shares of a mixed funding are refused, and shares that do not add up to the allowance too', () => {
    const v = toFormValues(prefilled);
    v.monthlyAllowance = 600;
    v.funding = { kind: 'misto', projectName: 'Ponte', hostMonthly: '', projectMonthly: 400 };
    expect(toFormErrors(issuesByField(toInternshipInput(v)))['funding.hostMonthly']).toBe('Quota dell’ospitante: inserisci un importo');
    v.funding.hostMonthly = 100;
    expect(toFormErrors(issuesByField(toInternshipInput(v))).funding).toBe('Le quote di ospitante e progetto devono sommare l’indennità mensile');
    v.funding.hostMonthly = 200;
    expect(internshipFields.safeParse(toInternshipInput(v)).success).toBe(true);
  });

  it('sends the profession as typed; a code that is not a CP2011 one gets the Italian message beside its box', () => {
    const v = { ...toFormValues(prefilled), professionCode: '5.1.x', professionName: 'Commessi delle vendite al minuto' };
    expect(toInternshipInput(v)).toMatchObject({ professionCode: '5.1.x', professionName: 'Commessi delle vendite al minuto' });
    expect(toFormErrors(issuesByField(toInternshipInput(v)))).toEqual({ professionCode: 'Codice CP2011 non valido: es. 5.1.2.2.0' });
    expect(internshipFields.safeParse(toInternshipInput({ ...v, professionCode: '5.1.2.2.0' })).success).toBe(true);
    expect(toFormValues({ ...prefilled, professionCode: null })).toMatchObject({ professionCode: '', professionName: '' });
  });

  it('puts the errors on money fields beside the euro boxes', () => {
    expect(toFormErrors({ monthlyAllowanceCents: 'a', 'funding.projectMonthlyCents': 'b', 'weeklySchedule.3': 'c' })).toEqual({
      monthlyAllowance: 'a',
      'funding.projectMonthly': 'b',
      'weeklySchedule.3': 'c',
    });
  });
});
