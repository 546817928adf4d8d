/**
 * «Regole regionali» in a real browser, as a coordinator: the built-in Piedmont rules are in force
 * and read-only → a new version copied from them, with a shorter maximum for the unemployed and a
 * date a year from now → a wrong allowance is refused next to its field → saved → corrected, with
 * the change in its history → listed as not yet in force. An operator reads the rules but cannot
 * add or change any.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const COORDINATOR = { username: 'gverdi', password: 'password-coordinatore-3', fullName: 'Giulia Verdi' };
const OPERATOR = { username: 'pneri', password: 'password-operatore-3', fullName: 'Paolo Neri' };
const BUILT_IN = 'Regione Piemonte – DGR 85-6277 del 22/12/2017';

/** A year from today, as the desk writes it and as the list shows it. */
function nextYear(): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date()).split('-');
  return `${d}/${m}/${Number(y) + 1}`;
}

test.describe.serial('a coordinator adds a version of the regional rules', () => {
  let desk: Desk;
  let page: Page;
  const validFrom = nextYear();

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    for (const [who, role] of [
      [COORDINATOR, 'coordinatore'],
      [OPERATOR, 'operatore'],
    ] as const) {
      await callApi(desk.host.url, 'operators.create', { ...who, role, passwordConfirm: who.password }, admin);
    }
    await page.goto(desk.host.url);
    await login(page, COORDINATOR.username, COORDINATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('the built-in rules are in force today and cannot be changed', async () => {
    await page.getByRole('link', { name: 'Regole regionali' }).click();
    await expect(page.getByRole('heading', { name: 'Regole regionali' })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(BUILT_IN) });
    await expect(row.getByText('In vigore oggi')).toBeVisible();
    await keepScreenshot(page, '60-rule-sets-list');
    await row.getByRole('link', { name: BUILT_IN }).click();
    await expect(page.getByText('Sola lettura')).toBeVisible();
    await expect(page.getByText(/non si modificano né si eliminano/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Modifica' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Minimo pieno' })).toHaveValue('600 €');
    await keepScreenshot(page, '61-rule-set-built-in');
  });

  test('a new version is copied from the one in force; a wrong number is refused next to its field', async () => {
    await page.getByRole('link', { name: 'Regole regionali' }).click();
    await page.getByRole('link', { name: 'Nuova versione' }).click();
    await expect(page.getByRole('heading', { name: 'Nuova versione delle regole' })).toBeVisible();
    await expect(page.getByText(`I numeri sono copiati da «${BUILT_IN}»`)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Massimo: Disoccupato/a' })).toHaveValue('6');
    await expect(page.getByRole('textbox', { name: 'Presenza per l’indennità piena' })).toHaveValue('70 %');

    await page.getByRole('textbox', { name: 'Nome' }).fill('Regione Piemonte – nuova DGR');
    const date = page.getByRole('textbox', { name: 'In vigore dal' });
    await date.fill(validFrom);
    await date.press('Tab');
    await page.getByRole('textbox', { name: 'Massimo: Disoccupato/a' }).fill('5');
    const floor = page.getByRole('textbox', { name: 'Minimo ridotto' });
    await floor.fill('700');
    await page.getByRole('button', { name: 'Salva la nuova versione' }).click();
    await expect(page.getByText('L’indennità ridotta non può superare quella piena')).toBeVisible();
    await page.evaluate('window.scrollTo(0, 0)');
    await keepScreenshot(page, '62-rule-set-new-refused');

    await floor.fill('300');
    await page.getByRole('button', { name: 'Salva la nuova versione' }).click();
    await expect(page.getByRole('heading', { name: 'Regione Piemonte – nuova DGR' })).toBeVisible();
    await expect(page.getByText(`In vigore dal ${validFrom}`)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Massimo: Disoccupato/a' })).toHaveValue('5');
    await expect(page.getByRole('button', { name: 'Modifica' })).toBeVisible();
    await page.evaluate('window.scrollTo(0, 0)');
    await keepScreenshot(page, '63-rule-set-saved');
  });

  test('a version no file has started on is corrected; the history shows the number before and after', async () => {
    await page.getByRole('button', { name: 'Modifica' }).click();
    await page.getByRole('textbox', { name: 'Massimo: Disoccupato/a' }).fill('4');
    await page.getByRole('button', { name: 'Salva la correzione' }).click();
    await expect(page.getByText('Le pratiche in bozza seguono già i nuovi numeri.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Modifica' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Massimo: Disoccupato/a' })).toHaveValue('4');
    const history = page.getByText('Storico delle modifiche').locator('..');
    await expect(history.getByText(/^Modificata/)).toBeVisible();
    await expect(history.getByRole('row', { name: /Durata massima: Disoccupato\/a\s*5\s*4/ })).toBeVisible();
    await page.evaluate('window.scrollTo(0, 0)');
    await keepScreenshot(page, '64-rule-set-corrected');
  });

  test('the list shows the new version as coming, beside the one in force', async () => {
    await page.getByRole('link', { name: '← Tutte le versioni' }).click();
    const row = page.getByRole('row', { name: /Regione Piemonte – nuova DGR/ });
    await expect(row.getByText('Non ancora in vigore')).toBeVisible();
    await expect(row.getByText(validFrom)).toBeVisible();
    await expect(row.getByText('Nessuna')).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(BUILT_IN) }).getByText('In vigore oggi')).toBeVisible();
    await keepScreenshot(page, '65-rule-sets-two-versions');
  });

  test('an operator reads the rules but cannot add or change them', async () => {
    await page.getByRole('button', { name: 'Menu utente' }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).click();
    await page.goto(`${desk.host.url}#/associazioni`);
    await login(page, OPERATOR.username, OPERATOR.password);
    await page.getByRole('link', { name: 'Regole regionali' }).click();
    await expect(page.getByRole('row', { name: /Regione Piemonte – nuova DGR/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nuova versione' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Regione Piemonte – nuova DGR' }).click();
    await expect(page.getByText('Solo un coordinatore può modificare le regole.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Modifica' })).toHaveCount(0);
    await keepScreenshot(page, '66-rule-set-operator');
  });
});
