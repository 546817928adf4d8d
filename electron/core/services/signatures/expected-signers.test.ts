/** Which signer stands for which party: by codice fiscale when both sides have one, else by name; each party once. */
import { describe, expect, it } from 'vitest';
import type { CertificateIdentity } from './certificate';
import { matchSigners, type ExpectedParty } from './expected-signers';

const at = new Date('2027-01-01');
const signer = (name: string, taxCode: string | null): CertificateIdentity => ({ name, taxCode, issuer: 'CA', validFrom: at, validTo: at });
const PFI: ExpectedParty[] = [
  { party: 'promotore', people: [{ name: 'Giulia Neri', taxCode: null }, { name: 'Sara Coppola', taxCode: 'CPPSRA85H61L219X' }] },
  { party: 'ospitante', people: [{ name: 'Mario Rossi', taxCode: 'rssmra85t10a562s' }] },
  { party: 'tirocinante', people: [{ name: 'Niccolò Marino', taxCode: 'MRNNCL99A01L219Y' }] },
];

describe('matchSigners', () => {
  it('matches by codice fiscale (any case) and by name without accents, case or word order', () => {
    const result = matchSigners([signer('NERI GIULIA', null), signer('Mario Rossi', 'RSSMRA85T10A562S'), signer('Niccolo Marino', null)], PFI);
    expect(result).toEqual({ parties: ['promotore', 'ospitante', 'tirocinante'], missing: [] });
  });

  it('a codice fiscale that differs is not the person, whatever the name says', () => {
    const result = matchSigners([signer('Mario Rossi', 'RSSMRA80A01L219Z')], PFI);
    expect(result.parties).toEqual([null]);
    expect(result.missing.map((m) => m.party)).toEqual(['promotore', 'ospitante', 'tirocinante']);
  });

  it('the promoter signs through its tutor too; a party is counted once, the missing ones named', () => {
    const result = matchSigners([signer('Sara Coppola', 'CPPSRA85H61L219X'), signer('Giulia Neri', null)], PFI);
    expect(result.parties).toEqual(['promotore', null]);
    expect(result.missing).toEqual([
      { party: 'ospitante', name: 'Mario Rossi' },
      { party: 'tirocinante', name: 'Niccolò Marino' },
    ]);
  });
});
