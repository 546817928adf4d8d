/**
 * Attendance day by day in a real browser, as an operator: open an active file → «Presenze e
 * indennità» → a past month «Giorno per giorno» → «Compila come previsto» → two absences → the
 * total, the attendance and the allowance follow as one types → 25 hours on a day are refused
 * before saving → what was typed survives hiding the days, the switch to the total and another tab,
 * and leaving the page asks first → saved → a month closed meanwhile by a coordinator refuses the
 * change and keeps what was typed → a month recorded meanwhile elsewhere is not overwritten, and can
 * be reloaded → «Svuota» and a save leave a month without hours.
 *
 * Dates are computed from today, so the story is always the same distance in the past.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';
import { addMonthsMinusDay, firstOfMonthsAgo, monthWords, romeToday } from './support/dates';

const OPERATOR = { username: 'gverdi', password: 'password-operatore-7', fullName: 'Giulia Verdi' };

const italianNumber = (n: number) => n.toLocaleString('it-IT', { maximumFractionDigits: 2 });
/** The attendance share as the screen writes it: cut to 4 decimals, shown cut to one. */
const shownPercent = (attended: number, planned: number) =>
  `${(Math.floor(Math.round((Math.floor((attended * 10000) / planned) / 10000) * 1_000_000) / 1000) / 10).toLocaleString('it-IT', { maximumFractionDigits: 1 })}%`;

