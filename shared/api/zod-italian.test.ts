/** Each zod issue code, without a message on its schema, in the app's Italian (decision 0023). */
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configureItalianZodMessages } from './zod-italian';

beforeAll(() => {
  configureItalianZodMessages();
});

function message(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected a refusal of ${JSON.stringify(value)}`);
  return result.error.issues.map((i) => i.message).join(' | ');
}

describe('zod issues in Italian', () => {
  it.each([
    ['a missing field', z.object({ a: z.string() }), {}, 'Campo obbligatorio'],
    ['a number for a text', z.string(), 5, 'Deve essere un testo'],
    ['a text for a number', z.number(), 'cinque', 'Deve essere un numero'],
    ['a decimal for an integer', z.number().int(), 2.5, 'Inserisci un numero intero'],
    ['a text for yes or no', z.boolean(), 'sì', 'Deve essere sì o no'],
    ['a text for a list', z.array(z.string()), 'a', 'Deve essere un elenco'],
    ['a text for a group of fields', z.object({}), 'a', 'Dati mancanti o non validi'],
    ['a text over its limit', z.string().max(200), 'x'.repeat(201), 'Al massimo 200 caratteri'],
    ['a long text over a large limit', z.string().max(4096), 'x'.repeat(5000), 'Al massimo 4096 caratteri'],
    ['a very large limit', z.string().max(100_000), 'x'.repeat(100_001), 'Al massimo 100.000 caratteri'],
    ['a one-character limit', z.string().max(1), 'xx', 'Al massimo 1 carattere'],
    ['a text under its minimum', z.string().min(12), 'corta', 'Almeno 12 caratteri'],
    ['an empty required text', z.string().min(1), '', 'Campo obbligatorio'],
    ['a text of fixed length', z.string().length(5), 'abc', 'Deve avere esattamente 5 caratteri'],
    ['a number over its maximum', z.number().max(48), 60, 'Al massimo 48'],
    ['a number not under an exclusive maximum', z.number().lt(10), 10, 'Deve essere minore di 10'],
    ['a negative number', z.number().min(0), -1, 'Il numero non può essere negativo'],
    ['zero where more is needed', z.number().positive(), 0, 'Deve essere maggiore di zero'],
    ['a number under its minimum', z.number().min(14), 3, 'Almeno 14'],
    ['a list too long', z.array(z.string()).max(3), ['a', 'b', 'c', 'd'], 'Al massimo 3 elementi'],
    ['an empty list', z.array(z.string()).min(1), [], 'Scegline almeno uno'],
    ['a list too short', z.array(z.string()).min(2), ['a'], 'Almeno 2 elementi'],
    ['an email', z.email(), 'non-una-mail', 'Indirizzo email non valido'],
    ['an address', z.url(), 'non un indirizzo', 'Indirizzo web non valido'],
    ['an identifier', z.uuid(), 'abc', 'Identificativo non valido'],
    ['a date', z.iso.date(), '2026-02-31', 'Data non valida'],
    ['a pattern', z.string().regex(/^\d+$/), 'abc', 'Formato non valido'],
    ['two decimals at most', z.number().multipleOf(0.01), 1.234, 'Al massimo 2 decimali'],
    ['a multiple', z.number().multipleOf(5), 7, 'Deve essere un multiplo di 5'],
    ['one of a list of codes', z.enum(['asc', 'desc']), 'sideways', 'Valore non ammesso: scegli tra quelli proposti'],
    ['a fixed value', z.literal(true), false, 'Valore non valido'],
    ['unknown keys', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'Contiene dati non previsti'],
    ['a union', z.union([z.string(), z.number()]), true, 'Valore non valido'],
    ['a refinement without a message', z.string().refine(() => false), 'x', 'Valore non valido'],
    ['a record key', z.record(z.string().min(2), z.string()), { b: 'x' }, 'Dati non validi'],
  ])('%s', (_name, schema, value, expected) => {
    expect(message(schema, value)).toBe(expected);
  });

  it('keeps a message written on the schema', () => {
    expect(message(z.string().max(5, 'Massimo 5 caratteri'), 'abcdefg')).toBe('Massimo 5 caratteri');
    expect(message(z.string({ error: 'Scrivi il nome' }), 3)).toBe('Scrivi il nome');
  });

  it('never echoes what was sent', () => {
    expect(message(z.strictObject({}), { '<script>': 1 })).not.toContain('script');
    expect(message(z.enum(['disabile', 'servizi']), 'x')).not.toMatch(/disabile|servizi/);
  });
});
