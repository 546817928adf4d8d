/**
 * Ctrl+K and the keyboard shortcuts in a real browser: a person found by surname and by codice
 * fiscale and opened with Enter; an action found by its words; «?» lists the shortcuts; «/» goes
 * to the list's search box, Alt+N opens a new record, «]» and «[» move between tabs, Ctrl+S saves.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

test.describe.serial('keyboard: Ctrl+K and the shortcuts', () => {
  let desk: Desk;
  let page: Page;
  let person: { id: string; taxCode: string };

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'associations.create', associationInput({ name: 'Polisportiva Ginestra' }), admin);
    person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Ghiglione', firstName: 'Nicolò' }), admin)) as { id: string; taxCode: string };
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  const spotlightBox = () => page.getByRole('textbox', { name: 'Cerca ovunque' });

  test('Ctrl+K finds a person by surname, without the accent, and Enter opens the profile', async () => {
    await page.keyboard.press('Control+K');
    await expect(spotlightBox()).toBeFocused();
    await page.keyboard.type('ghiglione nicolo');
    const hit = page.getByRole('button', { name: /Ghiglione Nicolò/ });
    await expect(hit).toBeVisible();
    await expect(page.getByText('Candidati', { exact: true }).last()).toBeVisible();
    await keepScreenshot(page, '95-spotlight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/candidati/${person.id}$`));
    await expect(page.getByRole('heading', { name: /Ghiglione Nicolò/ })).toBeVisible();
    // Closed for good (its fade-out over) before the next Ctrl+K.
    await expect(spotlightBox()).toHaveCount(0);
  });

  test('Ctrl+K finds the same person by codice fiscale, and an action by its words', async () => {
    await page.keyboard.press('Control+K');
    await expect(spotlightBox()).toBeFocused();
    await page.keyboard.type(person.taxCode.toLowerCase());
    await expect(page.getByRole('button', { name: /Ghiglione Nicolò/ })).toBeVisible();
    await spotlightBox().fill('nuo cand');
    await expect(page.getByRole('button', { name: 'Nuovo candidato' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Ghiglione Nicolò/ })).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/candidati\/nuovo$/);
  });

  test('«?» lists the shortcuts; Esc closes the list', async () => {
    await mainMenu(page).getByRole('link', { name: /^Oggi/ }).click();
    await page.locator('body').press('?');
    const help = page.getByRole('dialog', { name: 'Scorciatoie da tastiera' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('row', { name: /Salva il modulo aperto/ })).toBeVisible();
    await keepScreenshot(page, '96-shortcuts-help');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
  });

  test('«/» goes to the list’s search box; Alt+N opens a new record of that list', async () => {
    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    const search = page.getByLabel('Cerca associazioni');
    await expect(search).toBeFocused();
    await page.getByRole('link', { name: 'Polisportiva Ginestra' }).focus();
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    await page.keyboard.press('Alt+N');
    await expect(page).toHaveURL(/#\/associazioni\/nuova$/);
  });

  test('«]» and «[» move between a profile’s tabs; Ctrl+S saves its form', async () => {
    await page.goto(`${desk.host.url}#/candidati/${person.id}`);
    await expect(page.getByRole('tab', { name: 'Anagrafica' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('heading', { name: /Ghiglione Nicolò/ }).focus();
    await page.keyboard.press(']');
    await expect(page.getByRole('tab', { name: 'Situazione' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('[');
    await expect(page.getByRole('tab', { name: 'Anagrafica' })).toHaveAttribute('aria-selected', 'true');

    await page.goto(`${desk.host.url}#/candidati/${person.id}/modifica`);
    await page.getByLabel('Telefono').fill('011 765 4321');
    await page.keyboard.press('Control+S');
    await expect(page.getByRole('heading', { name: /Ghiglione Nicolò/ })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/candidati/${person.id}$`));
    await expect(page.getByText('011 765 4321')).toBeVisible();
  });
});
