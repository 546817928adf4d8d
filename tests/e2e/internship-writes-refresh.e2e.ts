/**
 * The internship page after writes, with nothing threaded between its cards (decision 0018): hours typed
 * in the register survive the refresh another card's save causes, a colleague's hours arriving that way are
 * refused rather than overwritten, saved days never come back as typed, typed hours survive the idle lock,
 * and a step refused as stale shows the file as it is now.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { login, openDesk, type Desk } from './support/desk';
import { addDaysIso, addMonthsMinusDay, firstOfMonthsAgo, italian, monthWords, romeToday } from './support/dates';

const OPERATOR = { username: 'gverdi', password: 'password-operatore-7', fullName: 'Giulia Verdi' };

test.describe.serial('the internship page after writes', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;
  let fileId: string;
  const start = firstOfMonthsAgo(2);
  const month = start.slice(0, 7);

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    const host = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'APS Verifica', employees: 3 }), admin)) as { id: string };
    const person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Colombo', firstName: 'Sara', targetCategory: 'disoccupato' }), admin)) as { id: string };
    type File = { id: string; hlc: string };
    const draft = (await callApi(desk.host.url, 'internships.create', internshipInput(person.id, host.id, { startDate: start, plannedEndDate: addMonthsMinusDay(start, 6) }), admin)) as File;
    const signed = (await callApi(desk.host.url, 'internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin)) as File;
    await callApi(desk.host.url, 'documents.waiveSignatures', { internshipId: signed.id, reason: 'Firme raccolte su carta, scansioni in arrivo' }, admin);
    const running = (await callApi(desk.host.url, 'internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: addDaysIso(start, -1), noticeNumber: 'UNILAV 1' }, admin)) as File;
    fileId = running.id;
    await page.clock.install();
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('hours typed survive a refetch after another card saves; a colleague’s hours brought in by it are not overwritten', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${fileId}?scheda=presenze`);
    const row = page.getByTestId('attendance-month').first();
    await row.getByText('Giorno per giorno').click();
    const grid = page.getByTestId('attendance-days');
    await grid.getByRole('button', { name: 'Compila come previsto' }).click();
    const day = grid.locator('[data-testid="attendance-day"][data-kind="lavorativo"]').nth(3).getByRole('textbox');
    await day.fill('0');

    // A colleague records the month as a total; then this desk saves something else on the page.
    await callApi(desk.host.url, 'internships.setAttendance', { id: fileId, month, attendedHours: 10 }, admin);
    const card = page.getByTestId('portal-reference');
    await card.getByRole('button', { name: 'Registra il riferimento' }).click();
    await card.getByRole('textbox', { name: 'Riferimento sul Portale Tirocini' }).fill('PT-2026-42');
    await card.getByRole('button', { name: 'Salva il riferimento' }).click();
    // The write shows itself without any reload prop…
    await expect(card).toContainText('Riferimento: PT-2026-42');
    // …and the register was refetched (the colleague's total shows in the month's amounts), the typed day stays.
    await expect(row.locator('td').nth(3)).not.toHaveText('—');
    await expect(day).toHaveValue('0');
    await expect(row).toContainText('Non salvate');

    await grid.getByRole('button', { name: 'Salva i giorni' }).click();
    await expect(page.getByTestId('attendance-stale')).toContainText('Nel frattempo qualcuno ha registrato le ore di questo mese');
    await expect(day).toHaveValue('0');
    const sheet = (await callApi(desk.host.url, 'internships.attendance', { id: fileId }, admin)) as { months: { month: string; attendedHours: number | null; daily: unknown }[] };
    expect(sheet.months.find((m) => m.month === month)).toMatchObject({ attendedHours: 10, daily: null });

    await page.getByTestId('attendance-stale').getByRole('button', { name: `Ricarica ${monthWords(month)}` }).click();
    await expect(page.getByTestId('attendance-stale')).toHaveCount(0);
    await expect(day).toHaveValue('');
  });

  test('saved days are not brought back as typed when a later version of the month arrives', async () => {
    const row = page.getByTestId('attendance-month').first();
    const grid = page.getByTestId('attendance-days');
    await grid.getByRole('button', { name: 'Compila come previsto' }).click();
    await grid.getByRole('button', { name: 'Salva i giorni' }).click();
    await expect(row.locator('td').nth(2)).toContainText('(giorno per giorno)');
    await expect(page.getByTestId('attendance-unsaved')).toHaveCount(0);
    // A colleague's total, then any save here refetches the register.
    await callApi(desk.host.url, 'internships.setAttendance', { id: fileId, month, attendedHours: 12 }, admin);
    const card = page.getByTestId('portal-reference');
    await card.getByRole('button', { name: 'Modifica il riferimento' }).click();
    await card.getByRole('textbox', { name: 'Riferimento sul Portale Tirocini' }).fill('PT-2026-43');
    await card.getByRole('button', { name: 'Salva il riferimento' }).click();
    await expect(card).toContainText('Riferimento: PT-2026-43');
    await row.getByText('Totale del mese').click();
    await expect(row.getByRole('textbox', { name: `Ore svolte a ${monthWords(month)}` })).toHaveValue('12');
    await expect(page.getByTestId('attendance-unsaved')).toHaveCount(0);
  });

  test('hours typed survive the idle lock and the unlock', async () => {
    const row = page.getByTestId('attendance-month').first();
    const box = row.getByRole('textbox', { name: `Ore svolte a ${monthWords(month)}` });
    await box.fill('33');
    await page.clock.fastForward('16:00');
    const lock = page.getByRole('dialog', { name: 'Sblocca la sessione' });
    await expect(lock).toBeVisible();
    await lock.getByLabel('Password').fill(OPERATOR.password);
    await lock.getByRole('button', { name: 'Sblocca' }).click();
    await expect(lock).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Colombo Sara/ })).toBeVisible();
    await expect(box).toHaveValue('33');
    await expect(page.getByTestId('attendance-unsaved')).toBeVisible();
    await box.fill('12');
  });

  test('a step refused as stale shows the file as it is now, and the next try goes through', async () => {
    const file = (await callApi(desk.host.url, 'internships.get', { id: fileId }, admin)) as { hlc: string };
    await callApi(desk.host.url, 'internships.setPortalReference', { id: fileId, hlc: file.hlc, portalReference: 'PT-COLLEGA' }, admin);
    const conclude = async () => {
      await page.getByRole('button', { name: 'Concludi' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Esito' }).click();
      await page.getByRole('option', { name: 'Assunto dall’ente ospitante' }).click();
      const end = dialog.getByRole('textbox', { name: 'Fine effettiva' });
      await end.fill(italian(romeToday()));
      await end.press('Tab');
      await dialog.getByRole('button', { name: 'Concludi' }).click();
    };
    await conclude();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('portal-reference')).toContainText('Riferimento: PT-COLLEGA');
    await conclude();
    await expect(page.getByTestId('internship-closing')).toBeVisible();
    await expect(page.getByText('Concluso').first()).toBeVisible();
  });
});
