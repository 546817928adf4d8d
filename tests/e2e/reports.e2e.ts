/**
 * «Report» in a real browser, as a coordinator: the menu opens the page on a period holding a
 * few known files, needs and a closed month; the protocol's figures are on the cards, the charts
 * are drawn, a chart is saved as a PNG picture, and «Scarica il report (Excel)» downloads the
 * monitoring workbook, read back here with its sheets and numbers.
 *
 * Dates are computed from today, so the story is always the same distance in the past.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput, needInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';
import { addDaysIso, addMonthsMinusDay, firstOfMonthsAgo, romeToday } from './support/dates';

const COORDINATOR = { username: 'lneri', password: 'password-coordina-7', fullName: 'Luca Neri' };

test.describe.serial('«Report», the protocol’s figures', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;
  const from = firstOfMonthsAgo(11);
  const to = romeToday();

  type File = { id: string; hlc: string };
  async function running(candidateId: string, hostId: string, start: string, end: string): Promise<File> {
    const call = (method: string, input: unknown) => callApi(desk.host.url, method, input, admin) as Promise<File>;
    const draft = await call('internships.create', internshipInput(candidateId, hostId, { startDate: start, plannedEndDate: end }));
    const signing = await call('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' });
    await call('documents.waiveSignatures', { internshipId: signing.id, reason: 'Firme raccolte su carta, scansioni in arrivo' });
    return call('internships.transition', { id: signing.id, hlc: signing.hlc, to: 'attivo', noticeDate: addDaysIso(start, -2), noticeNumber: `UNILAV ${start}` });
  }

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...COORDINATOR, role: 'coordinatore', passwordConfirm: COORDINATOR.password }, admin);
    const torino = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Report Torino', committee: 'Comitato Provinciale Torino', employees: 3 }), admin)) as { id: string };
    const cuneo = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'APS Report Cuneo', committee: 'Comitato Provinciale Cuneo', province: 'CN', comune: 'Cuneo', employees: 0 }), admin)) as { id: string };
    await callApi(desk.host.url, 'needs.create', needInput(torino.id, { title: 'Segreteria', receivedOn: firstOfMonthsAgo(2) }), admin);
    const hired = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Assunti', targetCategory: 'neet' }), admin)) as { id: string };
    const other = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Incorso', targetCategory: 'disoccupato' }), admin)) as { id: string };

    // Three months at the Turin host, ending in a hire; its first month closed (the whole 450 € by the host).
    const start = firstOfMonthsAgo(5);
    const end = addMonthsMinusDay(start, 3);
    const first = await running(hired.id, torino.id, start, end);
    await callApi(desk.host.url, 'internships.setAttendance', { id: first.id, month: start.slice(0, 7), attendedHours: 130 }, admin);
    await callApi(desk.host.url, 'internships.closeMonth', { id: first.id, month: start.slice(0, 7) }, admin);
    const now = (await callApi(desk.host.url, 'internships.get', { id: first.id }, admin)) as File;
    await callApi(desk.host.url, 'internships.transition', { id: first.id, hlc: now.hlc, to: 'concluso', outcome: 'assunto_ente', actualEndDate: end }, admin);
    // Running at the Cuneo host, which has no employees: the protocol's exception.
    await running(other.id, cuneo.id, firstOfMonthsAgo(1), addMonthsMinusDay(firstOfMonthsAgo(1), 6));

    await page.goto(desk.host.url);
    await login(page, COORDINATOR.username, COORDINATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  const figure = (key: string) => page.getByTestId(`figure-${key}`);

  test('the menu opens «Report»; the period in the address shows its figures on the cards', async () => {
    await mainMenu(page).getByRole('link', { name: 'Report' }).click();
    await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
    await page.goto(`${desk.host.url}/#/report?dal=${from}&al=${to}`);
    await expect(figure('started')).toContainText('2');
    await expect(figure('associations')).toContainText('2');
    await expect(figure('hostsWithoutEmployees')).toContainText('1');
    await expect(figure('needsReceived')).toContainText('1');
    await expect(figure('hired')).toContainText('1');
    await expect(page.getByLabel('Dal')).toHaveValue(from.split('-').reverse().join('/'));
  });

  test('the charts are drawn, with their numbers in words', async () => {
    await expect(page.getByTestId('chart-months').locator('svg.recharts-surface').first()).toBeVisible();
    await expect(page.getByTestId('chart-outcomes')).toContainText('Assunto dall’ospitante: 100%');
    await expect(page.getByTestId('chart-allowance')).toContainText('Ospitanti 450,00 €');
    await expect(page.getByTestId('chart-committees').locator('svg.recharts-surface').first()).toBeVisible();
    await page.screenshot({ path: '/tmp/report.png', fullPage: true, animations: 'disabled' });
    await keepScreenshot(page, 'report');
  });

  test('a chart is saved as a PNG picture', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Salva come immagine PNG: Tirocini avviati e finiti per mese' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('tirocini-avviati-e-finiti-per-mese.png');
    // Kept beside the page's screenshot, to look at the picture itself.
    await download.saveAs('/tmp/report-chart.png');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(2000);
    const donut = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Salva come immagine PNG: Esiti dei tirocini finiti' }).click();
    const outcomes = await donut;
    expect(outcomes.suggestedFilename()).toBe('esiti-dei-tirocini-finiti.png');
    await outcomes.saveAs('/tmp/report-outcomes.png');
  });

  test('«Scarica il report (Excel)» downloads the monitoring workbook with the same figures', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Scarica il report (Excel)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`report-monitoraggio-${from}-${to}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((s) => s.name)).toContain('Ore e indennità');
    const protocol = workbook.getWorksheet('Protocollo')!;
    expect(protocol.getRow(6).values).toEqual([undefined, 'Tirocini avviati', 2, expect.any(String)]);
    const outcomes = workbook.getWorksheet('Esiti')!;
    expect(outcomes.getRow(2).getCell(3).value).toBe(100);
  });
});
