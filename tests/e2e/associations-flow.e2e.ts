/**
 * The desk operator's first day, in a real browser against the real web host: first start,
 * login, an association saved despite a typing error, found again, edited, and still there
 * after the host restarts on the same data folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const ADMIN = { username: 'mrossi', password: 'una-password-lunga' };

test.describe.serial('first start and the association flow', () => {
  let desk: Desk;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
  });

  test.afterAll(async () => {
    await desk?.close();
  });

  const loginAsAdmin = () => login(page, ADMIN.username, ADMIN.password);

  test('walks through the first-start wizard and logs in', async () => {
    await page.goto(desk.host.url);
    await expect(page.getByRole('heading', { name: /configuriamo lo sportello/ })).toBeVisible();
    await keepScreenshot(page, '01-wizard');

    // A step cannot be skipped with missing data.
    await page.getByRole('button', { name: 'Avanti' }).click();
    await expect(page.getByText('Nome dello sportello: campo obbligatorio')).toBeVisible();

    await page.getByLabel('Nome dello sportello').fill('Sportello di Torino');
    await page.getByLabel('Codice sportello').fill('to01');
    await page.getByRole('button', { name: 'Avanti' }).click();

    await page.getByLabel('Codice fiscale').fill('01234567897');
    await page.getByRole('textbox', { name: 'Legale rappresentante', exact: true }).fill('Carla Bianchi');
    await page.getByRole('button', { name: 'Avanti' }).click();

    await page.getByLabel('Nome e cognome').fill('Mario Rossi');
    await page.getByLabel('Nome utente').fill(ADMIN.username);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
    await page.getByLabel('Ripeti la password').fill('una-password-diversa');
    await page.getByRole('button', { name: 'Completa la configurazione' }).click();
    await expect(page.getByText('Le due password non coincidono')).toBeVisible();
    await page.getByLabel('Ripeti la password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Completa la configurazione' }).click();

    await expect(page.getByRole('heading', { name: 'Accedi' })).toBeVisible();
    await expect(page.getByText('Sportello di Torino')).toBeVisible();
    await keepScreenshot(page, '02-login');
    await loginAsAdmin();
    // The first screen is «Oggi», with nothing to do yet in an empty office.
    await expect(page.getByRole('heading', { name: 'Oggi', exact: true })).toBeVisible();
    await expect(page.getByText('Niente in sospeso.')).toBeVisible();
    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    await expect(page.getByText('Non ci sono ancora associazioni.')).toBeVisible();
    await keepScreenshot(page, '03-empty-list');
  });

  test('refuses a wrong codice fiscale, keeps what was typed, then saves once corrected', async () => {
    await page.getByRole('link', { name: 'Nuova associazione' }).first().click();
    await page.getByLabel('Denominazione').fill('Polisportiva Società Aurora');
    await page.getByRole('textbox', { name: 'Codice fiscale', exact: true }).fill('01234567890');
    // A suggesting field: its list of suggestions carries the same label, the text box is the one to type in.
    await page.getByRole('textbox', { name: 'Comitato AICS' }).fill('AICS Torino');
    await page.getByRole('textbox', { name: 'Indirizzo', exact: true }).fill('Via Nizza 12');
    await page.getByLabel('CAP').first().fill('10125');
    await page.getByRole('textbox', { name: 'Comune', exact: true }).fill('Torino');
    await page.getByLabel('Numero di dipendenti').fill('0');
    await page.getByRole('button', { name: 'Salva l’associazione' }).click();

    await expect(page.getByText('Codice non valido: la cifra di controllo (l’ultima) non corrisponde')).toBeVisible();
    await expect(page.getByLabel('Denominazione')).toHaveValue('Polisportiva Società Aurora');
    await expect(page.getByRole('textbox', { name: 'Comune', exact: true })).toHaveValue('Torino');
    await keepScreenshot(page, '04-wrong-tax-code');

    await page.getByRole('textbox', { name: 'Codice fiscale', exact: true }).fill('01234567897');
    await page.getByRole('button', { name: 'Salva l’associazione' }).click();
    await expect(page.getByRole('heading', { name: 'Polisportiva Società Aurora' })).toBeVisible();
    await expect(page.getByText('Nessun dipendente — protocollo AICS').first()).toBeVisible();
    await keepScreenshot(page, '05-saved-detail');
  });

  test('finds the association with an accent-free search', async () => {
    await page.getByRole('navigation', { name: 'Percorso' }).getByRole('link', { name: 'Associazioni' }).click();
    await page.getByLabel('Cerca associazioni').fill('societa aur');
    await expect(page.getByText('1 associazione')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Polisportiva Società Aurora' })).toBeVisible();
    await page.getByLabel('Cerca associazioni').fill('societa zeta');
    await expect(page.getByText('Nessuna associazione corrisponde alla ricerca.')).toBeVisible();
    await page.getByLabel('Cerca associazioni').fill('SOCIETA');
    await expect(page.getByText('1 associazione')).toBeVisible();
    await keepScreenshot(page, '06-search');
  });

  test('the breadcrumb of a record goes back to the list as it was left', async () => {
    await page.getByRole('link', { name: 'Polisportiva Società Aurora' }).click();
    const trail = page.getByRole('navigation', { name: 'Percorso' });
    await expect(trail.getByText('Polisportiva Società Aurora')).toHaveAttribute('aria-current', 'page');
    await keepScreenshot(page, '06b-breadcrumb');
    await trail.getByRole('link', { name: 'Associazioni' }).click();
    await expect(page.getByLabel('Cerca associazioni')).toHaveValue('SOCIETA');
    await expect(page.getByText('1 associazione')).toBeVisible();
  });

  test('edits the association and shows the change in its history', async () => {
    await page.getByRole('link', { name: 'Polisportiva Società Aurora' }).click();
    await page.getByRole('link', { name: 'Modifica' }).click();
    await page.getByLabel('Numero di dipendenti').fill('3');
    await page.getByLabel('Telefono').fill('011 555 1234');
    await page.getByRole('button', { name: 'Salva le modifiche' }).click();

    await expect(page.getByText('3 dipendenti')).toBeVisible();
    const history = page.getByText('Storico delle modifiche').locator('..');
    await expect(history.getByRole('row', { name: /Numero di dipendenti\s+0\s+3/ })).toBeVisible();
    await expect(history.getByRole('row', { name: /Telefono\s+—\s+011 555 1234/ })).toBeVisible();
    await expect(history.getByText(/Modificata · .* · Mario Rossi/)).toBeVisible();
    await keepScreenshot(page, '07-history');
  });

  test('keeps the data after the host restarts on the same folder', async () => {
    await desk.restartHost();
    await page.goto(desk.host.url);
    await expect(page.getByRole('heading', { name: 'Accedi' })).toBeVisible();
    await loginAsAdmin();
    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    await page.getByLabel('Cerca associazioni').fill('aurora');
    await page.getByRole('link', { name: 'Polisportiva Società Aurora' }).click();
    await expect(page.getByText('3 dipendenti')).toBeVisible();
    await expect(page.getByText('011 555 1234').first()).toBeVisible();
    await keepScreenshot(page, '08-after-restart');
  });

  test('deletes the association after confirmation and restores it', async () => {
    await page.getByRole('button', { name: 'Elimina' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Elimina' }).click();
    await expect(page.getByText(/^Eliminata il /)).toBeVisible();

    await page.getByRole('navigation', { name: 'Percorso' }).getByRole('link', { name: 'Associazioni' }).click();
    await page.getByLabel('Cerca associazioni').fill('aurora');
    await expect(page.getByText('Nessuna associazione corrisponde alla ricerca.')).toBeVisible();
    await page.getByLabel('Mostra eliminate').click();
    await expect(page.getByLabel('Mostra eliminate')).toBeChecked();
    await expect(page.getByText('1 associazione eliminata')).toBeVisible();
    await keepScreenshot(page, '09-deleted-list');
    await page.getByRole('link', { name: 'Polisportiva Società Aurora' }).click();
    await page.getByRole('button', { name: 'Ripristina' }).click();
    await expect(page.getByRole('button', { name: 'Modifica' }).or(page.getByRole('link', { name: 'Modifica' }))).toBeVisible();
    await expect(page.getByText(/^Eliminata il /)).toHaveCount(0);
    const history = page.getByText('Storico delle modifiche').locator('..');
    await expect(history.getByText(/Ripristinata · .* · Mario Rossi/)).toBeVisible();
    await expect(history.getByText(/Eliminata · .* · Mario Rossi/)).toBeVisible();
    expect(desk.pageErrors).toEqual([]);
  });
});
