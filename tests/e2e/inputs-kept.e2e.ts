/**
 * Nothing typed is silently changed, in a real browser on a real archive: each wrong number or
 * impossible date typed in the real forms is refused beside its field in Italian, stays in the box
 * as typed, and the focus goes to the first wrong field (opening its tab in the candidate form); a
 * refusal is never titled «conflitto» unless a colleague saved meanwhile; the province box finds
 * «Torino» as well as «TO».
 *
 * The forms: association (−1 employees, a tax code already registered), need (60 weekly hours, an
 * impossible date), candidate in tabs (−5 weekly hours, an impossible date), internship draft (−4
 * hours on a day, an impossible start), attendance register (−10 hours in a month).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { addMonthsMinusDay, firstOfMonthsAgo, monthWords } from './support/dates';
import { login, openDesk, type Desk } from './support/desk';

const OPERATOR = { username: 'mbianchi', password: 'password-operatore-9', fullName: 'Marta Bianchi' };
/** The machine running the stories is busy: conditions get time, never fixed sleeps. */
const SLOW = { timeout: 20_000 };

type Saved = { id: string; hlc: string };

/** The message Mantine shows under a box: the box's wrapper holds it. */
const messageBeside = (box: Locator, text: string | RegExp) => box.locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]').getByText(text);

