import { describe, expect, it } from 'vitest';
import { candidateFields, type Candidate, type CandidateInput } from '@shared/api/candidates';
import { canCombine, composeMergeData, defaultChoice, differs, MERGE_FIELDS } from './merge-fields';

function profile(id: string, data: Partial<CandidateInput>): Candidate {
  const fields = candidateFields.parse({ firstName: 'Mario', lastName: 'Rossi', taxCode: 'RSSMRA85T10A562S', birthDate: '1985-12-10', ...data });
  return {
    ...fields,
    id,
    siteId: 'TO01',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    updatedBy: 'op',
    hlc: `hlc-${id}`,
    deletedAt: null,
    operatorName: null,
    targetCategoryHidden: false,
    mergedInto: null,
    anonymisedAt: null,
    notesLog: [],
    attachments: [],
  };
}

describe('merge choices', () => {
  const kept = profile('a', { phone: '011 123456', email: null, skills: ['Magazzino'], notes: 'Cerca part-time' });
  const other = profile('b', { taxCode: '12345678903', phone: '333 1234567', email: 'mario@example.it', skills: ['magazzino', 'Pulizie'], notes: 'Ha la patente' });

  it('lists only the fields that differ', () => {
    const different = MERGE_FIELDS.filter((f) => differs(f, kept, other));
    expect(different).toEqual(['taxCode', 'phone', 'email', 'skills', 'notes']);
  });

  it('proposes the kept profile’s value, or the other one’s where the kept one is empty', () => {
    expect(defaultChoice('phone', kept, other)).toBe('survivor');
    expect(defaultChoice('email', kept, other)).toBe('absorbed');
  });

  it('composes the data from the choices, joining lists and notes when asked', () => {
    const data = composeMergeData(kept, other, { phone: 'absorbed', skills: 'both', notes: 'both' });
    const parsed = candidateFields.parse(data);
    expect(parsed).toMatchObject({
      taxCode: 'RSSMRA85T10A562S',
      phone: '333 1234567',
      email: 'mario@example.it',
      skills: ['Magazzino', 'Pulizie'],
      notes: 'Cerca part-time\n\nHa la patente',
    });
  });
});

describe('joining both values', () => {
  it('is offered only when it gives something neither profile has alone', () => {
    const kept = profile('a', { shifts: ['mattina'], skills: [], languages: [{ language: 'Inglese', level: 'B1' }] });
    const other = profile('b', { shifts: ['mattina', 'sera'], skills: ['Pulizie'], languages: [{ language: 'Francese', level: 'A2' }] });
    expect(canCombine('shifts', kept, other)).toBe(false);
    expect(canCombine('skills', kept, other)).toBe(false);
    expect(canCombine('languages', kept, other)).toBe(true);
    expect(canCombine('phone', kept, other)).toBe(false);
  });
});
