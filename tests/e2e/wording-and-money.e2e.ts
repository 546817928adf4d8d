/**
 * What the desk reads about a woman, in a real browser, as an operator: Giulia Ferraris is proposed
 * from her profile («Proponi … per …», «sarà proposta», badge «Proposta») → the proposal's dialogs
 * say the action («Fissa il colloquio con …», «Segna … come accettata») → the file opened from it
 * says «Categoria della tirocinante: Disoccupata» → while its form is scrolled down to the allowance
 * the live findings stay in view and clear as the amount is typed → once running, the register
 * writes money the Italian way («1.250,00 €», «0,00 € / 1.250,00 €») → concluded, the header says
 * «Concluso il …: assunta dall’ente ospitante» and nothing says «raggiungibile» → a file made active
 * ahead of its start (as older files were) reads «In partenza il …», in the list and on its page.
 *
 * Dates are computed from today, so the story is always the same distance in the past or future.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { DATABASE_FILE } from '../../electron/core/core';
import { encodePersonTaxCode } from '@shared/validation/tax-code-encode';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput, needInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { login, openDesk, type Desk } from './support/desk';
import { addDaysIso, addMonthsMinusDay, firstOfMonthsAgo, italian, romeToday } from './support/dates';

const OPERATOR = { username: 'lmarchi', password: 'password-operatore-9', fullName: 'Luca Marchi' };
const NEED_TITLE = 'Segreteria del circolo';
const GIULIA = 'Ferraris Giulia';
/** The machine is busy: the slow steps (a check after typing, a page after a move) get room. */
const SLOW = { timeout: 30_000 };

/** A woman's profile whose codice fiscale agrees with her name, sex and birth date. */
function woman(firstName: string, lastName: string, birthDate: string) {
  const taxCode = encodePersonTaxCode({ firstName, lastName, sex: 'F', birthDate, placeCode: 'L219' });
  return candidateInput({ firstName, lastName, sex: 'F', birthDate, taxCode, targetCategory: 'disoccupato', skills: ['Segreteria'] });
}

/**
 * An active file whose start is still ahead, as files made active before the start could be before
 * the core refused it (or as they arrive from another office): written with SQL beside the running
 * host (WAL lets a second connection write), on a draft created through the API so it is complete.
 */
function activateAheadOfStart(dataDir: string, fileId: string): void {
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(`UPDATE internships SET status = 'attivo' WHERE id = ?`).run(fileId);
  } finally {
    db.close();
  }
}

type File = { id: string; hlc: string };

