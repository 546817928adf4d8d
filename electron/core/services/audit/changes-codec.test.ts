import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChanges, encodeChanges, type FieldChange } from './changes-codec';
import { AUDIT_FIELD_CATALOGUE } from './field-catalogue';

const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
/** Field names of the catalogue (stored as a mask when they are all a create has) and any other. */
const field = fc.oneof(fc.constantFrom(...AUDIT_FIELD_CATALOGUE), fc.string({ minLength: 1 }));
const change: fc.Arbitrary<FieldChange> = fc.record({ field, before: value, after: value });
const position = (name: string) => AUDIT_FIELD_CATALOGUE.indexOf(name);

/** What a list reads back as: a list of names alone, all in the catalogue, comes back in the catalogue's order. */
function readBack(changes: FieldChange[]): FieldChange[] {
  const names = changes.map((c) => c.field);
  const masked =
    changes.length > 0 && new Set(names).size === names.length && changes.every((c) => c.before === null && c.after === null && position(c.field) >= 0);
  return masked ? [...changes].sort((a, b) => position(a.field) - position(b.field)) : changes;
}

describe('the stored form of an audit row’s changes', () => {
  it('reads back exactly what was written, for any list of changes', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        expect(decodeChanges('audit_log.changes', encodeChanges(changes))).toEqual(readBack(changes));
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads back a create of catalogue fields exactly, whichever fields it has', () => {
    const nameOnly = fc.constantFrom(...AUDIT_FIELD_CATALOGUE).map((f): FieldChange => ({ field: f, before: null, after: null }));
    fc.assert(
      fc.property(fc.uniqueArray(nameOnly, { minLength: 1, selector: (c) => c.field }), (created) => {
        const stored = encodeChanges(created);
        expect(stored).toMatch(/^"#[0-9a-f]+\.[0-9a-f]+"$/);
        expect(decodeChanges('audit_log.changes', stored)).toEqual(readBack(created));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a new record’s fields once, without the empty «before» nor the key names', () => {
    const created: FieldChange[] = [
      { field: 'lastName', before: null, after: 'Rossi' },
      { field: 'ownVehicle', before: null, after: false },
    ];
    expect(encodeChanges(created)).toBe('{"lastName":"Rossi","ownVehicle":false}');
    expect(encodeChanges([{ field: 'status', before: 'attivo', after: 'sospeso' }])).toBe('[["status","attivo","sospeso"]]');
  });

  it('writes a create as a mask over the catalogue, or as the names when one is not in it', () => {
    const created: FieldChange[] = [
      { field: 'lastName', before: null, after: null },
      { field: 'skills', before: null, after: null },
    ];
    // lastName is position 1, skills 30: bits 1 and 30 of the first half.
    expect(encodeChanges(created)).toBe('"#40000002.0"');
    expect(decodeChanges('audit_log.changes', '"#40000002.0"')).toEqual(created);
    // Position 63 and over go in the second half (SQLite's integers are signed 64-bit).
    expect(encodeChanges([{ field: 'contactName', before: null, after: null }])).toBe('"#0.1"');
    const unknown: FieldChange[] = [...created, { field: 'campoNuovo', before: null, after: null }];
    expect(encodeChanges(unknown)).toBe('["lastName","skills","campoNuovo"]');
    expect(decodeChanges('audit_log.changes', '["lastName","skills"]')).toEqual(created);
  });

  it('refuses a mask naming a position past the catalogue', () => {
    expect(() => decodeChanges('audit_log.changes', `"#0.${(1n << BigInt(AUDIT_FIELD_CATALOGUE.length - 63)).toString(16)}"`)).toThrow(/audit_log\.changes/);
  });

  it('still reads the rows written before (a list of objects), as a restored old backup has them', () => {
    const old = JSON.stringify([{ field: 'phone', before: '011', after: '012' }]);
    expect(decodeChanges('audit_log.changes', old)).toEqual([{ field: 'phone', before: '011', after: '012' }]);
  });

  it('names the column when a stored value is damaged', () => {
    expect(() => decodeChanges('audit_log.changes', '[["solo un campo"]]')).toThrow(/audit_log\.changes/);
  });
});
