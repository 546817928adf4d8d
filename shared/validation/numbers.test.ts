import { describe, expect, it } from 'vitest';
import { italianNumber, numberMessage, numberProblem, type NumberLimits } from './numbers';

const WEEKLY: NumberLimits = { min: 1, max: 48, unit: 'ore' };
const DAILY: NumberLimits = { min: 0, max: 12, unit: 'ore al giorno', decimals: 2 };

describe('numberProblem', () => {
  it.each([
    [-5, WEEKLY, 'negative'],
    [-1, { min: 0, max: 100_000 }, 'negative'],
    [-1.5, { min: 0, max: 100_000 }, 'negative'],
    [0, WEEKLY, 'below'],
    [60, WEEKLY, 'above'],
    [2.5, WEEKLY, 'fraction'],
    [-4, DAILY, 'negative'],
    [13, DAILY, 'above'],
    [7.555, DAILY, 'decimals'],
  ] as const)('%s against %j is %s', (value, limits, problem) => {
    expect(numberProblem(value, limits)).toBe(problem);
  });

  it.each([
    [1, WEEKLY],
    [48, WEEKLY],
    [0, DAILY],
    [7.5, DAILY],
    [7.1, DAILY],
    [12, DAILY],
  ] as const)('accepts %s within %j', (value, limits) => {
    expect(numberProblem(value, limits)).toBeNull();
  });

  it('lets a field that allows negative numbers say «almeno», not «negativo»', () => {
    expect(numberProblem(-20, { min: -10, max: 10 })).toBe('below');
  });
});

describe('numberMessage', () => {
  it('says what is wrong in Italian, after the label', () => {
    expect(numberMessage('Ore settimanali', 'negative', WEEKLY)).toBe('Ore settimanali: il numero non può essere negativo');
    expect(numberMessage('Ore settimanali', 'above', WEEKLY)).toBe('Ore settimanali: al massimo 48 ore');
    expect(numberMessage('Ore settimanali', 'below', WEEKLY)).toBe('Ore settimanali: almeno 1');
    expect(numberMessage('Ore settimanali', 'fraction', WEEKLY)).toBe('Ore settimanali: inserisci un numero intero');
    expect(numberMessage('Ore', 'decimals', DAILY)).toBe('Ore: al massimo due decimali (es. 7,5)');
    expect(numberMessage('Ore', 'above', DAILY)).toBe('Ore: al massimo 12 ore al giorno');
  });

  it('writes the limits the Italian way', () => {
    expect(numberMessage('Dipendenti', 'above', { min: 0, max: 100_000 })).toBe('Dipendenti: al massimo 100.000');
    expect(italianNumber(7.5)).toBe('7,5');
  });
});
