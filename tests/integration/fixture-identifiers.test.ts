/**
 * Every codice fiscale and partita IVA the fixtures, the seed and the document samples carry passes
 * the app's own check (shared/validation/tax-codes.ts): a sample with a wrong check digit teaches a
 * reader the wrong code and hides a validator that would refuse it. Two ways, so neither a literal
 * nor a generated code slips through: the source text of the fixture files, and the values the
 * fixture functions return. (Tests that type a wrong code on purpose write it in their own file.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '@shared/documents/context';
import { checkNumericTaxCode, checkPersonTaxCode } from '@shared/validation/tax-codes';
import { certificateContext, contextWithMissingData, contextWithMixedFunding, registerMonthContext, sampleDocumentContext } from '../support/document-context';
import { associationInput, candidateInput, fullAssociationInput, internshipInput } from '../support/fixtures';
import { SETUP_INPUT } from '../support/setup-input';

const ROOT = resolve(__dirname, '..', '..');
const FIXTURE_DIRS = ['tests/support', 'scripts/seed'];
const FIXTURE_FILES = ['scripts/seed.ts'];

/** A person's code as written (any case, omocodia letters allowed) or 11 digits standing alone. */
const PERSON = /(?<![A-Za-z0-9])[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-EHLMPRSTa-ehlmprst][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![A-Za-z0-9])/g;
const NUMERIC = /(?<![0-9A-Za-z./-])[0-9]{11}(?![0-9])/g;

function fixtureSources(): { path: string; text: string }[] {
  const files = [
    ...FIXTURE_DIRS.flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => /\.(ts|mts)$/.test(f) && !f.endsWith('.test.ts')).map((f) => `${dir}/${f}`)),
    ...FIXTURE_FILES,
  ];
  return files.map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
}

/** The fields that hold a codice fiscale or a partita IVA: taxCode, vatNumber, legalRepTaxCode, hostTutorTaxCode… */
const CODE_FIELD = /(taxCode|vatNumber)$/i;

/** Every code under `value` (in a field named for one), with its path. */
function codesIn(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') {
    if (CODE_FIELD.test(path) && value.trim() !== '') out.push([path, value]);
  } else if (Array.isArray(value)) value.forEach((v, i) => codesIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const [k, v] of Object.entries(value)) codesIn(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

const valid = (code: string) => (/^\d{11}$/.test(code) ? checkNumericTaxCode(code).ok : checkPersonTaxCode(code).ok);

describe('identifiers in the fixtures, the seed and the samples', () => {
  it('every codice fiscale and partita IVA written in the fixture and seed sources has a valid check character', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const { path, text } of fixtureSources()) {
      for (const m of text.matchAll(PERSON)) {
        seen++;
        if (!checkPersonTaxCode(m[0]).ok) wrong.push(`${path}: ${m[0]}`);
      }
      for (const m of text.matchAll(NUMERIC)) {
        seen++;
        if (!checkNumericTaxCode(m[0]).ok) wrong.push(`${path}: ${m[0]}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(seen).toBeGreaterThan(0);
  });

  it('every code the fixture functions and the document samples return passes the validator', () => {
    const kinds: DocumentKind[] = ['convenzione', 'pfi', 'registro', 'attestazione', 'informativa'];
    const samples = {
      setup: SETUP_INPUT,
      association: associationInput(),
      fullAssociation: fullAssociationInput(),
      candidate: candidateInput(),
      internship: internshipInput('00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8000-000000000002'),
      documents: kinds.map((k) => sampleDocumentContext(k)),
      missing: contextWithMissingData(),
      mixed: contextWithMixedFunding(),
      register: registerMonthContext(),
      certificate: certificateContext(),
    };
    const codes = codesIn(samples);
    expect(codes.filter(([, code]) => !valid(code))).toEqual([]);
    // The samples do carry codes of both kinds: the check is not vacuous.
    expect(codes.some(([, c]) => c.length === 16)).toBe(true);
    expect(codes.some(([, c]) => c.length === 11)).toBe(true);
  });
});
