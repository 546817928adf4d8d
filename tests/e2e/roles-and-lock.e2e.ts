/**
 * Roles decide what an operator sees and can do; an idle session locks without losing the
 * work on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const OPERATOR = { fullName: 'Giulia Verdi', username: 'gverdi', password: 'password-giulia-1' };

test.describe.serial('roles and idle lock', () => {
  let desk: Desk;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
  });

  test.afterAll(async () => {
    await desk?.close();
  });

  test('an administrator creates an operator', async () => {
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
    await page.getByRole('link', { name: 'Operatori' }).click();
    await page.getByRole('button', { name: 'Nuovo operatore' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nome e cognome').fill(OPERATOR.fullName);
    await dialog.getByLabel('Nome utente').fill(OPERATOR.username);
    await dialog.getByLabel('Password iniziale').fill('corta');
    await dialog.getByLabel('Ripeti la password').fill('corta');
    await dialog.getByRole('button', { name: 'Crea operatore' }).click();
    await expect(dialog.getByText('La password deve avere almeno 10 caratteri')).toBeVisible();
    await dialog.getByLabel('Password iniziale').fill(OPERATOR.password);
    await dialog.getByLabel('Ripeti la password').fill(OPERATOR.password);
    await dialog.getByRole('button', { name: 'Crea operatore' }).click();
    await expect(page.getByRole('cell', { name: OPERATOR.fullName })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(`${OPERATOR.fullName}.*Operatore.*Attivo`) })).toBeVisible();
    await keepScreenshot(page, '11-operators');

    // A shorter idle lock for this office; the operator's session below must follow it.
    await page.getByRole('link', { name: 'Impostazioni' }).click();
    await expect(page.getByRole('textbox', { name: 'Nome', exact: true })).toHaveValue('Sportello Torino');
    await page.getByLabel('Blocco per inattività (minuti)').fill('10');
    await page.getByRole('button', { name: 'Salva le impostazioni' }).click();
    await expect(page.getByText('Impostazioni aggiornate.')).toBeVisible();
    await keepScreenshot(page, '10-settings');
    await page.getByRole('button', { name: 'Menu utente' }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).click();
    await expect(page.getByRole('heading', { name: 'Accedi' })).toBeVisible();
  });

  test('an operator sees only what the role allows', async () => {
    await page.clock.install();
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
    await expect(page.getByRole('link', { name: 'Operatori' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Impostazioni' })).toHaveCount(0);
    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    await expect(page.getByLabel('Cerca associazioni')).toBeVisible();
    await expect(page.getByLabel('Mostra eliminate')).toHaveCount(0);
    await keepScreenshot(page, '12-operator-view');
  });

  test('an idle session locks and unlocks without losing a half-filled form', async () => {
    await page.getByRole('link', { name: 'Nuova associazione' }).first().click();
    await page.getByLabel('Denominazione').fill('Circolo Arci Nova');
    await page.getByLabel('Note').fill('Chiede un aiuto in segreteria due mattine a settimana.');

    // Nine idle minutes are not enough; the office's ten are.
    await page.clock.fastForward('09:00');
    await expect(page.getByRole('dialog', { name: 'Sblocca la sessione' })).toHaveCount(0);
    await page.clock.fastForward('01:30');
    const lock = page.getByRole('dialog', { name: 'Sblocca la sessione' });
    await expect(lock).toBeVisible();
    await expect(lock.getByText(OPERATOR.fullName)).toBeVisible();
    await keepScreenshot(page, '13-locked');

    await lock.getByLabel('Password').fill('password-sbagliata');
    await lock.getByRole('button', { name: 'Sblocca' }).click();
    await expect(lock.getByText('Password non corretta.')).toBeVisible();
    await lock.getByLabel('Password').fill(OPERATOR.password);
    await lock.getByRole('button', { name: 'Sblocca' }).click();
    await expect(lock).toHaveCount(0);

    await expect(page.getByLabel('Denominazione')).toHaveValue('Circolo Arci Nova');
    await expect(page.getByLabel('Note')).toHaveValue('Chiede un aiuto in segreteria due mattine a settimana.');
  });

  test('an operator changes their own password and logs in with it', async () => {
    await page.getByRole('button', { name: 'Menu utente' }).click();
    await page.getByRole('menuitem', { name: 'Cambia password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cambia la tua password' });
    await dialog.getByLabel('Password attuale').fill('password-sbagliata');
    await dialog.getByLabel('Nuova password', { exact: true }).fill('nuova-password-giulia');
    await dialog.getByLabel('Ripeti la nuova password').fill('nuova-password-giulia');
    await dialog.getByRole('button', { name: 'Cambia password' }).click();
    await expect(dialog.getByText('La password attuale non è corretta')).toBeVisible();
    await dialog.getByLabel('Password attuale').fill(OPERATOR.password);
    await dialog.getByRole('button', { name: 'Cambia password' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText('Password cambiata.')).toBeVisible();

    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Esci senza salvare' }).click();
    await page.getByRole('button', { name: 'Menu utente' }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).click();
    await login(page, OPERATOR.username, 'nuova-password-giulia');
  });

  test('when a colleague saved first, the operator takes in their version without losing the form', async ({ browser }) => {
    const admin = (await callApi(desk.host.url, 'auth.login', { username: ADMIN.username, password: ADMIN.password })) as { sessionToken: string };
    const created = (await callApi(desk.host.url, 'associations.create', {
      name: 'ASD Pallavolo Alpignano', legalForm: 'ASD', taxCode: '97000123451', address: 'Via Mazzini 3', comune: 'Alpignano', employees: 2, sites: [],
    }, admin.sessionToken)) as { id: string };

    await page.goto(`${desk.host.url}#/associazioni/${created.id}/modifica`);
    await page.getByLabel('Referente per Exar').fill('Paola Neri');

    const colleague = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'it-IT' });
    await colleague.goto(desk.host.url);
    await login(colleague, ADMIN.username, ADMIN.password);
    await colleague.goto(`${desk.host.url}#/associazioni/${created.id}/modifica`);
    await colleague.getByLabel('Telefono').fill('011 222 3333');
    await colleague.getByRole('button', { name: 'Salva le modifiche' }).click();
    await expect(colleague.getByText('011 222 3333').first()).toBeVisible();
    await colleague.close();

    await page.getByRole('button', { name: 'Salva le modifiche' }).click();
    await expect(page.getByText(/Nel frattempo un altro operatore/).first()).toBeVisible();
    await page.getByRole('button', { name: 'Carica la versione attuale' }).click();
    await expect(page.getByText(/L’altro operatore aveva cambiato: Telefono/)).toBeVisible();
    await expect(page.getByLabel('Referente per Exar')).toHaveValue('Paola Neri');
    await expect(page.getByLabel('Telefono')).toHaveValue('011 222 3333');
    await keepScreenshot(page, '14-conflict');
    await page.getByRole('button', { name: 'Salva le modifiche' }).click();
    // Both changes survive: the colleague's phone and this operator's contact person.
    await expect(page.getByText('Paola Neri').first()).toBeVisible();
    await expect(page.getByText('011 222 3333').first()).toBeVisible();
    expect(desk.pageErrors).toEqual([]);
  });
});
