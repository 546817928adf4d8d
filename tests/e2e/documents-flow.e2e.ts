/**
 * The signing pack in a real browser, as an operator: from the internship file generate the
 * convenzione and the PFI → download one and read it back → the file cannot start while they are
 * unsigned → attach the signed scans → the pack is complete → the file becomes attivo.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { docxText } from '../support/docx-text';
import { candidateInput, fullAssociationInput, internshipInput, TINY_PDF } from '../support/fixtures';
import { ADMIN, SETUP_INPUT } from '../support/setup-input';
import { encodePersonTaxCode } from '@shared/validation/tax-code-encode';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';
import { addDaysIso, italian, romeToday } from './support/dates';

const OPERATOR = { username: 'fcosta', password: 'password-operatore-8', fullName: 'Franca Costa' };
const TUTOR_TAX_CODE = encodePersonTaxCode({ lastName: 'Costa', firstName: 'Franca', birthDate: '1984-02-11', sex: 'F', placeCode: 'L219' });

test.describe.serial('the signing pack of an internship file', () => {
  let desk: Desk;
  let page: Page;
  let fileId: string;
  let number: string;
  // Starting today (a file goes «attivo» on its start date, not before): the mandatory notice was filed yesterday.
  const start = romeToday();
  const noticeDay = addDaysIso(start, -1);

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    const operator = (await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin)) as { id: string };
    const settings = (await callApi(desk.host.url, 'settings.get', {}, admin)) as Record<string, unknown>;
    // The PFI prints the promoter tutor's codice fiscale and role: the office's settings per operator.
    const promoterTutors = [{ operatorId: operator.id, taxCode: TUTOR_TAX_CODE, role: 'Operatrice dei servizi per il lavoro' }];
    await callApi(desk.host.url, 'settings.update', { ...settings, promoter: { ...SETUP_INPUT.promoter, address: 'Via Cigna 96', cap: '10152', legalRepName: 'Giulia Neri', legalRepRole: 'Presidente' }, promoterTutors }, admin);
    const host = (await callApi(desk.host.url, 'associations.create', fullAssociationInput({ name: 'SSD Aurora Torino' }), admin)) as { id: string };
    const person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Ferri', firstName: 'Marta', targetCategory: 'disoccupato' }), admin)) as { id: string };
    const file = (await callApi(
      desk.host.url,
      'internships.create',
      internshipInput(person.id, host.id, {
        startDate: start,
        plannedEndDate: addDaysIso(start, 120),
        promoterTutorId: operator.id,
        hostTutorName: 'Paola Verdi',
        activities: 'Accoglienza degli iscritti e segreteria dei corsi',
      }),
      admin,
    )) as { id: string; number: string };
    fileId = file.id;
    number = file.number;
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('the convenzione and the PFI are prepared from the file, and the download is the filled document', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${fileId}?scheda=documenti`);
    await expect(page.getByText('Per avviare il tirocinio servono la convenzione e il PFI firmati')).toBeVisible();
    const convenzione = page.getByTestId('documento-convenzione');
    await convenzione.getByRole('button', { name: 'Prepara' }).click();
    await expect(convenzione.getByText('Versione 1')).toBeVisible();
    await expect(convenzione.getByText('Da firmare')).toBeVisible();
    const pfi = page.getByTestId('documento-pfi');
    await pfi.getByRole('button', { name: 'Prepara' }).click();
    await expect(pfi.getByText('Versione 1')).toBeVisible();
    await keepScreenshot(page, '80-documents-prepared');

    const downloading = page.waitForEvent('download');
    await convenzione.getByRole('button', { name: 'Scarica Convenzione di tirocinio versione 1' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Convenzione ${number} v1.docx`);
    const text = docxText(readFileSync((await download.path())!)).all;
    expect(text).toContain('SSD Aurora Torino');
    expect(text).toContain('Giulia Neri');
    expect(text).toContain(number);
    expect(text).not.toContain('{{');
  });

  test('unsigned, the file goes to signature but does not start', async () => {
    await page.getByRole('button', { name: 'Manda in firma' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Manda in firma' }).click();
    await expect(page.getByText('In firma').first()).toBeVisible();
    await page.getByRole('button', { name: 'Avvia il tirocinio' }).click();
    const dialog = page.getByRole('dialog');
    const notice = dialog.getByRole('textbox', { name: 'Data della comunicazione obbligatoria' });
    await notice.fill(italian(noticeDay));
    await notice.press('Tab');
    await dialog.getByRole('textbox', { name: 'Numero della comunicazione' }).fill('UNILAV 2026/900');
    await dialog.getByRole('button', { name: 'Avvia il tirocinio' }).click();
    await expect(page.getByText(/Per avviare il tirocinio servono la convenzione e il progetto formativo \(PFI\) firmati/).first()).toBeVisible();
    await keepScreenshot(page, '81-start-refused-unsigned');
    await dialog.getByRole('button', { name: 'Annulla' }).click();
  });

  test('the signed scans are attached; with the pack complete the file becomes attivo', async () => {
    await page.getByRole('tab', { name: 'Documenti' }).click();
    const scan = { name: 'firmato.pdf', mimeType: 'application/pdf', buffer: TINY_PDF };
    await page.getByLabel('Scansione firmata di Convenzione di tirocinio versione 1').setInputFiles(scan);
    await expect(page.getByTestId('documento-convenzione').getByText('Firmato', { exact: true })).toBeVisible();
    await page.getByLabel('Scansione firmata di Progetto formativo individuale versione 1').setInputFiles(scan);
    await expect(page.getByTestId('documento-pfi').getByText('Firmato', { exact: true })).toBeVisible();
    await expect(page.getByText('La convenzione e il progetto formativo sono firmati: il tirocinio si può avviare.')).toBeVisible();
    await keepScreenshot(page, '82-documents-signed');

    await page.getByRole('button', { name: 'Avvia il tirocinio' }).click();
    const dialog = page.getByRole('dialog');
    const notice = dialog.getByRole('textbox', { name: 'Data della comunicazione obbligatoria' });
    await notice.fill(italian(noticeDay));
    await notice.press('Tab');
    await dialog.getByRole('textbox', { name: 'Numero della comunicazione' }).fill('UNILAV 2026/900');
    await dialog.getByRole('button', { name: 'Avvia il tirocinio' }).click();
    await expect(page.getByText('Attivo').first()).toBeVisible();
    await page.getByRole('tab', { name: 'Cronologia' }).click();
    await expect(page.getByText('Convenzione di tirocinio v1: allegata la scansione firmata «firmato.pdf».')).toBeVisible();
    await keepScreenshot(page, '83-started-with-signed-pack');
  });
});
