/**
 * List exports on a real data folder, read back as Excel and the desk would: typed cells (a date is
 * a Date shown dd/mm/yyyy, an amount a number shown in euro), the frozen header and its autofilter,
 * only the rows the filters select, the protected category masked for an operator and in the clear
 * for a coordinator; the CSV for Italian Excel; cancelling; the audit line; the job's owner.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTRICTED_LABEL, TARGET_CATEGORY_LABELS, PROTECTED_CATEGORIES_LABEL, type Candidate } from '@shared/api/candidates';
import type { MethodInput } from '@shared/api/contract';
import { LIST_EXPORT_JOB_EVENT, type ListExportJob } from '@shared/api/exports';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { associationInput, candidateInput, internshipInput, needInput } from '../../../../tests/support/fixtures';
import { endedJob, jobFile } from '../../../../tests/support/finished-job';
import { writeCtxOf } from '../../api/service-ctx';
import { text, type Column } from './columns';
import { cancelListExport, LIST_EXPORTS_FOLDER, startListExport } from './exports';
import type { ExportSource } from './source';

let h: Harness;
let op: string;
let coord: string;
let disabled: Candidate;

type StartMethod = 'exports.candidates' | 'exports.associations' | 'exports.needs' | 'exports.internships';

/** Waits for the job's end through its pushed events, then fetches the file in pieces as the page does. */
async function exported<M extends StartMethod>(method: M, input: MethodInput<M>, session: string): Promise<{ job: ListExportJob; bytes: Buffer }> {
  const job = await endedJob(h, LIST_EXPORT_JOB_EVENT, async () => (await h.ok(method, input, session)) as ListExportJob);
  expect(job.state, job.error ?? '').toBe('completato');
  return { job, bytes: await jobFile((offset) => h.ok('exports.downloadChunk', { id: job.id, offset }, session)) };
}

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}

