/**
 * «Report» on a real SQLite file: a small desk with known needs, proposals, files, outcomes,
 * funding and closed months across two committees and provinces, every figure asserted exactly;
 * an operator reads the protected categories folded into one row (decision 0026); the monitoring
 * workbook read back with exceljs (typed cells, the figures, the per-office sheet at a regional
 * office) and its audit line.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Internship, InternshipInput } from '@shared/api/internships';
import { FOLDED_CATEGORIES_ROW, REPORT_JOB_EVENT, type ReportInput, type ReportJob } from '@shared/api/reports';
import { TARGET_CATEGORY_LABELS } from '@shared/domain/person';
import { addDays } from '@shared/rules/calendar';
import { createHarness } from '../../../../tests/support/core-harness';
import { associationInput, candidateInput, fullAssociationInput, internshipInput, needInput } from '../../../../tests/support/fixtures';
import { waiveSigning } from '../../../../tests/support/signing';
import { endedJob, jobFile } from '../../../../tests/support/finished-job';

const h = createHarness({ now: () => new Date('2026-12-15T10:00:00Z') });
const YEAR: ReportInput = { from: '2026-01-01', to: '2026-12-31' };
let op: string;
let coord: string;
let opId: string;
const OTHER_OFFICE = '0190a1b2-0000-7000-8000-0000000000ee';

/** A file taken from draft to running (signatures waived), then to its end when one is given. */
async function file(candidateId: string, associationId: string, fields: Partial<InternshipInput>, end?: { to: 'concluso' | 'interrotto'; on: string; outcome?: 'assunto_ente' | 'assunto_altrove' | 'senza_assunzione' }): Promise<Internship> {
  const draft = await h.ok('internships.create', internshipInput(candidateId, associationId, fields), coord);
  const signing = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, coord);
  await waiveSigning(h, draft.id, coord);
  const notice = addDays(fields.startDate!, -3);
  let running = await h.ok('internships.transition', { id: draft.id, hlc: signing.hlc, to: 'attivo', noticeDate: notice, noticeNumber: `UNILAV ${draft.number}` }, coord);
  if (!end) return running;
  running = await h.ok(
    'internships.transition',
    end.to === 'concluso'
      ? { id: draft.id, hlc: running.hlc, to: 'concluso', outcome: end.outcome, actualEndDate: end.on }
      : { id: draft.id, hlc: running.hlc, to: 'interrotto', interruptedBy: 'tirocinante', interruptionReason: 'Ha trovato un lavoro stagionale', actualEndDate: end.on },
    coord,
  );
  return running;
}

/** Enters the month's hours (more than 70% of the planned ones: the whole allowance) and closes it. */
async function closedMonth(id: string, month: string, attendedHours: number) {
  await h.ok('internships.setAttendance', { id, month, attendedHours }, coord);
  return h.ok('internships.closeMonth', { id, month }, coord);
}

const files: Record<string, Internship> = {};

