/**
 * «Oggi» in a real browser, as an operator: after login the desk lands on its agenda; each item
 * made on purpose is there with its person or file, its link opens the exact place where it is
 * fixed, and once fixed it is gone. A coordinator looks at the whole office and at one operator.
 *
 * Dates are computed from today, so the story is always the same distance in the past or future.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';
import { addDaysIso, addMonthsMinusDay, firstOfMonthsAgo, italian, monthWords, romeToday } from './support/dates';

const OPERATOR = { username: 'gverdi', password: 'password-operatore-7', fullName: 'Giulia Verdi' };
const COORDINATOR = { username: 'lneri', password: 'password-coordina-7', fullName: 'Luca Neri' };

test.describe.serial('«Oggi», the first screen of the day', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;
  let fileId: string;
  let personId: string;
  const start = firstOfMonthsAgo(2);
  const lastMonth = firstOfMonthsAgo(1).slice(0, 7);
  const permitExpiry = addDaysIso(romeToday(), 20);

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    await callApi(desk.host.url, 'operators.create', { ...COORDINATOR, role: 'coordinatore', passwordConfirm: COORDINATOR.password }, admin);
    const operators = (await callApi(desk.host.url, 'operators.list', {}, admin)) as { id: string; username: string }[];
    const operatorId = operators.find((o) => o.username === OPERATOR.username)!.id;
    const host = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'APS Agenda Piena', employees: 3 }), admin)) as { id: string };
    // Hers: no privacy notice yet, a permit running out in 20 days, a file running since two months ago.
    const person = (await callApi(
      desk.host.url,
      'candidates.create',
      candidateInput({ lastName: 'Colombo', firstName: 'Sara', operatorId, permitType: 'Lavoro subordinato', permitExpiry, targetCategory: 'disoccupato' }),
      admin,
    )) as { id: string };
    personId = person.id;
    type File = { id: string; hlc: string };
    const draft = (await callApi(
      desk.host.url,
      'internships.create',
      internshipInput(person.id, host.id, { startDate: start, plannedEndDate: addMonthsMinusDay(start, 6), promoterTutorId: operatorId }),
      admin,
    )) as File;
    const signing = (await callApi(desk.host.url, 'internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin)) as File;
    await callApi(desk.host.url, 'documents.waiveSignatures', { internshipId: signing.id, reason: 'Firme raccolte su carta, scansioni in arrivo' }, admin);
    const running = (await callApi(
      desk.host.url,
      'internships.transition',
      { id: signing.id, hlc: signing.hlc, to: 'attivo', noticeDate: addDaysIso(start, -2), noticeNumber: 'UNILAV 2026/901' },
      admin,
    )) as File;
    fileId = running.id;
    // The month before last is entered: only last month's hours are missing.
    await callApi(desk.host.url, 'internships.setAttendance', { id: fileId, month: start.slice(0, 7), attendedHours: 100 }, admin);
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  const card = (title: string) => page.getByRole('region', { name: title });

  test('after login the operator lands on «Oggi», with her people and files', async () => {
    await expect(page).toHaveURL(/#\/oggi$/);
    await expect(card('Persone senza informativa privacy registrata').getByRole('link', { name: 'Colombo Sara' })).toBeVisible();
    await expect(card('Permessi di soggiorno in scadenza entro 60 giorni')).toContainText(`Permesso di soggiorno in scadenza il ${italian(permitExpiry)}`);
    await expect(card('Presenze del mese scorso da inserire')).toContainText(`Ore di ${monthWords(lastMonth)} da inserire`);
    // Below the agenda, this year's numbers for the same people: her file counts if it started this year.
    const year = romeToday().slice(0, 4);
    const numbers = page.getByTestId('year-in-numbers');
    await expect(numbers.getByRole('heading', { name: `Il ${year} in numeri` })).toBeVisible();
    await expect(numbers.getByTestId('figure-started')).toContainText(start.slice(0, 4) === year ? '1' : '0');
    await expect(numbers.getByTestId('chart-months')).toBeVisible();
    await expect(numbers.getByTestId('chart-outcomes')).toBeVisible();
    await keepScreenshot(page, '90-today-operator');
  });

  test('the missing hours open the file’s register; once entered they leave the agenda', async () => {
    await card('Presenze del mese scorso da inserire').getByRole('link', { name: /Colombo Sara/ }).click();
    await expect(page).toHaveURL(new RegExp(`#/tirocini/${fileId}\\?scheda=presenze$`));
    await expect(page.getByRole('tab', { name: 'Presenze e indennità' })).toHaveAttribute('aria-selected', 'true');
    // The hours themselves are the attendance stories' subject: entered here as the desk would after reading the sheet.
    await callApi(desk.host.url, 'internships.setAttendance', { id: fileId, month: lastMonth, attendedHours: 90 }, admin);
    await mainMenu(page).getByRole('link', { name: /^Oggi/ }).click();
    await expect(card('Persone senza informativa privacy registrata')).toBeVisible();
    await expect(card('Presenze del mese scorso da inserire')).toHaveCount(0);
  });

  test('the missing privacy notice opens the profile’s privacy tab; recorded there, it is gone', async () => {
    await card('Persone senza informativa privacy registrata').getByRole('link', { name: 'Colombo Sara' }).click();
    await expect(page).toHaveURL(new RegExp(`#/candidati/${personId}\\?scheda=privacy$`));
    await expect(page.getByRole('tab', { name: 'Privacy' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('link', { name: 'Modifica' }).click();
    await page.getByRole('tab', { name: 'Privacy' }).click();
    await page.getByRole('button', { name: 'Informativa consegnata oggi' }).click();
    await expect(page.getByRole('textbox', { name: 'Data dell’informativa' })).toHaveValue(italian(romeToday()));
    await page.getByRole('button', { name: /^Salva/ }).click();
    await expect(page.getByRole('heading', { name: /Colombo Sara/ })).toBeVisible();
    await mainMenu(page).getByRole('link', { name: /^Oggi/ }).click();
    await expect(card('Permessi di soggiorno in scadenza entro 60 giorni')).toBeVisible();
    await expect(card('Persone senza informativa privacy registrata')).toHaveCount(0);
  });

  test('a coordinator sees the whole office, and one operator’s agenda', async () => {
    await page.getByRole('button', { name: 'Menu utente' }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).click();
    await login(page, COORDINATOR.username, COORDINATOR.password);
    // Nothing is the coordinator's own.
    await expect(page.getByText('Niente in sospeso.')).toBeVisible();
    await page.getByText('Tutto l’ufficio').click();
    await expect(card('Permessi di soggiorno in scadenza entro 60 giorni').getByRole('link', { name: 'Colombo Sara' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Operatore' }).click();
    await page.getByRole('option', { name: OPERATOR.fullName }).click();
    await expect(page.getByText(OPERATOR.fullName, { exact: false }).first()).toBeVisible();
    await expect(card('Permessi di soggiorno in scadenza entro 60 giorni')).toBeVisible();
    await keepScreenshot(page, '91-today-coordinator');
    // The period's numbers and charts are one click away.
    await page.getByRole('link', { name: 'Numeri e grafici' }).click();
    await expect(page.getByRole('heading', { name: 'Report', exact: true })).toBeVisible();
  });
});