/** The cells of the row, by the header's names. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.Cell>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.Cell>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Object.fromEntries(headers.map((name, i) => [name, row.getCell(i + 1)])));
  }
  return rows;
}

/** A CSV as Italian Excel reads it: ';' between cells, quotes around those that need them. */
function parseCsv(textIn: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < textIn.length; i++) {
    const ch = textIn[i]!;
    if (quoted && ch === '"' && textIn[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== ';' && ch !== '\r')) {
      cell += ch;
    } else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (textIn[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

beforeAll(async () => {
  h = createHarness({ now: () => new Date('2026-12-01T10:00:00Z') });
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  await h.ok('candidates.create', candidateInput({ lastName: 'Aletti', firstName: 'Anna', birthDate: '1990-03-15', resProvince: 'TO', resComune: 'Torino' }), coord);
  await h.ok('candidates.create', candidateInput({ lastName: 'Brambilla', firstName: 'Bruno', resProvince: 'MI', resComune: 'Milano' }), coord);
  disabled = await h.ok('candidates.create', candidateInput({ lastName: 'Costa', firstName: 'Carla', resProvince: 'TO', resComune: 'Torino', targetCategory: 'disabile', specialLegalBasis: 'art9_2b' }), coord);
  await h.ok('candidates.updateSpecial', { id: disabled.id, hlc: null, data: { disabilityPercent: 67, healthNotes: null, socialServicesCare: true, socialServicesNotes: null } }, coord);
});

afterAll(() => h.dispose());

describe('Excel', () => {
  it('holds only the filtered rows, with typed cells, the header frozen and filtered, as a coordinator sees them', async () => {
    const { job, bytes } = await exported('exports.candidates', { format: 'xlsx', filters: { province: 'TO' } }, coord);
    expect(job.total).toBe(2);
    expect(job.result).toMatchObject({ rows: 2, fileName: expect.stringMatching(/^candidati-2026-12-01-\d{4}\.xlsx$/) });
    const sheet = await sheetOf(bytes);
    expect(sheet.name).toBe('Candidati');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(String(sheet.autoFilter)).toMatch(/^A1:[A-Z]+1$/);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const rows = rowsOf(sheet);
    expect(rows.map((r) => r.Cognome!.value)).toEqual(['Aletti', 'Costa']);
    const anna = rows[0]!;
    expect(anna['Data di nascita']!.value).toBeInstanceOf(Date);
    expect((anna['Data di nascita']!.value as Date).toISOString().slice(0, 10)).toBe('1990-03-15');
    expect(anna['Data di nascita']!.numFmt).toBe('dd/mm/yyyy');
    expect(anna['Età']!.value).toBe(36);
    expect(sheet.getColumn(1).width).toBeGreaterThan(10);
    // The coordinator holds candidates.special: the category in the clear and the special columns.
    const carla = rows[1]!;
    expect(carla.Categoria!.value).toBe(TARGET_CATEGORY_LABELS.disabile);
    expect(carla['Invalidità (%)']!.value).toBe(67);
    expect(carla['In carico ai servizi sociali']!.value).toBe('Sì');
  });

  it('masks the protected category for an operator, as the list does, and has no special column', async () => {
    const { bytes } = await exported('exports.candidates', { format: 'xlsx', filters: { province: 'TO' } }, op);
    const sheet = await sheetOf(bytes);
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    expect(headers).not.toContain('Invalidità (%)');
    expect(headers).not.toContain('In carico ai servizi sociali');
    const carla = rowsOf(sheet).find((r) => r.Cognome!.value === 'Costa')!;
    expect(carla.Categoria!.value).toBe(RESTRICTED_LABEL);
    const everything = JSON.stringify(sheet.getSheetValues());
    expect(everything).not.toContain(TARGET_CATEGORY_LABELS.disabile);
    expect(everything).not.toContain('"disabile"');
  });

  it('refuses an operator the filter by a protected category, as candidates.list does', async () => {
    const refused = await h.call('exports.candidates', { format: 'xlsx', filters: { targetCategory: 'disabile' } }, op);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
  });

  it('writes an allowance as a number in euro, and dates of the file as dates', async () => {
    const host = await h.ok('associations.create', associationInput({ name: 'Polisportiva Excel' }), coord);
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Durante' }), coord);
    await h.ok('internships.create', internshipInput(person.id, host.id), coord);
    const { bytes } = await exported('exports.internships', { format: 'xlsx', filters: { query: 'durante' } }, op);
    const [file] = rowsOf(await sheetOf(bytes));
    expect(file!['Indennità mensile']!.value).toBe(450);
    expect(file!['Indennità mensile']!.numFmt).toBe('€ #,##0.00');
    expect(file!.Inizio!.value).toBeInstanceOf(Date);
  });

  it('folds the protected categories of a need for an operator', async () => {
    const host = await h.ok('associations.create', associationInput({ name: 'Circolo Fabbisogni' }), coord);
    await h.ok('needs.create', needInput(host.id, { title: 'Magazziniere protetto', categories: ['disabile', 'neet'] }), coord);
    const asOperator = rowsOf(await sheetOf((await exported('exports.needs', { format: 'xlsx', filters: { query: 'magazziniere' } }, op)).bytes));
    expect(asOperator[0]!.Categorie!.value).toBe(`${TARGET_CATEGORY_LABELS.neet}, ${PROTECTED_CATEGORIES_LABEL}`);
    const asCoordinator = rowsOf(await sheetOf((await exported('exports.needs', { format: 'xlsx', filters: { query: 'magazziniere' } }, coord)).bytes));
    expect(asCoordinator[0]!.Categorie!.value).toBe(`${TARGET_CATEGORY_LABELS.disabile}, ${TARGET_CATEGORY_LABELS.neet}`);
  });
});

describe('CSV for Italian Excel', () => {
  it('starts with the BOM, separates with ";", and keeps a value with ";", quotes and a leading "=" as harmless text', async () => {
    const tricky = '=Polisportiva "La Rocca"; Torino';
    await h.ok('associations.create', associationInput({ name: tricky, province: 'AT', comune: 'Asti' }), coord);
    const { bytes } = await exported('exports.associations', { format: 'csv', filters: { province: 'AT' } }, op);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const textOut = bytes.toString('utf8').slice(1);
    expect(textOut.split('\r\n')[0]).toBe('Denominazione;Forma giuridica;Codice fiscale;Comitato AICS;Indirizzo;Comune;Provincia;Referente;Telefono;Email;Dipendenti;Sportello;Aggiornata il');
    const [header, row, ...rest] = parseCsv(textOut);
    expect(rest).toEqual([]);
    const cell = (name: string) => row![header!.indexOf(name)];
    // The apostrophe keeps Excel from running it as a formula; the text is otherwise whole.
    expect(cell('Denominazione')).toBe(`'${tricky}`);
    expect(cell('Provincia')).toBe('AT');
    expect(cell('Aggiornata il')).toBe('01/12/2026');
  });

  it('writes euro with a decimal comma and days as dd/mm/yyyy', async () => {
    const { bytes } = await exported('exports.internships', { format: 'csv', filters: { query: 'durante' } }, coord);
    const [header, row] = parseCsv(bytes.toString('utf8').slice(1));
    expect(row![header!.indexOf('Indennità mensile')]).toBe('450,00');
    expect(row![header!.indexOf('Inizio')]).toBe('11/01/2027');
  });
});

describe('the job', () => {
  it('is followed and fetched only by the operator who started it', async () => {
    const { job } = await exported('exports.candidates', { format: 'csv', filters: {} }, coord);
    for (const method of ['exports.job', 'exports.cancelJob'] as const) {
      const other = await h.call(method, { id: job.id }, op);
      expect(other.ok ? 'ok' : other.error.code).toBe('NOT_FOUND');
    }
    const chunk = await h.call('exports.downloadChunk', { id: job.id, offset: 0 }, op);
    expect(chunk.ok ? 'ok' : chunk.error.code).toBe('NOT_FOUND');
  });

  it('writes the audit line: who, which list, the filters in words, how many rows, the format', async () => {
    await exported('exports.candidates', { format: 'xlsx', filters: { province: 'TO', query: 'costa' } }, op);
    const found = await h.ok('audit.search', { kind: 'esportazioni', page: 1, pageSize: 50 }, coord);
    const line = found.items.find((r) => r.summary.includes('ricerca «costa»'))!;
    expect(line.operatorName).toBe('Utente operatore');
    expect(line.action).toBe('Esportazione');
    expect(line.summary).toBe('Elenco candidati in Excel: 1 riga; filtri: ricerca «costa», provincia: TO');
  });

  it('cancelled, leaves no file and no audit line', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => i + 1);
    const source: ExportSource<null, number> = {
      list: 'candidates',
      sheet: 'Prova',
      fileStem: 'prova',
      selection: () => many,
      rows: (_ctx, rowids) => [...rowids],
      columns: (): Column<number>[] => [text('Numero', 10, (n) => String(n))],
      filtersInWords: () => [],
    };
    const ctx = writeCtxOf(h.core.state, { id: 'annullatore', name: 'Chi annulla' });
    const auditBefore = h.core.state.database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const outcome = new Promise<ListExportJob>((resolve) => {
      const stop = h.core.onEvent((event) => {
        const view = event.payload as ListExportJob;
        if (event.type !== LIST_EXPORT_JOB_EVENT || view.label !== 'Elenco candidati in Excel') return;
        // At the first page written: «Annulla».
        if (view.state === 'in_corso') cancelListExport(ctx, view.id);
        else {
          stop();
          resolve(view);
        }
      });
    });
    const job = startListExport(ctx, { events: h.core.state.events, log: h.log, seesSpecial: false }, source, { format: 'xlsx', filters: null });
    const ended = await outcome;
    expect(ended.id).toBe(job.id);
    expect(ended.state).toBe('annullato');
    expect(ended.done).toBeLessThan(5000);
    const folder = join(h.dataDir, LIST_EXPORTS_FOLDER);
    expect(existsSync(folder) ? readdirSync(folder).filter((f) => f.startsWith(job.id)) : []).toEqual([]);
    expect(h.core.state.database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
  });
});
