import { Document, FootnoteReferenceRun, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/errors';
import type { DocumentContext } from '@shared/documents/context';
import { contextWithMissingData, registerMonthContext, sampleDocumentContext } from '../../../../tests/support/document-context';
import { NO_PLACEHOLDER_WARNING, fillTemplate, readTemplate } from './index';

// ---------------------------------------------------------------------------------------------
// Templates built with docx itself, as an office would write them in Word

type Block = string | Paragraph | Table;

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

function table(header: string[], ...rows: string[][]): Table {
  return new Table({ rows: [header, ...rows].map((r) => new TableRow({ children: r.map(cell) })) });
}

async function template(blocks: Block[], options: { header?: string; footer?: string } = {}): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        headers: options.header ? { default: new Header({ children: [new Paragraph(options.header)] }) } : undefined,
        footers: options.footer ? { default: new Footer({ children: [new Paragraph(options.footer)] }) } : undefined,
        children: blocks.map((b) => (typeof b === 'string' ? new Paragraph(b) : b)),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Rewrites the body of a .docx, as Word leaves it after spell-check or a change of formatting. */
function withBodyXml(docx: Uint8Array, paragraphsXml: string): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!);
  files['word/document.xml'] = strToU8(xml.replace(/<w:body>[\s\S]*?(<w:sectPr)/, `<w:body>${paragraphsXml}$1`));
  return zipSync(files);
}

/** What a reader sees in each part: the paragraphs' text, a line each (a line break as «⏎»). */
function partsText(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx, { filter: (f) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(f.name) });
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) {
    out[name] = strFromU8(bytes)
      .split('</w:p>')
      .map((p) =>
        p
          .replace(/<w:br\/>/g, '⏎')
          .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, t: string | undefined) => t ?? '')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>'),
      )
      .filter((line) => line.trim().length > 0)
      .join('\n');
  }
  return out;
}

function allText(docx: Uint8Array): string {
  return Object.values(partsText(docx)).join('\n');
}

async function fill(tpl: Uint8Array, ctx: DocumentContext): Promise<string> {
  const filled = await fillTemplate(tpl, ctx);
  const text = allText(new Uint8Array(filled));
  expect(text).not.toContain('{{');
  return text;
}

// ---------------------------------------------------------------------------------------------

