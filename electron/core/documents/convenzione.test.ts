import { describe, expect, it } from 'vitest';
import { contextWithMissingData, HOST_REP_TAX_CODE, sampleDocumentContext } from '../../../tests/support/document-context';
import { docxText, leftoversIn } from '../../../tests/support/docx-text';
import { buildDocument } from './index';

/** The deepest brackets go in any line of the text: 1 for «(…)», 2 for «(… (…))». */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of text) {
    if (c === '\n') depth = 0;
    else if (c === '(') deepest = Math.max(deepest, ++depth);
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

describe('convenzione di tirocinio', () => {
  it('prints number and date, both parties with their codes, the rules and both signatures', async () => {
    const { body, all } = docxText(await buildDocument(sampleDocumentContext('convenzione')));
    expect(body).toContain('CONVENZIONE DI TIROCINIO');
    // No agreement number or date of its own: the file's number, and the date written when signed.
    expect(body).toContain('n. TO01-2026-0042 del ___/___/______');
    expect(body).not.toContain('24/11/2026');
    // Promoter: name, codes, accreditation, PEC.
    expect(body).toContain('Exar Società Cooperativa Sociale');
    expect(body).toContain('11223344554');
    expect(body).toContain('in forza di: accreditamento ai servizi per il lavoro della Regione Piemonte, D.D. n. 123 del 15/03/2019');
    expect(body).toContain('exar@pec.example.it');
    // Host: legal form, CF and VAT, registered and operating site, representative, PEC, ATECO, headcount.
    expect(body).toContain('Associazione sportiva dilettantistica (ASD)');
    expect(body).toContain('94012345677');
    expect(body).toContain('10987654323');
    expect(body).toContain('Via Tenivelli 12, 10024 Moncalieri (TO)');
    expect(body).toContain('Palestra comunale: Strada Genova 101, 10024 Moncalieri (TO)');
    expect(body).toContain(`Paolo Gribaudo, Presidente (C.F. ${HOST_REP_TAX_CODE})`);
    expect(body).toContain('polisportivabsp@pec.example.it');
    expect(body).toContain('93.12.00');
    expect(body).toContain('2 dipendenti');
    expect(body).toContain('dichiara di avere 2 dipendenti e di rispettare i limiti numerici');
    // Recitals: the 2021 law, the 2017 guidelines with their repertory number, L.R. 32/2023 art. 62
    // keeping the regional act in force; each act once, never the app's rule-set label.
    expect(body).toContain('legge 30 dicembre 2021, n. 234');
    expect(body).toContain('commi da 720 a 726');
    expect(body).toContain('Accordo in Conferenza permanente per i rapporti tra lo Stato, le Regioni e le Province autonome del 25 maggio 2017 (Rep. Atti n. 86/CSR)');
    expect(body).toContain('l’art. 62 della legge regionale del Piemonte n. 32/2023 mantiene in vigore la disciplina regionale dei tirocini fino all’adozione dei nuovi provvedimenti; il presente tirocinio è regolato dalla DGR 22/12/2017 n. 85-6277, nel testo in vigore alla data di avvio del tirocinio;');
    expect(body).not.toContain('Regole Piemonte in vigore');
    const premesse = body.slice(body.indexOf('PREMESSO CHE'), body.indexOf('SI CONVIENE'));
    for (const act of ['85-6277', '25 maggio 2017', '86/CSR', 'n. 234', '32/2023']) expect(premesse.split(act), act).toHaveLength(2);
    // Art. 1 refers to the premesse instead of naming the act again.
    expect(body).toContain('ai sensi della disciplina richiamata in premessa (pratica n. TO01-2026-0042)');
    expect(body.split('85-6277')).toHaveLength(3); // the line under the title and the premesse
    // Early end also when the training goals cannot be reached.
    expect(body).toContain('in caso di impossibilità di conseguire gli obiettivi formativi del progetto');
    // A host with employees gets no reminder meant for hosts without.
    expect(body).not.toContain('equiparato al lavoratore');
    // The file: dates, hours, tutors, allowance, insurance.
    expect(body).toContain('dal 09/11/2026 al 08/05/2027');
    expect(body).toMatch(/per\s+25\s+ore settimanali/);
    expect(body).toContain('monitoraggio del tirocinio: Sara Coppola, Operatrice dei servizi per il lavoro;');
    expect(body).toContain('previsto dalla disciplina regionale: Marco Bertola, Responsabile di segreteria;');
    expect(body).toContain('450,00 €');
    expect(body).toContain('70%');
    // Insurance: who holds it, with the position and the policy.
    expect(body).toContain('Il soggetto promotore provvede, a propria cura e spese, ad assicurare il tirocinante contro gli infortuni sul lavoro presso l’INAIL (posizione n. 12345678/91) e per la responsabilità civile verso terzi presso idonea compagnia assicuratrice (polizza RCT n. 2026/RC/778899, Assicurazioni Sportive S.p.A.).');
    expect(body).toContain('Art. 8 – Trattamento dei dati personali');
    // Signatures: the place, and the date written when signed.
    expect(body).toContain('Luogo e data: Torino, ___/___/______');
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
    // The AICS exception is the protocol applied, not a waiver of the regional act.
    expect(body).toContain('il soggetto ospitante è un’associazione affiliata ad AICS priva di personale dipendente e accoglie il tirocinante in applicazione del protocollo d’intesa tra AICS e Exar Società Cooperativa Sociale, che prevede per le associazioni affiliate senza dipendenti l’accoglienza di un solo tirocinante alla volta;');
    expect(body).not.toMatch(/deroga/i);
    // Without employees: for safety law the intern counts as a worker, and what the host must do.
    expect(body).toContain('ai fini della normativa in materia di salute e sicurezza nei luoghi di lavoro il tirocinante è equiparato al lavoratore (art. 2 del D.Lgs. 81/2008)');
    expect(body).toContain('a effettuare la valutazione dei rischi cui il tirocinante è esposto, a garantirgli la formazione generale e specifica');
    expect(body).toContain('i dispositivi di protezione individuale necessari');
    expect(body).toContain('n. TO01-2026-0042 del ___/___/______');
    // No accreditation, position or policy: lines to write them.
    expect(body).toMatch(/in forza di: accreditamento ai servizi per il lavoro della Regione Piemonte n\. _{6,} del _{6,};/);
    expect(body).toMatch(/a propria cura e spese, ad assicurare il tirocinante contro gli infortuni sul lavoro presso l’INAIL \(posizione n\. _{6,}\) e per la responsabilità civile verso terzi presso idonea compagnia assicuratrice \(polizza n\. _{6,}\)\./);
    // Missing hours and host representative: lines to write on.
    expect(body).toMatch(/rappresentato da _{10,}/);
    expect(body).toMatch(/per\s+_{6,}\s+ore settimanali/);
    expect(leftoversIn(all)).toEqual([]);
  });

  it('prints the agreement’s own number and date when the desk recorded them', async () => {
    const ctx = sampleDocumentContext('convenzione');
    ctx.internship.agreementNumber = 'CONV-TO01-2026-0042';
    ctx.internship.agreementDate = '2026-11-02';
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('n. CONV-TO01-2026-0042 del 02/11/2026');
    expect(body).toContain('Luogo e data: Torino, ___/___/______');
  });

  it('says a host without employees and without the AICS exception has none', async () => {
    const ctx = sampleDocumentContext('convenzione');
    ctx.host.employees = 0;
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('il soggetto ospitante dichiara di non avere dipendenti e di rispettare');
    expect(body).not.toContain('avere nessun');
    expect(body).toContain('il tirocinante è equiparato al lavoratore (art. 2 del D.Lgs. 81/2008)');
  });

  it('prints the site’s own headcount beside the association’s when the quota was decided on it', async () => {
    const ctx = sampleDocumentContext('convenzione');
    ctx.host.employees = 30;
    ctx.host.siteEmployees = 4;
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('il soggetto ospitante dichiara di avere 30 dipendenti, di cui 4 nella sede del tirocinio, e di rispettare i limiti numerici');
    expect(body).toMatch(/Dipendenti \| 30 dipendenti \|/);
    expect(body).toMatch(/Dipendenti nella sede del tirocinio \| 4 dipendenti \|/);
    // Without a number of its own, the site gets no row and the recital names only the association's.
    const plain = docxText(await buildDocument(sampleDocumentContext('convenzione'))).body;
    expect(plain).not.toContain('nella sede del tirocinio');
  });

  it('never nests brackets, whatever the tutors’ roles and the policy say', async () => {
    const ctx = sampleDocumentContext('convenzione');
    ctx.internship.promoterTutor.role = 'Tutor del soggetto promotore (sportello di Torino)';
    ctx.internship.hostTutor.role = 'Istruttore (settore giovanile)';
    ctx.internship.liabilityPolicy = 'Polizza n. 55 (RCT/RCO)';
    ctx.internship.inailPosition = '12345678/91 (PAT)';
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('monitoraggio del tirocinio: Sara Coppola, Tutor del soggetto promotore (sportello di Torino);');
    expect(body).toContain('(posizione n. 12345678/91 – PAT)');
    expect(body).toContain('(polizza n. 55 – RCT/RCO)');
    expect(bracketDepth(body)).toBeLessThanOrEqual(1);
    expect(bracketDepth(docxText(await buildDocument(sampleDocumentContext('convenzione'))).body)).toBeLessThanOrEqual(1);
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
