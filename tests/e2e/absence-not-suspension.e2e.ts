/**
 * A desk operator, in a real browser, tries to suspend a running tirocinio for a 5-day illness:
 * the core refuses it and the dialog says why and what to do (enter the days as absences in the
 * month's attendance); the operator does so, and the month still pays the full allowance, because
 * absences never remove planned hours or allowance and the attendance stays above 70%. Last, a
 * coordinator finds a short suspension saved before the rule listed in Tirocini and converts it.
 *
 * The file runs from the first day of the month two months ago, 25 hours a week, €450 a month;
 * the illness is Monday to Friday of the first full week of last month.
 */
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/core/core';
import { formatCents } from '@shared/format/money';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { login, openDesk, type Desk } from './support/desk';
import { addDaysIso, addMonthsMinusDay, firstOfMonthsAgo, italian, monthWords } from './support/dates';

const OPERATOR = { username: 'gbianco', password: 'password-operatore-13', fullName: 'Giorgio Bianco' };
const COORDINATOR = { username: 'lverdi', password: 'password-coordinatore-13', fullName: 'Laura Verdi' };
const SLOW = { timeout: 20_000 };

interface File {
  id: string;
  hlc: string;
  number: string;
}

/**
 * A 5-day suspension as files saved before the rule hold one (the core no longer records it):
 * written with SQL beside the running host (WAL lets a second connection write).
 */
function legacySuspension(dataDir: string, fileId: string, from: string, to: string): void {
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.pragma('busy_timeout = 5000');
    const file = db.prepare('SELECT site_id AS siteId, hlc FROM internships WHERE id = ?').get(fileId) as { siteId: string; hlc: string };
    const at = new Date().toISOString();
    db.prepare(
      `INSERT INTO internship_suspensions (id, site_id, created_at, updated_at, updated_by, hlc, deleted_at, internship_id, from_date, to_date, reason, excluded, note)
       VALUES (?, ?, ?, ?, 'versione precedente', ?, NULL, ?, ?, ?, 'malattia', 0, NULL)`,
    ).run(randomUUID(), file.siteId, at, at, file.hlc, fileId, from, to);
  } finally {
    db.close();
  }
}

