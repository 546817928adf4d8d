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
    // A week of illness recorded as a suspension before decision 0014 is absences: no suspension printed.
    expect(body).toContain('Sospensioni | Nessuna |');
    expect(body).not.toContain('14/12/2026');
    // The base is the PFI's whole plan.
    expect(body).toContain('541,5 ore svolte su 592 previste dal progetto formativo per l’intero periodo');
    expect(body).toContain('91,5% delle ore previste (minimo richiesto: 70%)');
    expect(body).toContain('Gestione di iscrizioni e tesseramenti');
    expect(body).toContain('Luogo e data: Torino, ___/___/______');
    expect(body).not.toContain('14/05/2027');
    // The accreditation mid-sentence starts lower-case; the tutors are named without nested brackets.
    expect(body).toContain('abilitato a promuovere tirocini in forza di: accreditamento ai servizi per il lavoro della Regione Piemonte, D.D. n. 123');
    expect(body).toContain('Tutor del soggetto promotore | Sara Coppola, Operatrice dei servizi per il lavoro |');
    expect(body).toContain('Tutor del soggetto ospitante | Marco Bertola, Responsabile di segreteria |');
    expect(body).toContain('Anna Marino, Presidente e legale rappresentante');
    // The outcome, and the host's evaluation with its own signature before the promoter's.
    expect(body).toContain('Esito | Concluso il 08/05/2027: assunta dall’ente ospitante |');
    expect(body).toContain('Valutazione del soggetto ospitante');
    expect(body).toContain('valuta le attività svolte e le competenze acquisite dalla tirocinante');
    expect(body).toMatch(/Valutazione del soggetto ospitante[\s\S]*Per il soggetto ospitante[\s\S]*\(timbro e firma del tutor o del legale rappresentante\)[\s\S]*Per il soggetto promotore/);
    expect(body).toContain('rilasciata a conclusione del tirocinio, avendo la tirocinante partecipato ad almeno il 70% delle ore previste dal progetto formativo per l’intero periodo, anche sulla base della valutazione del soggetto ospitante');
    expect(leftoversIn(all)).toEqual([]);
  });

  it('prints a qualifying suspension as one', async () => {
    const ctx = certificateContext();
    ctx.internship.suspensions = [{ from: '2027-01-04', to: '2027-02-12', reason: 'Malattia', qualifying: true }];
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('Sospensioni | dal 04/01/2027 al 12/02/2027 (malattia) |');
  });

  it('words an interrupted file that reached the share as such, with who ended it', async () => {
    const ctx = certificateContext();
    ctx.internship.status = 'interrotto';
    ctx.internship.actualEndDate = '2027-04-16';
    ctx.internship.outcome = null;
    ctx.internship.interruptedBy = 'Il tirocinante';
    ctx.totals = { plannedHours: 592, attendedHours: 420, attendance: 420 / 592, certificateReachable: true, monthsMissing: [] };
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('dal 09/11/2026 al 16/04/2027');
    expect(body).toContain('Esito | Interrotto anticipatamente il 16/04/2027, su iniziativa di: la tirocinante |');
    expect(body).toContain('420 ore svolte su 592 previste dal progetto formativo per l’intero periodo');
    expect(body).toContain('70,9% delle ore previste');
    expect(body).toContain('rilasciata al termine del tirocinio, interrotto anticipatamente, avendo la tirocinante partecipato');
    expect(body).not.toContain('a conclusione del tirocinio');
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
