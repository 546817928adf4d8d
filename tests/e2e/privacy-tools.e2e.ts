/**
 * The person's rights from the profile (decision 0025): «Esporta i dati della persona» downloads a
 * .zip with the .docx and the JSON; «Anonimizza» asks for the surname, then the profile shows no name.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { candidateInput } from '../support/fixtures';
import { docxText } from '../support/docx-text';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const SLOW = { timeout: 20_000 };

test.describe.serial('privacy tools on the profile', () => {
  let desk: Desk;
  let page: Page;
  let person: { id: string; taxCode: string };

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    person = (await callApi(
      desk.host.url,
      'candidates.create',
      candidateInput({ firstName: 'Lucia', lastName: 'Ferraris', sex: 'F', phone: '3471112233', educationLevel: 'diploma', targetCategory: 'disoccupato' }),
      admin,
    )) as { id: string; taxCode: string };
    await callApi(desk.host.url, 'candidates.addNote', { candidateId: person.id, date: '2026-11-20', text: 'Preferisce lavorare al mattino' }, admin);
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('«Esporta i dati della persona» downloads a .zip with the Word document and the JSON', async () => {
    await page.goto(`${desk.host.url}#/candidati/${person.id}`);
    await expect(page.getByRole('heading', { name: 'Ferraris Lucia' })).toBeVisible(SLOW);
    await keepScreenshot(page, '92-privacy-profile-actions');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Esporta i dati della persona' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^dati-personali-ferraris-lucia-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = readFileSync((await download.path())!);
    expect(zip.length).toBeGreaterThan(1000);
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    const text = docxText(entries[names.find((n) => n.endsWith('.docx'))!]!).all;
    expect(text).toContain('Ferraris');
    expect(text).toContain('Preferisce lavorare al mattino');
    const json = JSON.parse(strFromU8(entries[names.find((n) => n.endsWith('.json'))!]!)) as { persona: { cognome: string } };
    expect(json.persona.cognome).toBe('Ferraris');
  });

  test('«Anonimizza» needs the surname typed; then the profile shows no name', async () => {
    await page.getByRole('button', { name: 'Anonimizza' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anonimizzare Ferraris Lucia?' });
    await expect(dialog).toBeVisible();
    const confirm = dialog.getByRole('button', { name: 'Anonimizza definitivamente' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: /Per confermare scrivi il cognome/ }).fill('Ferraris');
    await keepScreenshot(page, '93-privacy-anonymise-dialog');
    await confirm.click();
    await expect(dialog).toBeHidden(SLOW);
    await expect(page.getByRole('heading', { name: 'Profilo anonimizzato' })).toBeVisible(SLOW);
    await expect(page.getByText(/Profilo anonimizzato il \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
    const shown = await page.locator('main').innerText();
    for (const erased of ['Ferraris', 'Lucia', person.taxCode, '3471112233', 'Via Roma']) expect(shown, erased).not.toContain(erased);
    await expect(page.getByRole('button', { name: 'Anonimizza' })).toHaveCount(0);
    await keepScreenshot(page, '94-privacy-anonymised-profile');
  });
});