beforeAll(async () => {
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  const admin = await h.sessionAs('amministratore');
  opId = (await h.ok('operators.list', {}, admin)).find((o) => o.username === 'operatore')!.id;

  // Two committees in two provinces; a third association only had a need before the period.
  const torino = await h.ok('associations.create', fullAssociationInput({ name: 'ASD Torino', committee: 'Comitato Provinciale Torino', province: 'TO', employees: 3 }), coord);
  const cuneo = await h.ok('associations.create', associationInput({ name: 'APS Cuneo', committee: 'Comitato Provinciale Cuneo', province: 'CN', comune: 'Cuneo', employees: 0 }), coord);
  const asti = await h.ok('associations.create', associationInput({ name: 'ODV Asti', province: 'AT', comune: 'Asti', employees: 0 }), coord);

  const neet = await h.ok('candidates.create', candidateInput({ lastName: 'Neri', targetCategory: 'neet' }), coord);
  const unemployed = await h.ok('candidates.create', candidateInput({ lastName: 'Bassi', targetCategory: 'disoccupato' }), coord);
  const disabled = await h.ok('candidates.create', candidateInput({ lastName: 'Dori', targetCategory: 'disabile', specialLegalBasis: 'art9_2b' }), coord);
  const cared = await h.ok('candidates.create', candidateInput({ lastName: 'Sala', targetCategory: 'servizi', specialLegalBasis: 'art9_2b' }), coord);
  const late = await h.ok('candidates.create', candidateInput({ lastName: 'Lanza', targetCategory: 'disoccupato' }), coord);
  const running = await h.ok('candidates.create', candidateInput({ lastName: 'Riva' }), coord);

  // Needs: two in the period (one the operator's, covered), one before it.
  const covered = await h.ok('needs.create', needInput(torino.id, { title: 'Segreteria', receivedOn: '2026-02-10', operatorId: opId }), coord);
  await h.ok('needs.create', needInput(cuneo.id, { title: 'Custode', receivedOn: '2026-03-05' }), coord);
  await h.ok('needs.create', needInput(asti.id, { title: 'Animatore', receivedOn: '2025-11-02' }), coord);
  const proposed = await h.ok('matches.propose', { needId: covered.id, candidateIds: [neet.id, unemployed.id] }, coord);
  const accepted = await h.ok('matches.transition', { id: proposed[0]!.id, hlc: proposed[0]!.hlc, to: 'accettato' }, coord);
  expect(accepted.status).toBe('accettato');
  const need = await h.ok('needs.get', { id: covered.id }, coord);
  await h.ok('needs.transition', { id: need.id, hlc: need.hlc, to: 'coperto' }, coord);

  const mine = { promoterTutorId: opId };
  files.f1 = await file(neet.id, torino.id, { ...mine, startDate: '2026-02-02', plannedEndDate: '2026-07-31' }, { to: 'concluso', on: '2026-07-31', outcome: 'assunto_ente' });
  files.f2 = await file(unemployed.id, torino.id, { ...mine, startDate: '2026-03-02', plannedEndDate: '2026-08-31' }, { to: 'concluso', on: '2026-08-31', outcome: 'senza_assunzione' });
  const misto = { kind: 'misto' as const, projectName: 'GOL', hostMonthlyCents: 20000, projectMonthlyCents: 25000 };
  files.f3 = await file(disabled.id, cuneo.id, { type: 'inserimento', startDate: '2026-04-01', plannedEndDate: '2026-09-30', funding: misto }, { to: 'concluso', on: '2026-09-30', outcome: 'assunto_altrove' });
  files.f4 = await file(cared.id, cuneo.id, { type: 'inserimento', startDate: '2026-10-01', plannedEndDate: '2027-03-31', funding: { kind: 'progetto', projectName: 'Fondo Regionale Disabili' } }, { to: 'interrotto', on: '2026-11-13' });
  files.f5 = await file(late.id, torino.id, { startDate: '2025-09-01', plannedEndDate: '2026-01-31' }, { to: 'concluso', on: '2026-01-30', outcome: 'senza_assunzione' });
  files.f6 = await file(running.id, torino.id, { startDate: '2026-11-02', plannedEndDate: '2027-04-30' });
  // A draft with a start in the period has not started.
  await h.ok('internships.create', internshipInput(running.id, asti.id, { startDate: '2026-05-04', plannedEndDate: '2026-10-30' }), coord);

  await closedMonth(files.f1.id, '2026-03', 130);
  await closedMonth(files.f3.id, '2026-04', 130);
  await closedMonth(files.f4.id, '2026-10', 130);
  // Entered, not closed: counted as a month still open, not in the amounts.
  await h.ok('internships.setAttendance', { id: files.f6.id, month: '2026-11', attendedHours: 100 }, coord);
});
afterAll(() => h.dispose());

