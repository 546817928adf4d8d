import { describe, expect, it } from 'vitest';
import { conflictFieldLabel, conflictFieldValue } from './field-labels';

describe('a conflict’s fields in the desk’s words', () => {
  it('names a field with its area’s label, and falls back to the column name', () => {
    expect(conflictFieldLabel('associations', 'phone', 'phone')).toBe('Telefono');
    expect(conflictFieldLabel('candidates', 'resComune', 'res_comune')).toBe('Comune di residenza');
    expect(conflictFieldLabel('association_sites', 'comune', 'comune')).toBe('Comune');
    expect(conflictFieldLabel('internships', 'weeklyHours', 'weekly_hours')).toBe('weekly_hours');
  });

  it('shows stored values as the record’s pages do', () => {
    expect(conflictFieldValue('associations', 'legalForm', 'ASD')).toBe('ASD – Associazione sportiva dilettantistica');
    expect(conflictFieldValue('associations', 'phone', null)).toBe('—');
    expect(conflictFieldValue('candidates', 'ownVehicle', 1)).toBe('sì');
    expect(conflictFieldValue('candidates', 'birthDate', '1990-05-04')).toBe('04/05/1990');
    expect(conflictFieldValue('needs', 'vehicleNeeded', 0)).toBe('no');
    expect(conflictFieldValue('internships', 'number', 'TO01-2027-0004')).toBe('TO01-2027-0004');
  });
});
