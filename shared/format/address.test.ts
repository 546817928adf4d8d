import { describe, expect, it } from 'vitest';
import { formatAddress } from './address';

describe('addresses', () => {
  it('writes CAP, comune and province as on Italian letters', () => {
    expect(formatAddress({ address: 'Via Po 2', cap: '10124', comune: 'Torino', province: 'TO' })).toBe('Via Po 2, 10124 Torino (TO)');
  });

  it('leaves out what is missing without stray spaces or brackets', () => {
    expect(formatAddress({ address: 'Via Roma 1', cap: null, comune: 'Alba', province: null })).toBe('Via Roma 1, Alba');
  });
});
