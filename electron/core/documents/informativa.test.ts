import { describe, expect, it } from 'vitest';
import { contextWithMissingData, INTERN_TAX_CODE, sampleDocumentContext } from '../../../tests/support/document-context';
import { docxText, leftoversIn } from '../../../tests/support/docx-text';
import { buildDocument } from './index';

describe('informativa privacy', () => {
  it('names the controller, purposes and bases, recipients, retention, rights and the art. 9 section', async () => {
    const { body, all } = docxText(await buildDocument(sampleDocumentContext('informativa')));
    expect(body).toContain('artt. 13 e 14 del Regolamento (UE) 2016/679');
    expect(body).toContain('Giulia Ferrero');
    expect(body).toContain('Gentile candidata, con questa informativa');
    expect(body).not.toContain('Gentile candidato');
    expect(body).toContain(INTERN_TAX_CODE);
    expect(body).toContain('Il Titolare del trattamento è Exar Società Cooperativa Sociale, C.F. 11223344554');
    expect(body).toContain('PEC exar@pec.example.it');
    expect(body).toContain('art. 6, par. 1, lett. c');
    expect(body).toContain('soggetto ospitante');
    expect(body).toContain('la Regione Piemonte e i Centri per l’impiego');
    expect(body).toContain('5. Conservazione');
    expect(body).toContain('Garante per la protezione dei dati personali');
    expect(body).toContain('7. Categorie particolari di dati (art. 9 del Regolamento)');
    expect(body).toContain('art. 9, par. 2, lett. b)');
    expect(body).toContain('L. 68/1999');
    expect(body).toContain('servizi sociali');
    expect(body).toContain('La sottoscritta Giulia Ferrero');
    expect(body).toContain('Informativa consegnata in precedenza il 05/10/2026');
    expect(body).toContain('L’interessata');
    expect(body).toContain('Luogo e data: Torino, ___/___/______');
    // The restricted target category is not printed on the notice.
    expect(body).not.toContain('Disoccupata (DID');
    expect(leftoversIn(all)).toEqual([]);
  });

  it('greets a man as «Gentile candidato»', async () => {
    const ctx = sampleDocumentContext('informativa');
    ctx.intern.sex = 'M';
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('Gentile candidato, con questa informativa');
    expect(body).not.toContain('candidata');
  });

  it('reads without the promoter’s optional contacts', async () => {
    const { body, all } = docxText(await buildDocument(contextWithMissingData('informativa')));
    expect(body).not.toContain('PEC null');
    expect(body).toContain('Il/La sottoscritto/a Giulia Ferrero');
    expect(body).toContain('Gentile candidato/a, con questa informativa');
    expect(body).toContain('Destinatario/a: Giulia Ferrero');
    expect(body).toContain('L’interessato/a');
    expect(leftoversIn(all)).toEqual([]);
  });

  it('names the DPO from the settings, or leaves a line to write it', async () => {
    const { body } = docxText(await buildDocument(sampleDocumentContext('informativa')));
    expect(body).toContain('Responsabile della protezione dei dati (DPO): Avv. Laura Gallo, dpo@exar.example.it.');
    expect(body).toContain('o al Responsabile della protezione dei dati');
    const ctx = sampleDocumentContext('informativa');
    ctx.promoter.privacy.dpoContact = null;
    expect(docxText(await buildDocument(ctx)).body).toMatch(/Responsabile della protezione dei dati \(DPO\): _{20,}\./);
  });

  it('states the retention periods of the office’s settings', async () => {
    const ctx = sampleDocumentContext('informativa');
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('i dati di chi non avvia un tirocinio per 24 mesi dall’ultimo contatto con lo sportello');
    expect(body).toContain('per 10 anni dalla conclusione del tirocinio');
    expect(body).not.toContain('comunicati a richiesta');
    ctx.promoter.privacy.retention = { candidateMonths: 36, internshipYears: 1 };
    const changed = docxText(await buildDocument(ctx)).body;
    expect(changed).toContain('per 36 mesi dall’ultimo contatto');
    expect(changed).toContain('per 1 anno dalla conclusione del tirocinio');
  });

  it('describes the matching score as support to an operator’s decision, and refers to the Region’s notice for its portal', async () => {
    const { body } = docxText(await buildDocument(sampleDocumentContext('informativa')));
    expect(body).toContain('Abbinamento tra il Suo profilo e le richieste delle associazioni');
    expect(body).toContain('Il punteggio di abbinamento calcolato dal programma è soltanto un supporto alla valutazione: la proposta della Sua candidatura a un’associazione è sempre decisa da un operatore dello sportello');
    expect(body).toContain('(art. 22 del Regolamento)');
    expect(body).toContain('portale dei tirocini della Regione Piemonte');
    expect(body).toContain('si rinvia all’informativa pubblicata dalla Regione Piemonte sul proprio portale');
  });

  it('asks consent purpose by purpose', async () => {
    const { body } = docxText(await buildDocument(sampleDocumentContext('informativa')));
    expect(body).toContain('8. Consenso');
    expect(body).toContain('Il consenso è chiesto separatamente per ciascuna delle finalità seguenti');
    const choices = body.split('\n').filter((line) => line.endsWith('| ☐ acconsento   ☐ non acconsento |'));
    expect(choices).toHaveLength(3);
    expect(choices[0]).toContain('dati relativi alla salute');
    expect(choices[1]).toContain('Conservazione del profilo dopo la conclusione del servizio');
    expect(choices[2]).toContain('Invio di comunicazioni su nuove opportunità');
    expect(body).toContain('9. Dichiarazione di ricevuta');
  });

  it('states the basis for criminal-record data only where the person’s category needs it', async () => {
    const plain = docxText(await buildDocument(sampleDocumentContext('informativa'))).body;
    expect(plain).not.toContain('art. 10 del Regolamento');
    expect(plain).not.toContain('2-octies');
    const ctx = sampleDocumentContext('informativa');
    ctx.intern.targetCategoryCode = 'svantaggiato';
    const { body } = docxText(await buildDocument(ctx));
    expect(body).toContain('8. Dati relativi a condanne penali e reati (art. 10 del Regolamento)');
    expect(body).toContain('ai sensi dell’art. 10 del Regolamento e dell’art. 2-octies del D.Lgs. 196/2003');
    expect(body).toContain('9. Consenso');
    expect(body).toContain('10. Dichiarazione di ricevuta');
  });
});
