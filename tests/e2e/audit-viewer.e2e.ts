/**
 * «Registro accessi» (issue 15): a wrong password at the login screen, then the administrator opens
 * the log from the menu, picks «Accessi non riusciti» and finds that attempt with the username typed.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const SLOW = { timeout: 20_000 };

test.describe.serial('audit viewer', () => {
  let desk: Desk;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    await page.goto(desk.host.url);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('a wrong login shows under «Accessi non riusciti» for the administrator', async () => {
    await page.getByLabel('Nome utente').fill('mario.rossi');
    await page.getByLabel('Password').fill('password-sbagliata');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await expect(page.getByText('Nome utente o password non corretti.')).toBeVisible(SLOW);
    await login(page, ADMIN.username, ADMIN.password);

    await page.getByRole('link', { name: 'Registro accessi' }).click();
    await expect(page.getByRole('heading', { name: 'Registro accessi' })).toBeVisible(SLOW);
    await page.getByRole('textbox', { name: 'Tipo' }).click();
    await page.getByRole('option', { name: 'Accessi non riusciti' }).click();
    const table = page.getByRole('table', { name: 'Registro accessi' });
    await expect(page.getByText('1 riga', { exact: true })).toBeVisible(SLOW);
    const row = table.getByRole('row').nth(1);
    await expect(row).toContainText('Accesso non riuscito');
    await expect(row).toContainText('Schermata di accesso');
    await expect(row).toContainText('Nome utente: mario.rossi');
    await expect(table).not.toContainText('password-sbagliata');
    await keepScreenshot(page, '95-audit-viewer-failed-logins');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Esporta CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^registro-accessi-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
