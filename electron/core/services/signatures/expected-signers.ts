/**
 * Who is expected to sign a document, and which signer stands for whom. The promoter signs through
 * its legal representative or the promoter's tutor, the host through its legal representative (or,
 * on the register, its tutor), the intern in person. A signer is matched by codice fiscale when both
 * the certificate and the file have one, else by name (without accents, case or word order).
 */
import { EXPECTED_PARTIES, type SigningParty } from '@shared/documents/signatures';
import type { DocumentKind } from '@shared/documents/context';
import type { ReadCtx } from '../../context';
import { documentContext } from '../documents/context';
import type { CertificateIdentity } from './certificate';

export interface PartyPerson {
  name: string | null;
  taxCode: string | null;
}

export interface ExpectedParty {
  party: SigningParty;
  /** Each person who may sign for the party; the first is the one named when missing. */
  people: PartyPerson[];
}

export function expectedParties(ctx: ReadCtx, internshipId: string, kind: DocumentKind, month: string | null): ExpectedParty[] {
  // Names and codes only: the restricted category is never read here.
  const c = documentContext(ctx, internshipId, { kind, month, seesSpecial: false });
  const intern = { name: `${c.intern.firstName} ${c.intern.lastName}`, taxCode: c.intern.taxCode };
  const people: Record<SigningParty, PartyPerson[]> = {
    promotore: [
      { name: c.promoter.legalRepName, taxCode: null },
      { name: c.internship.promoterTutor.name, taxCode: c.internship.promoterTutor.taxCode },
    ],
    ospitante: [
      { name: c.host.legalRepName, taxCode: c.host.legalRepTaxCode },
      ...(kind === 'registro' ? [{ name: c.internship.hostTutor.name, taxCode: c.internship.hostTutor.taxCode }] : []),
    ],
    tirocinante: [intern],
  };
  return EXPECTED_PARTIES[kind].map((party) => ({ party, people: people[party].filter((p) => p.name || p.taxCode) }));
}

function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

function sameness(signer: CertificateIdentity, person: PartyPerson): boolean {
  if (signer.taxCode && person.taxCode) return signer.taxCode === person.taxCode.toUpperCase();
  return person.name !== null && nameKey(person.name) === nameKey(signer.name);
}

/** For each signer the party it stands for (each party taken once), and the parties nobody signed for. */
export function matchSigners(signers: CertificateIdentity[], expected: ExpectedParty[]): { parties: (SigningParty | null)[]; missing: { party: SigningParty; name: string | null }[] } {
  const taken = new Set<SigningParty>();
  const parties = signers.map((s) => {
    const found = expected.find((e) => !taken.has(e.party) && e.people.some((p) => sameness(s, p)));
    if (!found) return null;
    taken.add(found.party);
    return found.party;
  });
  const missing = expected.filter((e) => !taken.has(e.party)).map((e) => ({ party: e.party, name: e.people[0]?.name ?? null }));
  return { parties, missing };
}
