import { describe, expect, it } from 'vitest';
import { conflictFieldLabel, conflictFieldValue } from './field-labels';

describe('a conflict’s fields in the desk’s words', () => {
  it('names a field with its area’s label, and falls back to the column name', () => {
    expect(conflictFieldLabel('associations', 'phone', 'phone')).toBe('Telefono');
    expect(conflictFieldLabel('candidates', 'resComune', 'res_comune')).toBe('Comune di residenza');
    expect(conflictFieldLabel('association_sites', 'comune', 'comune')).toBe('Comune');
    expect(conflictFieldLabel('association_sites', 'employees', 'employees')).toBe('Dipendenti in questa sede');
    expect(conflictFieldLabel('internships', 'weeklyHours', 'weekly_hours')).toBe('weekly_hours');
  });

  it('names the declarations and references of decision 0015', () => {
    expect(conflictFieldLabel('associations', 'safetyDeclaredOn', 'safety_declared_on')).toBe('Rispetto della sicurezza (D.Lgs. 81/2008): dichiarato il');
    expect(conflictFieldLabel('associations', 'stampDutyExemptionBasis', 'stamp_duty_exemption_basis')).toBe('Norma dell’esenzione dal bollo');
    expect(conflictFieldValue('associations', 'noLayoffsDeclaredOn', '2026-11-30')).toBe('30/11/2026');
    expect(conflictFieldValue('associations', 'stampDuty', 'esente')).toBe('Esente');
    expect(conflictFieldLabel('internships', 'portalReference', 'portal_reference')).toBe('Riferimento sul Portale Tirocini');
    expect(conflictFieldValue('internships', 'insurer', 'ospitante')).toBe('Soggetto ospitante');
    expect(conflictFieldValue('internships', 'workedForHost', 0)).toBe('no');
    expect(conflictFieldValue('internships', 'hostOtherPromoterInterns', 2)).toBe('2');
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
