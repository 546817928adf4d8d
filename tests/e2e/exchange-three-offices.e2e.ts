/**
 * The regional exchange's whole story in a real browser, with three web hosts on three data folders:
 * two desks (TO01 Torino, CN01 Alba) and the regional office (PIE). A shared association goes from
 * TO01 through PIE's published register to CN01; then both desks change it (the same field, with
 * different values), both register the same person, each adds records of its own, and both export
 * through the page. The regional office imports the two files through the page: the counts on
 * screen, the «Sportello» codes in the lists, one conflict resolved field by field, one duplicate
 * person merged on the merge page, the same file again «già importato». A second, fresh regional
 * office does the same in the other order; both end with the same associations and people. Last,
 * the regional office publishes a rule set and a desk imports it: published and locked.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Association } from '@shared/api/associations';
import type { Candidate, CandidateList } from '@shared/api/candidates';
import type { RuleSetView } from '@shared/api/rule-sets';
import { encodePersonTaxCode } from '@shared/validation/tax-code-encode';
import { ADMIN, SETUP_INPUT } from '../support/setup-input';
import { associationInput, associationToInput, candidateInput, nextPerson } from '../support/fixtures';
import { callApi } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { addDaysIso, italian, romeToday } from './support/dates';
import { login, openDesk, type Desk } from './support/desk';
import { adminSession, exportData, importFile, publish } from './support/exchange-api';

const PASSPHRASE = 'la frase segreta dei tre uffici di prova';
/** Exports, imports and the first scrypt of a key take seconds on a busy machine. */
const SLOW = { timeout: 60_000 };

interface Office {
  name: string;
  code: string;
  kind: 'sportello' | 'ufficio_regionale';
}
const TORINO: Office = { name: 'Sportello Torino', code: 'TO01', kind: 'sportello' };
const ALBA: Office = { name: 'Sportello Alba', code: 'CN01', kind: 'sportello' };
const REGION: Office = { name: 'Ufficio regionale Piemonte', code: 'PIE', kind: 'ufficio_regionale' };

/** The association both desks change: the telephone differs, and Alba also changes the e-mail. */
const SHARED = { name: 'Polisportiva Tre Sedi', phone: '011 100 100', email: 'info@tresedi.example.org' };
const TORINO_PHONE = '011 222 333';
const ALBA_PHONE = '0173 444 555';
const ALBA_EMAIL = 'alba@tresedi.example.org';
const TORINO_OWN = 'Circolo Sportivo Dora';
const ALBA_OWN = 'Volley Langhe ASD';

/** The person registered at both desks: the same codice fiscale, different residence and skills. */
const PERSON = nextPerson('F');
const PERSON_NAME = `${PERSON.lastName} ${PERSON.firstName}`;
const PERSON_PHONE = '333 123 4567';
/** Someone only each desk knows, with a codice fiscale that agrees with the name. */
const TORINO_PERSON = { lastName: 'Ferrero', firstName: 'Luca', sex: 'M' as const, birthDate: '1990-04-12' };
const ALBA_PERSON = { lastName: 'Gallo', firstName: 'Paola', sex: 'F' as const, birthDate: '1988-09-03', resComune: 'Bra', resProvince: 'CN' };