test.describe.serial('wording agreed with the person, money in Italian, actions in the dialogs', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;
  let giuliaId: string;
  let fileId: string;
  let laterFileId: string;
  const start = firstOfMonthsAgo(1);
  const laterStart = addDaysIso(romeToday(), 20);

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    await callApi(desk.host.url, 'operators.create', { ...OPERATOR, role: 'operatore', passwordConfirm: OPERATOR.password }, admin);
    const host = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'APS Circolo Vanchiglia', employees: 3 }), admin)) as { id: string };
    const giulia = (await callApi(desk.host.url, 'candidates.create', woman('Giulia', 'Ferraris', '1999-04-12'), admin)) as { id: string };
    giuliaId = giulia.id;
    await callApi(
      desk.host.url,
      'needs.create',
      needInput(host.id, { title: NEED_TITLE, skills: ['Segreteria'], hoursPerWeek: 20, periodFrom: start, periodTo: addMonthsMinusDay(start, 6) }),
      admin,
    );
    // Another host, so this file does not count in the first host's quota of interns.
    const otherHost = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Dora Nuoto', employees: 4 }), admin)) as { id: string };
    const elena = (await callApi(desk.host.url, 'candidates.create', woman('Elena', 'Marino', '2001-09-03'), admin)) as { id: string };
    const later = (await callApi(
      desk.host.url,
      'internships.create',
      internshipInput(elena.id, otherHost.id, { startDate: laterStart, plannedEndDate: addMonthsMinusDay(laterStart, 3) }),
      admin,
    )) as File;
    laterFileId = later.id;
    activateAheadOfStart(desk.dataDir, laterFileId);
    await page.goto(desk.host.url);
    await login(page, OPERATOR.username, OPERATOR.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  const proposals = () => page.getByRole('table', { name: 'Proposte della candidata' });

  test('proposed from her profile: the dialog says the action, the words agree with her', async () => {
    await page.goto(`${desk.host.url}#/candidati/${giuliaId}?scheda=abbinamenti`);
    await expect(page.getByRole('heading', { name: GIULIA })).toBeVisible(SLOW);
    await expect(page.getByText('Non è ancora stata proposta per nessun fabbisogno.')).toBeVisible(SLOW);
    const fitting = page.getByRole('table', { name: 'Fabbisogni adatti alla candidata' });
    await fitting.getByRole('button', { name: 'Proponi' }).click();
    const dialog = page.getByRole('dialog', { name: `Proponi ${GIULIA} per «${NEED_TITLE}»` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`${GIULIA} sarà proposta per «${NEED_TITLE}»`);
    await dialog.getByRole('button', { name: 'Proponi' }).click();
    await expect(page.getByText(`${GIULIA} è stata proposta per «${NEED_TITLE}».`)).toBeVisible(SLOW);
    await expect(proposals()).toContainText(`proposta il ${italian(romeToday())}`, SLOW);
    await expect(proposals().getByText('Proposta', { exact: true })).toBeVisible();
    await expect(proposals().getByRole('button', { name: 'Rifiuto della candidata' })).toBeVisible();
    await page.screenshot({ path: '/tmp/wording-proposal.png', fullPage: true });
  });

  test('the proposal’s dialogs are titled with the step, and she is «accettata»', async () => {
    await proposals().getByRole('button', { name: 'Fissa il colloquio' }).click();
    const interview = page.getByRole('dialog', { name: `Fissa il colloquio con ${GIULIA}` });
    await expect(interview).toBeVisible();
    await interview.getByRole('button', { name: 'Annulla' }).click();
    await expect(interview).toBeHidden();

    await proposals().getByRole('button', { name: 'Segna come accettata' }).click();
    const accept = page.getByRole('dialog', { name: `Segna ${GIULIA} come accettata` });
    await expect(accept).toBeVisible();
    await page.screenshot({ path: '/tmp/wording-dialog.png' });
    await accept.getByRole('button', { name: 'Conferma' }).click();
    await expect(accept).toBeHidden(SLOW);
    await expect(proposals().getByText('Accettata', { exact: true })).toBeVisible(SLOW);
  });

  test('the file opened from the proposal speaks of «la tirocinante»', async () => {
    await proposals().getByRole('button', { name: 'Apri la pratica di tirocinio' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`^Tirocinio TO01-\\d{4}-\\d{4}: ${GIULIA}$`) })).toBeVisible(SLOW);
    fileId = new URL(page.url()).hash.split('/')[2]!.split('?')[0]!;
    await expect(page.getByText('Categoria della tirocinante')).toBeVisible();
    await expect(page.getByText('Disoccupata', { exact: true })).toBeVisible();
  });

  test('while the form is scrolled to the allowance, the live findings stay in view and clear as it is typed', async () => {
    await page.getByRole('link', { name: 'Modifica' }).click();
    const aside = page.getByTestId('findings-aside');
    const allowanceFinding = aside.getByText('Indica l’indennità mensile: per 20 ore settimanali il minimo è 300,00 € lordi.');
    await expect(allowanceFinding).toBeVisible(SLOW);

    await page.getByRole('textbox', { name: 'Nome e cognome' }).fill('Paola Bianchi');
    await page.getByRole('textbox', { name: 'Codice fiscale' }).fill(encodePersonTaxCode({ firstName: 'Paola', lastName: 'Bianchi', sex: 'F', birthDate: '1975-02-20', placeCode: 'L219' }));
    const allowance = page.getByRole('textbox', { name: 'Indennità mensile' });
    await allowance.scrollIntoViewIfNeeded();
    // The allowance is far down the form: the page has scrolled, and the findings are still in sight.
    expect(Number(await page.evaluate('window.scrollY'))).toBeGreaterThan(300);
    await expect(aside).toBeInViewport();
    await expect(allowanceFinding).toBeInViewport();
    await page.screenshot({ path: '/tmp/wording-findings-scrolled.png' });

    await allowance.fill('1250');
    await page.getByRole('radio', { name: 'Progetto Exar' }).check();
    await page.getByRole('textbox', { name: 'Nome del progetto' }).fill('GOL Piemonte');
    await expect(allowanceFinding).toHaveCount(0, SLOW);
    await expect(aside).toBeInViewport();
    await page.getByRole('button', { name: 'Salva la pratica' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`^Tirocinio TO01-\\d{4}-\\d{4}: ${GIULIA}$`) })).toBeVisible(SLOW);
    await expect(page.getByText('1.250,00 €', { exact: true })).toBeVisible();
  });

  test('running, the register writes the amounts the Italian way', async () => {
    // Nor is the person's declaration on prior work for the host (decision 0015): a coordinator waives it.
    await callApi(desk.host.url, 'internships.waive', { id: fileId, rule: 'lavoro-precedente', reason: 'Dichiarazione firmata su carta, da registrare' }, admin);
    const draft = (await callApi(desk.host.url, 'internships.get', { id: fileId }, admin)) as File;
    const signed = (await callApi(desk.host.url, 'internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin)) as File;
    // Not this test's subject: a coordinator lets the file start without the signed pack.
    await callApi(desk.host.url, 'documents.waiveSignatures', { internshipId: fileId, reason: 'Firme raccolte su carta, scansioni in arrivo' }, admin);
    await callApi(desk.host.url, 'internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: addMonthsMinusDay(start, 0), noticeNumber: 'UNILAV 2026/555' }, admin);
    const sheet = (await callApi(desk.host.url, 'internships.attendance', { id: fileId }, admin)) as { months: { month: string; plannedHours: number; version: string | null }[] };
    const first = sheet.months[0]!;
    await callApi(desk.host.url, 'internships.setAttendance', { id: fileId, month: first.month, version: first.version, attendedHours: first.plannedHours }, admin);

    // Moved through the API meanwhile: a fresh load shows the file as it is now.
    await page.goto(`${desk.host.url}#/tirocini/${fileId}?scheda=presenze`);
    await page.reload();
    const row = page.getByTestId('attendance-month').first();
    await expect(row.locator('td').nth(4)).toContainText('1.250,00 €', SLOW);
    await expect(row.locator('td').nth(5)).toHaveText('0,00 € / 1.250,00 €');
    await expect(page.getByText(/Indennità dovuta finora: 1\.250,00 € \(ospitante 0,00 €, progetto 1\.250,00 €\)/)).toBeVisible();
    await page.screenshot({ path: '/tmp/wording-money.png', fullPage: true });
  });

  test('concluded, the header says how it ended and the certificate is no longer «raggiungibile»', async () => {
    const running = (await callApi(desk.host.url, 'internships.get', { id: fileId }, admin)) as File;
    const today = romeToday();
    await callApi(desk.host.url, 'internships.transition', { id: running.id, hlc: running.hlc, to: 'concluso', outcome: 'assunto_ente', actualEndDate: today }, admin);

    // Moved through the API meanwhile: a fresh load shows the file as it is now.
    await page.goto(`${desk.host.url}#/tirocini/${fileId}?scheda=presenze`);
    await page.reload();
    await expect(page.getByTestId('internship-closing')).toHaveText(`Concluso il ${italian(today)}: assunta dall’ente ospitante`, SLOW);
    const certificate = page.getByTestId('certificate-badge');
    // The months up to the end not all entered: no verdict yet, and no prospect either.
    const sheet = (await callApi(desk.host.url, 'internships.attendance', { id: fileId }, admin)) as { months: { month: string; plannedHours: number; attendedHours: number | null; version: string | null }[] };
    const missing = sheet.months.filter((m) => m.plannedHours > 0 && m.attendedHours === null);
    if (missing.length > 0) {
      await expect(certificate).toHaveText(/^Attestazione finale: si decide con le presenze di tutti i mesi \((manca un mese|mancano \d+ mesi)\)$/, SLOW);
      for (const m of missing) await callApi(desk.host.url, 'internships.setAttendance', { id: fileId, month: m.month, version: m.version, attendedHours: m.plannedHours }, admin);
      await page.reload();
    }
    // Whether it is due is the rules' business (their own tests); here: a verdict, not a prospect.
    await expect(certificate).toHaveText(/^Attestazione finale (non )?spettante: presenza \d/, SLOW);
    await expect(page.getByText(/raggiungibile/)).toHaveCount(0);
    await page.screenshot({ path: '/tmp/wording-closed.png', fullPage: true });
    await page.getByRole('tab', { name: 'Dati della pratica' }).click();
    await expect(page.getByText('Assunta dall’ente ospitante', { exact: true })).toBeVisible();
  });

  test('an active file whose start is ahead reads «In partenza il …», in the list and on its page', async () => {
    const expected = `In partenza il ${italian(laterStart)}`;
    await page.goto(`${desk.host.url}#/tirocini`);
    const list = page.getByRole('table', { name: 'Elenco dei tirocini' });
    await expect(list.getByRole('row', { name: /Marino Elena/ })).toContainText(expected, SLOW);
    await expect(list.getByRole('row', { name: /Marino Elena/ })).not.toContainText('Attivo');
    await page.screenshot({ path: '/tmp/wording-list.png', fullPage: true });
    await page.goto(`${desk.host.url}#/tirocini/${laterFileId}`);
    await expect(page.getByRole('heading', { name: /Marino Elena/ })).toBeVisible(SLOW);
    await expect(page.getByText(expected, { exact: true })).toBeVisible();
  });
});
