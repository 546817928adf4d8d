/**
 * The catalogue is append only: migration 0018 wrote masks against its positions, and every line
 * written since points at them too. And every field a create of the main records can name is in it,
 * so their creates are stored as a mask.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateFields, candidateSpecialFields } from '@shared/api/candidate-fields';
import { associationFields } from '@shared/api/associations';
import { internshipFields } from '@shared/api/internship-fields';
import { needFields } from '@shared/api/need-fields';
import { AUDIT_FIELD_CATALOGUE } from './field-catalogue';

const keys = (schema: unknown) => Object.keys((schema as { shape: Record<string, unknown> }).shape);

describe('the audit field catalogue', () => {
  it('starts with the positions migration 0018 stored masks against, unchanged', () => {
    const sql = readFileSync(join(__dirname, '../../db/migrations/0018_audit_compact_ids.sql'), 'utf8');
    const positions = [...sql.matchAll(/\('(\w+)', (\d+)\)/g)].map((m) => [m[1], Number(m[2])] as const);
    expect(positions.length).toBeGreaterThan(100);
    for (const [name, position] of positions) expect(AUDIT_FIELD_CATALOGUE[position], `position ${position}`).toBe(name);
  });

  it('names each field once', () => {
    expect(new Set(AUDIT_FIELD_CATALOGUE).size).toBe(AUDIT_FIELD_CATALOGUE.length);
  });

  it.each([
    ['candidates', candidateFields],
    ['candidate_special', candidateSpecialFields],
    ['associations', associationFields],
    ['needs', needFields],
    ['internships', internshipFields],
  ])('holds every field of %s (a new one is to be appended at the end)', (_, schema) => {
    const missing = keys(schema).filter((k) => !AUDIT_FIELD_CATALOGUE.includes(k));
    expect(missing).toEqual([]);
  });
});
