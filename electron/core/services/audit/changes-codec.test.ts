import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChanges, encodeChanges, type FieldChange } from './changes-codec';

const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
const change: fc.Arbitrary<FieldChange> = fc.record({ field: fc.string({ minLength: 1 }), before: value, after: value });

describe('the stored form of an audit row’s changes', () => {
  it('reads back exactly what was written, for any list of changes', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        expect(decodeChanges('audit_log.changes', encodeChanges(changes))).toEqual(changes);
      }),
      { numRuns: 1_000 },
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

  it('writes a create as the names of its fields', () => {
    const created: FieldChange[] = [
      { field: 'lastName', before: null, after: null },
      { field: 'skills', before: null, after: null },
    ];
    expect(encodeChanges(created)).toBe('["lastName","skills"]');
    expect(decodeChanges('audit_log.changes', '["lastName","skills"]')).toEqual(created);
  });

  it('still reads the rows written before (a list of objects), as a restored old backup has them', () => {
    const old = JSON.stringify([{ field: 'phone', before: '011', after: '012' }]);
    expect(decodeChanges('audit_log.changes', old)).toEqual([{ field: 'phone', before: '011', after: '012' }]);
  });

  it('names the column when a stored value is damaged', () => {
    expect(() => decodeChanges('audit_log.changes', '[["solo un campo"]]')).toThrow(/audit_log\.changes/);
  });
});