describe('the protocol’s figures', () => {
  it('counts each figure of the year exactly', async () => {
    const r = await h.ok('reports.figures', YEAR, coord);
    expect(r.protocol).toEqual({ associations: 2, hostsWithoutEmployees: 1, needsReceived: 2, peopleProposed: 2, started: 5, hired: 2 });
    expect(r.months.map((m) => [m.month, m.started, m.ended]).filter(([, s, e]) => s || e)).toEqual([
      ['2026-01', 0, 1],
      ['2026-02', 1, 0],
      ['2026-03', 1, 0],
      ['2026-04', 1, 0],
      ['2026-07', 0, 1],
      ['2026-08', 0, 1],
      ['2026-09', 0, 1],
      ['2026-10', 1, 0],
      ['2026-11', 1, 1],
    ]);
    expect(r.months).toHaveLength(12);
    expect(r.endedTotal).toBe(5);
    expect(r.outcomes.map((o) => [o.key, o.count, o.percent])).toEqual([
      ['assunto_ente', 1, 20],
      ['assunto_altrove', 1, 20],
      ['senza_assunzione', 2, 40],
      ['interrotto', 1, 20],
    ]);
    expect(r.committees).toEqual([
      { committee: 'Comitato Provinciale Cuneo', province: 'CN', needs: 1, started: 2, ended: 2, hired: 1 },
      { committee: 'Comitato Provinciale Torino', province: 'TO', needs: 1, started: 3, ended: 3, hired: 1 },
    ]);
    expect(r.needs).toEqual({ received: 2, covered: 1, open: 1, closedWithout: 0 });
    expect(r.needsByMonth.filter((m) => m.received > 0)).toEqual([
      { month: '2026-02', label: 'febbraio 2026', received: 1, covered: 1 },
      { month: '2026-03', label: 'marzo 2026', received: 1, covered: 0 },
    ]);
    expect(r.types.map((t) => [t.key, t.started, t.ended, t.hired])).toEqual([
      ['formativo', 3, 3, 1],
      ['inserimento', 2, 2, 1],
    ]);
    // Three closed months at 450 € each: two paid by the host (one of them 200 € of a mixed funding), the rest by projects.
    expect(r.allowance).toMatchObject({ closedMonths: 3, openMonths: 1, dueCents: 135000, hostCents: 65000, projectCents: 70000, attendedCentiHours: 39000 });
  });

  it('shows a coordinator every category, each in its row', async () => {
    const r = await h.ok('reports.figures', YEAR, coord);
    expect(r.categoriesFolded).toBe(false);
    expect(r.categories.map((c) => [c.label, c.started, c.ended, c.hired])).toEqual([
      [TARGET_CATEGORY_LABELS.disoccupato, 1, 2, 0],
      [TARGET_CATEGORY_LABELS.disabile, 1, 1, 1],
      [TARGET_CATEGORY_LABELS.neet, 1, 1, 1],
      [TARGET_CATEGORY_LABELS.servizi, 1, 1, 0],
      ['Categoria non indicata', 1, 0, 0],
    ]);
  });

  it('shows an operator the protected categories folded into one row, never which', async () => {
    const r = await h.ok('reports.figures', YEAR, op);
    expect(r.categoriesFolded).toBe(true);
    expect(r.categories.map((c) => [c.key, c.label, c.started, c.ended, c.hired])).toEqual([
      ['tutelate', FOLDED_CATEGORIES_ROW, 2, 2, 1],
      ['disoccupato', TARGET_CATEGORY_LABELS.disoccupato, 1, 2, 0],
      ['neet', TARGET_CATEGORY_LABELS.neet, 1, 1, 1],
      ['', 'Categoria non indicata', 1, 0, 0],
    ]);
    const text = JSON.stringify(r);
    for (const c of ['disabile', 'servizi']) expect(text).not.toContain(`"${c}"`);
    expect(text).not.toContain(TARGET_CATEGORY_LABELS.disabile);
    // Everything else is the same as the coordinator's.
    const theirs = await h.ok('reports.figures', YEAR, coord);
    expect({ ...r, categories: [], categoriesFolded: false }).toEqual({ ...theirs, categories: [] });
  });

  it('narrows to one operator: their needs, the proposals to them, the files they follow', async () => {
    const r = await h.ok('reports.figures', { ...YEAR, operatorId: opId }, coord);
    expect(r.operatorLabel).toBe('Utente operatore');
    expect(r.protocol).toEqual({ associations: 1, hostsWithoutEmployees: 0, needsReceived: 1, peopleProposed: 2, started: 2, hired: 1 });
    expect(r.allowance).toMatchObject({ closedMonths: 1, hostCents: 45000, projectCents: 0 });
  });

  it('narrows to a shorter period and refuses one that ends before it starts', async () => {
    const r = await h.ok('reports.figures', { from: '2026-09-15', to: '2026-10-31' }, coord);
    // Running in the period: the Cuneo files (the one without employees) and the one started in November is not.
    expect(r.protocol).toMatchObject({ associations: 1, hostsWithoutEmployees: 1, started: 1, hired: 1, needsReceived: 0 });
    expect(r.months.map((m) => m.month)).toEqual(['2026-09', '2026-10']);
    const refused = await h.call('reports.figures', { from: '2026-10-01', to: '2026-09-01' }, coord);
    expect(refused.ok).toBe(false);
  });
});

async function monitoring(session: string, input: ReportInput = YEAR): Promise<{ job: ReportJob; workbook: ExcelJS.Workbook }> {
  const job = await endedJob(h, REPORT_JOB_EVENT, () => h.ok('reports.monitoring', input, session));
  expect(job.state, job.error ?? '').toBe('completato');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await jobFile((offset) => h.ok('reports.downloadChunk', { id: job.id, offset }, session))) as unknown as ExcelJS.Buffer);
  return { job, workbook };
}

