import { describe, expect, it } from 'vitest';
import { threeWayMerge } from './three-way-merge';

describe('threeWayMerge', () => {
  const original = { phone: '111', email: 'a@b.it', skills: ['Magazzino'] };

  it('takes their change where the operator left the field alone', () => {
    const theirs = { ...original, phone: '222' };
    const typed = { ...original, email: 'nuova@b.it' };
    const result = threeWayMerge(original, theirs, typed);
    expect(result.updates).toEqual({ phone: '222' });
    expect(result.theirChanges).toEqual(['phone']);
  });

  it('keeps what the operator typed where both changed the same field', () => {
    const theirs = { ...original, skills: ['Pulizie'] };
    const typed = { ...original, skills: ['Magazzino', 'Carrellista'] };
    const result = threeWayMerge(original, theirs, typed);
    expect(result.updates).toEqual({});
    expect(result.theirChanges).toEqual(['skills']);
  });

  it('reports nothing when the other save changed no field of the form', () => {
    expect(threeWayMerge(original, { ...original }, { ...original, phone: '9' })).toEqual({ updates: {}, theirChanges: [] });
  });
});
