import { describe, expect, it } from 'vitest';
import { count, plural } from './plural';

describe('count', () => {
  it('says zero and many with the plural noun and one with the singular', () => {
    expect(count(0, 'giorno', 'giorni')).toBe('0 giorni');
    expect(count(1, 'giorno', 'giorni')).toBe('1 giorno');
    expect(count(2, 'giorno', 'giorni')).toBe('2 giorni');
    expect(count(25, 'pratica', 'pratiche')).toBe('25 pratiche');
  });

  it('writes large numbers as Italians do, and a round million as any other plural', () => {
    expect(count(12345, 'candidato', 'candidati')).toBe('12.345 candidati');
    expect(count(1_000_000, 'candidato', 'candidati')).toBe('1.000.000 candidati');
  });
});

describe('plural', () => {
  it('chooses between two whole phrases, with # for the number', () => {
    const left = (n: number) => plural(n, 'manca un mese', 'mancano # mesi');
    expect(left(0)).toBe('mancano 0 mesi');
    expect(left(1)).toBe('manca un mese');
    expect(left(2)).toBe('mancano 2 mesi');
    expect(left(40)).toBe('mancano 40 mesi');
  });

  it('agrees the chosen phrase with a woman, a man, a group, or keeps the double form', () => {
    const proposed = (n: number, sex?: 'M' | 'F' | null) =>
      plural(n, 'Il/La candidato/a è stato/a proposto/a.', '# candidati/e sono stati/e proposti/e.', sex);
    expect(proposed(1, 'F')).toBe('La candidata è stata proposta.');
    expect(proposed(1, 'M')).toBe('Il candidato è stato proposto.');
    expect(proposed(3, 'F')).toBe('3 candidate sono state proposte.');
    expect(proposed(2, 'M')).toBe('2 candidati sono stati proposti.');
    expect(proposed(2, null)).toBe('2 candidati/e sono stati/e proposti/e.');
    expect(proposed(2)).toBe('2 candidati/e sono stati/e proposti/e.');
  });
});
