import { describe, expect, it } from 'vitest';
import placesFile from '../../../resources/reference/places.json';
import { PIEDMONT_PROVINCES, PROVINCES } from '@shared/validation/provinces';
import { createPlaceIndex, describePlace, placeByCode, searchComuni, type Place } from './places';

describe('placeByCode on the shipped data', () => {
  const cases: Array<[string, Place]> = [
    ['L219', { code: 'L219', name: 'Torino', province: 'TO', kind: 'comune' }],
    ['A662', { code: 'A662', name: 'Bari', province: 'BA', kind: 'comune' }],
    ['F205', { code: 'F205', name: 'Milano', province: 'MI', kind: 'comune' }],
    ['H501', { code: 'H501', name: 'Roma', province: 'RM', kind: 'comune' }],
    ['D969', { code: 'D969', name: 'Genova', province: 'GE', kind: 'comune' }],
    ['A562', { code: 'A562', name: 'San Giuliano Terme', province: 'PI', kind: 'comune' }],
    // Accents, apostrophes and particles in their official spelling.
    ['D704', { code: 'D704', name: 'Forlì', province: 'FC', kind: 'comune' }],
    ['H823', { code: 'H823', name: 'San Donà di Piave', province: 'VE', kind: 'comune' }],
    ['C524', { code: 'C524', name: "Cerreto d'Esi", province: 'AN', kind: 'comune' }],
    ['C232', { code: 'C232', name: 'Castelnuovo Don Bosco', province: 'AT', kind: 'comune' }],
    // Names the source had mis-decoded or title-cased word by word.
    ['C744', { code: 'C744', name: 'Città della Pieve', province: 'PG', kind: 'comune' }],
    ['M356', { code: 'M356', name: 'Contà', province: 'TN', kind: 'comune' }],
    ['I320', { code: 'I320', name: "Sant'Elia a Pianisi", province: 'CB', kind: 'comune' }],
    // Suppressed comuni, with the province they had then (FU: Fiume).
    ['A002', { code: 'A002', name: 'Abbadia sopra Adda', province: 'CO', kind: 'comune' }],
    ['A009', { code: 'A009', name: 'Abbazia', province: 'FU', kind: 'comune' }],
    // Foreign states, current and former.
    ['Z330', { code: 'Z330', name: 'Marocco', province: null, kind: 'stato' }],
    ['Z129', { code: 'Z129', name: 'Romania', province: null, kind: 'stato' }],
    ['Z600', { code: 'Z600', name: 'Argentina', province: null, kind: 'stato' }],
    ['Z106', { code: 'Z106', name: 'Stato della Città del Vaticano', province: null, kind: 'stato' }],
    ['Z135', { code: 'Z135', name: 'Unione Sovietica', province: null, kind: 'stato' }],
  ];
  it.each(cases)('%s', (code, expected) => {
    expect(placeByCode(code)).toEqual(expected);
  });

  it('accepts lower case and spaces, and a birth date', () => {
    expect(placeByCode(' l219 ')?.name).toBe('Torino');
    expect(placeByCode('A002', '1920-05-01')?.name).toBe('Abbadia sopra Adda');
  });

  it('returns null for a code nobody has', () => {
    expect(placeByCode('Z999')).toBeNull();
    expect(placeByCode('')).toBeNull();
    expect(placeByCode('TORINO')).toBeNull();
  });

  it('holds current and suppressed comuni and the foreign states', () => {
    const rows = placesFile.places;
    const comuni = rows.filter((r) => r[3] === 'C');
    const current = comuni.filter((r) => r[5] === null);
    expect(current.length).toBeGreaterThan(7800);
    expect(comuni.length - current.length).toBeGreaterThan(1500);
    expect(rows.filter((r) => r[3] === 'S').length).toBeGreaterThan(200);
    for (const row of current) expect(row[2]).toMatch(/^[A-Z]{2}$/);
  });
});

describe('current comuni in the province they are in today', () => {
  const current = placesFile.places.filter((r) => r[3] === 'C' && r[5] === null);
  const countsByProvince = (): Map<string | null, number> => {
    const counts = new Map<string | null, number>();
    for (const row of current) {
      const province = row[2] ?? null;
      counts.set(province, (counts.get(province) ?? 0) + 1);
    }
    return counts;
  };

  // ANPR's record of each code can be of an earlier period; the generator takes today's province
  // (and name) of current comuni from ISTAT's list.
  const cases: Array<[string, string, string]> = [
    // In the province of Aosta 1927–1945.
    ['B435', 'Caluso', 'TO'],
    ['E379', 'Ivrea', 'TO'],
    ['H753', 'Samone', 'TO'],
    // In Napoli while the province of Caserta did not exist (1927–1945).
    ['A512', 'Aversa', 'CE'],
    // Once Olbia-Tempio (2005–2016), Sassari in ISTAT's list before the 2026 Sardinian reform.
    ['G015', 'Olbia', 'SS'],
    // ANPR's record carries an earlier name ("Masino", "Castello d'Alife").
    ['B733', 'Caravino', 'TO'],
    ['C178', 'Castello del Matese', 'CE'],
  ];
  it.each(cases)('%s %s is in %s', (code, name, province) => {
    expect(placeByCode(code)).toEqual({ code, name, province, kind: 'comune' });
  });

  it('counts the current comuni of Piedmont and the Aosta valley as ISTAT does', () => {
    // ISTAT, Elenco dei comuni italiani (italian-locations 1.2.1, data of 30 June 2025). AT has
    // 117 since Moransengo and Tonengo merged into Moransengo-Tonengo on 1 January 2023.
    const expected = { TO: 312, CN: 247, AT: 117, AL: 187, NO: 87, VC: 82, BI: 74, VB: 74, AO: 74 };
    const counts = countsByProvince();
    const actual = Object.fromEntries([...PIEDMONT_PROVINCES, 'AO'].map((p) => [p, counts.get(p) ?? 0]));
    expect(actual).toEqual(expected);
  });

  it('puts every current comune in a province the app knows', () => {
    const known = new Set<string | null>(PROVINCES);
    const strays = current.filter((r) => !known.has(r[2] ?? null)).map((r) => `${r[0]} ${r[1]} (${r[2]})`);
    expect(strays).toEqual([]);
    expect(countsByProvince().size).toBeGreaterThan(100);
  });
});

