import { describe, expect, it } from 'vitest';
import { candidateFields, candidateSpecialFields } from '@shared/api/candidates';
import { CANDIDATE_FIELD_LABELS, formatCandidateValue } from './labels';

describe('candidate field labels', () => {
  it('names every field of the profile and of the special data in Italian', () => {
    const fields = [...Object.keys(candidateFields.shape), ...Object.keys(candidateSpecialFields.shape)];
    expect(fields.filter((f) => !CANDIDATE_FIELD_LABELS[f])).toEqual([]);
  });

  it('names the fields only the history writes', () => {
    for (const f of ['nonDuplicato', 'unitoDa', 'mergedInto', 'notaColloquio', 'allegato', 'deletedAt']) {
      expect(CANDIDATE_FIELD_LABELS[f]).toBeTruthy();
    }
  });
});

describe('formatCandidateValue', () => {
  it('shows empty values as a dash and yes/no for booleans', () => {
    expect(formatCandidateValue('notes', null)).toBe('—');
    expect(formatCandidateValue('notes', '')).toBe('—');
    expect(formatCandidateValue('skills', '[]')).toBe('—');
    expect(formatCandidateValue('ownVehicle', true)).toBe('sì');
    expect(formatCandidateValue('consentContact', false)).toBe('no');
  });

  it('turns codes into their labels, also inside the lists the history keeps as JSON text', () => {
    expect(formatCandidateValue('status', 'in_tirocinio')).toBe('In tirocinio');
    expect(formatCandidateValue('benefits', '["NASPI","ADI"]')).toBe('NASpI, Assegno di Inclusione');
    expect(formatCandidateValue('shifts', ['mattina', 'weekend'])).toBe('Mattina, Fine settimana');
    expect(formatCandidateValue('drivingLicences', '["B","CQC"]')).toBe('B, CQC');
  });

  it('agrees the codes said of the person with her or his sex on a profile, and keeps the lists’ labels in the history', () => {
    expect(formatCandidateValue('employmentStatus', 'disoccupato', undefined, 'F')).toBe('Disoccupata');
    expect(formatCandidateValue('employmentStatus', 'studente', undefined, 'F')).toBe('Studentessa');
    expect(formatCandidateValue('targetCategory', 'disoccupato', undefined, 'M')).toBe('Disoccupato');
    expect(formatCandidateValue('status', 'attivo', undefined, 'F')).toBe('Attiva');
    expect(formatCandidateValue('status', 'attivo')).toBe('Attivo');
    expect(formatCandidateValue('employmentStatus', 'disoccupato')).toBe('Disoccupato/a');
    // A code not about the person stays as it is.
    expect(formatCandidateValue('educationLevel', 'its', undefined, 'F')).toBe('Diploma ITS / post-diploma');
  });

  it('writes experiences and languages as sentences, not JSON', () => {
    const experiences = JSON.stringify([{ role: 'Magazziniere', employer: 'Coop', period: '2020-2022', description: null }]);
    expect(formatCandidateValue('experiences', experiences)).toBe('Magazziniere (Coop, 2020-2022)');
    expect(formatCandidateValue('languages', [{ language: 'Inglese', level: 'B2' }])).toBe('Inglese B2 – intermedio superiore');
  });

  it('writes dates as dd/mm/yyyy and percentages with their sign', () => {
    expect(formatCandidateValue('birthDate', '1990-03-07')).toBe('07/03/1990');
    expect(formatCandidateValue('disabilityPercent', 67)).toBe('67%');
  });

  it('writes the date of an interview note the Italian way', () => {
    expect(formatCandidateValue('notaColloquio', '2025-03-07: Primo colloquio')).toBe('07/03/2025: Primo colloquio');
  });

  it('shows an operator by name when known', () => {
    expect(formatCandidateValue('operatorId', 'op-1', { 'op-1': 'Laura Neri' })).toBe('Laura Neri');
  });
});
