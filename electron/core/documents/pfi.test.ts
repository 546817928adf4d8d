import { describe, expect, it } from 'vitest';
import { contextWithMissingData, contextWithMixedFunding, HOST_TUTOR_TAX_CODE, INTERN_TAX_CODE, PROMOTER_TUTOR_TAX_CODE, SAMPLE_PLANNED_HOURS, sampleDocumentContext } from '../../../tests/support/document-context';
import { hours } from './format';
import { docxText, leftoversIn } from '../../../tests/support/docx-text';
import { buildDocument } from './index';

describe('progetto formativo individuale', () => {
  it('prints the convenzione, the intern, both tutors, the schedule, goals and allowance, and three signatures', async () => {
    const { body, all } = docxText(await buildDocument(sampleDocumentContext('pfi')));
    expect(body).toContain('PROGETTO FORMATIVO INDIVIDUALE');
    // The convenzione carries the file's number and is dated by hand when signed.
    expect(body).toContain('allegato alla convenzione di tirocinio n. TO01-2026-0042 del ___/___/______');
    expect(body).toContain('Convenzione di tirocinio | n. TO01-2026-0042 del ___/___/______ |');
    expect(body).not.toContain('24/11/2026');
    // Intern.
    expect(body).toContain('Ferrero Giulia');
    expect(body).toContain(INTERN_TAX_CODE);
    expect(body).toContain('14/03/2001');
    expect(body).toContain('Corso Vercelli 44, 10152 Torino (TO)');
    expect(body).toContain('Via Roma 8, 10024 Moncalieri (TO)');
    expect(body).toContain('Liceo scientifico');
    expect(body).toContain('Disoccupata (DID del 02/09/2026, CPI di Torino)');
    // Type and rule, notice.
    expect(body).toContain('Tirocinio formativo e di orientamento');
    // The act once, without the app's rule-set label.
    expect(body).toContain('Normativa di riferimento | DGR 22/12/2017 n. 85-6277 |');
    expect(body).not.toContain('Regole Piemonte in vigore');
    expect(body.match(/Normativa/g)).toHaveLength(1);
    expect(body).toContain('n. 1402026A00012345 del 06/11/2026');
    // Tutors side by side, named as stored («Nome Cognome»); the promoter's reached at the desk.
    expect(body).toContain('Nome e cognome | Sara Coppola | Marco Bertola |');
    expect(body).toContain(`Codice fiscale | ${PROMOTER_TUTOR_TAX_CODE} | ${HOST_TUTOR_TAX_CODE} |`);
    expect(body).toContain('Ruolo | Operatrice dei servizi per il lavoro | Responsabile di segreteria |');
    expect(body).toContain('Esperienza nel ruolo | — | 12 anni |');
    expect(body).toContain('E-mail | tirocini@exar.example.it | — |');
    expect(body).toContain('Telefono | 011 555 0101 | — |');
    // Place, period, weekly schedule.
    expect(body).toContain('dal 09/11/2026 al 08/05/2027');
    // Total length and total planned hours over the whole plan.
    expect(body).toContain('Durata complessiva | 6 mesi |');
    expect(body).toContain(`Ore complessive previste | ${hours(SAMPLE_PLANNED_HOURS)} |`);
    expect(body).toContain('Lunedì | 9:00–14:00 | 5 |');
    expect(body).toContain('Martedì | 14:00–19:00 | 5 |');
    expect(body).toContain('Sabato | Riposo | — |');
    expect(body).toContain('Totale settimanale | 25 |');
    // Goals, activities, skills, Atlante.
    expect(body).toContain('supporto alla segreteria');
    expect(body).toContain('Gestire iscrizioni, tesseramenti e pagamenti');
    expect(body).toContain('ADA.22.01.03');
    // Allowance and the threshold from the rule set.
    expect(body).toContain('450,00 €');
    expect(body).toContain('a carico del soggetto ospitante');
    expect(body).toContain('se la tirocinante partecipa ad almeno il 70% delle ore previste nel mese');
    expect(body).toContain('Alla tirocinante è corrisposta');
    expect(body).toContain('Il soggetto promotore provvede, a propria cura e spese, ad assicurare la tirocinante contro gli infortuni sul lavoro presso l’INAIL (posizione n. 12345678/91)');
    // Safety training said once: the obligation, then the plan typed on the file.
    expect(body).toContain('10. Formazione in materia di salute e sicurezza\nPrima di essere adibita alle attività, la tirocinante riceve la formazione in materia di salute e sicurezza nei luoghi di lavoro prevista dal D.Lgs. 81/2008, secondo il seguente programma:\nFormazione generale (4 ore)');
    expect(body.match(/D\.Lgs\. 81\/2008/g)).toHaveLength(1);
    expect(body.match(/formazione in materia di salute e sicurezza/gi)).toHaveLength(2);
    expect(body).toContain('11. Impegni della tirocinante');
    expect(body).toContain('Per il soggetto promotore');
    expect(body).toContain('Per il soggetto ospitante');
    expect(body).toContain('La tirocinante');
    expect(body).toContain('Luogo e data: Torino, ___/___/______');
    expect(all).toContain('Pratica n. TO01-2026-0042');
    expect(leftoversIn(all)).toEqual([]);
  });

  it('takes the attendance threshold from the context, not a fixed 70%', async () => {
    const ctx = sampleDocumentContext('pfi');
    ctx.internship.attendanceThreshold = 0.75;
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('almeno il 75% delle ore previste nel mese');
    expect(body).not.toContain('70% delle ore previste nel mese');
  });

  it('splits a mixed allowance between the host and the Exar project', async () => {
    const { body } = docxText(await buildDocument(contextWithMixedFunding('pfi')));
    expect(body).toContain('600,00 €');
    expect(body).toContain('di cui 250,00 € a carico del soggetto ospitante e 350,00 € a carico del soggetto promotore');
    expect(body).toContain('«GOL Piemonte – Percorso 2»');
  });

  it('prints only qualifying suspensions, and the length without them', async () => {
    const ctx = sampleDocumentContext('pfi');
    ctx.internship.plannedEndDate = '2027-06-07';
    ctx.internship.suspensions = [
      { from: '2027-01-11', to: '2027-02-09', reason: 'Malattia', qualifying: true },
      { from: '2026-12-14', to: '2026-12-18', reason: 'Malattia', qualifying: false },
    ];
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('Sospensione dal 11/01/2027 al 09/02/2027: Malattia.');
    expect(body).not.toContain('14/12/2026');
    expect(body).toContain('Durata complessiva | 6 mesi |');
  });

  it('leaves out a tutors’ row neither named tutor has, and keeps the names', async () => {
    const ctx = sampleDocumentContext('pfi');
    ctx.internship.hostTutor = { ...ctx.internship.hostTutor, taxCode: null, role: null, years: null };
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('Nome e cognome | Sara Coppola | Marco Bertola |');
    expect(body).toContain('E-mail | tirocini@exar.example.it | — |');
    expect(body).not.toContain('Esperienza nel ruolo');
    expect(body).not.toMatch(/Codice fiscale \| — \| — \|/);
  });

  it('leaves dashes and lines to fill where the file has no data yet', async () => {
    const { body, all } = docxText(await buildDocument(contextWithMissingData('pfi')));
    expect(body).toMatch(/Cittadinanza \| — \|/);
    expect(body).toMatch(/Titolo di studio \| — \|/);
    expect(body).toContain('Coincide con la residenza');
    expect(body).toMatch(/Comunicazione obbligatoria \(UNILAV\) \| — \|/);
    expect(body).toContain('Il/La tirocinante');
    expect(body).toContain('11. Impegni del/della tirocinante');
    expect(body).toMatch(/Ore complessive previste \| _{6,} \|/);
    // The host tutor, not designated yet, is written in by hand with his data.
    expect(body).toMatch(/Nome e cognome \| Sara Coppola \| _{10,} \|/);
    expect(body).toMatch(new RegExp(`Codice fiscale \\| ${PROMOTER_TUTOR_TAX_CODE} \\| _{10,} \\|`));
    expect(body).toMatch(/Telefono \| — \| _{10,} \|/);
    // The schedule is filled in by hand, day by day.

    expect(body).toMatch(/Lunedì \| _{10,} \| _{6,} \|/);
    expect(body).toContain('Deroga del protocollo AICS');
    expect(body).toMatch(/mensile lorda di _{6,} €/);
    expect(body).toContain('Atlante del lavoro e delle qualificazioni: —');
    expect(body).toContain('del ___/___/______');
    expect(leftoversIn(all)).toEqual([]);
  });
});
