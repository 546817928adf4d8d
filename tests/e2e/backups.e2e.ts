/**
 * «Copie di sicurezza» in a real browser on the real web host (decision 0022, issue 15): the
 * administrator opens Impostazioni › Copie di sicurezza, takes a copy, then creates a candidate,
 * restores the copy (typing RIPRISTINA), is sent to the login with «Ripristino completato», logs
 * in again and the candidate is gone, while the copy of the state before the restore is listed.
 * Then (decision 0028) sets a second folder with a passphrase typed twice, sees the next copy listed
 * there, encrypted, and, with the folder gone (a USB drive unplugged), the warning with the last success.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN } from '../support/setup-input';
import { candidateInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const SLOW = { timeout: 30_000 };

test.describe.serial('backups', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Primaria', firstName: 'Anna' }), admin);
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk?.pageErrors ?? []).toEqual([]);
    await desk?.close();
  });

  test('the administrator takes a copy, restores it, logs in again and what came after is gone', async () => {
    await page.getByRole('link', { name: 'Copie di sicurezza' }).click();
    await expect(page.getByRole('heading', { name: 'Copie di sicurezza' })).toBeVisible(SLOW);
    await expect(page.getByText(/Si tengono 7 copie giornaliere, 4 settimanali e 12 mensili/)).toBeVisible();
    await expect(page.getByText('Non c’è ancora nessuna copia')).toBeVisible();
    await expect(page.getByText(desk.dataDir, { exact: false })).toBeVisible();

    await page.getByRole('button', { name: 'Esegui ora' }).click();
    const table = page.getByRole('table', { name: 'Copie di sicurezza' });
    await expect(table.getByRole('row', { name: /1 candidato · 0 associazioni/ })).toBeVisible(SLOW);
    await expect(table.getByRole('row', { name: /eseguita a mano/ })).toHaveCount(1);
    await keepScreenshot(page, 'backups-1-list');

    // Written after the copy: the restore must take it away.
    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Dopolacopia', firstName: 'Bruno' }), admin);
    await page.reload();
    await expect(page.getByText(/Dopolacopia/).first()).toBeVisible(SLOW);

    await page.getByRole('link', { name: 'Copie di sicurezza' }).click();
    await table.getByRole('button', { name: /^Ripristina la copia del/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Ripristinare questa copia?' });
    await expect(dialog.getByText(/prima viene fatta una copia dei dati di adesso/)).toBeVisible();
    await expect(dialog.getByText(/tutti gli utenti collegati escono/)).toBeVisible();
    const confirm = dialog.getByRole('button', { name: 'Ripristina' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Per confermare scrivi RIPRISTINA' }).fill('ripristina');
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Per confermare scrivi RIPRISTINA' }).fill('RIPRISTINA');
    await keepScreenshot(page, 'backups-2-confirm');
    await confirm.click();

    await expect(page.getByText(/^Ripristino completato: accedi di nuovo/)).toBeVisible(SLOW);
    await expect(page.getByRole('button', { name: 'Accedi' })).toBeVisible();
    await keepScreenshot(page, 'backups-3-login');

    await page.getByLabel('Nome utente').fill(ADMIN.username);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Accedi' }).click();
    // Back where the administrator was.
    await expect(page.getByRole('heading', { name: 'Copie di sicurezza' })).toBeVisible(SLOW);
    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    await expect(page.getByText(/Primaria/).first()).toBeVisible(SLOW);
    await expect(page.getByText(/Dopolacopia/)).toHaveCount(0);
    await keepScreenshot(page, 'backups-4-candidates');

    // The state replaced is a copy of its own, with the candidate written after the restored one.
    await page.getByRole('link', { name: 'Copie di sicurezza' }).click();
    await expect(table.getByRole('row', { name: /prima di un ripristino.*2 candidati/ })).toBeVisible(SLOW);
    await keepScreenshot(page, 'backups-5-after');
  });

  test('the administrator sets a second folder; the next copy is listed there, encrypted; an unplugged drive is a warning', async () => {
    const usb = mkdtempSync(join(tmpdir(), 'exar-e2e-usb-'));
    try {
      await page.getByRole('link', { name: 'Copie di sicurezza' }).click();
      const card = page.getByRole('region', { name: 'Seconda copia cifrata' });
      await expect(card.getByRole('heading', { name: 'Seconda copia cifrata' })).toBeVisible(SLOW);
      await card.getByRole('textbox', { name: 'Cartella' }).fill(usb);
      await card.getByLabel('Frase segreta', { exact: true }).fill('corta');
      await card.getByLabel('Ripeti la frase segreta').fill('corta');
      await card.getByRole('button', { name: 'Imposta la seconda cartella' }).click();
      await expect(card.getByText(/La frase segreta deve avere almeno 12 caratteri/)).toBeVisible();
      await card.getByLabel('Frase segreta', { exact: true }).fill('la chiavetta blu in cassaforte');
      await card.getByLabel('Ripeti la frase segreta').fill('la chiavetta blu in cassaforta');
      await card.getByRole('button', { name: 'Imposta la seconda cartella' }).click();
      await expect(card.getByText('Le due frasi non coincidono')).toBeVisible();
      await card.getByLabel('Ripeti la frase segreta').fill('la chiavetta blu in cassaforte');
      await card.getByRole('button', { name: 'Imposta la seconda cartella' }).click();
      await expect(card.getByText(usb, { exact: false })).toBeVisible(SLOW);
      await expect(card.getByText('Nessuna copia cifrata ancora')).toBeVisible();

      await page.getByRole('button', { name: 'Esegui ora' }).click();
      const copies = card.getByRole('table', { name: 'Copie nella seconda cartella' });
      await expect(copies.getByRole('row', { name: /\.exarbak/ })).toHaveCount(1, SLOW);
      await expect(card.getByText(/L’ultima copia arrivata nella seconda cartella è del/)).toBeVisible();
      expect(readdirSync(usb).filter((f) => f.endsWith('.exarbak'))).toHaveLength(1);
      await expect(page.getByRole('button', { name: 'Esegui ora' })).toBeEnabled();
      await page.screenshot({ path: '/tmp/offsite.png', fullPage: true });
      await keepScreenshot(page, 'backups-6-second-folder');

      // The drive is unplugged: the local copy is still made, the page warns with the last success.
      rmSync(usb, { recursive: true, force: true });
      await page.getByRole('button', { name: 'Esegui ora' }).click();
      await expect(card.getByText(/^La copia nella seconda cartella non è riuscita/)).toBeVisible(SLOW);
      await expect(card.getByText(/non è raggiungibile .*la copia in questo computer è stata fatta e verificata/)).toBeVisible();
      await expect(card.getByText(/L’ultima copia arrivata nella seconda cartella è del/)).toBeVisible();
      await page.screenshot({ path: '/tmp/offsite-unplugged.png', fullPage: true });
      await keepScreenshot(page, 'backups-7-unplugged');
    } finally {
      if (existsSync(usb)) rmSync(usb, { recursive: true, force: true });
    }
  });
});