/** The first Monday on or after `iso`. */
function firstMonday(iso: string): string {
  const weekday = new Date(`${iso}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDaysIso(iso, (8 - weekday) % 7);
}

test.describe.serial('a short absence is entered as absences, not as a suspension', () => {
  let desk: Desk;
  let page: Page;
  let file: File;
  const start = firstOfMonthsAgo(2);
  const month = firstOfMonthsAgo(1).slice(0, 7);
  const illnessFrom = firstMonday(firstOfMonthsAgo(1));
  const illnessTo = addDaysIso(illnessFrom, 4);

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    await callApi(desk.host.url, 'operators.create', { ...COORDINATOR, role: 'coordinatore', passwordConfirm: COORDINATOR.password }, admin);
    const host = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Nuoto Chieri', comune: 'Chieri', province: 'TO', employees: 4 }), admin)) as { id: string };
    const person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Ferraris', firstName: 'Sara', targetCategory: 'disoccupato' }), admin)) as { id: string };
    const draft = (await callApi(
      desk.host.url,
      'internships.create',
      internshipInput(person.id, host.id, {
        startDate: start,
        plannedEndDate: addMonthsMinusDay(start, 6),
        weeklySchedule: { 1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 0, 7: 0 },
        monthlyAllowanceCents: 45000,
        funding: { kind: 'ospitante' },
      }),
      admin,
    )) as File;
    const signed = (await callApi(desk.host.url, 'internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin)) as File;
    // The signed pack and the start have their own stories: here the file is simply running.
    await callApi(desk.host.url, 'documents.waiveSignatures', { internshipId: signed.id, reason: 'Firme raccolte su carta, scansioni in arrivo' }, admin);
    file = (await callApi(desk.host.url, 'internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: addDaysIso(start, -1), noticeNumber: 'UNILAV 2026/513' }, admin)) as File;
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('a 5-day «sospensione» for illness is refused, and the dialog says to enter the days as absences', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${file.id}`);
    await expect(page.getByRole('heading', { name: /Ferraris Sara/ })).toBeVisible(SLOW);
    await page.getByRole('button', { name: 'Sospendi' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('suspension-rule')).toContainText('almeno 30 giorni', SLOW);
    await dialog.getByRole('textbox', { name: 'Motivo' }).click();
    await page.getByRole('option', { name: 'Malattia' }).click();
    const since = dialog.getByRole('textbox', { name: 'Dal giorno' });
    await since.fill(italian(illnessFrom));
    await since.press('Tab');
    const until = dialog.getByRole('textbox', { name: 'Fino al (previsto)' });
    // An impossible date is said beside the box and kept, in this dialog too.
    await until.fill('31/02/2026');
    await until.press('Tab');
    await expect(dialog.getByText(/data non valida/i)).toBeVisible(SLOW);
    await expect(until).toHaveValue('31/02/2026');
    await until.fill(italian(illnessTo));
    await until.press('Tab');
    await dialog.getByRole('button', { name: 'Sospendi' }).click();

    const refusal = dialog.getByTestId('suspension-refusal');
    await expect(refusal).toContainText('Una malattia di 5 giorni non è una sospensione', SLOW);
    await expect(refusal).toContainText(
      `Registra i giorni dal ${italian(illnessFrom)} al ${italian(illnessTo)} come assenze nelle presenze di ${monthWords(month)}: contano per la soglia del 70% ma non tolgono ore previste né indennità.`,
    );
    // What was typed stays, to correct or to cancel.
    await expect(until).toHaveValue(italian(illnessTo));
    await page.screenshot({ path: '/tmp/rules-refusal.png', fullPage: true });
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText('Attivo').first()).toBeVisible();
  });

  test('the days entered as absences in the month: attendance above 70%, the full €450 is due', async () => {
    await page.getByRole('tab', { name: 'Presenze e indennità' }).click();
    const row = page.getByTestId('attendance-month').filter({ hasText: new RegExp(monthWords(month), 'i') });
    await expect(row).toHaveCount(1, SLOW);
    const plannedText = await row.locator('td').nth(1).innerText();
    const planned = Number(plannedText.replace('.', '').replace(',', '.'));
    // Five days of 5 hours absent, 2.5 hours made up on another day: no planned hour is taken away.
    const attended = planned - 25 + 2.5;
    await row.getByRole('textbox').fill(String(attended).replace('.', ','));
    await row.getByRole('button', { name: 'Salva' }).click();
    await expect(row.locator('td').nth(4)).not.toHaveText('—', SLOW);
    await expect(row.locator('td').nth(1)).toHaveText(plannedText);
    await expect(row.locator('td').nth(4)).toHaveText(formatCents(45000), SLOW);
    await expect(row).not.toContainText('ridotta');
    const share = Number((await row.locator('td').nth(3).innerText()).replace('%', '').replace(',', '.'));
    expect(share).toBeGreaterThanOrEqual(70);
    await page.screenshot({ path: '/tmp/rules-attendance.png', fullPage: true });
  });

  test('a suspension saved before the rule is listed for a coordinator, who converts it into absences', async ({ browser }) => {
    const from = firstMonday(start);
    legacySuspension(desk.dataDir, file.id, from, addDaysIso(from, 4));
    const coordinator = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'it-IT' });
    try {
      await coordinator.goto(desk.host.url);
      await login(coordinator, COORDINATOR.username, COORDINATOR.password);
      await coordinator.goto(`${desk.host.url}#/tirocini`);
      const alert = coordinator.getByTestId('short-suspensions');
      await expect(alert).toContainText(file.number, SLOW);
      await expect(alert).toContainText(`Malattia dal ${italian(from)} al ${italian(addDaysIso(from, 4))} (5 giorni)`);
      await coordinator.screenshot({ path: '/tmp/rules-coordinator.png', fullPage: true });
      await alert.getByRole('button', { name: 'Converti in assenze' }).click();
      await expect(alert).toHaveCount(0, SLOW);
      await expect(coordinator.getByText(`La sospensione della pratica ${file.number} è ora un’assenza`)).toBeVisible();
    } finally {
      await coordinator.close();
    }
  });
});
