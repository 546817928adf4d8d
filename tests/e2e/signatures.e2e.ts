/**
 * A digitally signed convenzione in a real browser, as an operator: the host sends back
 * «convenzione.docx.p7m» signed by the promoter's legal representative and the host's (made here
 * with a test CA) → attached on the Documenti tab → «Firmato», who signed with codice fiscale and
 * party, the content identical to the document prepared, the chain not verified offline → the file's
 * history says the same. A .p7m with one byte changed is refused with its reason.
 */
import { expect, test, type Page } from '@playwright/test';
import { cadesSign, makeSigner, makeTestCa, trustListXml, type Identity } from '../support/digital-signing';
import { candidateInput, fullAssociationInput, internshipInput } from '../support/fixtures';
import { ADMIN, SETUP_INPUT } from '../support/setup-input';
import { callApi, completeSetup } from './support/api';
import { expectAccessible } from './support/axe';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';
import { addDaysIso, romeToday } from './support/dates';

const OPERATOR = { username: 'lbruno', password: 'password-operatore-9', fullName: 'Luca Bruno' };

test.describe.serial('a convenzione signed digitally (.p7m)', () => {
  let desk: Desk;
  let page: Page;
  let fileId: string;
  let p7m: Buffer;
  let tampered: Buffer;
  let altered: Buffer;
  let ca: Identity;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    const settings = (await callApi(desk.host.url, 'settings.get', {}, admin)) as Record<string, unknown>;
    await callApi(desk.host.url, 'settings.update', { ...settings, promoter: { ...SETUP_INPUT.promoter, address: 'Via Cigna 96', cap: '10152', legalRepName: 'Giulia Neri', legalRepRole: 'Presidente' } }, admin);
    const host = (await callApi(desk.host.url, 'associations.create', fullAssociationInput({ name: 'SSD Aurora Torino' }), admin)) as { id: string };
    const person = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Ferri', firstName: 'Marta', targetCategory: 'disoccupato' }), admin)) as { id: string };
    const start = romeToday();
    const file = (await callApi(
      desk.host.url,
      'internships.create',
      internshipInput(person.id, host.id, { startDate: start, plannedEndDate: addDaysIso(start, 120), hostTutorName: 'Paola Verdi', activities: 'Segreteria dei corsi' }),
      admin,
    )) as { id: string };
    fileId = file.id;
    // The desk prepared the convenzione; the parties signed the very .docx it handed out.
    const doc = (await callApi(desk.host.url, 'documents.generate', { internshipId: fileId, kind: 'convenzione' }, admin)) as { id: string };
    const docx = Buffer.from(((await callApi(desk.host.url, 'documents.content', { id: doc.id }, admin)) as { contentBase64: string }).contentBase64, 'base64');
    ca = await makeTestCa();
    const promoter = await makeSigner(ca, { givenName: 'Giulia', surname: 'Neri', taxCode: null });
    const association = await makeSigner(ca, { givenName: 'Mario', surname: 'Rossi', taxCode: 'RSSMRA85T10A562S' });
    p7m = await cadesSign(docx, [promoter, association], { signedAt: new Date() });
    // What a host sends when it edited the Word file before signing it: validly signed, not our document.
    altered = await cadesSign(Buffer.concat([docx, Buffer.from('modificato dall’ente')]), [promoter, association], { signedAt: new Date() });
    tampered = Buffer.from(p7m);
    const at = tampered.indexOf(docx.subarray(300, 332));
    tampered[at] = tampered[at]! ^ 0xff;
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('a tampered .p7m is refused with its reason, and the convenzione stays to be signed', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${fileId}?scheda=documenti`);
    const convenzione = page.getByTestId('documento-convenzione');
    await page.getByLabel('Scansione firmata di Convenzione di tirocinio versione 1').setInputFiles({ name: 'convenzione.docx.p7m', mimeType: 'application/pkcs7-mime', buffer: tampered });
    await expect(convenzione.getByRole('alert')).toContainText('il file è stato modificato dopo la firma');
    await expect(convenzione.getByText('Da firmare')).toBeVisible();
  });

  test('the .p7m is verified: Firmato, who signed for whom, content identical, chain not verified offline; the history says it too', async () => {
    const convenzione = page.getByTestId('documento-convenzione');
    await page.getByLabel('Scansione firmata di Convenzione di tirocinio versione 1').setInputFiles({ name: 'convenzione.docx.p7m', mimeType: 'application/pkcs7-mime', buffer: p7m });
    await expect(convenzione.getByText('Firmato', { exact: true })).toBeVisible();
    const signatures = convenzione.getByLabel('Firme digitali di Convenzione di tirocinio versione 1');
    await expect(signatures).toContainText('Firmato digitalmente da Giulia Neri, Mario Rossi (RSSMRA85T10A562S), contenuto identico al documento preparato');
    await expect(signatures).toContainText('catena di certificazione non verificata senza rete');
    const signers = signatures.getByRole('list', { name: 'Firmatari' }).getByRole('listitem');
    await expect(signers).toHaveCount(2);
    await expect(signers.nth(0)).toContainText('soggetto promotore');
    await expect(signers.nth(1)).toContainText('RSSMRA85T10A562S');
    await expect(signers.nth(1)).toContainText('soggetto ospitante');
    await expect(convenzione.getByRole('button', { name: 'Copia firmata digitalmente (convenzione.docx.p7m)' })).toBeVisible();
    // The picture without the saved notice over it.
    await expect(page.getByText('copia firmata digitalmente verificata e allegata')).toHaveCount(0, { timeout: 15_000 });
    await page.screenshot({ path: '/tmp/pw-sign/documenti-firme.png', fullPage: true, animations: 'disabled' });
    await keepScreenshot(page, '84-documents-signed-digitally');
    await expectAccessible(page, 'Documenti: firme digitali');

    await page.getByRole('tab', { name: 'Cronologia' }).click();
    await expect(page.getByText(/Convenzione di tirocinio v1: allegata la copia firmata digitalmente «convenzione\.docx\.p7m»\. Firmato digitalmente da Giulia Neri, Mario Rossi/)).toBeVisible();
  });

  test('an administrator imports the AgID trust list in Impostazioni; the next copy has its chain verified', async () => {
    await page.getByRole('button', { name: 'Menu utente' }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).click();
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
    await page.goto(`${desk.host.url}#/impostazioni`);
    const card = page.getByRole('region', { name: 'Elenco di fiducia per le firme digitali' });
    await expect(card.getByText('Nessun elenco importato.')).toBeVisible();
    await card.getByLabel('File dell’elenco di fiducia').setInputFiles({ name: 'TSL-IT.xml', mimeType: 'application/xml', buffer: Buffer.from(trustListXml([ca.certificate])) });
    await expect(card.getByText(/1 certificato da «TSL-IT\.xml», importato il/)).toBeVisible();
    await expectAccessible(page, 'Impostazioni: elenco di fiducia');

    await page.goto(`${desk.host.url}#/tirocini/${fileId}?scheda=documenti`);
    await page.getByLabel('Scansione firmata di Convenzione di tirocinio versione 1').setInputFiles({ name: 'convenzione.docx.p7m', mimeType: 'application/pkcs7-mime', buffer: p7m });
    const signatures = page.getByTestId('documento-convenzione').getByLabel('Firme digitali di Convenzione di tirocinio versione 1');
    await expect(signatures).toContainText('catena di certificazione verificata sull’elenco di fiducia importato');
    await expect(signatures.getByText('Catena verificata')).toHaveCount(2);
  });

  test('a signed content different from the prepared document is refused until a coordinator, warned, accepts it', async () => {
    const convenzione = page.getByTestId('documento-convenzione');
    await page.getByLabel('Scansione firmata di Convenzione di tirocinio versione 1').setInputFiles({ name: 'convenzione-ente.docx.p7m', mimeType: 'application/pkcs7-mime', buffer: altered });
    const warning = convenzione.getByRole('alert').filter({ hasText: 'Contenuto firmato diverso dal documento preparato' });
    await expect(warning).toContainText('è DIVERSO dal documento preparato');
    // Nothing was attached yet: the copy verified before is still the one shown.
    await expect(convenzione.getByRole('button', { name: 'Copia firmata digitalmente (convenzione.docx.p7m)' })).toBeVisible();
    await expectAccessible(page, 'Documenti: contenuto firmato diverso');
    await warning.getByRole('button', { name: 'L’ho controllato: accettalo come firmato' }).click();
    const signatures = convenzione.getByLabel('Firme digitali di Convenzione di tirocinio versione 1');
    await expect(signatures).toContainText(`contenuto DIVERSO dal documento preparato, accettato da ${ADMIN.fullName}`);
    await expect(convenzione.getByRole('button', { name: 'Copia firmata digitalmente (convenzione-ente.docx.p7m)' })).toBeVisible();
  });
});
