import { describe, expect, it } from 'vitest';
import { quotaBasis, quotaOn, type QuotaSite } from './quota-basis';

const gym = (employees: number | null): QuotaSite => ({ label: 'Palestra', address: 'Via Nizza 5', comune: 'Torino', employees });
const unnamed = (employees: number | null): QuotaSite => ({ label: null, address: 'via Roma 12', comune: 'Pinerolo', employees });

describe('quotaBasis: the headcount the quota is decided on', () => {
  it('a site with its own headcount is checked with it, and says so', () => {
    const basis = quotaBasis(30, gym(4), true);
    expect(basis).toMatchObject({ employees: 4, siteHeadcount: true, wholeAssociation: false, siteWords: 'nella sede Palestra', headcount: '4 dipendenti nella sede Palestra', reason: null });
    expect(quotaOn(basis).maxInterns).toBe(1);
    expect(quotaOn(basis).explanation).toBe('4 dipendenti nella sede Palestra. Da 1 a 5 dipendenti: un tirocinante alla volta.');
  });

  it('names a site without a label by its address', () => {
    expect(quotaBasis(30, unnamed(12), true).headcount).toBe('12 dipendenti nella sede di via Roma 12, Pinerolo');
    expect(quotaBasis(30, unnamed(1), true).headcount).toBe('1 dipendente nella sede di via Roma 12, Pinerolo');
  });

  it('a site without a headcount uses the association’s, and says why', () => {
    const basis = quotaBasis(30, gym(null), true);
    expect(basis).toMatchObject({ employees: 30, siteHeadcount: false, siteWords: 'nella sede Palestra', headcount: '30 dipendenti dell’associazione', reason: 'la sede non ha un numero suo' });
    expect(quotaOn(basis).maxInterns).toBe(3);
    expect(quotaOn(basis).explanation).toBe(
      '30 dipendenti dell’associazione: la sede non ha un numero suo. Più di 20 dipendenti: al massimo il 10% dei dipendenti, cioè 3 tirocinanti alla volta.',
    );
  });

  it('the registered office uses the association’s headcount', () => {
    const basis = quotaBasis(30, null, true);
    expect(basis).toMatchObject({ employees: 30, siteWords: 'nella sede legale', headcount: '30 dipendenti dell’associazione', reason: null });
    expect(quotaOn(basis).explanation).toBe('30 dipendenti dell’associazione. Più di 20 dipendenti: al massimo il 10% dei dipendenti, cioè 3 tirocinanti alla volta.');
  });

  it('an association with no employees keeps the protocol exception, counted over all its sites', () => {
    for (const site of [null, gym(null), gym(0)]) {
      const basis = quotaBasis(0, site, true);
      expect(basis).toMatchObject({ employees: 0, protocolHost: true, wholeAssociation: true, siteWords: 'in tutte le sue sedi' });
      expect(quotaOn(basis)).toMatchObject({ maxInterns: 1, protocolException: true });
    }
  });

  it('a site with no employees of an association that has some elsewhere is not a protocol host: it hosts no one', () => {
    const basis = quotaBasis(30, gym(0), true);
    expect(basis).toMatchObject({ employees: 0, protocolHost: false, siteHeadcount: true, wholeAssociation: false });
    expect(quotaOn(basis)).toEqual({
      maxInterns: 0,
      protocolException: false,
      explanation: 'Nessun dipendente nella sede Palestra: l’associazione ne ha altrove, quindi non vale l’eccezione del protocollo AICS–Exar e in questa sede non può ospitare tirocinanti.',
    });
  });

  it('a site with 6 to 20 employees of a large association hosts 2, not the association’s 10%', () => {
    expect(quotaOn(quotaBasis(200, gym(8), true)).maxInterns).toBe(2);
    expect(quotaOn(quotaBasis(200, gym(null), true)).maxInterns).toBe(20);
  });
});
