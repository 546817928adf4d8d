/**
 * A file opened from scratch in a real browser, as an operator: from the person's profile
 * «Nuova pratica di tirocinio» → saving without a host says what is missing and keeps what was
 * typed → the host, its site and its need are picked by typing → the file is saved → its schedule
 * tab shows the week and the hours over the whole file → the list finds it by host and by
 * «Solo le mie», and keeps the filter in the address when coming back from the file.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, needInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';
import { italian } from './support/dates';

const OPERATOR = { username: 'lgallo', password: 'password-operatore-7', fullName: 'Luisa Gallo' };

/**
 * A fixed period, so the hours over the whole file are a number worked out by hand: 88 weekdays
 * from Monday 02/09/2030 to Wednesday 01/01/2031, less five holidays on weekdays (04/10 San
 * Francesco, 01/11, 25/12, 26/12, 01/01; 08/12 is a Sunday) = 83 days of 5 hours.
 */
const START = '2030-09-02';
const END = '2031-01-01';
const PLANNED_HOURS = '415 h';

test.describe.serial('an internship file opened from scratch', () => {
  let desk: Desk;
  let page: Page;
  let candidateId: string;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    const host = (await callApi(
      desk.host.url,
      'associations.create',
      associationInput({ name: 'APS Danza Aurora', comune: 'Chieri', province: 'TO', employees: 1, sites: [{ label: 'Sala Nord', address: 'Via Vittorio Emanuele 12', comune: 'Chieri', province: 'TO' }] }),
      admin,
    )) as { id: string };
    await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Nuoto Chieri', comune: 'Chieri', province: 'TO' }), admin);
    await callApi(desk.host.url, 'needs.create', needInput(host.id, { title: 'Assistente istruttore/a di danza', hoursPerWeek: 25 }), admin);
    const person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Conti', firstName: 'Giulia', targetCategory: 'disoccupato' }), admin)) as { id: string };
    candidateId = person.id;
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('from the profile, a new file knows the person; without a host it says what is missing and keeps what was typed', async () => {
    await page.goto(`${desk.host.url}#/candidati/${candidateId}`);
    await page.getByRole('link', { name: 'Nuova pratica di tirocinio' }).click();
    await expect(page.getByRole('heading', { name: 'Nuova pratica di tirocinio' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Candidato' })).toHaveValue(/^Conti Giulia/);
    await page.getByRole('textbox', { name: 'Nome e cognome' }).fill('Sara Ferri');
    await page.getByRole('button', { name: 'Salva la pratica' }).click();
    await expect(page.getByText('Scegli l’associazione ospitante')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Nome e cognome' })).toHaveValue('Sara Ferri');
  });

  test('the host, its site and its need are picked by typing; the file is saved as a numbered draft', async () => {
    const host = page.getByRole('textbox', { name: 'Associazione ospitante' });
    await host.fill('aurora');
    await page.getByRole('option', { name: /APS Danza Aurora/ }).click();
    await page.getByRole('textbox', { name: 'Sede del tirocinio' }).click();
    await page.getByRole('option', { name: /Sala Nord/ }).click();
    await page.getByRole('textbox', { name: 'Fabbisogno a cui risponde' }).click();
    await page.getByRole('option', { name: /Assistente istruttore\/a di danza/ }).click();
    await page.getByRole('textbox', { name: 'Codice fiscale' }).fill('FRRSRA80A41L219W');
    const from = page.getByRole('textbox', { name: 'Data di inizio' });
    await from.fill(italian(START));
    await from.press('Tab');
    const to = page.getByRole('textbox', { name: 'Data di fine prevista' });
    await to.fill(italian(END));
    await to.press('Tab');
    for (const day of ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì']) {
      await page.getByRole('textbox', { name: `Ore di ${day}` }).fill('5');
    }
    await page.getByRole('textbox', { name: 'Indennità mensile' }).fill('400');
    await page.getByRole('radio', { name: 'Soggetto ospitante' }).check();
    await keepScreenshot(page, '57-internship-new-form');
    await page.getByRole('button', { name: 'Salva la pratica' }).click();
    await expect(page.getByRole('heading', { name: /^Tirocinio TO01-\d{4}-0001: Conti Giulia$/ })).toBeVisible();
    await expect(page.getByText('presso APS Danza Aurora')).toBeVisible();
  });

  test('the schedule tab shows the week, its total and the hours over the whole file', async () => {
    await page.getByRole('tab', { name: 'Orario e periodo' }).click();
    const week = page.getByRole('table', { name: 'Orario settimanale' });
    await expect(week.getByRole('row', { name: /Lunedì/ })).toContainText('5');
    await expect(week.getByRole('row', { name: /Sabato/ })).toContainText('riposo');
    await expect(week).toContainText('25 h');
    await expect(page.getByText('4 mesi', { exact: true })).toBeVisible();
    await expect(page.getByText(PLANNED_HOURS, { exact: true })).toBeVisible();
    await expect(page.getByText('04/10/2030')).toBeVisible();
    await keepScreenshot(page, '58-internship-schedule-tab');
    await page.getByRole('tab', { name: 'Documenti' }).click();
    await expect(page.getByText('Convenzione di tirocinio')).toBeVisible();
  });

  test('the list finds it by host and by «Solo le mie», and keeps the filter after opening the file', async () => {
    await mainMenu(page).getByRole('link', { name: 'Tirocini', exact: true }).click();
    const host = page.getByRole('textbox', { name: 'Associazione ospitante' });
    await host.fill('nuoto');
    await page.getByRole('option', { name: /ASD Nuoto Chieri/ }).click();
    await expect(page.getByText('Nessuna pratica da mostrare.')).toBeVisible();
    await host.fill('aurora');
    await page.getByRole('option', { name: /APS Danza Aurora/ }).click();
    const table = page.getByRole('table', { name: 'Elenco dei tirocini' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Conti Giulia');
    await page.getByRole('button', { name: 'Togli tutti i filtri' }).click();
    await page.getByRole('button', { name: 'Solo le mie' }).click();
    await expect(table).toContainText('Luisa Gallo');
    await keepScreenshot(page, '59-internships-list-mine');
    await table.getByRole('link', { name: /^TO01-/ }).click();
    await page.goBack();
    await expect(page.getByRole('textbox', { name: 'Tutor Exar' })).toHaveValue('Luisa Gallo (io)');
    await expect(table.getByRole('row')).toHaveCount(2);
  });

  test('the person’s page lists the file; a draft opened by mistake is deleted and restored', async () => {
    await page.goto(`${desk.host.url}#/candidati/${candidateId}?scheda=tirocini`);
    const files = page.getByRole('table', { name: 'Tirocini della persona' });
    await expect(files).toContainText('APS Danza Aurora');
    await files.getByRole('link', { name: /^TO01-/ }).click();
    await page.getByRole('button', { name: 'Elimina la bozza' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Elimina' }).click();
    await expect(page.getByText(/^Pratica eliminata il /)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Manda in firma' })).toHaveCount(0);
    await keepScreenshot(page, '5a-internship-draft-deleted');
    await mainMenu(page).getByRole('link', { name: 'Tirocini', exact: true }).click();
    await expect(page.getByText('Nessuna pratica da mostrare.')).toBeVisible();
    await page.goBack();
    await page.getByRole('button', { name: 'Ripristina' }).click();
    await expect(page.getByText(/^Pratica eliminata il /)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Manda in firma' })).toBeVisible();
  });
});
