import { describe, expect, it } from 'vitest';
import { certificateContext, INTERN_TAX_CODE } from '../../../tests/support/document-context';
import { docxText, leftoversIn } from '../../../tests/support/docx-text';
import { buildDocument } from './index';

describe('attestazione finale', () => {
  it('certifies who, where, the type, the period, the hours and attendance, and the skills acquired', async () => {
    const { body, all } = docxText(await buildDocument(certificateContext()));
    expect(body).toContain('ATTESTAZIONE FINALE DI TIROCINIO');
    expect(body).toContain('ATTESTA');
    expect(body).toContain('la tirocinante Giulia Ferrero');
    expect(body).toContain(INTERN_TAX_CODE);
    expect(body).toContain('nata a Torino (TO) il 14/03/2001');
    expect(body).toContain('A.S.D. Polisportiva Borgo San Pietro');
    expect(body).toContain('Tirocinio formativo e di orientamento');
    expect(body).toContain('dal 09/11/2026 al 08/05/2027');
    expect(body).toContain('dal 14/12/2026 al 18/12/2026 (malattia)');
    expect(body).toContain('541,5 ore svolte su 592 previste');
    expect(body).toContain('91,5% delle ore previste (minimo richiesto: 70%)');
    expect(body).toContain('Gestione di iscrizioni e tesseramenti');
    expect(body).toContain('Luogo e data: Torino, ___/___/______');
    expect(body).not.toContain('14/05/2027');
    // The accreditation mid-sentence starts lower-case; the tutors are named without nested brackets.
    expect(body).toContain('abilitato a promuovere tirocini in forza di: accreditamento ai servizi per il lavoro della Regione Piemonte, D.D. n. 123');
    expect(body).toContain('Tutor del soggetto promotore | Sara Coppola |');
    expect(body).toContain('Tutor del soggetto ospitante | Marco Bertola, Responsabile di segreteria |');
    expect(body).toContain('Anna Marino, Presidente e legale rappresentante');
    expect(leftoversIn(all)).toEqual([]);
  });

  it('keeps an acronym at the start of the accreditation as it is', async () => {
    const ctx = certificateContext();
    ctx.promoter.accreditationRef = 'ANPAL, autorizzazione n. 456/2020';
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('in forza di: ANPAL, autorizzazione n. 456/2020,');
  });

  it('leaves lines for the skills when none were recorded', async () => {
    const ctx = certificateContext();
    ctx.internship.skillsAcquired = [];
    ctx.intern.sex = null;
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('Competenze acquisite\n____');
    expect(body).toContain('il/la tirocinante Giulia Ferrero');
    expect(body).toContain('nato/a a Torino');
  });
});