describe('filling a template', () => {
  it('fills a PFI with the file’s values in the body, the header, the footer and the schedule table', async () => {
    const tpl = await template(
      [
        'Progetto formativo n. {{tirocinio_numero}} – convenzione n. {{convenzione_numero}} del {{convenzione_data}}',
        'Tirocinante: {{tirocinante_nome}}, C.F. {{tirocinante_codice_fiscale}}, {{tirocinante_nato_nata}} a {{tirocinante_luogo_nascita}} il {{tirocinante_data_nascita}}',
        'Ospitante: {{ospitante_denominazione}}, sede legale {{ospitante_sede_legale}}; sede del tirocinio: {{sede_tirocinio}}',
        'Dal {{data_inizio}} al {{data_fine_prevista}}, {{ore_settimanali}} ore settimanali, indennità {{indennita_mensile}}',
        'Tutor: {{tutor_promotore_nome}} (promotore), {{tutor_ospitante_nome}} (ospitante)',
        'Obiettivi:',
        '{{obiettivi}}',
        table(['Giorno', 'Ore', 'Fascia'], ['{{orario.giorno}}', '{{orario.ore}}', '{{orario.fascia}}']),
        'Torino, {{data_documento}}',
      ],
      { header: '{{promotore_denominazione}}', footer: 'Pratica {{tirocinio_numero}}' },
    );
    const ctx = sampleDocumentContext('pfi');
    const filled = new Uint8Array(await fillTemplate(tpl, ctx));
    const parts = partsText(filled);
    const body = parts['word/document.xml']!;
    expect(body).toContain('Progetto formativo n. TO01-2026-0042 – convenzione n. TO01-2026-0042 del __________');
    expect(body).toContain(`Tirocinante: Giulia Ferrero, C.F. ${ctx.intern.taxCode}, nata a Torino (TO) il 14/03/2001`);
    expect(body).toContain('sede del tirocinio: Palestra comunale: Strada Genova 101, 10024 Moncalieri (TO)');
    expect(body).toContain('Dal 09/11/2026 al 08/05/2027, 25 ore settimanali, indennità 450,00 €');
    expect(body).toContain('Tutor: Sara Coppola (promotore), Marco Bertola (ospitante)');
    expect(body).toContain('Torino, 24/11/2026');
    // The schedule: the header row, then a row per working day.
    expect(body).toMatch(/Giorno\nOre\nFascia\nLunedì\n5\n9:00–14:00\nMartedì\n5\n14:00–19:00\nMercoledì[\s\S]*Venerdì\n5\n9:00–14:00/);
    expect(body).not.toContain('Sabato');
    expect(Object.entries(parts).find(([k]) => k.startsWith('word/header'))?.[1]).toBe('Exar Società Cooperativa Sociale');
    expect(Object.entries(parts).find(([k]) => k.startsWith('word/footer'))?.[1]).toBe('Pratica TO01-2026-0042');
    expect(allText(filled)).not.toContain('{{');
  });

  it('fills a footnote', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Polizza: {{polizza_rc}}')] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun('Assicurazione'), new FootnoteReferenceRun(1)] })] }],
    });
    const tpl = new Uint8Array(await Packer.toBuffer(doc));
    expect(await readTemplate(tpl, 'convenzione')).toMatchObject({ ok: true, placeholders: ['polizza_rc'] });
    const filled = unzipSync(new Uint8Array(await fillTemplate(tpl, sampleDocumentContext('convenzione'))));
    const notes = strFromU8(filled['word/footnotes.xml']!);
    expect(notes).toContain('Polizza RCT n. 2026/RC/778899');
    expect(notes).not.toContain('{{');
  });

  it('keeps the lines of a text on several lines, as line breaks in the same paragraph', async () => {
    const tpl = await template(['{{obiettivi}}', '{{competenze_da_acquisire}}']);
    const text = await fill(tpl, sampleDocumentContext('pfi'));
    expect(text).toContain('segreteria di un’associazione sportiva.⏎Conoscere l’organizzazione');
    expect(text).toContain('Accogliere gli utenti e fornire informazioni sui servizi⏎Gestire iscrizioni');
  });

  it('fills the register with a row per day of the month, holidays and suspension named', async () => {
    const tpl = await template([
      'Registro presenze di {{tirocinante_nome}} – {{registro_mese}}',
      table(['Data', 'Giorno', 'Previste', 'Svolte', 'Note'], ['{{giorni.data}}', '{{giorni.giorno}}', '{{giorni.ore_previste}}', '{{giorni.ore_svolte}}', '{{giorni.nota}}']),
      'Totale: {{registro_ore_previste}} ore previste, {{registro_ore_svolte}} svolte',
    ]);
    const text = await fill(tpl, registerMonthContext());
    expect(text).toContain('Registro presenze di Giulia Ferrero – dicembre 2026');
    for (let d = 1; d <= 31; d++) expect(text).toContain(`${String(d).padStart(2, '0')}/12/2026`);
    expect(text).toMatch(/03\/12\/2026\ngiovedì\n5\n3,5/);
    expect(text).toMatch(/08\/12\/2026\nmartedì\n—\n—\n[^\n]*Immacolata/);
    // The sample's short illness recorded as a suspension is absences (decision 0014).
    expect(text).toMatch(/15\/12\/2026\nmartedì\n—\n—\nAssenza/);
    expect(text).toContain('Natale');
  });

  it('fills a placeholder Word split across runs with different formatting, keeping the formatting', async () => {
    const tpl = await template([
      new Paragraph({ children: [new TextRun('Tirocinante: {{tiroci'), new TextRun({ text: 'nante_nome}}', bold: true }), new TextRun(', nata il {{'), new TextRun('tirocinante_data_nascita'), new TextRun('}}.')] }),
    ]);
    const reading = await readTemplate(tpl, 'pfi');
    expect(reading).toEqual({ ok: true, placeholders: ['tirocinante_nome', 'tirocinante_data_nascita'], warnings: [] });
    const filled = new Uint8Array(await fillTemplate(tpl, sampleDocumentContext('pfi')));
    expect(allText(filled)).toBe('Tirocinante: Giulia Ferrero, nata il 14/03/2001.');
  });

  it('fills a placeholder split by spell-check marks and a bookmark between its runs', async () => {
    const base = await template(['x']);
    const tpl = withBodyXml(
      base,
      '<w:p><w:r><w:t xml:space="preserve">Ospitante: {{</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>ospitante</w:t></w:r>' +
        '<w:bookmarkStart w:id="0" w:name="ente"/><w:r><w:t>_denominazione</w:t></w:r><w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/><w:r><w:t>}}</w:t></w:r></w:p>',
    );
    expect(await readTemplate(tpl, 'convenzione')).toMatchObject({ ok: true, placeholders: ['ospitante_denominazione'] });
    expect(await fill(tpl, sampleDocumentContext('convenzione'))).toBe('Ospitante: A.S.D. Polisportiva Borgo San Pietro');
  });

  it('accepts spaces inside the braces', async () => {
    const tpl = await template(['Nome: {{ tirocinante_nome }}']);
    expect(await readTemplate(tpl, 'informativa')).toMatchObject({ ok: true, placeholders: ['tirocinante_nome'] });
    expect(await fill(tpl, sampleDocumentContext('informativa'))).toBe('Nome: Giulia Ferrero');
  });

  it('fills every occurrence of a field, also inside the repeated rows', async () => {
    const tpl = await template(['{{tirocinante_cognome}} e ancora {{tirocinante_cognome}}', table(['Giorno', 'Pratica'], ['{{orario.giorno}}', '{{tirocinio_numero}}'])]);
    const text = await fill(tpl, sampleDocumentContext('pfi'));
    expect(text).toContain('Ferrero e ancora Ferrero');
    expect(text.match(/TO01-2026-0042/g)).toHaveLength(5);
  });

  it('prints data with XML characters and braces as typed, without opening a placeholder', async () => {
    const ctx = sampleDocumentContext('pfi');
    ctx.host.name = 'Rossi & Figli <S.r.l.> "Sport"';
    ctx.internship.goals = 'Usare i modelli {{tirocinante_nome}}';
    const tpl = await template(['{{ospitante_denominazione}}', '{{obiettivi}}']);
    const text = await fill(tpl, ctx);
    expect(text).toContain('Rossi & Figli <S.r.l.> "Sport"');
    expect(text).toContain('Usare i modelli { {tirocinante_nome}}');
    expect(text).not.toContain('Giulia');
  });

  it('keeps the schedule table with a row of dashes when the file has no schedule yet', async () => {
    const tpl = await template([table(['Giorno', 'Ore'], ['{{orario.giorno}}', '{{orario.ore}}']), 'Tutor ospitante: {{tutor_ospitante_nome}}']);
    const text = await fill(tpl, contextWithMissingData('pfi'));
    expect(text).toBe('Giorno\nOre\n—\n—\nTutor ospitante: —');
  });

  it('refuses to fill a template with an unknown field, with the same message as on upload', async () => {
    const tpl = await template(['{{nome_tirocinante}}']);
    const error = await fillTemplate(tpl, sampleDocumentContext('pfi')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Il modello usa un segnaposto sconosciuto: {{nome_tirocinante}}. Usa solo i campi elencati.' });
  });

  it('refuses to fill a registro template for another kind of document', async () => {
    const tpl = await template([table(['Data'], ['{{giorni.data}}'])]);
    await expect(fillTemplate(tpl, sampleDocumentContext('pfi'))).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('{{giorni.data}}') });
  });
});

