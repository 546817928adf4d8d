import { describe, expect, it } from 'vitest';
import { hostQuota, PIEDMONT_HOST_QUOTA, remainingPlaces, type HostQuotaRule } from './host-quota';

describe('hostQuota (DGR 85-6277 and the AICS–Exar protocol)', () => {
  it.each([
    // employees, protocol host, interns at once, exception used
    [0, false, 0, false],
    [0, true, 1, true],
    [1, false, 1, false],
    [5, false, 1, false],
    [5, true, 1, false],
    [6, false, 2, false],
    [20, false, 2, false],
    [21, false, 2, false],
    [29, false, 2, false],
    [30, false, 3, false],
    [40, false, 4, false],
    [125, false, 12, false],
  ])('%i employees, protocol host %s → %i at once (exception: %s)', (employees, protocol, max, exception) => {
    const quota = hostQuota(employees, protocol);
    expect(quota.maxInterns).toBe(max);
    expect(quota.protocolException).toBe(exception);
  });

  it('explains the number in Italian', () => {
    expect(hostQuota(0, true).explanation).toContain('eccezione del protocollo AICS–Exar');
    expect(hostQuota(0, false).explanation).toContain('non può ospitare tirocinanti');
    expect(hostQuota(6, false).explanation).toBe('Da 6 a 20 dipendenti: 2 tirocinanti alla volta.');
    expect(hostQuota(3, false).explanation).toBe('Da 1 a 5 dipendenti: un tirocinante alla volta.');
    expect(hostQuota(40, false).explanation).toBe('Più di 20 dipendenti: al massimo il 10% dei dipendenti, cioè 4 tirocinanti alla volta.');
  });

  it('follows a changed rule set (the Region will change these numbers)', () => {
    const stricter: HostQuotaRule = { ...PIEDMONT_HOST_QUOTA, shareAbove: 0.05, protocolExceptionInterns: 2 };
    expect(hostQuota(100, false, stricter).maxInterns).toBe(5);
    expect(hostQuota(0, true, stricter).maxInterns).toBe(2);
  });

  it('refuses a number of employees that cannot be', () => {
    expect(() => hostQuota(-1, false)).toThrow(RangeError);
    expect(() => hostQuota(2.5, false)).toThrow(RangeError);
  });

  it('remaining places never go below zero', () => {
    expect(remainingPlaces(hostQuota(6, false), 1)).toBe(1);
    expect(remainingPlaces(hostQuota(6, false), 3)).toBe(0);
  });
});
