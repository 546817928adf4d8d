/**
 * A need from an association's page, in a real browser: created pre-filled, its host capacity
 * shown, moved to "in analisi" (an impossible move is refused), and found in the right column
 * of the board with the keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

test.describe.serial('a need from an association', () => {
  let desk: Desk;
  let page: Page;
  let associationId: string;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const session = (await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string };
    const association = (await callApi(
      desk.host.url,
      'associations.create',
      associationInput({ name: 'ASD Nuoto Saluzzo', comune: 'Saluzzo', province: 'CN', employees: 0 }),
      session.sessionToken,
    )) as { id: string };
    associationId = association.id;
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('is created from the association’s page, pre-filled, with its host capacity', async () => {
    await page.goto(`${desk.host.url}#/associazioni/${associationId}`);
    await page.getByRole('link', { name: 'Nuovo fabbisogno' }).click();
    await expect(page.getByRole('textbox', { name: /Associazione/ })).toHaveValue(/ASD Nuoto Saluzzo/);
    await page.getByRole('textbox', { name: 'Ruolo richiesto', exact: false }).fill('Assistente bagnanti');
    await page.getByRole('checkbox', { name: 'Tirocinio' }).check();
    await page.getByRole('button', { name: 'Salva il fabbisogno' }).click();

    await expect(page.getByRole('heading', { name: 'Assistente bagnanti' })).toBeVisible();
    await expect(page.getByText('Saluzzo (CN)').first()).toBeVisible();
    await expect(page.getByText(/eccezione del protocollo AICS–Exar/)).toBeVisible();
    await keepScreenshot(page, '30-need-created');
  });

  test('moves only where the lifecycle allows, each move on the timeline', async () => {
    await expect(page.getByRole('button', { name: 'Passa a «Coperto»' })).toHaveCount(0);
    await page.getByLabel('Nota (facoltativa)').fill('Sentita la presidente');
    await page.getByRole('button', { name: 'Passa a «In analisi»' }).click();
    await expect(page.getByText('Nuovo → In analisi')).toBeVisible();
    await expect(page.getByText('Sentita la presidente')).toBeVisible();

    // Moves the core would refuse are not offered: a line says what they need instead.
    await expect(page.getByRole('button', { name: 'Passa a «Candidati proposti»' })).toHaveCount(0);
    await expect(page.getByText('Per passare a «Candidati proposti» proponi almeno un candidato.')).toBeVisible();
    await keepScreenshot(page, '31-need-transition');
  });

  test('the board shows it in the right column and opens it from the keyboard', async () => {
    await mainMenu(page).getByRole('link', { name: 'Fabbisogni', exact: true }).click();
    await page.getByText('Bacheca').click();
    const column = page.getByLabel(/Colonna In analisi \(1\)/);
    await expect(column.getByText('Assistente bagnanti')).toBeVisible();
    await expect(page.getByLabel(/Colonna Nuovo \(0\)/)).toBeVisible();
    await column.getByRole('link', { name: /Assistente bagnanti/ }).focus();
    await keepScreenshot(page, '32-need-board');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Assistente bagnanti' })).toBeVisible();
  });
});