describe('reading an uploaded template', () => {
  it('lists the fields it uses, in the order first met', async () => {
    const tpl = await template(['{{data_documento}}', '{{tirocinante_nome}} {{data_documento}}', table(['G'], ['{{orario.giorno}}'])], { header: '{{promotore_denominazione}}' });
    const reading = await readTemplate(tpl, 'pfi');
    expect(reading.ok).toBe(true);
    if (reading.ok) expect([...reading.placeholders].sort()).toEqual(['data_documento', 'orario.giorno', 'promotore_denominazione', 'tirocinante_nome']);
  });

  it('refuses unknown placeholders, naming every one', async () => {
    const tpl = await template(['Il tirocinante {{nome_tirocinant}}, codice fiscale {{cf}}, nato il {{tirocinante_data_nascita}}']);
    expect(await readTemplate(tpl, 'pfi')).toEqual({
      ok: false,
      message: 'Il modello usa segnaposto sconosciuti: {{nome_tirocinant}}, {{cf}}. Usa solo i campi elencati.',
      problems: [{ reason: 'unknown', placeholders: ['nome_tirocinant', 'cf'], message: 'Il modello usa segnaposto sconosciuti: {{nome_tirocinant}}, {{cf}}. Usa solo i campi elencati.' }],
    });
  });

  it('suggests the field meant by a typo, a capital or a space', async () => {
    const tpl = await template(['{{tirocinante_nom}} {{Data_Inizio}} {{ospitante denominazione}}']);
    const reading = await readTemplate(tpl, 'convenzione');
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message).toBe(
        'Il modello usa segnaposto sconosciuti: {{tirocinante_nom}} (forse {{tirocinante_nome}}?), {{Data_Inizio}} (forse {{data_inizio}}?), {{ospitante denominazione}} (forse {{ospitante_denominazione}}?). Usa solo i campi elencati.',
      );
    }
  });

  it('refuses a field of another document, saying where it can be used', async () => {
    const tpl = await template(['{{registro_mese}}', table(['Data'], ['{{giorni.data}}'])]);
    const reading = await readTemplate(tpl, 'convenzione');
    expect(reading).toMatchObject({
      ok: false,
      message: 'Questi campi non si possono usare nel modello «Convenzione di tirocinio»: {{registro_mese}} (solo Registro presenze), {{giorni.data}} (solo Registro presenze).',
    });
    expect(await readTemplate(tpl, 'registro')).toMatchObject({ ok: true });
  });

  it('refuses a row field written outside a table row', async () => {
    const tpl = await template(['Giorni: {{orario.giorno}} per {{orario.ore}} ore']);
    expect(await readTemplate(tpl, 'pfi')).toMatchObject({
      ok: false,
      message: 'I campi {{orario.giorno}}, {{orario.ore}} vanno scritti nelle celle di una riga di tabella, che si ripete per ogni giorno dell’orario settimanale.',
      problems: [{ reason: 'misplaced', placeholders: ['orario.giorno', 'orario.ore'] }],
    });
  });

  it('refuses braces that open no placeholder', async () => {
    const tpl = await template(['Firma {{ ', 'Vuoto {{}} qui']);
    const reading = await readTemplate(tpl, 'pfi');
    expect(reading).toMatchObject({ ok: false, problems: [{ reason: 'stray' }] });
    if (!reading.ok) expect(reading.message).toMatch(/^Il modello contiene «\{\{» che non apre un segnaposto valido: «Firma \{\{», «Vuoto \{\{\}\} qui»/);
  });

  it('accepts a fixed text without placeholders, with a warning', async () => {
    const tpl = await template(['Informativa sul trattamento dei dati personali.']);
    expect(await readTemplate(tpl, 'informativa')).toEqual({ ok: true, placeholders: [], warnings: [NO_PLACEHOLDER_WARNING] });
    expect(await fill(tpl, sampleDocumentContext('informativa'))).toBe('Informativa sul trattamento dei dati personali.');
  });

  describe('refuses a file that is not a .docx, saying what to do', () => {
    const docxRefusal = 'Il file non è un documento Word (.docx): aprilo in Word e salvalo come «Documento di Word (.docx)».';

    it.each([
      ['a text file', strToU8('{{tirocinante_nome}}'), docxRefusal],
      ['a PDF', strToU8('%PDF-1.7\n…'), docxRefusal],
      ['an empty file', new Uint8Array(), 'Il file è vuoto.'],
      ['a Word 97-2003 or password-protected file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), expect.stringContaining('Word 97-2003 (.doc) o è protetto da password')],
      ['a zip that is not a Word document', zipSync({ 'ciao.txt': strToU8('ciao') }), docxRefusal],
    ])('%s', async (_name, bytes, message) => {
      expect(await readTemplate(bytes, 'pfi')).toMatchObject({ ok: false, message, problems: [{ reason: 'file' }] });
    });

    it('a truncated .docx', async () => {
      const tpl = await template(['{{tirocinante_nome}}']);
      expect(await readTemplate(tpl.slice(0, tpl.length / 2), 'pfi')).toMatchObject({ ok: false, message: expect.stringContaining('danneggiato') });
    });

    it('a Word template (.dotx) or a macro file (.docm)', async () => {
      const tpl = await template(['{{tirocinante_nome}}']);
      const retyped = (type: string) => {
        const files = unzipSync(tpl);
        files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']!).replace('wordprocessingml.document.main+xml', type));
        return zipSync(files);
      };
      expect(await readTemplate(retyped('wordprocessingml.template.main+xml'), 'pfi')).toMatchObject({ ok: false, message: expect.stringContaining('modello di Word (.dotx)') });
      const macro = unzipSync(tpl);
      macro['[Content_Types].xml'] = strToU8(
        strFromU8(macro['[Content_Types].xml']!).replace('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.ms-word.document.macroEnabled.main+xml'),
      );
      expect(await readTemplate(zipSync(macro), 'pfi')).toMatchObject({ ok: false, message: expect.stringContaining('macro (.docm)') });
    });

    it('and refuses to fill it with the same message', async () => {
      await expect(fillTemplate(strToU8('non un docx'), sampleDocumentContext('pfi'))).rejects.toMatchObject({ code: 'VALIDATION', message: docxRefusal });
    });
  });
});
