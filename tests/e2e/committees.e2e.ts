/**
 * «Comitati AICS» in a real browser, with two real web hosts (decision 0013). At the regional office
 * (PIE) the administrator adds two committees through the page; a name already in the list is
 * refused next to its field. In a new association's form the «Comitato AICS» field suggests them
 * while typing, and free text is saved exactly as typed. Last, the regional office publishes only the
 * list through «Pubblica» and a desk (TO01) imports it: there the page is read only and says who
 * published it and when, and the desk's association form suggests the names too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, SETUP_INPUT } from '../support/setup-input';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';
import { adminSession, importFile } from './support/exchange-api';

const PASSPHRASE = 'la frase segreta dei comitati di prova';
const TORINO = 'Comitato Provinciale AICS Torino';
const CUNEO = 'Comitato Provinciale AICS Cuneo';
/** A busy machine: scrypt for the key, a publication and its import take seconds. */
const SLOW = { timeout: 60_000 };
/** Kept as a test artifact (tests/artifacts/e2e/90-committees-NAME.png) to be looked at. */
function shot(page: Page, name: string): Promise<void> {
  return keepScreenshot(page, `90-committees-${name}`);
}

/** Waits until no toast is on screen, so a screenshot shows the page itself. */
async function noToasts(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 20_000 });
}

