import { describe, expect, it } from 'vitest';
import { closingText, startsLater, statusText } from './status-text';

const TODAY = '2026-11-20';

describe('statusText', () => {
  it('reads «In partenza il …» for an active file whose start is still ahead', () => {
    expect(statusText('attivo', '2027-03-01', TODAY)).toBe('In partenza il 01/03/2027');
    expect(startsLater('attivo', '2026-11-21', TODAY)).toBe(true);
  });

  it('reads «Attivo» from the start day on, and the status for every other file', () => {
    expect(statusText('attivo', TODAY, TODAY)).toBe('Attivo');
    expect(statusText('attivo', '2026-09-01', TODAY)).toBe('Attivo');
    expect(statusText('in_firma', '2027-03-01', TODAY)).toBe('In firma');
    expect(statusText('bozza', null, TODAY)).toBe('Bozza');
  });
});

describe('closingText', () => {
  const closed = { actualEndDate: '2026-06-30', interruptionReason: null };

  it('says how a concluded file ended, agreed with the intern', () => {
    expect(closingText({ ...closed, status: 'concluso', outcome: 'assunto_ente', candidateSex: 'F' })).toBe('Concluso il 30/06/2026: assunta dall’ente ospitante');
    expect(closingText({ ...closed, status: 'concluso', outcome: 'assunto_altrove', candidateSex: 'M' })).toBe('Concluso il 30/06/2026: assunto altrove');
    expect(closingText({ ...closed, status: 'concluso', outcome: 'senza_assunzione', candidateSex: 'F' })).toBe('Concluso il 30/06/2026 senza assunzione');
  });

  it('says who interrupted a file and why', () => {
    expect(closingText({ ...closed, status: 'interrotto', interruptedBy: 'tirocinante', interruptionReason: 'trasferimento', candidateSex: 'F' })).toBe(
      'Interrotto il 30/06/2026 dalla tirocinante: trasferimento',
    );
    expect(closingText({ ...closed, status: 'interrotto', interruptedBy: 'ente_ospitante', interruptionReason: null, candidateSex: 'M' })).toBe('Interrotto il 30/06/2026 dall’ente ospitante');
  });

  it('says nothing while the file is open', () => {
    expect(closingText({ ...closed, status: 'attivo' })).toBeNull();
  });
});
