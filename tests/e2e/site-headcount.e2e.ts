/**
 * Issue 13 in a real browser: an operating site's own headcount. Typed in the association form's
 * site row, saved and shown with the site on the detail page; a negative number is refused with
 * the Italian message beside the box and the typed text kept; emptied, the site goes back to the
 * association's total.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const SLOW = { timeout: 20_000 };

test.describe.serial('a site’s own headcount', () => {
  let desk: Desk;
  let page: Page;
  let hostId: string;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    const host = (await callApi(
      desk.host.url,
      'associations.create',
      associationInput({ name: 'ASD Due Sedi', employees: 30, sites: [{ label: 'Palestra', address: 'Via Nizza 5', comune: 'Torino', province: 'TO' }] }),
      admin,
    )) as { id: string };
    hostId = host.id;
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    await desk?.close();
  });

  const siteBox = () => page.getByLabel('Dipendenti in questa sede');
  const save = () => page.getByRole('button', { name: 'Salva le modifiche' }).click();
  const sites = () => page.getByRole('heading', { name: 'Sedi operative' }).locator('..');

  async function openForm(): Promise<void> {
    await page.goto(`${desk.host.url}#/associazioni/${hostId}/modifica`);
    await expect(page.getByRole('heading', { name: 'Modifica: ASD Due Sedi' })).toBeVisible(SLOW);
  }

  test('a site without a number says the association’s total counts', async () => {
    await page.goto(`${desk.host.url}#/associazioni/${hostId}`);
    await expect(sites().getByText('dipendenti non indicati: conta il totale dell’associazione')).toBeVisible(SLOW);
  });

  test('typed in the site row, saved, shown with the site on the detail page', async () => {
    await openForm();
    await expect(siteBox()).toHaveValue('');
    await expect(page.getByText('Se vuoto, conta il totale dell’associazione')).toBeVisible();
    await siteBox().fill('4');
    // The site's card inside the «Sedi operative» section: the innermost card holding the box.
    const row = page.locator('.mantine-Card-root', { has: siteBox() }).last();
    await row.screenshot({ path: '/tmp/pw-sites/site-row.png' });
    await keepScreenshot(page, 'site-headcount-01-form');
    await save();
    await expect(page.getByRole('heading', { name: 'ASD Due Sedi' })).toBeVisible(SLOW);
    await expect(sites().getByText('4 dipendenti in questa sede')).toBeVisible();
    await expect(sites().getByText('Palestra:')).toBeVisible();
    await keepScreenshot(page, 'site-headcount-02-detail');
  });

  test('−2 is refused with the Italian message, and the typed text stays', async () => {
    await openForm();
    await expect(siteBox()).toHaveValue('4');
    await siteBox().fill('-2');
    await save();
    await expect(page.getByText('Dipendenti in questa sede: il numero non può essere negativo')).toBeVisible();
    await expect(siteBox()).toHaveValue('-2');
    await expect(page.getByRole('heading', { name: 'Modifica: ASD Due Sedi' })).toBeVisible();
    await keepScreenshot(page, 'site-headcount-03-negative');

    // More than the association's 30 is a typing slip too.
    await siteBox().fill('31');
    await save();
    await expect(page.getByText('Dipendenti in questa sede: non più dei dipendenti dell’associazione (30)')).toBeVisible();
    await expect(siteBox()).toHaveValue('31');
  });

  test('emptied, the site goes back to the association’s total', async () => {
    await siteBox().fill('');
    await save();
    await expect(page.getByRole('heading', { name: 'ASD Due Sedi' })).toBeVisible(SLOW);
    await expect(sites().getByText('dipendenti non indicati: conta il totale dell’associazione')).toBeVisible();
    expect(desk.pageErrors).toEqual([]);
  });
});
