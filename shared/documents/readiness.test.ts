import { describe, expect, it } from 'vitest';
import { sampleDocumentContext } from '../../tests/support/document-context';
import { documentProblems, fixLink, type ReadinessFacts } from './readiness';

const FACTS: ReadinessFacts = { status: 'bozza', deleted: false, blockingFindings: [], categoryHidden: false };

describe('readiness of the PFI: the promoter tutor’s codice fiscale and role', () => {
  it('prepares the PFI when the tutor has both', () => {
    expect(documentProblems(sampleDocumentContext('pfi'), FACTS)).toEqual([]);
  });

  it('refuses without them, saying what to fill and where (the settings)', () => {
    const ctx = sampleDocumentContext('pfi');
    ctx.internship.promoterTutor = { ...ctx.internship.promoterTutor, taxCode: null, role: '  ' };
    expect(documentProblems(ctx, FACTS)).toEqual([
      {
        message: 'Mancano il codice fiscale e il ruolo del tutor del soggetto promotore (Sara Coppola): indicali in Impostazioni, sezione «Tutor del soggetto promotore».',
        place: 'impostazioni',
        field: 'promoterTutors',
      },
    ]);
    expect(fixLink('impostazioni', { internshipId: 'i', associationId: 'a', candidateId: 'c' })).toBe('/impostazioni');
  });

  it('names only what is missing', () => {
    const ctx = sampleDocumentContext('pfi');
    ctx.internship.promoterTutor.role = null;
    expect(documentProblems(ctx, FACTS).map((p) => p.message)).toEqual([
      'Manca il ruolo del tutor del soggetto promotore (Sara Coppola): indicalo in Impostazioni, sezione «Tutor del soggetto promotore».',
    ]);
  });

  it('asks for the tutor first when none is designated, and holds up no other document', () => {
    const ctx = sampleDocumentContext('pfi');
    ctx.internship.promoterTutor = { ...ctx.internship.promoterTutor, name: null, taxCode: null, role: null };
    expect(documentProblems(ctx, FACTS).map((p) => p.message)).toEqual(['Manca il tutor del soggetto promotore.']);
    const agreement = sampleDocumentContext('convenzione');
    agreement.internship.promoterTutor = { ...agreement.internship.promoterTutor, taxCode: null, role: null };
    expect(documentProblems(agreement, FACTS)).toEqual([]);
  });
});
