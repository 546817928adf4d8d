import { describe, expect, it } from 'vitest';
import { takeTheirVersion, threeWayMerge } from './three-way-merge';

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

describe('takeTheirVersion', () => {
  it('sets only the fields left untouched here and returns every field they changed', () => {
    let values = { name: 'ASD Nuova', comune: 'Torino', phone: '011 1' };
    const form = { getValues: () => values, setValues: (v: Partial<typeof values>) => (values = { ...values, ...v }) };
    const changed = takeTheirVersion(form, { name: 'ASD Vecchia', comune: 'Torino', phone: '011 1' }, { name: 'ASD Loro', comune: 'Moncalieri', phone: '011 1' });
    expect(changed).toEqual(['name', 'comune']);
    expect(values).toEqual({ name: 'ASD Nuova', comune: 'Moncalieri', phone: '011 1' });
  });
});
