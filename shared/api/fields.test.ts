import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { associationFields, operatingSiteFields } from './associations';
import {
  endsBeforeStart,
  numericTaxCode,
  optionalCap,
  optionalEmail,
  optionalPhone,
  optionalProvince,
  optionalText,
  personTaxCode,
  requiredText,
} from './fields';
import { configureItalianZodMessages } from './zod-italian';

beforeAll(() => {
  // Both the renderer and the core do this at start.
  configureItalianZodMessages();
});

/** The issues of a failed parse as `path → message`, or the parsed value. */
function issues(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return Object.fromEntries(result.error.issues.map((i) => [i.path.map(String).join('.'), i.message]));
}

function value<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

const MINIMAL = {
  name: 'Polisportiva Borgo',
  legalForm: 'ASD',
  taxCode: '00743110157',
  address: 'Via Roma 1',
  comune: 'Torino',
  employees: 0,
  sites: [],
};

describe('optional text', () => {
  it('stores an empty or blank field as null', () => {
    expect(value(optionalText(), '')).toBeNull();
    expect(value(optionalText(), '   ')).toBeNull();
    expect(value(optionalText(), null)).toBeNull();
    expect(value(optionalText(), undefined)).toBeNull();
  });

  it('trims what was typed', () => {
    expect(value(optionalText(), '  Comitato Torino ')).toBe('Comitato Torino');
  });

  it('refuses text over the maximum, in Italian', () => {
    expect(issues(optionalText(5), 'abcdef')).toEqual({ '': 'Massimo 5 caratteri' });
    expect(value(optionalText(5), 'abcde')).toBe('abcde');
  });
});

describe('required text', () => {
  it('refuses empty, blank or missing text naming the field', () => {
    expect(issues(requiredText('Comune'), '')).toEqual({ '': 'Comune: campo obbligatorio' });
    expect(issues(requiredText('Comune'), '   ')).toEqual({ '': 'Comune: campo obbligatorio' });
    expect(issues(requiredText('Comune'), undefined)).toEqual({ '': 'Comune: campo obbligatorio' });
  });
});

describe('CAP', () => {
  it('accepts five digits, trimmed, and empty as null', () => {
    expect(value(optionalCap, '10121')).toBe('10121');
    expect(value(optionalCap, ' 10121 ')).toBe('10121');
    expect(value(optionalCap, '')).toBeNull();
    expect(value(optionalCap, null)).toBeNull();
  });

  it.each(['1012', '101211', 'abcde', '10 21'])('refuses %s', (cap) => {
    expect(issues(optionalCap, cap)).toEqual({ '': 'Il CAP è di 5 cifre' });
  });
});

describe('province', () => {
  it('upper-cases the sigla', () => {
    expect(value(optionalProvince, 'to')).toBe('TO');
    expect(value(optionalProvince, ' Cn ')).toBe('CN');
    expect(value(optionalProvince, '')).toBeNull();
  });

  it.each(['XX', 'TORINO', 'T', 'ZZ'])('refuses %s', (p) => {
    expect(issues(optionalProvince, p)).toEqual({ '': 'Sigla di provincia non riconosciuta (es. TO, CN)' });
  });
});

describe('email and PEC', () => {
  it('accepts an address and empty as null', () => {
    expect(value(optionalEmail(), 'info@polisportiva.it')).toBe('info@polisportiva.it');
    expect(value(optionalEmail(), ' info@polisportiva.it ')).toBe('info@polisportiva.it');
    expect(value(optionalEmail(), '')).toBeNull();
  });

  it.each(['info', 'info@', '@polisportiva.it', 'info polisportiva@it'])('refuses %s', (email) => {
    expect(issues(optionalEmail(), email)).toEqual({ '': 'Indirizzo email non valido' });
    expect(issues(optionalEmail('Indirizzo PEC'), email)).toEqual({ '': 'Indirizzo PEC non valido' });
  });
});

