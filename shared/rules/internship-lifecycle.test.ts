import { describe, expect, it } from 'vitest';
import { INTERNSHIP_STATUSES, internshipMoveProblem, nextInternshipStatuses, type InternshipMoveFacts, type InternshipStatus } from './internship-lifecycle';

const READY: InternshipMoveFacts = {
  startDate: '2027-01-11',
  plannedEndDate: '2027-07-10',
  noticeDate: '2027-01-10',
  noticeNumber: 'UNILAV 123456',
  outcome: 'assunto_ente',
  interruptedBy: 'tirocinante',
  interruptionReason: 'Trasferimento in altra città',
  actualEndDate: '2027-07-10',
  suspensionReason: 'malattia',
  // 42 days expected: a suspension, not an absence.
  suspensionFrom: '2027-03-01',
  suspensionTo: '2027-04-11',
  hostTutorTaxCode: 'BNCMRA70A41L219U',
  today: '2027-07-10',
};
const facts = (o: Partial<InternshipMoveFacts>): InternshipMoveFacts => ({ ...READY, ...o });

describe('internship lifecycle', () => {
  it.each<[InternshipStatus, InternshipStatus]>([
    ['bozza', 'in_firma'],
    ['in_firma', 'bozza'],
    ['in_firma', 'attivo'],
    ['attivo', 'sospeso'],
    ['sospeso', 'attivo'],
    ['attivo', 'concluso'],
    ['attivo', 'interrotto'],
    ['sospeso', 'interrotto'],
  ])('%s → %s is allowed when everything is recorded', (from, to) => {
    expect(internshipMoveProblem(from, to, READY)).toBeNull();
  });

  it.each<[InternshipStatus, InternshipStatus, string]>([
    ['bozza', 'attivo', 'Da «Bozza» si può passare solo a «In firma».'],
    ['sospeso', 'concluso', 'Da «Sospeso» si può passare solo a «Attivo», «Interrotto».'],
    ['concluso', 'attivo', 'Un tirocinio «Concluso» non cambia più stato.'],
    ['attivo', 'attivo', 'Il tirocinio è già «Attivo».'],
  ])('%s → %s is refused', (from, to, message) => {
    expect(internshipMoveProblem(from, to, READY)?.message).toBe(message);
  });

  it('needs the mandatory notice, by the day before the start, to become active', () => {
    expect(internshipMoveProblem('in_firma', 'attivo', facts({ noticeDate: null }))).toMatchObject({ field: 'noticeDate' });
    expect(internshipMoveProblem('in_firma', 'attivo', facts({ noticeNumber: ' ' }))?.message).toContain('data e numero');
    expect(internshipMoveProblem('in_firma', 'attivo', facts({ noticeDate: '2027-01-11' }))?.message).toBe(
      'La comunicazione obbligatoria va fatta entro il giorno prima dell’inizio del tirocinio.',
    );
    // Across a month and a year end: the day before 1 January is 31 December.
    expect(internshipMoveProblem('in_firma', 'attivo', facts({ startDate: '2027-01-01', noticeDate: '2026-12-31' }))).toBeNull();
    expect(internshipMoveProblem('in_firma', 'attivo', facts({ startDate: '2027-03-01', noticeDate: '2027-03-01' }))).not.toBeNull();
    // Resuming after a suspension does not ask for the notice again.
    expect(internshipMoveProblem('sospeso', 'attivo', facts({ noticeDate: null }))).toBeNull();
  });

  it('needs the outcome to conclude, and who, why and the last day to interrupt', () => {
    expect(internshipMoveProblem('attivo', 'concluso', facts({ outcome: null }))).toEqual({ message: 'Indica l’esito del tirocinio.', field: 'outcome' });
    expect(internshipMoveProblem('attivo', 'interrotto', facts({ interruptedBy: null }))?.field).toBe('interruptedBy');
    expect(internshipMoveProblem('attivo', 'interrotto', facts({ interruptionReason: '' }))?.field).toBe('interruptionReason');
    expect(internshipMoveProblem('sospeso', 'interrotto', facts({ actualEndDate: null }))?.field).toBe('actualEndDate');
    expect(internshipMoveProblem('attivo', 'concluso', facts({ actualEndDate: '2027-01-10' }))?.message).toContain('non può precedere');
  });

  it('refuses a notice or an end in the future, a late notice unless waived, an interruption after the planned end', () => {
    expect(internshipMoveProblem('in_firma', 'attivo', facts({ noticeDate: '2027-07-11' }))?.message).toBe(
      'La data della comunicazione obbligatoria non può essere futura.',
    );
    expect(internshipMoveProblem('in_firma', 'attivo', facts({ noticeDate: '2027-01-11', lateNoticeWaived: true }))).toBeNull();
    expect(internshipMoveProblem('attivo', 'concluso', facts({ actualEndDate: '2027-07-12', today: '2027-07-11' }))?.field).toBe('actualEndDate');
    expect(internshipMoveProblem('attivo', 'interrotto', facts({ actualEndDate: '2027-07-11', today: '2027-08-01' }))?.message).toContain('per arrivare in fondo concludilo');
    expect(internshipMoveProblem('attivo', 'sospeso', facts({ suspensionFrom: '2027-01-10' }))?.message).toBe('La sospensione non può cominciare prima del tirocinio.');
    expect(internshipMoveProblem('bozza', 'in_firma', facts({ hostTutorTaxCode: null }))?.field).toBe('hostTutorTaxCode');
  });

  it('does not start before its start date, and says from which day it can', () => {
    expect(internshipMoveProblem('in_firma', 'attivo', facts({ startDate: '2027-07-11', noticeDate: '2027-07-09' }))).toEqual({
      message: 'Il tirocinio comincia il 11/07/2027: si avvia da quel giorno, non prima.',
      field: 'to',
    });
    expect(internshipMoveProblem('in_firma', 'attivo', facts({ startDate: '2027-07-10', noticeDate: '2027-07-09' }))).toBeNull();
    // Resuming after a suspension is not a start.
    expect(internshipMoveProblem('sospeso', 'attivo', facts({ startDate: '2027-07-11' }))).toBeNull();
  });

  it('needs dates to go to signature and a reason to suspend', () => {
    expect(internshipMoveProblem('bozza', 'in_firma', facts({ startDate: null }))?.field).toBe('startDate');
    expect(internshipMoveProblem('bozza', 'in_firma', facts({ plannedEndDate: null }))?.field).toBe('plannedEndDate');
    expect(internshipMoveProblem('attivo', 'sospeso', facts({ suspensionReason: null }))?.field).toBe('suspensionReason');
  });

  it('final statuses have no next move and nothing leads back to "bozza" but a file in signature', () => {
    for (const s of INTERNSHIP_STATUSES) {
      if (s !== 'in_firma') expect(nextInternshipStatuses(s)).not.toContain('bozza');
    }
    expect(nextInternshipStatuses('concluso')).toEqual([]);
    expect(nextInternshipStatuses('interrotto')).toEqual([]);
  });
});