test.describe.serial('every input: nothing silently changed', () => {
  let desk: Desk;
  let page: Page;
  let registeredTaxCode: string;
  let associationId: string;
  let candidateId: string;
  let draftId: string;
  let runningId: string;
  const start = firstOfMonthsAgo(1);

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    const url = desk.host.url;
    await completeSetup(url);
    const admin = ((await callApi(url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    const host = associationInput({ name: 'APS Ore Giuste', employees: 4 });
    registeredTaxCode = host.taxCode!;
    associationId = ((await callApi(url, 'associations.create', host, admin)) as Saved).id;
    candidateId = ((await callApi(url, 'candidates.create', candidateInput({ lastName: 'Ferraris', firstName: 'Elena', sex: 'F' }), admin)) as Saved).id;
    const other = (await callApi(url, 'candidates.create', candidateInput({ lastName: 'Gallo', firstName: 'Piero' }), admin)) as Saved;
    draftId = ((await callApi(url, 'internships.create', internshipInput(candidateId, associationId), admin)) as Saved).id;

    // A file under way since last month, for the attendance register (its start is not this story's subject).
    const draft = (await callApi(url, 'internships.create', internshipInput(other.id, associationId, { startDate: start, plannedEndDate: addMonthsMinusDay(start, 6) }), admin)) as Saved;
    const signed = (await callApi(url, 'internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin)) as Saved;
    await callApi(url, 'documents.waiveSignatures', { internshipId: signed.id, reason: 'Firme raccolte su carta, scansioni in arrivo' }, admin);
    runningId = (
      (await callApi(url, 'internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: addMonthsMinusDay(start, 0), noticeNumber: 'UNILAV 2026/501' }, admin)) as Saved
    ).id;

    await page.goto(url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  /** The toast of a refused save: «Non salvato», never «conflitto». */
  async function expectRefusedNotConflict() {
    await expect(page.getByText('Non salvato', { exact: true }).first()).toBeVisible(SLOW);
    await expect(page.getByText(/conflitto/i)).toHaveCount(0);
  }

  test('association: −1 employees is refused beside the box, stays −1, and gets the focus; the province finds «Torino»', async () => {
    await page.goto(`${desk.host.url}#/associazioni/nuova`);
    await expect(page.getByRole('heading', { name: 'Nuova associazione' })).toBeVisible(SLOW);
    await page.getByRole('textbox', { name: 'Denominazione' }).fill('ASD Numeri Veri');
    await page.getByRole('textbox', { name: 'Codice fiscale', exact: true }).fill(registeredTaxCode);
    await page.getByRole('textbox', { name: 'Indirizzo' }).first().fill('Via Nizza 12');
    await page.getByRole('textbox', { name: 'Comune' }).first().fill('Torino');

    // The province by its name: the box keeps the sigla.
    const province = page.getByRole('textbox', { name: 'Provincia' }).first();
    await province.fill('Torino');
    await expect(page.getByRole('option', { name: /^TO\b/ })).toBeVisible(SLOW);
    await expect(page.getByRole('option')).toHaveCount(1);
    await keepScreenshot(page, 'inputs-province-torino');
    await page.getByRole('option', { name: /^TO\b/ }).click();
    await expect(province).toHaveValue('TO');
    // And still by its sigla.
    await province.fill('cn');
    await expect(page.getByRole('option', { name: /^CN\b/ })).toBeVisible(SLOW);
    await page.getByRole('option', { name: /^CN\b/ }).click();
    await expect(province).toHaveValue('CN');

    const employees = page.getByRole('textbox', { name: 'Numero di dipendenti' });
    await employees.fill('-1');
    // Leaving the box does not clamp −1 to 0.
    await employees.press('Tab');
    await expect(employees).toHaveValue('-1');
    await page.getByRole('textbox', { name: 'Denominazione' }).focus();
    await page.getByRole('button', { name: 'Salva l’associazione' }).click();

    await expect(messageBeside(employees, 'Il numero di dipendenti non può essere negativo')).toBeVisible(SLOW);
    await expect(employees).toHaveValue('-1');
    await expect(employees).toBeFocused(SLOW);
    await expectRefusedNotConflict();
    await keepScreenshot(page, 'inputs-association-employees');
  });

  test('association: a tax code already registered is refused by the core, titled «Non salvato», the focus on the code', async () => {
    const employees = page.getByRole('textbox', { name: 'Numero di dipendenti' });
    await employees.fill('2');
    await page.getByRole('button', { name: 'Salva l’associazione' }).click();
    const taxCode = page.getByRole('textbox', { name: 'Codice fiscale', exact: true });
    await expect(messageBeside(taxCode, 'Codice fiscale già registrato per «APS Ore Giuste»')).toBeVisible(SLOW);
    await expect(taxCode).toBeFocused(SLOW);
    await expect(taxCode).toHaveValue(registeredTaxCode);
    await expectRefusedNotConflict();
    await keepScreenshot(page, 'inputs-association-refused-by-core');
  });

  test('need: 60 weekly hours and 31/02/2026 are refused beside their boxes and kept; the focus on the hours', async () => {
    await page.goto(`${desk.host.url}#/fabbisogni/nuovo?associazione=${associationId}`);
    await expect(page.getByRole('heading', { name: 'Nuovo fabbisogno' })).toBeVisible(SLOW);
    await page.getByRole('textbox', { name: 'Ruolo richiesto', exact: false }).fill('Istruttore di minibasket');
    await page.getByRole('checkbox', { name: 'Tirocinio' }).check();
    const hours = page.getByRole('textbox', { name: 'Ore settimanali' });
    await hours.fill('60');
    await hours.press('Tab');
    // Leaving the box does not clamp 60 to 48.
    await expect(hours).toHaveValue('60');
    const from = page.getByRole('textbox', { name: 'Periodo dal' });
    await from.fill('31/02/2026');
    await from.press('Tab');
    await expect(from).toHaveValue('31/02/2026');
    await expect(messageBeside(from, /data non valida/)).toBeVisible(SLOW);

    await page.getByRole('button', { name: 'Salva il fabbisogno' }).click();
    await expect(messageBeside(hours, 'Ore settimanali: al massimo 48 ore')).toBeVisible(SLOW);
    await expect(messageBeside(from, 'Periodo dal: data non valida')).toBeVisible();
    await expect(hours).toHaveValue('60');
    await expect(from).toHaveValue('31/02/2026');
    await expect(hours).toBeFocused(SLOW);
    await expectRefusedNotConflict();
    await keepScreenshot(page, 'inputs-need-hours-date');

    // The calendar still picks a date into the box.
    const to = page.getByRole('textbox', { name: 'Periodo al' });
    await to.click();
    await page.locator('.mantine-Popover-dropdown button.mantine-DatePicker-day:not([data-outside])', { hasText: /^15$/ }).click();
    await expect(to).toHaveValue(/^15\/\d{2}\/\d{4}$/);
  });

  test('candidate: −5 weekly hours and 31/02/2026 in a tab not shown open that tab, focus the first, and stay typed', async () => {
    await page.goto(`${desk.host.url}#/candidati/${candidateId}/modifica`);
    await expect(page.getByRole('heading', { name: /Modifica: Ferraris Elena/ })).toBeVisible(SLOW);
    const tab = page.getByRole('tab', { name: /Disponibilità/ });
    await tab.click();
    const from = page.getByRole('textbox', { name: 'Disponibile dal' });
    const hours = page.getByRole('textbox', { name: 'Ore settimanali' });
    await from.fill('31/02/2026');
    await hours.fill('-5');
    await hours.press('Tab');
    await expect(hours).toHaveValue('-5');
    // Back to the first tab: the wrong fields are out of sight when saving.
    await page.getByRole('tab', { name: 'Anagrafica' }).click();
    await expect(from).toBeHidden();
    await page.getByRole('button', { name: 'Salva le modifiche' }).click();

    await expect(tab).toHaveAttribute('aria-selected', 'true', SLOW);
    await expect(from).toBeFocused(SLOW);
    await expect(messageBeside(from, 'Disponibile dal: data non valida')).toBeVisible();
    await expect(messageBeside(hours, 'Ore settimanali: il numero non può essere negativo')).toBeVisible();
    await expect(from).toHaveValue('31/02/2026');
    await expect(hours).toHaveValue('-5');
    await expectRefusedNotConflict();
    await keepScreenshot(page, 'inputs-candidate-tab');
  });

  test('interview note: 31/02/2026 says «data non valida» beside the date, keeps it and the note’s text', async () => {
    await page.goto(`${desk.host.url}#/candidati/${candidateId}`);
    await page.getByRole('tab', { name: /Storico/ }).click();
    const form = page.getByRole('form', { name: 'Nuova nota di colloquio' });
    const date = form.getByRole('textbox', { name: 'Data del colloquio' });
    const text = form.getByRole('textbox', { name: 'Testo della nota' });
    await date.fill('31/02/2026');
    await text.fill('Disponibile da subito, preferisce il mattino.');
    await form.getByRole('button', { name: 'Aggiungi nota' }).click();
    await expect(messageBeside(date, /data non valida/)).toBeVisible(SLOW);
    await expect(date).toHaveValue('31/02/2026');
    await expect(text).toHaveValue('Disponibile da subito, preferisce il mattino.');
    await expect(page.getByText(/conflitto/i)).toHaveCount(0);
  });

  test('internship draft: −4 hours on Monday and a start on 31/02/2026 are refused and kept; the focus on the start', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${draftId}/modifica`);
    await expect(page.getByRole('heading', { name: /Modifica la pratica/ })).toBeVisible(SLOW);
    const monday = page.getByRole('textbox', { name: 'Ore di lunedì' });
    await monday.fill('-4');
    await monday.press('Tab');
    await expect(monday).toHaveValue('-4');
    const startBox = page.getByRole('textbox', { name: 'Data di inizio' });
    await startBox.fill('31/02/2026');
    await startBox.press('Tab');
    await expect(startBox).toHaveValue('31/02/2026');
    await page.getByRole('button', { name: 'Salva la pratica' }).click();

    await expect(messageBeside(startBox, 'Data di inizio: data non valida')).toBeVisible(SLOW);
    await expect(messageBeside(monday, 'Ore: il numero non può essere negativo')).toBeVisible();
    // An unreadable start is not compared with the end as text.
    await expect(page.getByText('La fine prevista viene prima dell’inizio')).toHaveCount(0);
    await expect(startBox).toBeFocused(SLOW);
    await expect(startBox).toHaveValue('31/02/2026');
    await expect(monday).toHaveValue('-4');
    await expectRefusedNotConflict();
    await keepScreenshot(page, 'inputs-internship-draft');
  });

  test('attendance: −10 hours in a month are refused beside the box, kept, and focused', async () => {
    await page.goto(`${desk.host.url}#/tirocini/${runningId}?scheda=presenze`);
    const tab = page.getByRole('tab', { name: 'Presenze e indennità' });
    await expect(tab).toBeVisible(SLOW);
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    const month = start.slice(0, 7);
    const row = page.getByTestId('attendance-month').first();
    const total = row.getByRole('textbox', { name: `Ore svolte a ${monthWords(month)}` });
    await total.fill('-10');
    await total.press('Tab');
    await expect(total).toHaveValue('-10');
    await row.getByRole('button', { name: 'Salva' }).click();

    await expect(messageBeside(total, 'Ore svolte: il numero non può essere negativo')).toBeVisible(SLOW);
    await expect(total).toHaveValue('-10');
    await expect(total).toBeFocused(SLOW);
    await expect(page.getByText(/conflitto/i)).toHaveCount(0);
    await keepScreenshot(page, 'inputs-attendance-month');
  });
});