describe('phone', () => {
  it('accepts Italian numbers as people write them', () => {
    expect(value(optionalPhone, '011 123 4567')).toBe('011 123 4567');
    expect(value(optionalPhone, '+39 333-1234567')).toBe('+39 333-1234567');
    expect(value(optionalPhone, '')).toBeNull();
  });

  it('refuses letters', () => {
    expect(issues(optionalPhone, 'chiamare Mario')).toEqual({ '': 'Numero di telefono non valido' });
  });
});

describe('tax code fields', () => {
  it('a required 11-digit code: empty refused, spaces dropped, wrong check digit refused', () => {
    expect(issues(numericTaxCode(true), '')).toEqual({ '': 'Inserisci il codice' });
    expect(issues(numericTaxCode(true), undefined)).toEqual({ '': 'Inserisci il codice' });
    expect(value(numericTaxCode(true), '007 431 101 57')).toBe('00743110157');
    expect(issues(numericTaxCode(true), '00743110158')).toEqual({
      '': 'Codice non valido: la cifra di controllo (l’ultima) non corrisponde',
    });
  });

  it('an optional 11-digit code may be left empty', () => {
    expect(value(numericTaxCode(false), '')).toBeNull();
    expect(issues(numericTaxCode(false), '123')).toEqual({ '': 'Il codice deve avere 11 cifre' });
  });

  it("a person's code is normalised and checked", () => {
    expect(value(personTaxCode(false), 'rssmra85t10a562s')).toBe('RSSMRA85T10A562S');
    expect(value(personTaxCode(false), '')).toBeNull();
    expect(issues(personTaxCode(true), '')).toEqual({ '': 'Inserisci il codice fiscale' });
    expect(issues(personTaxCode(false), 'RSSMRA85T10A562T')).toEqual({
      '': 'Codice fiscale non valido: il carattere di controllo (l’ultimo) non corrisponde',
    });
  });
});

