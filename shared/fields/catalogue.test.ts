import { describe, expect, it } from 'vitest';
import { associationFields } from '../api/associations';
import { candidateFields, candidateSpecialFields } from '../api/candidate-fields';
import { internshipFields } from '../api/internship-fields';
import { needFields } from '../api/need-fields';
import { ASSOCIATION_FIELDS, ASSOCIATION_HISTORY_FIELDS } from './association';
import { CANDIDATE_FIELDS, CANDIDATE_HISTORY_FIELDS, CANDIDATE_SPECIAL_FIELDS } from './candidate';
import { fieldsIn, labelsOf, type FieldInfo } from './field-info';
import { INTERNSHIP_FIELDS, INTERNSHIP_RECORD_FIELDS } from './internship';
import { NEED_FIELDS, NEED_HISTORY_FIELDS } from './need';

type Catalogue = Readonly<Record<string, FieldInfo>>;

const RECORDS: { name: string; schemaKeys: string[]; fields: Catalogue; extra: Catalogue }[] = [
  { name: 'candidate', schemaKeys: Object.keys(candidateFields.shape), fields: CANDIDATE_FIELDS, extra: { ...CANDIDATE_SPECIAL_FIELDS, ...CANDIDATE_HISTORY_FIELDS } },
  { name: 'candidate (art. 9)', schemaKeys: Object.keys(candidateSpecialFields.shape), fields: CANDIDATE_SPECIAL_FIELDS, extra: {} },
  { name: 'association', schemaKeys: Object.keys(associationFields.shape), fields: ASSOCIATION_FIELDS, extra: ASSOCIATION_HISTORY_FIELDS },
  { name: 'need', schemaKeys: Object.keys(needFields.shape), fields: NEED_FIELDS, extra: NEED_HISTORY_FIELDS },
  { name: 'internship', schemaKeys: Object.keys(internshipFields.shape), fields: INTERNSHIP_FIELDS, extra: INTERNSHIP_RECORD_FIELDS },
];

describe.each(RECORDS)('the $name catalogue', ({ schemaKeys, fields, extra }) => {
  it('names every field of the record’s schema, and nothing the schema lacks', () => {
    expect(Object.keys(fields).sort()).toEqual([...schemaKeys].sort());
  });

  it('gives each field its own name, so the history never shows two fields alike', () => {
    const labels = Object.values({ ...fields, ...extra }).map((f) => f.label);
    const repeated = labels.filter((label, i) => labels.indexOf(label) !== i);
    expect(repeated).toEqual([]);
  });

  it('writes names and help without stray spaces', () => {
    for (const info of Object.values({ ...fields, ...extra })) {
      for (const text of [info.label, info.short, info.help]) {
        if (text !== undefined) expect(text).toBe(text.trim());
      }
    }
  });
});

describe('reading a catalogue', () => {
  it('gives the labels alone and the fields of one format', () => {
    expect(labelsOf(CANDIDATE_FIELDS).birthDate).toBe('Data di nascita');
    expect([...fieldsIn(NEED_FIELDS, 'date')].sort()).toEqual(['periodFrom', 'periodTo', 'receivedOn']);
  });
});
