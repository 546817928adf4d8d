/**
 * From an association's request to an accepted candidate, in a real browser, as an operator:
 * create the need from the association → open its ranked candidates → the top ones show their
 * reasons (the person not available is left out) → propose two → fix an interview → accept one →
 * mark the need "coperto" → the board shows it in the right column.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, needInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const OPERATOR = { username: 'gbruno', password: 'password-operatore-2', fullName: 'Giulia Bruno' };

test.describe.serial('from a request to an accepted candidate', () => {
  let desk: Desk;
  let page: Page;
  let associationId: string;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    const association = (await callApi(
      desk.host.url,
      'associations.create',
      associationInput({ name: 'ASD Sporting Borgo Po', comune: 'Torino', province: 'TO', employees: 3 }),
      admin,
    )) as { id: string };
    associationId = association.id;
    const people: NonNullable<Parameters<typeof candidateInput>[0]>[] = [
      { lastName: 'Ferrero', firstName: 'Anna', resComune: 'Torino', skills: ['Magazzino', 'Muletto'], hoursPerWeek: 25, drivingLicences: ['B'] },
      { lastName: 'Galli', firstName: 'Marco', resComune: 'Torino', skills: ['Magazzino', 'Muletto'], hoursPerWeek: 20 },
      { lastName: 'Conti', firstName: 'Sara', resComune: 'Moncalieri', skills: ['Magazzino'], hoursPerWeek: 15 },
      { lastName: 'Rinaldi', firstName: 'Luca', resComune: 'Cuneo', resProvince: 'CN', skills: ['Cucina'] },
      { lastName: 'Amato', firstName: 'Paolo', resComune: 'Torino', skills: ['Magazzino', 'Muletto'], hoursPerWeek: 30, status: 'occupato' },
    ];
    for (const p of people) {
      await callApi(desk.host.url, 'candidates.create', candidateInput({ resProvince: 'TO', ...p }), admin);
    }
    // A second, open request: the reverse search from a profile finds it.
    await callApi(
      desk.host.url,
      'needs.create',
      needInput(associationId, { title: 'Aiuto magazzino del sabato', skills: ['Magazzino'], hoursPerWeek: 10, shifts: ['weekend'] }),
      admin,
    );
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('the need is created from the association’s page', async () => {
    await page.goto(`${desk.host.url}#/associazioni/${associationId}`);
    await page.getByRole('link', { name: 'Nuovo fabbisogno' }).click();
    await page.getByRole('textbox', { name: 'Ruolo richiesto', exact: false }).fill('Magazziniere/a');
    const skills = page.getByRole('textbox', { name: 'Competenze richieste' });
    await skills.fill('Magazzino');
    await skills.press('Enter');
    await skills.fill('Muletto');
    await skills.press('Enter');
    await page.getByRole('textbox', { name: 'Ore settimanali' }).fill('20');
    await page.getByRole('checkbox', { name: 'Tirocinio' }).check();
    await page.getByRole('button', { name: 'Salva il fabbisogno' }).click();
    await expect(page.getByRole('heading', { name: 'Magazziniere/a' })).toBeVisible();
    await expect(page.getByText(/Nessun candidato proposto finora/)).toBeVisible();
  });

  test('its candidates are ranked with their reasons; the person not available is left out until asked', async () => {
    await page.getByRole('link', { name: 'Trova candidati' }).click();
    await expect(page.getByRole('heading', { name: 'Candidati adatti' })).toBeVisible();
    const rows = page.getByTestId('ranked-candidate');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText('Ferrero Anna');
    await expect(rows.nth(0)).toContainText('Competenze: ha Magazzino, Muletto');
    await expect(rows.nth(0)).toContainText('Abita nello stesso comune (Torino)');
    await expect(rows.nth(1)).toContainText('Galli Marco');
    await expect(rows.nth(3)).toContainText('Rinaldi Luca');
    await expect(rows.nth(3)).toContainText('Competenze: manca Magazzino, Muletto');
    await expect(page.getByText(/1 non disponibile escluso/)).toBeVisible();
    await expect(page.getByText('Amato Paolo')).toHaveCount(0);
    await keepScreenshot(page, '40-ranking');

    await page.getByRole('switch', { name: 'Mostra anche i non disponibili' }).click();
    await expect(rows).toHaveCount(5);
    await expect(page.getByTestId('ranked-candidate').filter({ hasText: 'Amato Paolo' })).toContainText('non disponibile');
    await page.getByRole('switch', { name: 'Mostra anche i non disponibili' }).click();
    await expect(rows).toHaveCount(4);
  });

  test('two are proposed in one step; the need moves to "candidati proposti"', async () => {
    await page.getByRole('checkbox', { name: 'Seleziona Ferrero Anna' }).check();
    await page.getByRole('checkbox', { name: 'Seleziona Galli Marco' }).check();
    await expect(page.getByText('Selezionati: Ferrero Anna, Galli Marco')).toBeVisible();
    await page.getByRole('button', { name: 'Proponi 2 candidati' }).click();
    await page.getByLabel('Nota (facoltativa)').fill('CV inviati alla presidente');
    await keepScreenshot(page, '41-propose');
    await page.getByRole('button', { name: 'Proponi', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Magazziniere/a' })).toBeVisible();
    await expect(page.getByText('Candidati proposti').first()).toBeVisible();
    const proposals = page.getByTestId('need-match');
    await expect(proposals).toHaveCount(2);
    await expect(page.getByText('Nuovo → Candidati proposti')).toBeVisible();
  });

  test('an interview is fixed, then the candidate is accepted and the need is covered', async () => {
    const anna = page.getByTestId('need-match').filter({ hasText: 'Ferrero Anna' });
    await anna.getByRole('button', { name: 'Fissa il colloquio' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Conferma' }).click();
    await expect(dialog.getByText('Indica il giorno')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Giorno del colloquio' }).fill('15/01/2099');
    await dialog.getByRole('textbox', { name: 'Giorno del colloquio' }).press('Tab');
    await dialog.getByLabel('Ora').fill('10:30');
    await dialog.getByRole('textbox', { name: 'Luogo (facoltativo)' }).fill('Sede di corso Casale');
    await keepScreenshot(page, '42-interview');
    await dialog.getByRole('button', { name: 'Conferma' }).click();
    await expect(anna).toContainText('Colloquio fissato');
    await expect(anna).toContainText('Colloquio 15/01/2099 10:30, Sede di corso Casale');

    await anna.getByRole('button', { name: 'Segna come accettato' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Conferma' }).click();
    await expect(anna).toContainText('Accettato');
    await expect(page.getByText(/ora puoi segnare il fabbisogno come «Coperto»/)).toBeVisible();
    await keepScreenshot(page, '43-accepted');

    await page.getByRole('button', { name: 'Passa a «Coperto»' }).click();
    await expect(page.getByText('Candidati proposti → Coperto')).toBeVisible();
    // Marco is still waiting for an answer: the page says so, and his proposal is withdrawn.
    await expect(page.getByText(/Una proposta è ancora in attesa/)).toBeVisible();
    const marco = page.getByTestId('need-match').filter({ hasText: 'Galli Marco' });
    await marco.getByRole('button', { name: 'Ritira la proposta' }).click();
    await page.getByRole('dialog').getByLabel('Nota (facoltativa)').fill('Posto già coperto');
    await page.getByRole('dialog').getByRole('button', { name: 'Conferma' }).click();
    await expect(marco).toContainText('Ritirato');
    await expect(page.getByText(/ancora in attesa/)).toHaveCount(0);
  });

  test('the board shows the need in the "Coperto" column, and the profile shows the accepted proposal', async () => {
    await mainMenu(page).getByRole('link', { name: 'Fabbisogni', exact: true }).click();
    await page.getByText('Bacheca').click();
    const covered = page.getByLabel(/Colonna Coperto \(1\)/);
    await expect(covered.getByText('Magazziniere/a')).toBeVisible();
    await expect(covered.getByText('2 proposti, 1 accettato')).toBeVisible();
    await keepScreenshot(page, '44-board-covered');

    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    await page.getByRole('link', { name: /Ferrero Anna/ }).click();
    await page.getByRole('tab', { name: 'Abbinamenti' }).click();
    await expect(page.getByRole('table', { name: 'Proposte del candidato' })).toContainText('Magazziniere/a');
    await expect(page.getByRole('table', { name: 'Proposte del candidato' })).toContainText('Accettato');
    await keepScreenshot(page, '45-candidate-matches');
  });

  test('from a profile, the open needs that fit are listed and the person is proposed in one click', async () => {
    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    await page.getByRole('link', { name: /Conti Sara/ }).click();
    await page.getByRole('tab', { name: 'Abbinamenti' }).click();
    const fitting = page.getByRole('table', { name: 'Fabbisogni adatti al candidato' });
    await expect(fitting).toContainText('Aiuto magazzino del sabato');
    await expect(fitting).toContainText('Competenze: ha Magazzino');
    await expect(fitting).not.toContainText('Magazziniere/a'); // covered: no longer open
    await keepScreenshot(page, '46-candidate-fitting-needs');
    await fitting.getByRole('button', { name: 'Proponi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Proponi' }).click();
    await expect(page.getByRole('table', { name: 'Proposte del candidato' })).toContainText('Aiuto magazzino del sabato');
    await expect(fitting).toContainText('Proposto');
  });

  test('a coordinator changes the weights and the ranking is redone at once', async () => {
    await page.getByRole('button', { name: 'Menu utente' }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).click();
    await page.getByLabel('Nome utente').fill(ADMIN.username);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Accedi' }).click();
    await mainMenu(page).getByRole('link', { name: 'Fabbisogni', exact: true }).click();
    await page.getByRole('table', { name: 'Elenco dei fabbisogni' }).getByRole('link', { name: 'Aiuto magazzino del sabato' }).click();
    await page.getByRole('link', { name: 'Trova candidati' }).click();
    const rows = page.getByTestId('ranked-candidate');
    // Proposed already from her profile: her row shows the proposal, not a box to tick.
    await expect(rows.filter({ hasText: 'Conti Sara' })).toContainText('Proposto');
    await expect(rows.filter({ hasText: 'Conti Sara' }).getByRole('checkbox')).toHaveCount(0);
    await page.getByRole('button', { name: 'Pesi dei criteri' }).click();
    const dialog = page.getByRole('dialog');
    for (const label of ['Competenze richieste', 'Ore e turni compatibili']) {
      await dialog.getByRole('textbox', { name: label }).fill('0');
    }
    await dialog.getByRole('textbox', { name: 'Vicinanza (stesso comune o provincia)' }).fill('100');
    await keepScreenshot(page, '47-weights');
    await dialog.getByRole('button', { name: 'Salva e ricalcola' }).click();
    // Only the place counts now: everyone in Torino scores 100, the one in Cuneo 0.
    await expect(rows.filter({ hasText: 'Rinaldi Luca' }).getByLabel('Punteggio 0 su 100')).toBeVisible();
    await expect(rows.filter({ hasText: 'Galli Marco' }).getByLabel('Punteggio 100 su 100')).toBeVisible();
  });
});