describe('association form (associationFields)', () => {
  it('accepts the minimal association and turns every omitted optional field into null', () => {
    const data = value(associationFields, MINIMAL);
    expect(data).toMatchObject({ ...MINIMAL, legalForm: 'ASD' });
    for (const key of ['vatNumber', 'committee', 'cap', 'province', 'legalRepTaxCode', 'email', 'pec', 'phone', 'atecoCode', 'notes'] as const) {
      expect(data[key], key).toBeNull();
    }
  });

  it("turns '' into null for optional fields", () => {
    const data = value(associationFields, {
      ...MINIMAL,
      vatNumber: '',
      committee: '',
      cap: '',
      province: '',
      legalRepName: ' ',
      legalRepTaxCode: '',
      email: '',
      pec: '',
      phone: '',
      atecoCode: '',
    });
    expect(data).toMatchObject({
      vatNumber: null,
      committee: null,
      cap: null,
      province: null,
      legalRepName: null,
      legalRepTaxCode: null,
      email: null,
      pec: null,
      phone: null,
      atecoCode: null,
    });
  });

  it('allows 0 employees', () => {
    expect(value(associationFields, { ...MINIMAL, employees: 0 }).employees).toBe(0);
    expect(value(associationFields, { ...MINIMAL, employees: 12 }).employees).toBe(12);
  });

  it('refuses negative, fractional or missing employees, in Italian', () => {
    expect(issues(associationFields, { ...MINIMAL, employees: -1 })).toEqual({
      employees: 'Il numero di dipendenti non può essere negativo',
    });
    expect(issues(associationFields, { ...MINIMAL, employees: 1.5 })).toEqual({
      employees: 'Il numero di dipendenti è un numero intero',
    });
    const { employees: _omit, ...noEmployees } = MINIMAL;
    expect(issues(associationFields, noEmployees)).toEqual({
      employees: 'Indica il numero di dipendenti (0 se non ne ha)',
    });
    expect(issues(associationFields, { ...MINIMAL, employees: '3' })).toEqual({
      employees: 'Indica il numero di dipendenti (0 se non ne ha)',
    });
  });

  it('names each wrong field with its own Italian message', () => {
    expect(
      issues(associationFields, {
        ...MINIMAL,
        name: ' ',
        legalForm: 'SPA',
        taxCode: '00743110158',
        cap: '1012',
        province: 'xx',
        email: 'info@',
        pec: 'pec',
        legalRepTaxCode: 'RSSMRA85T10A562T',
        atecoCode: '9312',
      }),
    ).toEqual({
      name: 'Denominazione: campo obbligatorio',
      legalForm: 'Scegli la forma giuridica',
      taxCode: 'Codice non valido: la cifra di controllo (l’ultima) non corrisponde',
      cap: 'Il CAP è di 5 cifre',
      province: 'Sigla di provincia non riconosciuta (es. TO, CN)',
      email: 'Indirizzo email non valido',
      pec: 'Indirizzo PEC non valido',
      legalRepTaxCode: 'Codice fiscale non valido: il carattere di controllo (l’ultimo) non corrisponde',
      atecoCode: 'Codice ATECO nel formato 93.12 o 93.12.00',
    });
  });

  it('upper-cases the province and normalises codes of a valid association', () => {
    const data = value(associationFields, {
      ...MINIMAL,
      province: 'to',
      taxCode: ' 007 431 101 57 ',
      vatNumber: '01234567897',
      legalRepTaxCode: 'rssmra85t10a562s',
      atecoCode: '93.12.00',
    });
    expect(data).toMatchObject({
      province: 'TO',
      taxCode: '00743110157',
      vatNumber: '01234567897',
      legalRepTaxCode: 'RSSMRA85T10A562S',
      atecoCode: '93.12.00',
    });
  });

  it('checks each operating site, with the path of the wrong one', () => {
    const good = { address: 'Via Po 2', comune: 'Pinerolo', cap: '10064', province: 'to' };
    expect(value(operatingSiteFields, good)).toMatchObject({ province: 'TO', label: null });
    expect(
      issues(associationFields, { ...MINIMAL, sites: [good, { address: '', comune: 'Pinerolo', cap: '100', province: 'QQ' }] }),
    ).toEqual({
      'sites.1.address': 'Indirizzo della sede: campo obbligatorio',
      'sites.1.cap': 'Il CAP è di 5 cifre',
      'sites.1.province': 'Sigla di provincia non riconosciuta (es. TO, CN)',
    });
  });

  it('refuses more than 50 operating sites', () => {
    const site = { address: 'Via Po 2', comune: 'Pinerolo' };
    expect(issues(associationFields, { ...MINIMAL, sites: Array.from({ length: 51 }, () => site) })).toEqual({
      sites: 'Al massimo 50 sedi operative',
    });
  });

  it('speaks Italian even for checks without a custom message', () => {
    const { sites: _omit, ...noSites } = MINIMAL;
    const message = issues(associationFields, noSites).sites!;
    // The app's own words (shared/api/zod-italian.ts), not zod's «atteso array, ricevuto undefined».
    expect(message).toBe('Campo obbligatorio');
  });
});

describe('a period (endsBeforeStart)', () => {
  it('compares two real dates', () => {
    expect(endsBeforeStart('2027-03-01', '2027-02-28')).toBe(true);
    expect(endsBeforeStart('2027-03-01', '2027-03-01')).toBe(false);
    expect(endsBeforeStart(null, '2027-02-28')).toBe(false);
  });

  it('leaves a date that cannot be read to its own «data non valida»', () => {
    // As text, '2027-07-10' < '31/02/2026': the end would wrongly be said to come first.
    expect(endsBeforeStart('31/02/2026', '2027-07-10')).toBe(false);
    expect(endsBeforeStart('2027-01-11', '2027-02-30')).toBe(false);
  });
});