/** A sheet's rows as header → cell value. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push(Object.fromEntries(headers.map((name, i) => [name, sheet.getRow(r).getCell(i + 1).value])));
  return rows;
}

describe('the monitoring workbook', () => {
  it('has one sheet per breakdown, typed cells, frozen headers and the figures of the page', async () => {
    const { job, workbook } = await monitoring(coord);
    expect(job.result).toMatchObject({ fileName: 'report-monitoraggio-2026-01-01-2026-12-31.xlsx', sheets: 9 });
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Protocollo',
      'Avvii e fine per mese',
      'Per tipo',
      'Per categoria',
      'Esiti',
      'Per comitato e provincia',
      'Fabbisogni',
      'Ore e indennità',
      'Parametri',
    ]);
    const protocol = workbook.getWorksheet('Protocollo')!;
    expect(protocol.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(protocol.getRow(1).font?.bold).toBe(true);
    expect(protocol.getColumn(1).width).toBe(40);
    expect(rowsOf(protocol).map((r) => [r.Voce, r.Numero])).toEqual([
      ['Associazioni coinvolte', 2],
      ['Ospitanti senza dipendenti (protocollo)', 1],
      ['Fabbisogni ricevuti', 2],
      ['Persone proposte', 2],
      ['Tirocini avviati', 5],
      ['Persone assunte dopo il tirocinio', 2],
    ]);
    expect(rowsOf(workbook.getWorksheet('Esiti')!).map((r) => [r.Esito, r.Tirocini, r['Percentuale sui finiti (%)']])).toEqual([
      ['Assunto dall’ospitante', 1, 20],
      ['Assunto altrove', 1, 20],
      ['Non assunto', 2, 40],
      ['Interrotto', 1, 20],
    ]);
    expect(rowsOf(workbook.getWorksheet('Per comitato e provincia')!)[1]).toEqual({
      'Comitato AICS': 'Comitato Provinciale Torino',
      Provincia: 'TO',
      'Fabbisogni ricevuti': 1,
      'Tirocini avviati': 3,
      'Tirocini finiti': 3,
      'Finiti con assunzione': 1,
    });
    const money = workbook.getWorksheet('Ore e indennità')!;
    const april = rowsOf(money).find((r) => r.Mese === 'aprile 2026')!;
    expect(april).toMatchObject({ 'Ore svolte': 130, 'Indennità dovuta': 450, 'Pagata dall’ospitante': 200, 'Pagata dai progetti Exar': 250, 'Mesi non ancora chiusi': 0 });
    expect(money.getRow(2).getCell(5).numFmt).toBe('€ #,##0.00');
    const params = workbook.getWorksheet('Parametri')!;
    expect(params.getRow(2).getCell(1).value).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(params.getRow(2).getCell(1).numFmt).toBe('dd/mm/yyyy');
  });

  it('folds the protected categories in an operator’s workbook', async () => {
    const { workbook } = await monitoring(op);
    const labels = rowsOf(workbook.getWorksheet('Per categoria')!).map((r) => r['Categoria di destinatari']);
    expect(labels).toEqual([FOLDED_CATEGORIES_ROW, TARGET_CATEGORY_LABELS.disoccupato, TARGET_CATEGORY_LABELS.neet, 'Categoria non indicata']);
  });

  it('is audited with the period and whose figures, under «Esportazioni»', async () => {
    await monitoring(coord, { ...YEAR, operatorId: opId });
    const found = await h.ok('audit.search', { kind: 'esportazioni', page: 1, pageSize: 50 }, coord);
    const line = found.items.find((r) => r.summary.startsWith('Report di monitoraggio') && r.summary.includes('Utente operatore'))!;
    expect(line.operatorName).toBe('Utente coordinatore');
    expect(line.action).toBe('Esportazione');
    expect(line.summary).toBe('Report di monitoraggio in Excel: 9 fogli; periodo: dal 01/01/2026 al 31/12/2026, operatore: Utente operatore, sportello: tutti gli sportelli');
  });

  it('at a regional office, adds the figures of each office and their total', async () => {
    // A second office's record, as a merge leaves it: the Cuneo files were created there.
    const sqlite = h.core.state.database.sqlite;
    const local = sqlite.prepare('SELECT * FROM sites WHERE is_local = 1').get() as Record<string, unknown>;
    sqlite.prepare('INSERT INTO sites (id, site_id, created_at, updated_at, updated_by, hlc, is_local, name, code, kind, promoter_name, promoter_tax_code) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)')
      .run(OTHER_OFFICE, OTHER_OFFICE, local.created_at, local.updated_at, 'test', local.hlc, 'Sportello Cuneo', 'CN01', 'sportello', local.promoter_name, local.promoter_tax_code);
    sqlite.prepare('UPDATE internships SET site_id = ? WHERE id IN (?, ?)').run(OTHER_OFFICE, files.f3!.id, files.f4!.id);
    const { workbook } = await monitoring(coord);
    const offices = rowsOf(workbook.getWorksheet('Per sportello')!);
    expect(offices.map((r) => [r.Sportello, r['Tirocini avviati'], r['Tirocini finiti'], r['Pagata dai progetti Exar']])).toEqual([
      [expect.stringMatching(/ · /), 3, 3, 0],
      ['CN01 · Sportello Cuneo', 2, 2, 700],
      ['Totale', 5, 5, 700],
    ]);
    const cuneo = await h.ok('reports.figures', { ...YEAR, site: OTHER_OFFICE }, coord);
    expect(cuneo.officeLabel).toBe('CN01 · Sportello Cuneo');
    expect(cuneo.protocol).toMatchObject({ started: 2, hostsWithoutEmployees: 1 });
  });
});