/** One line of the counts table: new, updated, unchanged, conflicts, possible duplicates, waiting. */
type Counts = [number, number, number, number, number, number];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.describe('three offices exchange their data', () => {
  /** Made in beforeAll: the file is also loaded to list the tests, where afterAll never runs. */
  let downloads = '';
  /** The files as each office named them, in a folder per office (two exports can share a minute). */
  function folder(name: string): string {
    const path = join(downloads, name);
    mkdirSync(path, { recursive: true });
    return path;
  }
  const files = { torino: '', alba: '', rules: '' };
  const desks: Desk[] = [];
  let torino: Desk;
  let alba: Desk;
  let region: Desk;
  let region2: Desk;
  const sessions = new Map<Desk, string>();
  let sharedId: string;
  /** The person's two profiles: Torino's was created first, so its id is the smaller (UUIDv7) and it stays. */
  let personAtTorino: string;
  let personAtAlba: string;

  const session = (desk: Desk) => sessions.get(desk)!;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    downloads = mkdtempSync(join(tmpdir(), 'exar-e2e-three-'));
    // Four hosts start side by side; any that started is closed in afterAll even if another failed.
    const started = await Promise.allSettled([0, 1, 2, 3].map(() => openDesk(browser)));
    for (const s of started) if (s.status === 'fulfilled') desks.push(s.value);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    [torino, alba, region, region2] = desks as [Desk, Desk, Desk, Desk];

    const offices: [Desk, Office][] = [
      [torino, TORINO],
      [alba, ALBA],
      [region, REGION],
      [region2, REGION],
    ];
    await Promise.all(
      offices.map(async ([desk, office]) => {
        await callApi(desk.host.url, 'setup.complete', { ...SETUP_INPUT, office });
        const token = await adminSession(desk.host.url);
        sessions.set(desk, token);
        await callApi(desk.host.url, 'exchange.setPassphrase', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, token);
        await desk.page.goto(desk.host.url);
        await login(desk.page, ADMIN.username, ADMIN.password);
      }),
    );
  });

  test.afterAll(async () => {
    await Promise.allSettled(desks.map((d) => d.close()));
    if (downloads) rmSync(downloads, { recursive: true, force: true });
    for (const d of desks) expect(d.pageErrors).toEqual([]);
  });

  // ---------------------------------------------------------------- helpers on the pages

  async function openExchange(page: Page, tab?: string): Promise<void> {
    await page.getByRole('link', { name: /Scambio dati/ }).click();
    await expect(page.getByRole('heading', { name: 'Scambio dati' })).toBeVisible();
    if (tab) await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
  }

  /** «Esporta per l’ufficio regionale», then «Scarica il file»: the downloaded file's path. */
  async function exportThroughPage(desk: Desk, office: Office, waiting: string): Promise<string> {
    const page = desk.page;
    await openExchange(page, 'Esporta');
    await expect(page.getByTestId('changed-since')).toHaveText(waiting);
    await page.getByRole('button', { name: 'Esporta per l’ufficio regionale' }).click();
    await expect(page.getByTestId('exchange-job-outcome')).toContainText('Il file è pronto', SLOW);
    const download = page.waitForEvent('download');
    await page.getByTestId('exchange-job').getByRole('button', { name: 'Scarica il file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^exar-${office.code}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.exar$`));
    const path = join(folder(`${office.code}-page`), file.suggestedFilename());
    await file.saveAs(path);
    await expect(page.getByTestId('changed-since')).toHaveText('Nessuna modifica da inviare dall’ultima esportazione.');
    return path;
  }

  /** Chooses a file on «Importa» and waits for the preview. */
  async function upload(page: Page, path: string): Promise<Locator> {
    await openExchange(page, 'Importa');
    await page.getByLabel('File di scambio da importare').setInputFiles(path);
    const preview = page.getByTestId('exchange-preview');
    await expect(preview).toBeVisible(SLOW);
    return preview;
  }

  async function expectCounts(scope: Locator, table: string, area: string, counts: Counts): Promise<void> {
    const row = scope.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${area}`) });
    await expect(row.getByRole('cell')).toHaveText([area, ...counts.map(String)]);
  }

  interface Expected {
    register: boolean;
    associations: Counts;
    candidates: Counts;
  }

  /** Upload, preview with its counts, (register the sender,) «Importa», the result with the same counts. */
  async function importThroughPage(page: Page, path: string, from: Office, expected: Expected, shot: string): Promise<Locator> {
    const preview = await upload(page, path);
    await expect(preview).toContainText(`${from.code} · ${from.name}`);
    await expectCounts(preview, 'Cosa farà l’importazione', 'Associazioni', expected.associations);
    await expectCounts(preview, 'Cosa farà l’importazione', 'Candidati', expected.candidates);
    const importButton = preview.getByRole('button', { name: 'Importa' });
    const register = preview.getByRole('checkbox', { name: new RegExp(`Registra lo sportello ${from.code}`) });
    if (expected.register) {
      await expect(importButton).toBeDisabled();
      await register.check();
    } else {
      await expect(register).toHaveCount(0);
    }
    await keepScreenshot(page, shot);
    await importButton.click();
    const result = page.getByTestId('exchange-import-result');
    await expect(result).toContainText(`Importato il file di ${from.code} · ${from.name}`, SLOW);
    await expectCounts(result, 'Cosa ha fatto l’importazione', 'Associazioni', expected.associations);
    await expectCounts(result, 'Cosa ha fatto l’importazione', 'Candidati', expected.candidates);
    return result;
  }

  /** The value under a label on a record's page («Telefono» → «011 222 333»). */
  const fieldValue = (page: Page, label: string) => page.getByText(label, { exact: true }).first().locator('xpath=following-sibling::*[1]');

  // ---------------------------------------------------------------- one run at a regional office

  interface Run {
    name: string;
    region: () => Desk;
    first: { file: () => string; office: Office; expected: Expected };
    second: { file: () => string; office: Office; expected: Expected };
  }

  async function importBoth(run: Run): Promise<void> {
    const page = run.region().page;
    await importThroughPage(page, run.first.file(), run.first.office, run.first.expected, `exchange-three-${run.name}-preview-first`);
    const result = await importThroughPage(page, run.second.file(), run.second.office, run.second.expected, `exchange-three-${run.name}-preview-second`);
    await expect(result.getByRole('link', { name: 'Rivedi 1 conflitto' })).toBeVisible();
    await expect(result.getByRole('link', { name: 'Rivedi 1 possibile doppione' })).toBeVisible();
    await page.mouse.wheel(0, -10_000);
    await keepScreenshot(page, `exchange-three-${run.name}-result`);
    await expect(page.getByRole('table', { name: 'Importazioni fatte' }).locator('tbody tr')).toHaveCount(run.name === 'run1' ? 3 : 2);
  }

  /** The lists and the duplicate proposal show every desk's records with the office that registered them. */
  async function listsNameOffices(run: Run): Promise<void> {
    const desk = run.region();
    const page = desk.page;
    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    await expect(page.getByText('3 associazioni', { exact: true })).toBeVisible();
    await keepScreenshot(page, `exchange-three-${run.name}-associations`);
    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    const rows = page.getByRole('table', { name: 'Elenco dei candidati' }).locator('tbody tr');
    await expect(rows).toHaveCount(4);
    const twice = rows.filter({ hasText: PERSON.taxCode });
    await expect(twice).toHaveCount(2);
    await keepScreenshot(page, `exchange-three-${run.name}-candidates`);

    // Every sender is known here once its file is imported.
    const offices = (await callApi(desk.host.url, 'reference.offices', {}, session(desk))) as { code: string }[];
    expect(offices.map((o) => o.code).sort()).toEqual([ALBA.code, REGION.code, TORINO.code]);
    const people: [string, string][] = [
      [`${TORINO_PERSON.lastName} ${TORINO_PERSON.firstName}`, TORINO.code],
      [`${ALBA_PERSON.lastName} ${ALBA_PERSON.firstName}`, ALBA.code],
    ];
    for (const [name, code] of people) await expect(rows.filter({ hasText: name }).getByRole('cell').last()).toHaveText(code);
    await expect(twice.filter({ hasText: 'Torino (TO)' }).getByRole('cell').last()).toHaveText(TORINO.code);
    await expect(twice.filter({ hasText: 'Alba (CN)' }).getByRole('cell').last()).toHaveText(ALBA.code);

    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    const associations: [string, string][] = [
      [SHARED.name, TORINO.code],
      [TORINO_OWN, TORINO.code],
      [ALBA_OWN, ALBA.code],
    ];
    for (const [name, code] of associations) await expect(page.getByRole('row', { name: new RegExp(name) }).getByRole('cell').last()).toHaveText(code);

    await openExchange(page, 'Doppioni');
    const proposal = page.getByTestId('duplicate-proposal');
    await expect(proposal).toHaveCount(1);
    for (const office of [TORINO, ALBA]) await expect(proposal.getByText(office.code, { exact: true })).toBeVisible();
  }

  /** The shared association: Alba's change is the newer and in force; Torino's telephone is taken. */
  async function resolveConflict(run: Run): Promise<void> {
    const page = run.region().page;
    await openExchange(page, 'Conflitti');
    const row = page.getByTestId('conflict-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(0)).toContainText(SHARED.name);
    await expect(row.getByRole('cell').nth(1)).toContainText(ALBA.code);
    await expect(row.getByRole('cell').nth(2)).toContainText(TORINO.code);
    await row.getByRole('link', { name: SHARED.name }).click();
    await expect(page.getByRole('heading', { name: SHARED.name })).toBeVisible();
    await expect(page.getByTestId('conflict-field-differs')).toHaveCount(2);
    const phone = page.getByRole('row', { name: /^Telefono/ });
    await expect(phone.getByRole('cell').nth(1)).toHaveText(ALBA_PHONE);
    await expect(phone.getByRole('cell').nth(2)).toHaveText(TORINO_PHONE);
    const email = page.getByRole('row', { name: /^Email/ });
    await expect(email.getByRole('cell').nth(1)).toHaveText(ALBA_EMAIL);
    await expect(email.getByRole('cell').nth(2)).toHaveText(SHARED.email);
    await phone.getByText('Prendi arrivata').click();
    await expect(page.getByText('Combinando: 1 campo dalla versione arrivata, gli altri restano come sono.')).toBeVisible();
    await keepScreenshot(page, `exchange-three-${run.name}-conflict`);
    await page.getByRole('button', { name: 'Combina come scelto' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Combina come scelto' }).click();
    await expect(page.getByText('Nessun conflitto da risolvere: non c’è nulla da fare qui.')).toBeVisible();
    await page.locator('label').filter({ hasText: /^Risolti$/ }).click();
    await expect(page.getByTestId('conflict-row')).toContainText('Combinate campo per campo');

    await mainMenu(page).getByRole('link', { name: 'Associazioni', exact: true }).click();
    await page.getByRole('link', { name: SHARED.name }).click();
    await expect(page.getByRole('heading', { name: SHARED.name })).toBeVisible();
    await expect(fieldValue(page, 'Telefono')).toHaveText(TORINO_PHONE);
    await expect(fieldValue(page, 'Email')).toHaveText(ALBA_EMAIL);
    await keepScreenshot(page, `exchange-three-${run.name}-association`);
  }

  /** The person's two profiles: Torino's stays; Alba's residence and both skills are kept. */
  async function mergeDuplicate(run: Run): Promise<void> {
    const page = run.region().page;
    await openExchange(page, 'Doppioni');
    const proposal = page.getByTestId('duplicate-proposal');
    await expect(proposal).toHaveCount(1);
    await expect(proposal).toContainText(PERSON.taxCode);
    await expect(proposal.getByRole('link', { name: PERSON_NAME })).toHaveCount(2);
    await keepScreenshot(page, `exchange-three-${run.name}-duplicates`);
    await proposal.getByRole('link', { name: 'Confronta e unisci' }).click();
    await expect(page.getByRole('heading', { name: 'Unisci due profili della stessa persona' })).toBeVisible();
    expect(page.url()).toContain(`/candidati/${personAtTorino}/unisci/${personAtAlba}`);
    // The two profiles share name and code: each says which office registered it.
    await expect(page.getByText('Sportello TO01 · Sportello Torino')).toBeVisible();
    await expect(page.getByText('Sportello CN01 · Sportello Alba')).toBeVisible();
    const table = page.getByRole('table', { name: 'Dati diversi nei due profili' });
    await expect(table.getByRole('columnheader', { name: `Profilo che resta: ${PERSON_NAME}` })).toBeVisible();
    for (const field of ['Indirizzo di residenza', 'Comune di residenza', 'Provincia di residenza']) {
      await table.getByRole('radio', { name: new RegExp(`^${field}: .*\\(altro profilo\\)$`) }).check();
    }
    await table.getByRole('radio', { name: /^Competenze: .*\(entrambi\)$/ }).check();
    // Empty in the profile that stays: the other's number is proposed.
    await expect(table.getByRole('radio', { name: `Telefono: ${PERSON_PHONE} (altro profilo)` })).toBeChecked();
    await keepScreenshot(page, `exchange-three-${run.name}-merge`);
    await page.getByRole('button', { name: 'Unisci i profili…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Unisci i profili' }).click();
    await expect(page).toHaveURL(new RegExp(`/candidati/${personAtTorino}$`));
    await expect(page.getByRole('heading', { name: PERSON_NAME })).toBeVisible();

    await mainMenu(page).getByRole('link', { name: 'Candidati', exact: true }).click();
    await page.getByRole('textbox', { name: 'Cerca candidati' }).fill(PERSON.taxCode);
    const rows = page.getByRole('table', { name: 'Elenco dei candidati' }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('Alba (CN)');
    await expect(rows.getByRole('link', { name: PERSON_NAME })).toHaveAttribute('href', new RegExp(`/candidati/${personAtTorino}$`));

    await openExchange(page, 'Doppioni');
    await expect(page.getByText('Nessun possibile doppione da decidere.')).toBeVisible();
    await page.locator('label').filter({ hasText: /^Uniti$/ }).click();
    await expect(page.getByTestId('duplicate-proposal')).toContainText(/Unite il \d{2}\/\d{2}\/\d{4}/);
    await expect(page.getByTestId('duplicate-proposal').getByText('unito o eliminato')).toHaveCount(1);
    await keepScreenshot(page, `exchange-three-${run.name}-merged`);
  }

  /** The run's first file once more: the preview and the result both say it came already. */
  async function importAgain(run: Run): Promise<void> {
    const page = run.region().page;
    const preview = await upload(page, run.first.file());
    await expect(preview.getByText(/^Già importato il \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
    await expect(preview).toContainText('Questo stesso file è già stato importato: importarlo di nuovo non cambia nulla.');
    await keepScreenshot(page, `exchange-three-${run.name}-again`);
    await preview.getByRole('button', { name: 'Importa' }).click();
    const result = page.getByTestId('exchange-import-result');
    await expect(result).toContainText('Nulla da importare', SLOW);
    await expect(result).toContainText(/Questo file era già stato importato il \d{2}\/\d{2}\/\d{4}.*: non è cambiato nulla\./);
  }

  const RUNS: Run[] = [
    {
      name: 'run1',
      region: () => region,
      // PIE already has the shared association from Torino's first file.
      first: { file: () => files.torino, office: TORINO, expected: { register: false, associations: [1, 1, 0, 0, 0, 0], candidates: [2, 0, 0, 0, 0, 0] } },
      second: { file: () => files.alba, office: ALBA, expected: { register: true, associations: [1, 0, 0, 1, 0, 0], candidates: [2, 0, 0, 0, 1, 0] } },
    },
    {
      name: 'run2',
      region: () => region2,
      // A fresh regional office: everything is new, Torino's older change of the shared association comes second.
      first: { file: () => files.alba, office: ALBA, expected: { register: true, associations: [2, 0, 0, 0, 0, 0], candidates: [2, 0, 0, 0, 0, 0] } },
      second: { file: () => files.torino, office: TORINO, expected: { register: true, associations: [1, 0, 0, 1, 0, 0], candidates: [2, 0, 0, 0, 1, 0] } },
    },
  ];

  // ---------------------------------------------------------------- the story

  test('the shared association goes from Torino to the regional office, and in its register to Alba', async () => {
    const created = (await callApi(torino.host.url, 'associations.create', associationInput(SHARED), session(torino))) as Association;
    sharedId = created.id;
    const first = await exportData(torino.host.url, session(torino), folder('TO01-api'));
    const atRegion = await importFile(region.host.url, session(region), first, true);
    expect(atRegion.result.totals.new).toBeGreaterThan(0);
    const register = await publish(region.host.url, session(region), folder('PIE-api'), { ruleSets: false, templates: false, associations: true });
    await importFile(alba.host.url, session(alba), register, true);
    const atAlba = (await callApi(alba.host.url, 'associations.get', { id: sharedId }, session(alba))) as Association;
    expect(atAlba.phone).toBe(SHARED.phone);
  });

  test('both desks change the shared association, register the same person and their own records, and export through the page', async () => {
    // Torino first, Alba later: Alba's version of the shared association is the newer one.
    const atTorino = (await callApi(torino.host.url, 'associations.get', { id: sharedId }, session(torino))) as Association;
    await callApi(torino.host.url, 'associations.update', { id: sharedId, hlc: atTorino.hlc, data: { ...associationToInput(atTorino), phone: TORINO_PHONE } }, session(torino));
    personAtTorino = ((await callApi(torino.host.url, 'candidates.create', candidateInput({ ...PERSON, skills: ['Magazzino'] }), session(torino))) as Candidate).id;
    await callApi(torino.host.url, 'associations.create', associationInput({ name: TORINO_OWN }), session(torino));
    await callApi(torino.host.url, 'candidates.create', candidateInput({ ...TORINO_PERSON, taxCode: encodePersonTaxCode({ ...TORINO_PERSON, placeCode: 'L219' }) }), session(torino));

    const atAlba = (await callApi(alba.host.url, 'associations.get', { id: sharedId }, session(alba))) as Association;
    await callApi(alba.host.url, 'associations.update', { id: sharedId, hlc: atAlba.hlc, data: { ...associationToInput(atAlba), phone: ALBA_PHONE, email: ALBA_EMAIL } }, session(alba));
    personAtAlba = ((await callApi(
      alba.host.url,
      'candidates.create',
      candidateInput({ ...PERSON, resAddress: 'Via Vittorio Emanuele 3', resComune: 'Alba', resProvince: 'CN', phone: PERSON_PHONE, skills: ['Pulizie'] }),
      session(alba),
    )) as Candidate).id;
    await callApi(alba.host.url, 'associations.create', associationInput({ name: ALBA_OWN, comune: 'Alba', province: 'CN' }), session(alba));
    await callApi(alba.host.url, 'candidates.create', candidateInput({ ...ALBA_PERSON, birthPlaceCode: 'A124', birthPlace: 'Alba (CN)', taxCode: encodePersonTaxCode({ ...ALBA_PERSON, placeCode: 'A124' }) }), session(alba));
    expect(personAtTorino < personAtAlba).toBe(true);

    // Torino sends what changed since its first file; Alba, never exported, sends everything it wrote.
    files.torino = await exportThroughPage(torino, TORINO, '4 record modificati dall’ultima esportazione.');
    files.alba = await exportThroughPage(alba, ALBA, '6 record da inviare.');
  });

  for (const run of RUNS) {
    const where = run.name === 'run1' ? 'the regional office' : 'a second, fresh regional office';
    test(`${run.name}: ${where} imports ${run.first.office.code} then ${run.second.office.code} through the page`, async () => {
      await importBoth(run);
    });

    test(`${run.name}: the lists and the duplicate proposal name each record's office`, async () => {
      // In run 2 the regional office meets Torino through a file of changes only: the office row that
      // every export carries registers it.
      await listsNameOffices(run);
    });

    test(`${run.name}: the conflict on the shared association is resolved field by field`, async () => {
      await resolveConflict(run);
    });

    test(`${run.name}: the person registered twice is merged on the merge page`, async () => {
      await mergeDuplicate(run);
    });

    test(`${run.name}: importing the first file again says «già importato»`, async () => {
      await importAgain(run);
    });
  }

  test('both regional offices hold the same associations and people, whatever the order', async () => {
    async function snapshot(desk: Desk) {
      const token = session(desk);
      const list = (await callApi(desk.host.url, 'associations.list', { pageSize: 200 }, token)) as { items: { id: string }[] };
      const associations = [];
      for (const { id } of list.items) {
        const a = (await callApi(desk.host.url, 'associations.get', { id }, token)) as Association;
        associations.push({ id: a.id, siteId: a.siteId, name: a.name, taxCode: a.taxCode, phone: a.phone, email: a.email, comune: a.comune, deleted: a.deletedAt !== null });
      }
      const people = (await callApi(desk.host.url, 'candidates.list', { pageSize: 200 }, token)) as CandidateList;
      const candidates = [];
      for (const id of [...people.items.map((c) => c.id), personAtAlba].sort()) {
        const c = (await callApi(desk.host.url, 'candidates.get', { id }, token)) as Candidate;
        candidates.push({
          id: c.id,
          siteId: c.siteId,
          taxCode: c.taxCode,
          name: `${c.lastName} ${c.firstName}`,
          residence: `${c.resAddress ?? ''}, ${c.resComune ?? ''} (${c.resProvince ?? ''})`,
          phone: c.phone,
          skills: c.skills,
          mergedInto: c.mergedInto,
          deleted: c.deletedAt !== null,
        });
      }
      return { associations: associations.sort((a, b) => a.id.localeCompare(b.id)), candidates };
    }
    const first = await snapshot(region);
    const second = await snapshot(region2);
    expect(second).toEqual(first);
    expect(first.associations).toHaveLength(3);
    expect(first.associations.find((a) => a.id === sharedId)).toMatchObject({ phone: TORINO_PHONE, email: ALBA_EMAIL });
    expect(first.candidates).toHaveLength(4);
    expect(first.candidates.find((c) => c.id === personAtTorino)).toMatchObject({
      residence: 'Via Vittorio Emanuele 3, Alba (CN)',
      phone: PERSON_PHONE,
      skills: ['Magazzino', 'Pulizie'],
      mergedInto: null,
    });
    expect(first.candidates.find((c) => c.id === personAtAlba)).toMatchObject({ mergedInto: personAtTorino });
  });

  test('the regional office publishes a rule set through the page; Alba imports it and finds it published and locked', async () => {
    const validFrom = addDaysIso(romeToday(), 365);
    const name = 'Regione Piemonte – DGR di prova dei tre uffici';
    const sets = (await callApi(region.host.url, 'ruleSets.list', {}, session(region))) as RuleSetView[];
    const builtIn = sets.find((s) => s.builtIn)!;
    const { id: _id, hlc: _hlc, builtIn: _b, inForceToday: _f, standing: _s, usage: _u, lockedReason: _l, origin: _o, ...fields } = builtIn;
    await callApi(region.host.url, 'ruleSets.create', { ...fields, name, validFrom }, session(region));

    const page = region.page;
    await openExchange(page, 'Pubblica');
    await page.getByRole('checkbox', { name: 'Modelli Word' }).uncheck();
    await page.getByRole('checkbox', { name: 'Anagrafica delle associazioni' }).uncheck();
    await expect(page.getByRole('checkbox', { name: 'Regole regionali' })).toBeChecked();
    await page.getByRole('button', { name: 'Prepara la pubblicazione' }).click();
    await expect(page.getByTestId('exchange-job-outcome')).toContainText('Il file è pronto', SLOW);
    const download = page.waitForEvent('download');
    await page.getByTestId('exchange-job').getByRole('button', { name: 'Scarica il file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^exar-PIE-\d{4}-\d{2}-\d{2}-\d{4}\.exar$/);
    files.rules = join(folder('PIE-page'), file.suggestedFilename());
    await file.saveAs(files.rules);
    await expect(page.getByRole('table', { name: 'Pubblicazioni fatte' }).locator('tbody tr')).toHaveCount(2);

    const desk = alba.page;
    const preview = await upload(desk, files.rules);
    await expect(preview).toContainText('Pubblicazione dell’ufficio regionale');
    await expect(preview).toContainText(`${REGION.code} · ${REGION.name}`);
    await expectCounts(preview, 'Cosa farà l’importazione', 'Regole e modelli', [1, 0, 0, 0, 0, 0]);
    await preview.getByRole('button', { name: 'Importa' }).click();
    await expect(desk.getByTestId('exchange-import-result')).toContainText(`Importato il file di ${REGION.code} · ${REGION.name}`, SLOW);

    await desk.getByRole('link', { name: 'Regole regionali' }).click();
    await expect(desk.getByRole('heading', { name: 'Regole regionali' })).toBeVisible();
    const row = desk.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText(`Pubblicata dall’ufficio regionale (${REGION.code})`);
    await expect(row).toContainText(italian(validFrom));
    await expect(row.getByText('Non ancora in vigore')).toBeVisible();
    await keepScreenshot(desk, 'exchange-three-rules');
    await row.getByRole('link', { name }).click();
    await expect(desk.getByRole('heading', { name })).toBeVisible();
    await expect(desk.getByText('Sola lettura')).toBeVisible();
    await expect(desk.getByText(`Pubblicata dall’ufficio regionale (${REGION.code}): si modifica lì`)).toBeVisible();
    await expect(desk.getByRole('button', { name: 'Modifica' })).toHaveCount(0);
    await expect(desk.getByRole('button', { name: 'Elimina' })).toHaveCount(0);
    await keepScreenshot(desk, 'exchange-three-rule-set');
  });
});
