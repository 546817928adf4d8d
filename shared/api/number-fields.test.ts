/**
 * The numbers the desk types in the forms: the forms never clamp them, so each wrong number must
 * be refused by its schema with one Italian message that says what is wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { associationFields } from './associations';
import { candidateFields } from './candidate-fields';
import { weeklyScheduleSchema, internshipFields } from './internship-fields';
import { attendedHoursField } from './internships';
import { needFields } from './need-fields';
import { ruleSetFields } from './rule-sets';
import { configureItalianZodMessages } from './zod-italian';

beforeAll(() => {
  configureItalianZodMessages();
});

/** The messages of a refused value, or [] when it is accepted. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

const day = weeklyScheduleSchema.shape[1];

describe('numbers typed in the forms', () => {
  it.each([
    ['association: −1 employees', associationFields.shape.employees, -1, 'Il numero di dipendenti non può essere negativo'],
    ['candidate: −5 weekly hours', candidateFields.shape.hoursPerWeek, -5, 'Ore settimanali: il numero non può essere negativo'],
    ['candidate: 60 weekly hours', candidateFields.shape.hoursPerWeek, 60, 'Ore settimanali: al massimo 48 ore'],
    ['need: −5 weekly hours', needFields.shape.hoursPerWeek, -5, 'Ore settimanali: il numero non può essere negativo'],
    ['need: 60 weekly hours', needFields.shape.hoursPerWeek, 60, 'Ore settimanali: al massimo 48 ore'],
    ['need: 0 places', needFields.shape.positions, 0, 'Posti: almeno 1'],
    ['need: 2,5 places', needFields.shape.positions, 2.5, 'Posti: inserisci un numero intero'],
    ['internship: −4 hours on a day', day, -4, 'Ore: il numero non può essere negativo'],
    ['internship: 13 hours on a day', day, 13, 'Ore: al massimo 12 al giorno'],
    ['internship: 7,555 hours on a day', day, 7.555, 'Ore: al massimo due decimali (es. 7,5)'],
    ['internship: −2 years of the tutor', internshipFields.shape.hostTutorYears, -2, 'Anni di esperienza del tutor: il numero non può essere negativo'],
    ['attendance: −10 hours in a month', attendedHoursField, -10, 'Ore svolte: il numero non può essere negativo'],
    ['attendance: 500 hours in a month', attendedHoursField, 500, 'Ore svolte: al massimo 400 in un mese'],
    ['rule set: −1 months', ruleSetFields.shape.minMonths, -1, 'Durata minima: il numero non può essere negativo'],
  ])('%s is refused with one message', (_what, schema, typed, message) => {
    expect(messages(schema, typed)).toEqual([message]);
  });

  it.each([
    ['an empty box (NaN from the form)', attendedHoursField, Number.NaN, 'Ore svolte: inserisci un numero'],
    ['a box with only «-»', needFields.shape.positions, Number('-'), 'Indica quante persone servono'],
  ])('%s asks for a number', (_what, schema, typed, message) => {
    expect(messages(schema, typed)).toEqual([message]);
  });

  it.each([
    [candidateFields.shape.hoursPerWeek, 48],
    [needFields.shape.hoursPerWeek, 1],
    [day, 7.5],
    [day, 0],
    [attendedHoursField, 82.5],
    [associationFields.shape.employees, 0],
  ])('accepts %#: %s', (schema, typed) => {
    expect(messages(schema, typed)).toEqual([]);
  });

  it('keeps an optional box optional: empty is no value', () => {
    expect(needFields.shape.hoursPerWeek.parse(null)).toBeNull();
    expect(candidateFields.shape.hoursPerWeek.parse(undefined)).toBeNull();
  });
});
