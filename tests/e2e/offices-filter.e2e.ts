/**
 * The «Sportello» filter and column in a real browser: a desk alone sees neither; once the
 * candidates of a second office are here (as at the regional office), the column shows each
 * profile's office, choosing «Sportello» narrows the list, and the filter survives opening a
 * profile and coming back.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { DATABASE_FILE } from '../../electron/core/core';
import { ADMIN } from '../support/setup-input';
import { candidateInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const ALBA = { id: '0190a1b2-0000-7000-8000-0000000000a1', code: 'CN01', name: 'Sportello Alba' };
const TORINO_PEOPLE = [
  ['Bianchi', 'Anna'],
  ['Conti', 'Luca'],
  ['Ferrero', 'Marta'],
] as const;
const ALBA_PEOPLE = [
  ['Gallo', 'Paolo'],
  ['Rinaldi', 'Sara'],
] as const;

/**
 * What an import from the regional exchange will leave in the file: Alba's row in `sites` and
 * profiles whose `site_id` is Alba. Written here with SQL beside the running host (WAL lets a
 * second connection write); the profiles are first created through the API, so they are complete.
 */
function receiveAlba(dataDir: string, ids: string[]): void {
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.pragma('busy_timeout = 5000');
    db.transaction(() => {
      db.prepare(
        `INSERT INTO sites (id, site_id, created_at, updated_at, updated_by, hlc, is_local, name, code, kind, promoter_name, promoter_tax_code)
         VALUES (?, ?, '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z', 'test', '0001793526400000-0000-CN01', 0, ?, ?, 'sportello',
           'Exar Società Cooperativa Sociale', '01234567897')`,
      ).run(ALBA.id, ALBA.id, ALBA.name, ALBA.code);
      const move = db.prepare('UPDATE candidates SET site_id = ? WHERE id = ?');
      for (const id of ids) move.run(ALBA.id, id);
    })();
  } finally {
    db.close();
  }
}

test.describe.serial('the «Sportello» filter', () => {
  let desk: Desk;
  let page: Page;
  const albaIds: string[] = [];

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const session = (await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string };
    for (const [lastName, firstName] of TORINO_PEOPLE) {
      await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName, firstName }), session.sessionToken);
    }
    for (const [lastName, firstName] of ALBA_PEOPLE) {
      const created = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName, firstName }), session.sessionToken)) as { id: string };
      albaIds.push(created.id);
    }
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  const table = () => page.getByRole('table', { name: 'Elenco dei candidati' });
  const rows = () => table().locator('tbody tr');
  const officeFilter = () => page.getByRole('textbox', { name: 'Sportello', exact: true });

  test('a desk alone sees no «Sportello» filter or column', async () => {
    // The list learns the offices known here on its own: wait for that answer, or an absent column proves nothing.
    const offices = page.waitForResponse((r) => r.url().endsWith('/api/reference.offices'));
    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    await offices;
    await expect(rows()).toHaveCount(5);
    await expect(table().getByRole('columnheader', { name: 'Sportello' })).toHaveCount(0);
    await expect(officeFilter()).toHaveCount(0);
  });

  test('with a second office’s profiles, the column shows each one’s office', async () => {
    receiveAlba(desk.dataDir, albaIds);
    await page.reload();
    await expect(table().getByRole('columnheader', { name: 'Sportello' })).toBeVisible();
    await expect(rows()).toHaveCount(5);
    for (const [lastName, firstName] of TORINO_PEOPLE) {
      await expect(rows().filter({ hasText: `${lastName} ${firstName}` })).toContainText('TO01');
    }
    for (const [lastName, firstName] of ALBA_PEOPLE) {
      await expect(rows().filter({ hasText: `${lastName} ${firstName}` })).toContainText('CN01');
    }
    await keepScreenshot(page, 'offices-filter-all');
  });

  test('choosing «Sportello» narrows the list to that office', async () => {
    await officeFilter().click();
    await expect(page.getByRole('option', { name: 'TO01 · Sportello Torino' })).toBeVisible();
    await page.getByRole('option', { name: 'CN01 · Sportello Alba' }).click();
    await expect(officeFilter()).toHaveValue('CN01 · Sportello Alba');
    await expect(rows()).toHaveCount(2);
    await expect(page.getByText('2 candidati', { exact: true })).toBeVisible();
    await expect(table()).not.toContainText('TO01');
    expect(page.url()).toContain(`sportello=${ALBA.id}`);
    await keepScreenshot(page, 'offices-filter');
  });

  test('the filter survives opening a profile and going back', async () => {
    await table().getByRole('link', { name: 'Gallo Paolo' }).click();
    await expect(page.getByRole('heading', { name: /Gallo Paolo/ })).toBeVisible();
    await page.goBack();
    await expect(officeFilter()).toHaveValue('CN01 · Sportello Alba');
    await expect(rows()).toHaveCount(2);
    await expect(rows().first()).toContainText('Gallo Paolo');
    await expect(rows().last()).toContainText('Rinaldi Sara');
  });
});
