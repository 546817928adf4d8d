import { describe, expect, it } from 'vitest';
import { formatNeedValue } from './labels';

describe('formatNeedValue', () => {
  it('reads codes, lists and dates the way the desk does', () => {
    expect(formatNeedValue('offers', '["tirocinio","contratto"]')).toBe('Tirocinio, Contratto di lavoro');
    expect(formatNeedValue('status', 'in_analisi')).toBe('In analisi');
    expect(formatNeedValue('receivedOn', '2026-03-07')).toBe('07/03/2026');
    expect(formatNeedValue('vehicleNeeded', true)).toBe('sì');
    expect(formatNeedValue('shifts', '[]')).toBe('—');
    expect(formatNeedValue('operatorId', 'op1', { op1: 'Anna Rossi' })).toBe('Anna Rossi');
  });
});
