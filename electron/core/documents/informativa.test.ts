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
    expect(body).toContain('Il Titolare del trattamento è Exar Società Cooperativa Sociale, C.F. 11223344556');
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
    expect(body).toContain('Gentile candidato, gentile candidata, con questa informativa');
    expect(leftoversIn(all)).toEqual([]);
  });
});