describe('placeByCode choosing among the records of one code', () => {
  // The shipped file has one row per code; the format allows a code reused over time.
  const index = createPlaceIndex([
    ['X001', 'Vecchio Nome', 'AA', 'C', '1861-03-17', '1927-12-31'],
    ['X001', 'Nuovo Nome', 'BB', 'C', '1928-01-01', null],
    ['X002', 'Prima', 'CC', 'C', null, '1950-06-30'],
    ['X002', 'Dopo', 'CC', 'C', null, '1990-01-01'],
  ]);

  it('prefers the record valid on the date given', () => {
    expect(index.placeByCode('X001', '1920-05-01')?.name).toBe('Vecchio Nome');
    expect(index.placeByCode('X001', '1927-12-31')?.name).toBe('Vecchio Nome');
    expect(index.placeByCode('X001', '1928-01-01')?.name).toBe('Nuovo Nome');
  });

  it('else the most recent one', () => {
    expect(index.placeByCode('X001')?.name).toBe('Nuovo Nome');
    expect(index.placeByCode('X001', '1700-01-01')?.name).toBe('Nuovo Nome');
    expect(index.placeByCode('X001', 'not a date')?.name).toBe('Nuovo Nome');
    expect(index.placeByCode('X002')?.name).toBe('Dopo');
  });

  it('rejects a malformed row', () => {
    expect(() => createPlaceIndex([['X1', 'Nome', null, 'C', null, null]])).toThrow(/bad row/);
    expect(() => createPlaceIndex([['X001', 'Nome', null, 'Q', null, null]])).toThrow(/bad row/);
    expect(() => createPlaceIndex([['X001', 'Nome', null, 'C', '1/1/1900', null]])).toThrow(/bad date/);
  });
});

describe('searchComuni', () => {
  const names = (query: string, limit?: number): string[] =>
    searchComuni(query, limit).map((p) => describePlace(p));

  it('finds comuni by the start of the name', () => {
    expect(names('tor')).toContain('Torino (TO)');
    expect(names('Tor')).toHaveLength(20);
    expect(names('tor', 5)).toHaveLength(5);
  });

  it('puts the exact match first', () => {
    expect(names('torino')[0]).toBe('Torino (TO)');
    expect(names('bari')[0]).toBe('Bari (BA)');
    expect(names('roma')[0]).toBe('Roma (RM)');
  });

  it('ignores accents, case, spaces and apostrophes', () => {
    expect(names('forli')).toEqual(['Forlì (FC)', 'Forlì del Sannio (IS)', 'Forlimpopoli (FC)']);
    expect(names('FORLÌ')[0]).toBe('Forlì (FC)');
    expect(names('san dona')).toContain('San Donà di Piave (VE)');
    expect(names('cerreto de')).toEqual(["Cerreto d'Esi (AN)"]);
    expect(names("sant'elia")).toEqual(names('santelia'));
    expect(names('sant’elia')).toContain("Sant'Elia a Pianisi (CB)");
  });

  it('lists the rest in alphabetical order and tells homonyms apart by province', () => {
    const found = searchComuni('castro', 50).map((p) => p.name);
    expect(found.slice(0, 2)).toEqual(['Castro', 'Castro']);
    const rest = found.slice(2);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'it')));
    expect(names('castro').slice(0, 2)).toEqual(['Castro (BG)', 'Castro (LE)']);
  });

  it('offers only current comuni: no suppressed ones, no foreign states', () => {
    expect(names('abbadia sopra')).toEqual([]);
    expect(names('abbazia')).toEqual([]);
    expect(names('marocco')).toEqual([]);
  });

  it('returns nothing for an empty query or limit', () => {
    expect(searchComuni('')).toEqual([]);
    expect(searchComuni("  ' ")).toEqual([]);
    expect(searchComuni('tor', 0)).toEqual([]);
  });
});

describe('describePlace', () => {
  it('adds the province or says it is abroad', () => {
    expect(describePlace({ code: 'L219', name: 'Torino', province: 'TO', kind: 'comune' })).toBe('Torino (TO)');
    expect(describePlace({ code: 'Z330', name: 'Marocco', province: null, kind: 'stato' })).toBe('Marocco (stato estero)');
    expect(describePlace({ code: 'X001', name: 'Senza Provincia', province: null, kind: 'comune' })).toBe('Senza Provincia');
  });
});
