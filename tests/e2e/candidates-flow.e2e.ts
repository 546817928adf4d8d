/**
 * A candidate's profile in a real browser against the real web host: the codice fiscale fills
 * the birth data, a wrong check letter loses nothing, the same code twice points to the first
 * profile, a CV is attached and opened, the informativa recorded, the person found by a skill,
 * and special-category data stay out of sight for a role without the permission.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { TINY_PDF } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const OPERATOR = { username: 'lverdi', password: 'password-operatore-1', fullName: 'Luca Verdi' };
const CF = 'RSSMRA85T10A562S';

test.describe.serial('the candidate profile', () => {
  let desk: Desk;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const session = (await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string };
    await callApi(
      desk.host.url,
      'operators.create',
      { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password },
      session.sessionToken,
    );
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });

  test('the codice fiscale fills the birth data; a wrong check letter is refused and nothing typed is lost', async () => {
    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Candidati' })).toBeVisible();
    await page.getByRole('link', { name: 'Nuovo candidato' }).first().click();

    await textbox('Cognome').fill('Rossi');
    await textbox('Nome').fill('Mario');
    await textbox('Codice fiscale').fill('RSSMRA85T10A562X');
    await expect(page.getByText('carattere di controllo (l’ultimo) non corrisponde').first()).toBeVisible();
    await keepScreenshot(page, '20-candidate-wrong-check-letter');
    await page.getByRole('button', { name: 'Salva il candidato' }).click();
    await expect(page.getByText('carattere di controllo (l’ultimo) non corrisponde').first()).toBeVisible();
    await expect(textbox('Cognome')).toHaveValue('Rossi');
    await expect(textbox('Nome')).toHaveValue('Mario');

    await textbox('Codice fiscale').fill(CF);
    await expect(textbox('Data di nascita')).toHaveValue('10/12/1985');
    await expect(textbox('Luogo di nascita')).toHaveValue('San Giuliano Terme (PI)');
    await expect(page.getByText('carattere di controllo')).toHaveCount(0);
    await keepScreenshot(page, '21-candidate-cf-decoded');
  });

  test('skills, category and the informativa are saved with the profile', async () => {
    await page.getByRole('tab', { name: 'Situazione' }).click();
    await page.getByRole('textbox', { name: 'Categoria' }).click();
    await page.getByRole('option', { name: 'Persona con disabilità (L. 68/99)' }).click();

    await page.getByRole('tab', { name: 'Competenze' }).click();
    const skills = page.getByRole('textbox', { name: 'Competenze' });
    await skills.fill('Carrellista');
    await skills.press('Enter');
    await skills.fill('Magazzino');
    await skills.press('Enter');

    await page.getByRole('tab', { name: 'Privacy' }).click();
    await page.getByRole('button', { name: 'Informativa consegnata oggi' }).click();
    await textbox('Versione dell’informativa').fill('2026.1');
    await page.getByRole('textbox', { name: 'Base giuridica per i dati particolari' }).click();
    await page.getByRole('option', { name: /Art. 9.2.b/ }).click();
    await page.getByRole('button', { name: 'Salva il candidato' }).click();

    await expect(page.getByRole('heading', { name: /Rossi Mario/ })).toBeVisible();
    await page.getByRole('tab', { name: 'Privacy' }).click();
    await expect(page.getByText('2026.1')).toBeVisible();
    await expect(page.getByText('Informativa privacy non ancora registrata')).toHaveCount(0);
    await keepScreenshot(page, '22-candidate-privacy');
  });

  test('a PDF CV is attached, listed with its hash, and opens as the same file', async () => {
    await page.getByRole('tab', { name: 'Documenti' }).click();
    await page.getByLabel('File da allegare').setInputFiles({ name: 'CV Mario Rossi.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    const table = page.getByRole('table', { name: 'Documenti allegati' });
    await expect(table.getByText('CV Mario Rossi.pdf')).toBeVisible();
    await keepScreenshot(page, '23-candidate-documents');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Apri CV Mario Rossi.pdf' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('CV Mario Rossi.pdf');
    expect(readFileSync((await file.path())!).equals(TINY_PDF)).toBe(true);
  });

  test('a second profile with the same codice fiscale is pointed to the first', async () => {
    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    await page.getByRole('link', { name: 'Nuovo candidato' }).first().click();
    await textbox('Codice fiscale').fill(CF.toLowerCase());
    await expect(page.getByText('Codice fiscale già registrato')).toBeVisible();
    await expect(page.getByText(/già registrato per\s+Rossi Mario/)).toBeVisible();
    await keepScreenshot(page, '24-candidate-same-cf');
    await page.getByRole('link', { name: 'Apri il profilo' }).click();
    // Leaving a form with typed data asks first; the operator chooses to leave.
    await page.getByRole('button', { name: 'Esci senza salvare' }).click();
    await expect(page.getByRole('heading', { name: /Rossi Mario/ })).toBeVisible();
    await expect(page.getByLabel('Codice fiscale')).toHaveText(CF);
  });

  test('the person is found by a skill', async () => {
    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    await page.getByLabel('Cerca candidati').fill('carrell');
    await expect(page.getByRole('row', { name: /Rossi Mario/ })).toBeVisible();
    await page.getByLabel('Cerca candidati').fill('pulizie');
    await expect(page.getByRole('row', { name: /Rossi Mario/ })).toHaveCount(0);
    await page.getByLabel('Cerca candidati').fill('carrell');
    await page.getByRole('row', { name: /Rossi Mario/ }).click();
    await expect(page.getByRole('heading', { name: /Rossi Mario/ })).toBeVisible();
  });

  test('special-category data: shown on request to the administrator, not even hinted to an operator', async () => {
    await page.getByRole('tab', { name: 'Situazione' }).click();
    await page.getByRole('button', { name: 'Mostra dati particolari' }).click();
    await page.getByRole('button', { name: 'Modifica' }).last().click();
    await page.getByLabel('Note sanitarie').fill('Evitare lavori in quota');
    await page.getByRole('button', { name: /^Salva/ }).last().click();
    await expect(page.getByText('Evitare lavori in quota')).toBeVisible();
    await keepScreenshot(page, '25-candidate-special-admin');
    const profileUrl = page.url();

    await page.getByRole('button', { name: 'Menu utente' }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).click();
    await page.getByLabel('Nome utente').fill(OPERATOR.username);
    await page.getByLabel('Password').fill(OPERATOR.password);
    await page.getByRole('button', { name: 'Accedi' }).click();
    // After logging in the desk returns to the page it was on: the same profile.
    await expect(page.getByRole('heading', { name: /Rossi Mario/ })).toBeVisible();
    expect(page.url()).toBe(profileUrl);
    await expect(page.getByText('Luca Verdi')).toBeVisible();
    await page.getByRole('tab', { name: 'Situazione' }).click();
    await expect(page.getByText('Dati particolari visibili solo ai coordinatori')).toBeVisible();
    await expect(page.getByText('Categoria tutelata (il dettaglio lo vede il coordinatore)')).toBeVisible();
    await expect(page.getByText(/disabilità/i)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Mostra dati particolari' })).toHaveCount(0);
    await expect(page.getByText('Evitare lavori in quota')).toHaveCount(0);
    await page.getByRole('tab', { name: 'Storico' }).click();
    await expect(page.getByText('Evitare lavori in quota')).toHaveCount(0);
    await keepScreenshot(page, '26-candidate-special-operator');
  });

  test('an operator is not offered the restricted categories on a new profile (the core would refuse them)', async () => {
    await page.goto(`${desk.host.url}#/candidati/nuovo`);
    await page.getByRole('tab', { name: 'Situazione' }).click();
    await page.getByRole('textbox', { name: 'Categoria' }).click();
    const listbox = page.getByRole('listbox');
    await expect(listbox.getByRole('option', { name: 'NEET (non studia e non lavora)' })).toBeVisible();
    await expect(listbox.getByRole('option', { name: /disabilità/ })).toHaveCount(0);
    await expect(listbox.getByRole('option', { name: /servizi sociali/ })).toHaveCount(0);
    // The others folded with them (decision 0026): offering them would tell the fold apart.
    await expect(listbox.getByRole('option', { name: /svantaggiata/ })).toHaveCount(0);
    await expect(listbox.getByRole('option', { name: /protezione internazionale/ })).toHaveCount(0);
  });
});
