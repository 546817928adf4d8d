import { describe, expect, it } from 'vitest';
import { candidateFields } from '@shared/api/candidates';
import { errorsByTab } from './form-tabs';
import { emptyCandidate, toCandidateInput, type CandidateFormValues } from './form-values';

function filled(changes: Partial<CandidateFormValues> = {}): CandidateFormValues {
  return { ...emptyCandidate(null), firstName: 'Mario', lastName: 'Rossi', taxCode: 'rssmra85t10a562s', birthDate: '1985-12-10', ...changes };
}

describe('toCandidateInput', () => {
  it('gives the contract a valid profile from a form with only the required fields', () => {
    const parsed = candidateFields.parse(toCandidateInput(filled()));
    expect(parsed.taxCode).toBe('RSSMRA85T10A562S');
    expect(parsed.hoursPerWeek).toBeNull();
    expect(parsed.educationYear).toBeNull();
  });

  it('drops a hidden domicile when it is the same as the residence', () => {
    const input = toCandidateInput(filled({ domicileSame: true, domComune: 'Asti', domCap: '123' }));
    expect(candidateFields.parse(input).domComune).toBeNull();
  });

  it('keeps a domicile of its own', () => {
    const input = toCandidateInput(filled({ domicileSame: false, domComune: 'Asti', domProvince: 'AT' }));
    expect(candidateFields.parse(input)).toMatchObject({ domComune: 'Asti', domProvince: 'AT' });
  });

  it('lets the schema name a missing birth date and language level', () => {
    const result = candidateFields.safeParse(toCandidateInput(filled({ birthDate: null, languages: [{ language: 'Inglese', level: null }] })));
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['birthDate', 'languages.0.level']));
  });
});

describe('form tabs', () => {
  it('counts errors per tab', () => {
    const errors = { 'languages.0.level': 'Scegli il livello', consentDate: 'data non valida', hoursPerWeek: null };
    expect(errorsByTab(errors)).toMatchObject({ competenze: 1, privacy: 1, disponibilita: 0 });
  });
});
