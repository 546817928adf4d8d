import { describe, expect, it } from 'vitest';
import { foldText, sortKey } from './text';

/** How SQLite compares the stored keys with its default BINARY collation (UTF-8 bytes). */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

describe('foldText', () => {
  it('folds accents and case the way an Italian operator expects', () => {
    expect(foldText('Società')).toBe('societa');
    expect(foldText('SOCIETÀ')).toBe('societa');
    expect(foldText('Perché però è già più')).toBe('perche pero e gia piu');
    expect(foldText('ÈÉÌÒÙ àèéìòù')).toBe('eeiou aeeiou');
  });

  it('treats precomposed and decomposed accents alike', () => {
    expect(foldText('Societa\u0300')).toBe(foldText('Societ\u00e0'));
  });

  it('collapses and trims whitespace', () => {
    expect(foldText('  Polisportiva \t  Torino\n ')).toBe('polisportiva torino');
  });
});

describe('sortKey', () => {
  it('is the folded text without punctuation', () => {
    expect(sortKey('Società')).toBe('societa');
    expect(sortKey("L'Àncora A.S.D.")).toBe('lancora asd');
    expect(sortKey('Circolo «Arci», Nichelino!')).toBe('circolo arci nichelino');
  });

  it('a dash or quote between words sorts like a plain space', () => {
    expect(sortKey('Arci – Torino')).toBe(sortKey('Arci Torino'));
    expect(sortKey('Arci - Torino')).toBe('arci torino');
    expect(sortKey('« Aurora »')).toBe('aurora');
    // So "Arci – Torino" does not jump ahead of "Arci Bra".
    const names = ['Arci – Torino', 'Arci Bra'];
    expect([...names].sort((a, b) => byteOrder(sortKey(a), sortKey(b)))).toEqual(['Arci Bra', 'Arci – Torino']);
  });

  it('keeps digits', () => {
    expect(sortKey('Sporting 2000')).toBe('sporting 2000');
  });

  it('sorts accented first letters with their plain letter (Italian order), not after Z', () => {
    const names = ['Zeta Sport', 'Ómnibus', 'Àncora', 'Arci Torino', 'Èlite Danza', 'Ente Nazionale', 'oasi verde', 'Ulivo', 'Ùnione'];
    const sorted = [...names].sort((a, b) => byteOrder(sortKey(a), sortKey(b)));
    expect(sorted).toEqual(['Àncora', 'Arci Torino', 'Èlite Danza', 'Ente Nazionale', 'oasi verde', 'Ómnibus', 'Ulivo', 'Ùnione', 'Zeta Sport']);
    // Without the key, the raw names put the accented ones after Z.
    const raw = [...names].sort(byteOrder);
    expect(raw.indexOf('Àncora')).toBeGreaterThan(raw.indexOf('Zeta Sport'));
  });

  it('ignores case when sorting', () => {
    const names = ['beta', 'Alfa', 'GAMMA', 'delta'];
    expect([...names].sort((a, b) => byteOrder(sortKey(a), sortKey(b)))).toEqual(['Alfa', 'beta', 'delta', 'GAMMA']);
  });

  it('gives the same key to names that differ only in accents, case or spacing', () => {
    expect(sortKey('Società Sportiva')).toBe(sortKey('SOCIETA  sportiva'));
  });
});
