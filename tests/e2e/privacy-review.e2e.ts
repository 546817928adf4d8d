/**
 * «Da rivedere» (decision 0027): a person untouched for longer than the retention period is listed
 * with why and since when; «Anonimizza» on the row asks for the surname, as on the profile, and the
 * person leaves the list. A person whose draft file is still open stays, with the reason instead.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DATABASE_FILE } from '../../electron/core/core';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const SLOW = { timeout: 20_000 };

/** As if nobody had touched the person, or their files, since 2021: the period of 24 months is long over. */
function ageing(dataDir: string, candidateId: string): void {
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare("UPDATE candidates SET updated_at = '2021-03-10T09:00:00.000Z' WHERE id = ?").run(candidateId);
    db.prepare("UPDATE internships SET updated_at = '2021-03-10T09:00:00.000Z' WHERE candidate_id = ?").run(candidateId);
  } finally {
    db.close();
  }
}

test.describe.serial('«Da rivedere»: the retention review', () => {
  let desk: Desk;
  let page: Page;
  let due: { id: string; taxCode: string };

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    due = (await callApi(desk.host.url, 'candidates.create', candidateInput({ firstName: 'Teresa', lastName: 'Bertolino', sex: 'F' }), admin)) as { id: string; taxCode: string };
    const drafted = (await callApi(desk.host.url, 'candidates.create', candidateInput({ firstName: 'Marco', lastName: 'Gili', sex: 'M' }), admin)) as { id: string };
    await callApi(desk.host.url, 'candidates.create', candidateInput({ firstName: 'Anna', lastName: 'Recente', sex: 'F' }), admin);
    const host = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Dora Baltea' }), admin)) as { id: string };
    await callApi(desk.host.url, 'internships.create', internshipInput(drafted.id, host.id), admin);
    ageing(desk.dataDir, due.id);
    ageing(desk.dataDir, drafted.id);
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('the menu counts who is due; the page lists them with why, since when, and what stands in the way', async () => {
    const link = page.getByRole('link', { name: /Dati da rivedere/ });
    await expect(link).toContainText('2', SLOW);
    await link.click();
    await expect(page.getByRole('heading', { name: 'Dati da rivedere: conservazione' })).toBeVisible(SLOW);
    await expect(page.getByText(/^Revisione di \w+ \d{4}$/)).toBeVisible();
    await expect(page.getByText('2 persone da rivedere')).toBeVisible();
    const table = page.getByRole('table', { name: 'Persone da rivedere' });
    const row = table.getByRole('row').filter({ hasText: 'Bertolino Teresa' });
    await expect(row).toContainText('Nessun tirocinio avviato, ultima attività il 10/03/2021: profilo da conservare 24 mesi.');
    await expect(row).toContainText('10/03/2023');
    const blocked = table.getByRole('row').filter({ hasText: 'Gili Marco' });
    await expect(blocked).toContainText(/la pratica di tirocinio .* \(bozza\) è ancora aperta/);
    await expect(blocked.getByRole('button', { name: /Anonimizza/ })).toHaveCount(0);
    await expect(table).not.toContainText('Recente Anna');
    await page.mouse.move(700, 10);
    await page.screenshot({ path: '/tmp/review.png', fullPage: true });
    await keepScreenshot(page, '95-privacy-review');
  });

  test('«Anonimizza» on the row asks for the surname, then the person leaves the list', async () => {
    const table = page.getByRole('table', { name: 'Persone da rivedere' });
    await table.getByRole('button', { name: 'Anonimizza Bertolino Teresa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anonimizzare Bertolino Teresa?' });
    await expect(dialog).toBeVisible();
    const confirm = dialog.getByRole('button', { name: 'Anonimizza definitivamente' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: /Per confermare scrivi il cognome/ }).fill('bertolino');
    await confirm.click();
    await expect(dialog).toBeHidden(SLOW);
    await expect(table).not.toContainText('Bertolino', SLOW);
    await expect(page.getByText('1 persona da rivedere')).toBeVisible();
    await expect(page.getByRole('link', { name: /Dati da rivedere/ })).toContainText('1');
    await page.screenshot({ path: '/tmp/review-after.png', fullPage: true });

    // The profile is anonymised, and its history says why.
    await page.goto(`${desk.host.url}#/candidati/${due.id}`);
    await expect(page.getByRole('heading', { name: 'Profilo anonimizzato' })).toBeVisible(SLOW);
  });
});
