/**
 * The office's Word templates, the logo and the month's registers in a real browser, as the
 * administrator: from Impostazioni open «Modelli dei documenti» → every document uses the built-in
 * text and the fields list shows `{{tirocinante_nome}}` → a template with an unknown placeholder is
 * refused by name and the dialog stays open → the corrected file is in use as v1 with its
 * placeholders, and downloads → withdrawn, the built-in document is back → a logo too big is refused
 * in the browser, a small one is shown → «Registri presenze del mese» prepares last month's register
 * of the one running file, with the .zip.
 *
 * Dates are computed from today, so the story is always the same distance in the past.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput, TINY_PNG } from '../support/fixtures';
import { templateDocx } from '../support/template-docx';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';
import { addMonthsMinusDay, firstOfMonthsAgo, monthWords } from './support/dates';

const OPERATOR = { username: 'lconti', password: 'password-operatore-9', fullName: 'Luca Conti' };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';


test.describe.serial('the office’s Word templates, the logo and the month’s registers', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  const convenzione = () => page.getByRole('region', { name: 'Convenzione di tirocinio' });

  test('from Impostazioni, every document uses the built-in text; the fields list shows {{tirocinante_nome}}', async () => {
    await page.getByRole('link', { name: 'Impostazioni', exact: true }).click();
    await page.getByRole('link', { name: 'Vedi e carica i modelli →' }).click();
    await expect(page.getByRole('heading', { name: 'Modelli dei documenti' })).toBeVisible();
    for (const kind of ['Convenzione di tirocinio', 'Progetto formativo individuale', 'Registro presenze', 'Attestazione finale', 'Informativa privacy']) {
      await expect(page.getByRole('region', { name: kind }).getByText('Documento incorporato')).toBeVisible();
    }
    await convenzione().getByRole('button', { name: /^Campi disponibili/ }).click();
    const fields = page.getByTestId('template-fields-convenzione');
    await expect(fields.getByRole('table', { name: 'Campi: Tirocinante' }).getByText('{{tirocinante_nome}}', { exact: true })).toBeVisible();
    await expect(fields.getByText('Questi campi vanno nelle celle di una sola riga di una tabella di Word: il programma ripete quella riga per ogni giorno dell’orario settimanale.')).toBeVisible();
    await expect(fields.getByText('{{orario.giorno}}', { exact: true })).toBeVisible();
    // The register's days are not a convenzione's field.
    await expect(fields.getByText('{{giorni.data}}', { exact: true })).toHaveCount(0);
    await keepScreenshot(page, '90-templates-built-in-and-fields');
    await fields.getByRole('textbox', { name: 'Cerca un campo' }).fill('codice fiscale del tutor');
    await expect(fields.getByText('{{tutor_ospitante_codice_fiscale}}', { exact: true })).toBeVisible();
    await expect(fields.getByRole('table').getByText('{{tirocinante_nome}}', { exact: true })).toHaveCount(0);
    await convenzione().getByRole('button', { name: /^Campi disponibili/ }).click();
  });

  test('a template with an unknown placeholder is refused by name, and the dialog stays open', async () => {
    await convenzione().getByRole('button', { name: 'Carica un modello' }).click();
    const dialog = page.getByRole('dialog', { name: 'Carica un modello: Convenzione di tirocinio' });
    await dialog.getByRole('textbox', { name: 'Nota (facoltativa)' }).fill('Testo dell’ufficio legale');
    const wrong = await templateDocx(['Convenzione n. {{tirocinio_numero}}', 'Tirocinante: {{tirocinante_nom}}', 'Firma: {{firma_presidente}}']);
    await dialog.getByLabel('File del modello').setInputFiles({ name: 'convenzione-bozza.docx', mimeType: DOCX, buffer: wrong });
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toContainText('«convenzione-bozza.docx» non è stato caricato');
    await expect(refusal).toContainText('{{tirocinante_nom}} (forse {{tirocinante_nome}}?)');
    await expect(refusal).toContainText('{{firma_presidente}}');
    await expect(dialog.getByRole('button', { name: 'Scegli il file corretto…' })).toBeVisible();
    await keepScreenshot(page, '91-template-refused');
    // Nothing was stored.
    expect(await callApi(desk.host.url, 'documents.templates', {}, admin)).toEqual([]);
  });

  test('the corrected file is in use as v1, lists its placeholders and downloads as uploaded', async () => {
    const dialog = page.getByRole('dialog', { name: 'Carica un modello: Convenzione di tirocinio' });
    const good = await templateDocx([
      'Convenzione n. {{tirocinio_numero}} del {{data_documento}}',
      'tra {{promotore_denominazione}} e {{ospitante_denominazione}}',
      'Tirocinante: {{tirocinante_nome}}, dal {{data_inizio}} al {{data_fine_prevista}}',
    ]);
    await dialog.getByLabel('File del modello').setInputFiles({ name: 'convenzione-ufficio.docx', mimeType: DOCX, buffer: good });
    await expect(dialog).toHaveCount(0);
    const card = convenzione();
    await expect(card.getByText('Modello dell’ufficio v1')).toBeVisible();
    await expect(card.getByText(/Si prepara con «convenzione-ufficio\.docx», caricato da Anna Amministratrice il \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./)).toBeVisible();
    await expect(card.getByText('Nota: Testo dell’ufficio legale')).toBeVisible();
    const used = card.getByTestId('template-used-fields');
    await expect(used).toContainText('Campi usati (7)');
    for (const key of ['tirocinio_numero', 'promotore_denominazione', 'tirocinante_nome', 'data_fine_prevista']) {
      await expect(used.getByText(`{{${key}}}`, { exact: true })).toBeVisible();
    }
    await keepScreenshot(page, '92-template-in-use');

    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Scarica il modello' }).click()]);
    expect(download.suggestedFilename()).toBe('convenzione-ufficio.docx');
    expect(readFileSync(await download.path()).equals(good)).toBe(true);
  });

  test('withdrawn after a confirmation saying what comes back: the built-in document, the file among the older versions', async () => {
    const card = convenzione();
    await card.getByRole('button', { name: 'Ritira' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ritirare il modello v1?' });
    await expect(dialog).toContainText('Convenzione di tirocinio: i prossimi documenti si preparano con il documento incorporato nel programma.');
    await keepScreenshot(page, '93-template-withdraw-confirm');
    await dialog.getByRole('button', { name: 'Ritira il modello' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(card.getByText('Documento incorporato')).toBeVisible();
    const older = card.getByRole('table', { name: 'Versioni precedenti' });
    await expect(older.getByRole('row', { name: /convenzione-ufficio\.docx/ })).toContainText(/Ritirata il \d{2}\/\d{2}\/\d{4}/);
    await keepScreenshot(page, '94-template-withdrawn');
  });

  test('a logo too big is refused before it is sent; a small one is shown in Impostazioni', async () => {
    await page.getByRole('link', { name: '← Impostazioni' }).click();
    const card = page.getByRole('region', { name: 'Logo nei documenti' });
    await expect(card.getByText('Nessun logo')).toBeVisible();
    await card.getByLabel('File del logo').setInputFiles({ name: 'logo-grande.png', mimeType: 'image/png', buffer: Buffer.alloc(400 * 1024, 1) });
    await expect(card.getByRole('alert')).toHaveText(
      '«logo-grande.png» pesa 400 KB: il logo può pesare al massimo 300 KB. Salvane una versione più piccola (per esempio larga 600 pixel) e riprova.',
    );
    await card.getByLabel('File del logo').setInputFiles({ name: 'logo-exar.png', mimeType: 'image/png', buffer: TINY_PNG });
    await expect(card.getByRole('img', { name: 'Logo attuale' })).toBeVisible();
    await expect(card.getByText('logo-exar.png')).toBeVisible();
    await expect(card.getByRole('alert')).toHaveCount(0);
    await keepScreenshot(page, '95-settings-logo');
    expect(await callApi(desk.host.url, 'documents.logo', {}, admin)).toMatchObject({ fileName: 'logo-exar.png', mimeType: 'image/png' });
  });

  test('«Registri presenze del mese» prepares last month’s register of the running file, with the .zip', async () => {
    const start = firstOfMonthsAgo(2);
    const month = firstOfMonthsAgo(1).slice(0, 7);
    const host = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Registro Pieno', employees: 3 }), admin)) as { id: string };
    const person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Ferrari', firstName: 'Elena', targetCategory: 'disoccupato' }), admin)) as { id: string };
    type File = { id: string; hlc: string };
    const draft = (await callApi(desk.host.url, 'internships.create', internshipInput(person.id, host.id, { startDate: start, plannedEndDate: addMonthsMinusDay(start, 6) }), admin)) as File;
    const signed = (await callApi(desk.host.url, 'internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin)) as File;
    // Not this test's subject: a coordinator lets the file start without the signed pack.
    await callApi(desk.host.url, 'documents.waiveSignatures', { internshipId: signed.id, reason: 'Firme raccolte su carta, scansioni in arrivo' }, admin);
    await callApi(desk.host.url, 'internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: addMonthsMinusDay(start, 0), noticeNumber: 'UNILAV 2026/901' }, admin);

    await mainMenu(page).getByRole('link', { name: 'Tirocini', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Tirocini' })).toBeVisible();
    await keepScreenshot(page, '98-internships-list-registers-button');
    await page.getByRole('link', { name: 'Registri presenze del mese' }).click();
    await expect(page.getByRole('heading', { name: 'Registri presenze del mese' })).toBeVisible();
    // Last month is the one proposed.
    await expect(page.getByRole('button', { name: 'Mese' })).toHaveText(monthWords(month));
    await page.getByRole('button', { name: 'Prepara i registri' }).click();
    const outcome = page.getByTestId('batch-outcome');
    await expect(outcome).toContainText('1 registro preparato');
    await expect(outcome).toContainText(`L’unica pratica in corso a ${monthWords(month)} ha il registro.`);
    await expect(page.getByTestId('batch-progress')).toHaveText('1 di 1 pratica');
    const file = page.getByTestId('batch-file');
    await expect(file).toHaveCount(1);
    await expect(file).toContainText(/TO01-\d{4}-0001/);
    await keepScreenshot(page, '96-registers-batch-done');

    const [zip] = await Promise.all([page.waitForEvent('download'), outcome.getByRole('button', { name: 'Scarica tutti (.zip)' }).click()]);
    expect(zip.suggestedFilename()).toBe(`Registri presenze di ${monthWords(month)}.zip`);
    const [single] = await Promise.all([page.waitForEvent('download'), file.getByRole('button').first().click()]);
    expect(single.suggestedFilename()).toMatch(/\.docx$/);
  });

  test('a preparation the core no longer knows says so, without breaking the page', async () => {
    await page.goto(`${desk.host.url}#/tirocini/registri?mese=${firstOfMonthsAgo(1).slice(0, 7)}&lavoro=sconosciuto`);
    await expect(page.getByText('Preparazione non disponibile')).toBeVisible();
    await expect(page.getByText(/Preparazione non trovata/)).toBeVisible();
    await keepScreenshot(page, '97-registers-batch-job-gone');
    await page.getByRole('button', { name: 'Ricomincia' }).click();
    await expect(page.getByText('Preparazione non disponibile')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Prepara i registri' })).toBeEnabled();
  });

  test('an operator reads the templates and the fields, but cannot upload or withdraw', async () => {
    await callApi(
      desk.host.url,
      'documents.uploadTemplate',
      { kind: 'pfi', fileName: 'pfi-ufficio.docx', contentBase64: (await templateDocx(['Progetto formativo di {{tirocinante_nome}}'])).toString('base64') },
      admin,
    );
    await page.getByRole('button', { name: 'Menu utente' }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).click();
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
    await expect(page.getByRole('link', { name: 'Impostazioni', exact: true })).toHaveCount(0);
    await page.goto(`${desk.host.url}#/impostazioni/modelli`);
    await expect(page.getByRole('heading', { name: 'Modelli dei documenti' })).toBeVisible();
    await expect(page.getByText('Solo un amministratore può caricare o ritirare un modello.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Carica un modello' })).toHaveCount(0);
    const pfi = page.getByRole('region', { name: 'Progetto formativo individuale' });
    await expect(pfi.getByText('Modello dell’ufficio v1')).toBeVisible();
    await expect(pfi.getByRole('button', { name: 'Scarica il modello' })).toBeVisible();
    await expect(pfi.getByRole('button', { name: 'Ritira' })).toHaveCount(0);
    await keepScreenshot(page, '99-templates-operator');
  });
});