test.describe.serial('the regional list of AICS committees', () => {
  let region: Desk;
  let desk: Desk;
  let downloads: string;

  test.beforeAll(async ({ browser }) => {
    downloads = mkdtempSync(join(tmpdir(), 'exar-e2e-committees-'));
    region = await openDesk(browser);
    await callApi(region.host.url, 'setup.complete', { ...SETUP_INPUT, office: { name: 'Ufficio regionale Piemonte', code: 'PIE', kind: 'ufficio_regionale' } });
    desk = await openDesk(browser);
    await completeSetup(desk.host.url);
    for (const office of [region, desk]) {
      await callApi(office.host.url, 'exchange.setPassphrase', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, await adminSession(office.host.url));
      await office.page.goto(office.host.url);
      await login(office.page, ADMIN.username, ADMIN.password);
    }
  });

  test.afterAll(async () => {
    expect(region?.pageErrors ?? []).toEqual([]);
    expect(desk?.pageErrors ?? []).toEqual([]);
    await region?.close();
    await desk?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  test('the regional office adds committees; a name already in the list is refused next to its field', async () => {
    const page = region.page;
    await page.getByRole('link', { name: 'Comitati AICS' }).click();
    await expect(page.getByRole('heading', { name: 'Comitati AICS' })).toBeVisible();
    await expect(page.getByText('Nessun comitato nell’elenco.')).toBeVisible();

    for (const [name, province, notes] of [
      [TORINO, 'TO', 'Via Nizza 150, Torino'],
      [CUNEO, null, null],
    ] as const) {
      await page.getByRole('button', { name: 'Nuovo comitato' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nuovo comitato AICS' });
      await dialog.getByRole('textbox', { name: 'Nome' }).fill(name);
      if (province) {
        await dialog.getByRole('textbox', { name: 'Provincia' }).fill(province);
        // The option says the sigla and the province's name («TO Torino»).
        await page.getByRole('option', { name: new RegExp(`^${province}\\b`) }).click();
      }
      if (notes) await dialog.getByRole('textbox', { name: 'Note' }).fill(notes);
      await dialog.getByRole('button', { name: 'Aggiungi all’elenco' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
    }
    await expect(page.getByRole('row', { name: new RegExp(TORINO) })).toContainText('TO');
    await expect(page.getByRole('row', { name: new RegExp(TORINO) })).toContainText('Via Nizza 150, Torino');

    // The same committee written differently is one already in the list.
    await page.getByRole('button', { name: 'Nuovo comitato' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuovo comitato AICS' });
    await dialog.getByRole('textbox', { name: 'Nome' }).fill('comitato provinciale  aics TORINO');
    await dialog.getByRole('button', { name: 'Aggiungi all’elenco' }).click();
    await expect(dialog.getByText(`C’è già un comitato con questo nome nell’elenco: «${TORINO}».`)).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Nome' })).toHaveValue('comitato provinciale  aics TORINO');
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row')).toHaveCount(3); // the header and the two committees

    await noToasts(page);
    await shot(page, 'regional-page');
  });

  test('the association form suggests the committees and saves free text as typed', async () => {
    const page = region.page;
    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    await page.getByRole('link', { name: 'Nuova associazione' }).first().click();
    await page.getByLabel('Denominazione').fill('Polisportiva Dora');
    const committee = page.getByRole('textbox', { name: 'Comitato AICS' });
    await committee.fill('torino');
    await expect(page.getByRole('option', { name: TORINO })).toBeVisible();
    await expect(page.getByRole('option', { name: CUNEO })).toHaveCount(0);
    await shot(page, 'association-suggestion');
    await page.getByRole('option', { name: TORINO }).click();
    await expect(committee).toHaveValue(TORINO);

    // Something not in the list, close to a name that is: kept exactly as typed.
    await committee.fill('AICS Torino Nord (sezione)');
    await committee.press('Tab');
    await expect(committee).toHaveValue('AICS Torino Nord (sezione)');
    await page.getByRole('textbox', { name: 'Codice fiscale', exact: true }).fill('01234567897');
    await page.getByRole('textbox', { name: 'Indirizzo', exact: true }).fill('Via Dora 3');
    await page.getByRole('textbox', { name: 'Comune', exact: true }).fill('Torino');
    await page.getByLabel('Numero di dipendenti').fill('0');
    await page.getByRole('button', { name: 'Salva l’associazione' }).click();
    await expect(page.getByRole('heading', { name: 'Polisportiva Dora' })).toBeVisible();
    await expect(page.getByText('AICS Torino Nord (sezione)', { exact: true })).toBeVisible();
  });

  test('the regional office publishes only the list through «Pubblica»; a desk imports it: read only, with who published it and when', async () => {
    const publishing = region.page;
    await publishing.getByRole('link', { name: /Scambio dati/ }).click();
    await expect(publishing.getByRole('heading', { name: 'Scambio dati' })).toBeVisible();
    await publishing.getByRole('tab', { name: /^Pubblica/ }).click();
    const box = publishing.getByRole('checkbox', { name: 'Elenco dei comitati AICS' });
    await expect(box).toBeChecked();
    for (const other of ['Regole regionali', 'Modelli Word', 'Anagrafica delle associazioni']) await publishing.getByRole('checkbox', { name: other }).uncheck();
    await shot(publishing, 'publish');
    await publishing.getByRole('button', { name: 'Prepara la pubblicazione' }).click();
    await expect(publishing.getByTestId('exchange-job-outcome')).toContainText('Il file è pronto', SLOW);
    const download = publishing.waitForEvent('download');
    await publishing.getByTestId('exchange-job').getByRole('button', { name: 'Scarica il file' }).click();
    const downloaded = await download;
    const file = join(downloads, downloaded.suggestedFilename());
    await downloaded.saveAs(file);
    const { preview } = await importFile(desk.host.url, await adminSession(desk.host.url), file, true);
    expect(preview.bundle.counts).toEqual({ sites: 1, committees: 2 });

    const page = desk.page;
    await page.getByRole('link', { name: 'Comitati AICS' }).click();
    await expect(page.getByRole('heading', { name: 'Comitati AICS' })).toBeVisible();
    await expect(page.getByText(/Pubblicato dall’ufficio regionale PIE \(«Ufficio regionale Piemonte»\) il \d{2}\/\d{2}\/\d{4}/)).toBeVisible(SLOW);
    const row = page.getByRole('row', { name: new RegExp(TORINO) });
    await expect(row).toContainText('Pubblicato dall’ufficio regionale (PIE)');
    await expect(page.getByRole('button', { name: 'Nuovo comitato' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Correggi/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Elimina/ })).toHaveCount(0);
    await shot(page, 'desk-page');

    // The desk's association form suggests the published names too.
    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    await page.getByRole('link', { name: 'Nuova associazione' }).first().click();
    await page.getByRole('textbox', { name: 'Comitato AICS' }).fill('cuneo');
    await expect(page.getByRole('option', { name: CUNEO })).toBeVisible();
  });
});