test.describe.serial('attendance entered day by day', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;
  let fileId: string;
  const start = firstOfMonthsAgo(2);
  const month = start.slice(0, 7);
  let planned = 0;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    const host = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'APS Giorni Uguali', employees: 3 }), admin)) as { id: string };
    const person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Colombo', firstName: 'Sara', targetCategory: 'disoccupato' }), admin)) as {
      id: string;
    };
    type File = { id: string; hlc: string };
    const draft = (await callApi(
      desk.host.url,
      'internships.create',
      internshipInput(person.id, host.id, {
        startDate: start,
        plannedEndDate: addMonthsMinusDay(start, 6),
        funding: { kind: 'misto', hostMonthlyCents: 15000, projectMonthlyCents: 30000, projectName: 'Sport e Lavoro' },
      }),
      admin,
    )) as File;
    const signed = (await callApi(desk.host.url, 'internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin)) as File;
    // Not this test's subject: a coordinator lets the file start without the signed pack.
    await callApi(desk.host.url, 'documents.waiveSignatures', { internshipId: signed.id, reason: 'Firme raccolte su carta, scansioni in arrivo' }, admin);
    const noticeDate = addMonthsMinusDay(start, 0);
    const running = (await callApi(
      desk.host.url,
      'internships.transition',
      { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate, noticeNumber: 'UNILAV 2026/777' },
      admin,
    )) as File;
    fileId = running.id;
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('a month day by day: filled as planned, two absences; the total, attendance and allowance follow', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${fileId}?scheda=presenze`);
    await expect(page.getByRole('heading', { name: /Colombo Sara/ })).toBeVisible();
    const tab = page.getByRole('tab', { name: 'Presenze e indennità' });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    const row = page.getByTestId('attendance-month').first();
    planned = Number((await row.locator('td').nth(1).innerText()).replace('.', '').replace(',', '.'));
    expect(planned).toBeGreaterThan(0);
    // No hours yet: nothing to say about the final certificate, whatever its share.
    await expect(page.getByTestId('certificate-badge')).toHaveText('Attestazione finale: si valuta con le ore registrate (serve il 70%)');
    await row.getByText('Giorno per giorno').click();
    const grid = page.getByTestId('attendance-days');
    await expect(grid).toBeVisible();
    // The weekend and any holiday are greyed with their reason.
    await expect(grid.locator('[data-kind="riposo"]').first()).toContainText('Non lavorativo');
    await grid.getByRole('button', { name: 'Compila come previsto' }).click();
    const summary = page.getByTestId('attendance-days-summary');
    await expect(summary).toContainText(`Totale: ${italianNumber(planned)} h su ${italianNumber(planned)} previste`);
    await expect(summary).toContainText('Presenza: 100%');

    const workingDays = grid.locator('[data-testid="attendance-day"][data-kind="lavorativo"]');
    const absent = [workingDays.nth(3), workingDays.nth(8)];
    let absentHours = 0;
    for (const day of absent) {
      const input = day.getByRole('textbox');
      absentHours += Number((await input.inputValue()).replace(',', '.'));
      await input.fill('0');
    }
    const attended = Math.round((planned - absentHours) * 100) / 100;
    await expect(summary).toContainText(`Totale: ${italianNumber(attended)} h`);
    await expect(summary).toContainText(`Presenza: ${shownPercent(attended, planned)}`);
    await expect(summary).toContainText('Indennità: 450,00 € (ospitante 150,00 €, progetto 300,00 €)');
    await expect(summary).toContainText('Piena (almeno 70%)');
    await keepScreenshot(page, '70-attendance-days-filled');
  });

  test('what was typed survives hiding the days, the switch to the total and another tab; leaving asks first', async () => {
    const row = page.getByTestId('attendance-month').first();
    const absentDay = () => page.getByTestId('attendance-days').locator('[data-testid="attendance-day"][data-kind="lavorativo"]').nth(3).getByRole('textbox');
    const typedTotal = (await page.getByTestId('attendance-days-summary').innerText()).match(/Totale: ([\d.,]+) h/)![1]!;

    await row.getByRole('button', { name: 'Nascondi i giorni' }).click();
    await expect(page.getByTestId('attendance-days')).toHaveCount(0);
    await expect(row).toContainText('Non salvate');
    await expect(page.getByTestId('attendance-unsaved')).toContainText(`Ore scritte e non salvate: ${monthWords(month)}.`);
    await row.getByRole('button', { name: 'Vedi i giorni' }).click();
    await expect(absentDay()).toHaveValue('0');

    await row.getByText('Totale del mese').click();
    await expect(page.getByTestId('attendance-days')).toHaveCount(0);
    await row.getByText('Giorno per giorno').click();
    await expect(absentDay()).toHaveValue('0');

    await page.getByRole('tab', { name: 'Cronologia' }).click();
    await page.getByRole('tab', { name: 'Presenze e indennità' }).click();
    await expect(absentDay()).toHaveValue('0');
    await expect(page.getByTestId('attendance-days-summary')).toContainText(`Totale: ${typedTotal} h`);

    await page.getByRole('navigation', { name: 'Percorso' }).getByRole('link', { name: 'Tirocini' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uscire senza salvare?' });
    await expect(dialog).toBeVisible();
    await keepScreenshot(page, '75-attendance-days-leave-unsaved');
    await dialog.getByRole('button', { name: 'Resta nella pagina' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(absentDay()).toHaveValue('0');
  });

  test('25 hours on a day are refused before saving, naming the day', async () => {
    const grid = page.getByTestId('attendance-days');
    const day = grid.locator('[data-testid="attendance-day"][data-kind="lavorativo"]').nth(0);
    const input = day.getByRole('textbox');
    const before = await input.inputValue();
    await input.fill('25');
    await expect(grid.getByText(/^Il \d{2}\/\d{2}\/\d{4}: le ore devono essere tra 0 e 24\.$/)).toBeVisible();
    await expect(grid.getByRole('button', { name: 'Salva i giorni' })).toBeDisabled();
    await keepScreenshot(page, '71-attendance-days-invalid');
    await input.fill(before);
    await expect(grid.getByRole('button', { name: 'Salva i giorni' })).toBeEnabled();
  });

  test('saved: the month shows the total, the attendance and the allowance, and reloads its days', async () => {
    const grid = page.getByTestId('attendance-days');
    await grid.getByRole('button', { name: 'Salva i giorni' }).click();
    const row = page.getByTestId('attendance-month').first();
    const attended = Number((await page.getByTestId('attendance-days-summary').innerText()).match(/Totale: ([\d.,]+) h/)![1]!.replace('.', '').replace(',', '.'));
    await expect(row.locator('td').nth(2)).toContainText(`${italianNumber(attended)} (giorno per giorno)`);
    await expect(row.locator('td').nth(3)).toHaveText(shownPercent(attended, planned));
    await expect(row.locator('td').nth(4)).toContainText('450,00 €');
    await expect(row.locator('td').nth(5)).toContainText('150,00 € / 300,00 €');
    await expect(grid.getByText('Modifiche non salvate')).toHaveCount(0);
    await expect(page.getByTestId('attendance-unsaved')).toHaveCount(0);
    await expect(page.getByTestId('certificate-badge')).toHaveText('Attestazione finale raggiungibile (almeno 70%)');
    await page.reload();
    await row.getByRole('button', { name: 'Vedi i giorni' }).click();
    await expect(page.getByTestId('attendance-days')).toBeVisible();
    await expect(page.getByTestId('attendance-days').locator('[data-kind="lavorativo"]').nth(3).getByRole('textbox')).toHaveValue('0');
    await keepScreenshot(page, '72-attendance-days-saved');
  });

  test('a month closed meanwhile by a coordinator refuses the change, and what was typed stays', async () => {
    await callApi(desk.host.url, 'internships.closeMonth', { id: fileId, month }, admin);
    const grid = page.getByTestId('attendance-days');
    const input = grid.locator('[data-testid="attendance-day"][data-kind="lavorativo"]').nth(3).getByRole('textbox');
    await input.fill('3,5');
    await grid.getByRole('button', { name: 'Salva i giorni' }).click();
    const [y, m] = month.split('-');
    await expect(grid.getByRole('alert')).toContainText(`Il mese ${m}/${y} è chiuso: può correggerlo solo un coordinatore.`);
    await expect(input).toHaveValue('3,5');
    await keepScreenshot(page, '73-attendance-days-closed-refused');
  });

  test('the month under way: «Compila come previsto» fills the working days up to today, holidays show their name', async () => {
    const today = romeToday();
    const row = page.getByTestId('attendance-month').filter({ hasText: new Date(`${today.slice(0, 7)}-15T12:00:00Z`).toLocaleDateString('it-IT', { month: 'long' }) });
    await row.getByText('Giorno per giorno').click();
    const grid = page.getByTestId('attendance-days').last();
    await grid.getByRole('button', { name: 'Compila come previsto' }).click();
    const working = grid.locator('[data-testid="attendance-day"][data-kind="lavorativo"]');
    const dates = await working.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date')!));
    for (const [i, date] of dates.entries()) {
      await expect(working.nth(i).getByRole('textbox')).toHaveValue(date <= today ? /^\d/ : '');
    }
    for (const holiday of await grid.locator('[data-kind="festivo"]').all()) await expect(holiday).not.toContainText('previste');
    await keepScreenshot(page, '74-attendance-days-month-under-way');
  });

  test('a month recorded meanwhile elsewhere is not overwritten: what was typed stays, and the month can be reloaded', async () => {
    const previous = firstOfMonthsAgo(1).slice(0, 7);
    const row = page.getByTestId('attendance-month').nth(1);
    await expect(row).toContainText(monthWords(previous));
    await row.getByText('Giorno per giorno').click();
    const grid = page.getByRole('group', { name: `Presenze giorno per giorno di ${monthWords(previous)}` });
    await grid.getByRole('button', { name: 'Compila come previsto' }).click();
    const first = grid.locator('[data-testid="attendance-day"][data-kind="lavorativo"]').nth(0).getByRole('textbox');
    await first.fill('2');
    // Another desk records the month first.
    await callApi(desk.host.url, 'internships.setAttendance', { id: fileId, month: previous, attendedHours: 10 }, admin);
    await grid.getByRole('button', { name: 'Salva i giorni' }).click();
    const stale = page.getByTestId('attendance-stale');
    await expect(stale).toContainText('Nel frattempo qualcuno ha registrato le ore di questo mese');
    await expect(first).toHaveValue('2');
    await keepScreenshot(page, '76-attendance-days-stale');
    await stale.getByRole('button', { name: `Ricarica ${monthWords(previous)}` }).click();
    await expect(stale).toHaveCount(0);
    await expect(row.locator('td').nth(4)).not.toHaveText('—');
    // The month as stored: a total of 10 hours, no days typed.
    await expect(first).toHaveValue('');
    await row.getByText('Totale del mese').click();
    await expect(row.getByRole('textbox', { name: `Ore svolte a ${monthWords(previous)}` })).toHaveValue('10');
  });

  test('«Svuota» and a save leave the month without hours, not with 0', async () => {
    const previous = firstOfMonthsAgo(1).slice(0, 7);
    const row = page.getByTestId('attendance-month').nth(1);
    await row.getByText('Giorno per giorno').click();
    const grid = page.getByRole('group', { name: `Presenze giorno per giorno di ${monthWords(previous)}` });
    await grid.getByRole('button', { name: 'Compila come previsto' }).click();
    await grid.getByRole('button', { name: 'Salva i giorni' }).click();
    await expect(row.locator('td').nth(2)).toContainText('(giorno per giorno)');
    await expect(row.locator('td').nth(3)).toHaveText('100%');

    await grid.getByRole('button', { name: 'Svuota' }).click();
    await expect(grid).toContainText('salvando, il mese resta senza ore registrate');
    // An empty grid is a month without hours: no attendance and nothing due, not 0% and 0 €.
    await expect(grid.getByTestId('attendance-days-summary')).toContainText('Presenza: —');
    await expect(grid.getByTestId('attendance-days-summary')).toContainText('Indennità: —');
    await expect(grid.getByTestId('attendance-days-summary')).not.toContainText('Ridotta');
    await grid.getByRole('button', { name: 'Salva i giorni' }).click();
    await expect(row.locator('td').nth(2)).toContainText('Scrivi le ore nei giorni');
    await expect(row.locator('td').nth(3)).toHaveText('—');
    await expect(row.locator('td').nth(4)).toHaveText('—');
    await expect(row.locator('td').nth(5)).toHaveText('—');
    await keepScreenshot(page, '77-attendance-days-cleared');
    const sheet = (await callApi(desk.host.url, 'internships.attendance', { id: fileId }, admin)) as { months: { month: string; attendedHours: number | null; daily: unknown }[] };
    expect(sheet.months.find((m) => m.month === previous)).toMatchObject({ attendedHours: null, daily: null });
  });
});
