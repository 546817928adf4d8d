import { describe, expect, it } from 'vitest';
import { contextWithMissingData, HOST_REP_TAX_CODE, sampleDocumentContext } from '../../../tests/support/document-context';
import { docxText, leftoversIn } from '../../../tests/support/docx-text';
import { buildDocument } from './index';

describe('convenzione di tirocinio', () => {
  it('prints number and date, both parties with their codes, the rules and both signatures', async () => {
    const { body, all } = docxText(await buildDocument(sampleDocumentContext('convenzione')));
    expect(body).toContain('CONVENZIONE DI TIROCINIO');
    expect(body).toContain('n. CONV-TO01-2026-0042 del 02/11/2026');
    // Promoter: name, codes, accreditation, PEC.
    expect(body).toContain('Exar Società Cooperativa Sociale');
    expect(body).toContain('11223344556');
    expect(body).toContain('D.D. n. 123 del 15/03/2019');
    expect(body).toContain('exar@pec.example.it');
    // Host: legal form, CF and VAT, registered and operating site, representative, PEC, ATECO, headcount.
    expect(body).toContain('Associazione sportiva dilettantistica (ASD)');
    expect(body).toContain('94012345678');
    expect(body).toContain('10987654321');
    expect(body).toContain('Via Tenivelli 12, 10024 Moncalieri (TO)');
    expect(body).toContain('Palestra comunale: Strada Genova 101, 10024 Moncalieri (TO)');
    expect(body).toContain(`Paolo Gribaudo, Presidente (C.F. ${HOST_REP_TAX_CODE})`);
    expect(body).toContain('polisportivabsp@pec.example.it');
    expect(body).toContain('93.12.00');
    expect(body).toContain('2 dipendenti');
    // Recitals: the regional act, the 2017 guidelines, the 2021 law.
    expect(body).toContain('DGR 22/12/2017 n. 85-6277');
    expect(body).toContain('25 maggio 2017');
    expect(body).toContain('legge 30 dicembre 2021, n. 234');
    expect(body).toContain('commi da 720 a 726');
    // The file: dates, hours, tutors, allowance, insurance.
    expect(body).toContain('dal 09/11/2026 al 08/05/2027');
    expect(body).toMatch(/per\s+25\s+ore settimanali/);
    expect(body).toContain('Sara Coppola');
    expect(body).toContain('Marco Bertola');
    expect(body).toContain('450,00 €');
    expect(body).toContain('70%');
    expect(body).toContain('12345678/91');
    expect(body).toContain('Polizza RCT n. 2026/RC/778899');
    expect(body).toContain('Art. 8 – Trattamento dei dati personali');
    // Signatures, with place and date.
    expect(body).toContain('Luogo e data: Torino, 24/11/2026');
    expect(body).toContain('Per il soggetto promotore');
    expect(body).toContain('Per il soggetto ospitante');
    expect(all).toContain('Pratica n. TO01-2026-0042');
    expect(leftoversIn(all)).toEqual([]);
  });

  it('prints a dash or a line to fill where optional data is missing, and the AICS exception', async () => {
    const { body, all } = docxText(await buildDocument(contextWithMissingData('convenzione')));
    expect(body).toMatch(/Partita IVA \| — \|/);
    expect(body).toMatch(/PEC \| — \|/);
    expect(body).toMatch(/Codice ATECO \| — \|/);
    expect(body).toContain('Nessun dipendente');
    expect(body).toContain('un solo tirocinante alla volta');
    // No agreement number of its own: the file's, dated the day it is generated.
    expect(body).toContain('n. TO01-2026-0042 del 24/11/2026');
    // Missing hours and host representative: lines to write on.
    expect(body).toMatch(/rappresentato da _{10,}/);
    expect(body).toMatch(/per\s+_{6,}\s+ore settimanali/);
    expect(leftoversIn(all)).toEqual([]);
  });

  it('cites the 2015 guidelines for an inclusion tirocinio', async () => {
    const ctx = sampleDocumentContext('convenzione');
    ctx.internship.typeLabel = 'Tirocinio di inclusione sociale';
    ctx.internship.legalBasis = 'DGR 7/04/2014 n. 42-7397';
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('22 gennaio 2015');
    expect(body).toContain('DGR 7/04/2014 n. 42-7397');
  });
});
