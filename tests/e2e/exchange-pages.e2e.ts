/**
 * «Scambio dati» in a real browser, with two real web hosts: a desk (TO01) sets its exchange key
 * through the page, exports and downloads the file; the regional office (PIE) imports it through the
 * page (upload, preview, registering the new desk, import) and finds the desk's association in its
 * list and the desk's person as a possible duplicate of its own. Then both change the same
 * association, the desk exports again, and the regional office resolves the conflict field by field;
 * last, the regional office publishes its register and the desk imports the publication.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Association } from '@shared/api/associations';
import { ADMIN, SETUP_INPUT } from '../support/setup-input';
import { associationInput, associationToInput, candidateInput, nextPerson } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const PASSPHRASE = 'la frase segreta dello scambio di prova';
const ASSOCIATION = 'Polisportiva Scambio Aurora';
/** Exports, imports and the first scrypt of a key take seconds on a slow machine. */
const SLOW = { timeout: 60_000 };

async function session(baseUrl: string): Promise<string> {
  return ((await callApi(baseUrl, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
}

test.describe.serial('«Scambio dati»', () => {
  let desk: Desk;
  let region: Desk;
  let deskSession: string;
  let regionSession: string;
  let associationId: string;
  // Made in beforeAll: Playwright loads the file also to list the tests, and a folder made then is never removed.
  let downloads: string;
  let firstFile: string;
  const person = nextPerson('F');

  test.beforeAll(async ({ browser }) => {
    downloads = mkdtempSync(join(tmpdir(), 'exar-e2e-exchange-'));
    desk = await openDesk(browser);
    await completeSetup(desk.host.url);
    deskSession = await session(desk.host.url);
    const created = (await callApi(desk.host.url, 'associations.create', associationInput({ name: ASSOCIATION, phone: '011 100 100' }), deskSession)) as Association;
    associationId = created.id;
    await callApi(desk.host.url, 'candidates.create', candidateInput(person), deskSession);

    region = await openDesk(browser);
    await callApi(region.host.url, 'setup.complete', { ...SETUP_INPUT, office: { name: 'Ufficio regionale Piemonte', code: 'PIE', kind: 'ufficio_regionale' } });
    regionSession = await session(region.host.url);
    await callApi(region.host.url, 'exchange.setPassphrase', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, regionSession);
    // The same person, registered at the regional office too: the import must propose a merge.
    await callApi(region.host.url, 'candidates.create', candidateInput({ ...person, resComune: 'Alba', resProvince: 'CN' }), regionSession);

    for (const office of [desk, region]) {
      await office.page.goto(office.host.url);
      await login(office.page, ADMIN.username, ADMIN.password);
    }
  });

  test.afterAll(async () => {
    expect(desk?.pageErrors ?? []).toEqual([]);
    expect(region?.pageErrors ?? []).toEqual([]);
    await desk?.close();
    await region?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  /** «Esporta per l’ufficio regionale», then «Scarica il file»: the downloaded file's path. */
  async function exportThroughPage(page: Page, name: string): Promise<string> {
    await page.getByRole('tab', { name: 'Esporta' }).click();
    const before = page.url();
    await page.getByRole('button', { name: 'Esporta per l’ufficio regionale' }).click();
    await expect(page).not.toHaveURL(before);
    await expect(page.getByTestId('exchange-job-outcome')).toContainText('Il file è pronto', SLOW);
    const download = page.waitForEvent('download');
    await page.getByTestId('exchange-job').getByRole('button', { name: 'Scarica il file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^exar-TO01-\d{4}-\d{2}-\d{2}-\d{4}\.exar$/);
    const path = join(downloads, name);
    await file.saveAs(path);
    expect(statSync(path).size).toBeGreaterThan(0);
    return path;
  }

  /** Uploads a file on the regional office's «Importa» and waits for the preview. */
  async function chooseOnRegion(path: string): Promise<void> {
    const page = region.page;
    await page.getByRole('link', { name: /Scambio dati/ }).click();
    await page.getByRole('tab', { name: 'Importa' }).click();
    await page.getByLabel('File di scambio da importare').setInputFiles(path);
    await expect(page.getByTestId('exchange-preview')).toBeVisible(SLOW);
  }

  test('a desk without a key is told to set it, and sets it through the page', async () => {
    const page = desk.page;
    await page.getByRole('link', { name: /Scambio dati/ }).click();
    await expect(page.getByRole('heading', { name: 'Scambio dati' })).toBeVisible();
    await expect(page.getByTestId('key-missing')).toContainText('Manca la chiave di scambio');
    await page.getByRole('link', { name: 'Imposta la chiave' }).click();
    await page.getByLabel('Frase segreta', { exact: true }).fill('corta');
    await page.getByLabel('Ripeti la frase segreta').fill('corta');
    await page.getByRole('button', { name: 'Imposta la chiave' }).click();
    await expect(page.getByText('La frase segreta deve avere almeno 12 caratteri')).toBeVisible();
    await page.getByLabel('Frase segreta', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Ripeti la frase segreta').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Imposta la chiave' }).click();
    const regional = (await callApi(region.host.url, 'exchange.status', {}, regionSession)) as { key: { fingerprint: string } };
    await expect(page.getByTestId('new-fingerprint')).toContainText(regional.key.fingerprint, SLOW);
    expect(regional.key.fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    // The GDPR choices: interview notes stay at the desk by default; the associations always travel.
    await expect(page.getByRole('switch', { name: 'Nota di colloquio: viaggia verso l’ufficio regionale' })).not.toBeChecked();
    await expect(page.getByRole('switch', { name: 'Associazione: viaggia verso l’ufficio regionale' })).toBeDisabled();
    await keepScreenshot(page, 'exchange-settings');
    await page.getByRole('tab', { name: 'Panoramica' }).click();
    await expect(page.getByTestId('key-fingerprint')).toHaveText(regional.key.fingerprint);
    await expect(page.getByTestId('next-step')).toContainText('Non hai ancora inviato nulla');
    await keepScreenshot(page, 'exchange-overview');
  });

  test('the desk exports through the page and downloads the file', async () => {
    const page = desk.page;
    await page.getByRole('tab', { name: 'Esporta' }).click();
    await expect(page.getByTestId('changed-since')).toContainText('da inviare');
    firstFile = await exportThroughPage(page, 'first.exar');
    await expect(page.getByTestId('exchange-job-progress')).toContainText(/(\d+) di \1 record/);
    await expect(page.getByRole('table', { name: 'Esportazioni fatte' }).locator('tbody tr')).toHaveCount(1);
    await expect(page.getByTestId('changed-since')).toContainText('Nessuna modifica da inviare');
    await keepScreenshot(page, 'exchange-export');
  });

  test('the regional office previews the file, registers the desk and imports it', async () => {
    const page = region.page;
    await chooseOnRegion(firstFile);
    const preview = page.getByTestId('exchange-preview');
    await expect(preview).toContainText('TO01 · Sportello Torino');
    const associations = page.getByRole('table', { name: 'Cosa farà l’importazione' }).getByRole('row', { name: /Associazioni/ });
    await expect(associations.getByRole('cell').nth(1)).toHaveText('1');
    await expect(page.getByRole('table', { name: 'Cosa farà l’importazione' }).getByRole('row', { name: /Candidati/ }).getByRole('cell').nth(5)).toHaveText('1');
    const importButton = preview.getByRole('button', { name: 'Importa' });
    await expect(importButton).toBeDisabled();
    await keepScreenshot(page, 'exchange-preview');
    await preview.getByRole('checkbox', { name: /Registra lo sportello TO01/ }).check();
    await importButton.click();
    const result = page.getByTestId('exchange-import-result');
    await expect(result).toContainText('Importato il file di TO01 · Sportello Torino', SLOW);
    await expect(result.getByRole('link', { name: /Rivedi 1 possibile doppione/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Importazioni fatte' }).locator('tbody tr')).toHaveCount(1);
    await page.mouse.wheel(0, -10_000);
    await keepScreenshot(page, 'exchange-import-result');

    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    await expect(page.getByRole('link', { name: ASSOCIATION })).toBeVisible();
  });

  test('«Oggi» at the regional office lists the duplicate to decide and opens its tab', async () => {
    const page = region.page;
    await mainMenu(page).getByRole('link', { name: /^Oggi/ }).click();
    const card = page.getByRole('region', { name: 'Scambio dati: conflitti e doppioni da decidere' });
    await card.getByRole('link', { name: '1 possibile doppione' }).click();
    await expect(page).toHaveURL(/#\/scambio\/doppioni$/);
    await expect(page.getByTestId('duplicate-proposal')).toHaveCount(1);
  });

  test('the possible duplicate is listed with both offices and opens the merge page', async () => {
    const page = region.page;
    await page.getByRole('link', { name: /Scambio dati/ }).click();
    await page.getByRole('tab', { name: /Doppioni/ }).click();
    const proposal = page.getByTestId('duplicate-proposal');
    await expect(proposal).toHaveCount(1);
    await expect(proposal).toContainText(person.taxCode);
    await expect(proposal).toContainText('TO01');
    await expect(proposal).toContainText('PIE');
    await keepScreenshot(page, 'exchange-duplicates');
    await proposal.getByRole('link', { name: 'Confronta e unisci' }).click();
    await expect(page.getByRole('heading', { name: 'Unisci due profili della stessa persona' })).toBeVisible();
    await page.goBack();
    await expect(page.getByTestId('duplicate-proposal')).toHaveCount(1);
  });

  test('a record changed at both offices becomes a conflict, resolved field by field', async () => {
    // The desk changes the phone first; the regional office changes it (and the e-mail) later.
    const atDesk = (await callApi(desk.host.url, 'associations.get', { id: associationId }, deskSession)) as Association;
    await callApi(desk.host.url, 'associations.update', { id: associationId, hlc: atDesk.hlc, data: { ...associationToInput(atDesk), phone: '011 222 222' } }, deskSession);
    const atRegion = (await callApi(region.host.url, 'associations.get', { id: associationId }, regionSession)) as Association;
    await callApi(
      region.host.url,
      'associations.update',
      { id: associationId, hlc: atRegion.hlc, data: { ...associationToInput(atRegion), phone: '011 999 999', email: 'regione@example.org' } },
      regionSession,
    );
    const second = await exportThroughPage(desk.page, 'second.exar');

    const page = region.page;
    await chooseOnRegion(second);
    await expect(page.getByTestId('exchange-preview')).not.toContainText('non è ancora registrato');
    await page.getByTestId('exchange-preview').getByRole('button', { name: 'Importa' }).click();
    const result = page.getByTestId('exchange-import-result');
    await expect(result).toContainText('Importato', SLOW);
    await result.getByRole('link', { name: /Rivedi 1 conflitto/ }).click();

    const row = page.getByTestId('conflict-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(ASSOCIATION);
    await row.getByRole('link', { name: ASSOCIATION }).click();
    await expect(page.getByRole('heading', { name: ASSOCIATION })).toBeVisible();
    const phone = page.getByRole('row', { name: /Telefono/ });
    await expect(phone).toContainText('011 999 999');
    await expect(phone).toContainText('011 222 222');
    await phone.getByText('Prendi arrivata').click();
    await keepScreenshot(page, 'exchange-conflict');
    await page.getByRole('button', { name: 'Combina come scelto' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Combina come scelto' }).click();
    await expect(page.getByText('Nessun conflitto da risolvere')).toBeVisible();

    const resolved = (await callApi(region.host.url, 'associations.get', { id: associationId }, regionSession)) as Association;
    expect(resolved.phone).toBe('011 222 222');
    expect(resolved.email).toBe('regione@example.org');
    await page.locator('label').filter({ hasText: /^Risolti$/ }).click();
    await expect(page.getByTestId('conflict-row')).toContainText('Combinate campo per campo');
  });

  test('the regional office publishes for the desks, and the desk imports the publication', async () => {
    const page = region.page;
    await page.getByRole('tab', { name: 'Pubblica' }).click();
    await page.getByRole('checkbox', { name: 'Modelli Word' }).uncheck();
    await page.getByRole('button', { name: 'Prepara la pubblicazione' }).click();
    await expect(page.getByTestId('exchange-job-outcome')).toContainText('Il file è pronto', SLOW);
    const download = page.waitForEvent('download');
    await page.getByTestId('exchange-job').getByRole('button', { name: 'Scarica il file' }).click();
    const path = join(downloads, 'publication.exar');
    await (await download).saveAs(path);
    await expect(page.getByRole('table', { name: 'Pubblicazioni fatte' }).locator('tbody tr')).toHaveCount(1);

    const deskPage = desk.page;
    await deskPage.getByRole('tab', { name: 'Importa' }).click();
    await deskPage.getByLabel('File di scambio da importare').setInputFiles(path);
    const preview = deskPage.getByTestId('exchange-preview');
    await expect(preview).toContainText('Pubblicazione dell’ufficio regionale', SLOW);
    await expect(preview).toContainText('PIE · Ufficio regionale Piemonte');
    await preview.getByRole('checkbox', { name: /Registra l’ufficio regionale PIE/ }).check();
    await preview.getByRole('button', { name: 'Importa' }).click();
    await expect(deskPage.getByTestId('exchange-import-result')).toContainText('Importato il file di PIE · Ufficio regionale Piemonte', SLOW);
  });
});
