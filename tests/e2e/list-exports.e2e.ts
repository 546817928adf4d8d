/**
 * «Esporta» on a list (issue 16): the coordinator narrows the candidates to one comune, opens the
 * menu, picks Excel, and the file downloaded holds exactly those people, with the birth date as a
 * real date and the header frozen; read back with exceljs as Excel would open it.
 */
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ADMIN } from '../support/setup-input';
import { candidateInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const SLOW = { timeout: 20_000 };

test.describe.serial('list exports', () => {
  let desk: Desk;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    const people = [
      candidateInput({ lastName: 'Astigiani', firstName: 'Anna', birthDate: '1991-04-12', resComune: 'Asti', resProvince: 'AT' }),
      candidateInput({ lastName: 'Barbera', firstName: 'Bruno', resComune: 'Asti', resProvince: 'AT' }),
      candidateInput({ lastName: 'Torinesi', firstName: 'Tina', resComune: 'Torino', resProvince: 'TO' }),
    ];
    for (const person of people) await callApi(desk.host.url, 'candidates.create', person, admin);
    await page.goto(desk.host.url);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('the filtered candidates, exported to Excel, are the rows of the file', async () => {
    await login(page, ADMIN.username, ADMIN.password);
    await page.goto(`${desk.host.url}#/candidati`);
    await expect(page.getByRole('heading', { name: 'Candidati' })).toBeVisible(SLOW);
    await expect(page.getByText('3 candidati', { exact: true })).toBeVisible(SLOW);
    await page.getByLabel('Comune di residenza').fill('Asti');
    await expect(page.getByText('2 candidati', { exact: true })).toBeVisible(SLOW);

    await page.getByTestId('list-export').click();
    await expect(page.getByRole('menuitem', { name: 'Excel (.xlsx)' })).toBeVisible();
    // The menu fades in: the picture is taken with its transition run to the end.
    await page.screenshot({ path: '/tmp/exports.png', animations: 'disabled' });
    await keepScreenshot(page, '96-list-export-menu');

    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^candidati-\d{4}-\d{2}-\d{2}-\d{4}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Candidati');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const column = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(3);
    const surnames = [2, 3].map((r) => sheet.getRow(r).getCell(column('Cognome')).value);
    expect(surnames).toEqual(['Astigiani', 'Barbera']);
    const born = sheet.getRow(2).getCell(column('Data di nascita'));
    expect(born.value).toBeInstanceOf(Date);
    expect((born.value as Date).toISOString().slice(0, 10)).toBe('1991-04-12');
    expect(born.numFmt).toBe('dd/mm/yyyy');
    // The button is free again once the file is handed over.
    await expect(page.getByTestId('list-export')).toBeEnabled(SLOW);
  });
});
