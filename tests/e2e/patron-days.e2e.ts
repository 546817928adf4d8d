/**
 * «Feste patronali» in a real browser (decision 0017): the administrator sees the capitals the app
 * ships, adds Ivrea through the dialog (an impossible 31 February is refused next to the day and
 * the choices stay), and the file of a host in Ivrea then says, in «Orario e periodo», that the
 * patron day has no planned hours.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const SLOW = { timeout: 30_000 };

test.describe.serial('patron days', () => {
  let desk: Desk;
  let page: Page;
  let fileId: string;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    const host = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Canoa Ivrea', comune: 'Ivrea', province: 'TO', employees: 4 }), admin)) as { id: string };
    const person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Gallo', firstName: 'Marta' }), admin)) as { id: string };
    const draft = (await callApi(desk.host.url, 'internships.create', internshipInput(person.id, host.id, { startDate: '2027-04-01', plannedEndDate: '2027-09-30' }), admin)) as {
      id: string;
    };
    fileId = draft.id;
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk?.pageErrors ?? []).toEqual([]);
    await desk?.close();
  });

  test('the shipped capitals are listed; Ivrea is added, a 31 February refused next to the day', async () => {
    await page.goto(`${desk.host.url}#/impostazioni/feste-patronali`);
    const table = page.getByRole('table', { name: 'Feste patronali dei comuni' });
    await expect(table.getByRole('row', { name: /Torino \(TO\).*24 giugno.*San Giovanni Battista/ })).toBeVisible(SLOW);
    await expect(table.getByRole('row', { name: /Asti \(AT\).*primo martedì di maggio/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /Ivrea/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Aggiungi un comune' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aggiungi la festa patronale di un comune' });
    await dialog.getByRole('textbox', { name: 'Comune' }).fill('Ivre');
    await page.getByRole('option', { name: 'Ivrea (TO)' }).click(SLOW);
    await dialog.getByRole('textbox', { name: 'Giorno' }).click();
    await page.getByRole('option', { name: '31', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Mese' }).click();
    await page.getByRole('option', { name: 'febbraio' }).click();
    await dialog.getByRole('textbox', { name: 'Santo patrono' }).fill('Santo di prova');
    await dialog.getByRole('button', { name: 'Aggiungi' }).click();
    await expect(dialog.getByText(/^Data non valida/)).toBeVisible(SLOW);
    // Nothing chosen is lost.
    await expect(dialog.getByRole('textbox', { name: 'Comune' })).toHaveValue('Ivrea (TO)');
    await expect(dialog.getByRole('textbox', { name: 'Giorno' })).toHaveValue('31');
    await expect(dialog.getByRole('textbox', { name: 'Mese' })).toHaveValue('febbraio');
    await expect(dialog.getByRole('textbox', { name: 'Santo patrono' })).toHaveValue('Santo di prova');
    await keepScreenshot(page, '95-patron-days-refused');

    await dialog.getByRole('textbox', { name: 'Giorno' }).click();
    await page.getByRole('option', { name: '24', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Mese' }).click();
    await page.getByRole('option', { name: 'giugno' }).click();
    await dialog.getByRole('button', { name: 'Aggiungi' }).click();
    await expect(dialog).toBeHidden(SLOW);
    await expect(table.getByRole('row', { name: /Ivrea \(TO\).*24 giugno.*Santo di prova.*Aggiunta da questo ufficio/ })).toBeVisible(SLOW);
    await keepScreenshot(page, '95-patron-days-list');
  });

  test('the file of a host in Ivrea plans no hours on its patron day', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${fileId}`);
    await page.getByRole('tab', { name: 'Orario e periodo' }).click(SLOW);
    await expect(page.getByText('Festa patronale di Ivrea: 24 giugno (Santo di prova), nessuna ora prevista.')).toBeVisible(SLOW);
    await expect(page.getByText('24/06/2027', { exact: true })).toBeVisible();
  });
});
