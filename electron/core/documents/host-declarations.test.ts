/**
 * What the convenzione and the PFI print of the host's declarations, the stamp duty, the insurer and
 * the Portale Tirocini reference (issue 13, decision 0015): read back from a real .docx.
 */
import { describe, expect, it } from 'vitest';
import { sampleDocumentContext } from '../../../tests/support/document-context';
import { docxText } from '../../../tests/support/docx-text';
import { termsOf } from '@shared/documents/terms';
import { buildDocument } from './index';

describe('host declarations, stamp duty, insurer and portal reference in the documents', () => {
  it('the convenzione prints the exemption with its basis and each declaration with its date, a line for one not made', async () => {
    const { body } = docxText(await buildDocument(sampleDocumentContext('convenzione')));
    expect(body).toContain('Imposta di bollo: esente ai sensi di art. 82, comma 5, D.Lgs. 117/2017 (ente del Terzo settore).');
    expect(body).toContain(
      'il soggetto ospitante ha dichiarato: nessun licenziamento collettivo né cassa integrazione per le stesse mansioni negli ultimi 12 mesi (dichiarazione del 01/09/2026); rispetto della normativa sulla sicurezza (D.Lgs. 81/2008) (dichiarazione del 01/09/2026); rispetto della L. 68/99 sul collocamento dei disabili (dichiarazione del ______________);',
    );
  });

  it('stamp duty paid, or not said (both boxes to tick by hand)', async () => {
    const paid = sampleDocumentContext('convenzione');
    paid.host = { ...paid.host, stampDuty: { paid: true } };
    expect(docxText(await buildDocument(paid)).body).toContain('Imposta di bollo: assolta sull’originale della convenzione.');
    const unsaid = sampleDocumentContext('convenzione');
    unsaid.host = { ...unsaid.host, stampDuty: null };
    expect(docxText(await buildDocument(unsaid)).body).toContain('Imposta di bollo: ☐ assolta  ☐ esente ai sensi di');
  });

  it('names the host as insurer when the file says so, the promoter otherwise', async () => {
    const byHost = sampleDocumentContext('convenzione');
    byHost.internship = { ...byHost.internship, insurer: 'ospitante' };
    expect(docxText(await buildDocument(byHost)).body).toContain('Il soggetto ospitante provvede, a propria cura e spese, ad assicurare');
    expect(docxText(await buildDocument(sampleDocumentContext('convenzione'))).body).toContain('Il soggetto promotore provvede, a propria cura e spese, ad assicurare');
  });

  it('the PFI prints the Portale Tirocini reference, a dash before the Region gives it', async () => {
    expect(docxText(await buildDocument(sampleDocumentContext('pfi'))).body).toContain('Riferimento sul Portale Tirocini della Regione | PT-2026-004512 |');
    const before = sampleDocumentContext('pfi');
    before.internship = { ...before.internship, portalReference: null };
    expect(docxText(await buildDocument(before)).body).toContain('Riferimento sul Portale Tirocini della Regione | — |');
  });

  it('a signed document keeps its terms when the portal reference arrives or a declaration is renewed', () => {
    const ctx = sampleDocumentContext('convenzione');
    const later = { ...ctx, internship: { ...ctx.internship, portalReference: 'PT-2027-000001' }, host: { ...ctx.host, declarations: ctx.host.declarations.map((d) => ({ ...d, declaredOn: '2027-01-15' })) } };
    expect(termsOf(later)).toBe(termsOf(ctx));
    // The stamp duty and the insurer are terms: changing them asks for a new signature.
    expect(termsOf({ ...ctx, host: { ...ctx.host, stampDuty: { paid: true } } })).not.toBe(termsOf(ctx));
    expect(termsOf({ ...ctx, internship: { ...ctx.internship, insurer: 'ospitante' } })).not.toBe(termsOf(ctx));
  });
});
