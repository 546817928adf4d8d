/**
 * The role's ISTAT CP2011 profession in a real browser (decision 0017): before the list is loaded
 * the file's form asks code and name typed, and a code that is not one is refused in Italian with
 * the text kept → an administrator loads ISTAT's CSV in Impostazioni (a wrong file first, refused
 * with its line) → the form searches «commessi», the pick fills code and name, the file is saved
 * and its page shows the profession.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const SLOW = { timeout: 30_000 };
const SAMPLE = join(__dirname, '..', 'fixtures', 'cp2011-sample.csv');
const FIELD = 'Professione (codice ISTAT CP2011)';
const COMMESSI = '5.1.2.2.0 – Commessi delle vendite al minuto';

test.describe.serial('the profession code of an internship file', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;
  let fileId: string;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    const host = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'Bottega Sportiva APS' }), admin)) as { id: string };
    const person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Ferrero', firstName: 'Luca' }), admin)) as { id: string };
    fileId = ((await callApi(desk.host.url, 'internships.create', internshipInput(person.id, host.id), admin)) as { id: string }).id;
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('without the list, code and name are typed; a code that is not one is refused in Italian and stays as typed', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${fileId}/modifica`);
    await expect(page.getByRole('heading', { name: /^Modifica la pratica TO01-/ })).toBeVisible(SLOW);
    await expect(page.getByText('L’elenco ISTAT non è stato caricato: un amministratore lo carica da Impostazioni; intanto scrivi codice e nome.')).toBeVisible(SLOW);
    const code = page.getByRole('textbox', { name: FIELD });
    await code.fill('5.1.2.2.x');
    await page.getByRole('textbox', { name: 'Nome della professione' }).fill('Commessi delle vendite al minuto');
    await page.getByRole('button', { name: 'Salva la pratica' }).click();
    await expect(page.getByText('Codice CP2011 non valido: es. 5.1.2.2.0')).toBeVisible(SLOW);
    await expect(code).toHaveValue('5.1.2.2.x');
    await keepScreenshot(page, '9a-profession-typed-refused');
    // Back to what was saved, so leaving the page asks nothing.
    await code.fill('');
    await page.getByRole('textbox', { name: 'Nome della professione' }).fill('');
  });

  test('an administrator loads ISTAT’s file in Impostazioni; a wrong file is refused with its line and changes nothing', async () => {
    await page.getByRole('link', { name: 'Impostazioni', exact: true }).click();
    const card = page.getByRole('region', { name: 'Classificazione delle professioni (ISTAT CP2011)' });
    await card.getByRole('link', { name: /Vedi e carica l’elenco/ }).click();
    await expect(page.getByRole('heading', { name: 'Classificazione delle professioni (ISTAT CP2011)' })).toBeVisible(SLOW);
    const loaded = page.getByRole('region', { name: 'Elenco caricato' });
    await expect(loaded.getByText(/^Non ancora caricata/)).toBeVisible(SLOW);

    const upload = loaded.getByLabel('File della classificazione CP2011');
    await upload.setInputFiles({ name: 'cp2011-sbagliato.csv', mimeType: 'text/csv', buffer: Buffer.from('Codice;Nome\n5.1;Vendite\n5.1.x;Altro\n') });
    await expect(loaded.getByRole('alert')).toContainText('Riga 3: «5.1.x» non è un codice CP2011 (es. 5.1.2.2.0). Il file non è stato caricato: l’elenco resta com’era.', SLOW);
    await expect(loaded.getByText(/^Non ancora caricata/)).toBeVisible();

    await upload.setInputFiles(SAMPLE);
    await expect(loaded.getByText('18 voci, di cui 6 unità professionali')).toBeVisible(SLOW);
    await expect(loaded.getByText(/^Caricata il \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} da Anna Amministratrice \(file «cp2011-sample\.csv»\)\.$/)).toBeVisible();
    await expect(loaded.getByRole('alert')).toHaveCount(0);
    await keepScreenshot(page, '9b-professions-loaded');
  });

  test('the form searches «commessi»; the pick fills code and name, which the file’s page shows once saved', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${fileId}/modifica`);
    await expect(page.getByRole('heading', { name: /^Modifica la pratica TO01-/ })).toBeVisible(SLOW);
    const field = page.getByRole('textbox', { name: FIELD });
    await field.fill('commessi');
    await page.getByRole('option', { name: COMMESSI }).click(SLOW);
    await expect(field).toHaveValue(COMMESSI);
    await keepScreenshot(page, '9c-profession-picked');
    await page.getByRole('button', { name: 'Salva la pratica' }).click();
    await expect(page.getByRole('heading', { name: /^Tirocinio TO01-\d{4}-0001: Ferrero Luca$/ })).toBeVisible(SLOW);
    await expect(page.getByText('Professione (ISTAT CP2011)', { exact: true })).toBeVisible();
    await expect(page.getByText(COMMESSI, { exact: true })).toBeVisible();
    await keepScreenshot(page, '9d-profession-on-file');

    const saved = (await callApi(desk.host.url, 'internships.get', { id: fileId }, admin)) as { professionCode: string | null; professionName: string | null };
    expect(saved).toMatchObject({ professionCode: '5.1.2.2.0', professionName: 'Commessi delle vendite al minuto' });
  });
});
