/**
 * Accessibility (issue 16, WCAG 2.1 AA), in a real browser against the real web host: axe-core on
 * the first-start and login screens, on every page of the router with a small desk behind it (an
 * association, two candidates, a need with a proposal, an internship file) and on the main dialogs;
 * none may show a critical or serious violation. Then the page structure the skip link and the focus
 * rules rely on, and two stories done with the keyboard alone.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput, needInput, nextPerson } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { expectAccessible, routerPaths, summary } from './support/axe';
import { login, openDesk, type Desk } from './support/desk';
import { tabTo, typeInto } from './support/keyboard';

const SLOW = { timeout: 20_000 };

interface Seeded {
  association: string;
  candidate: string;
  twin: string;
  need: string;
  internship: string;
  ruleSet: string;
}

/** The address to open for each path of the router, with the seeded records in place of its parameters. */
function addressOf(path: string, s: Seeded): string {
  return path
    .replace(/^associazioni\/:id/, `associazioni/${s.association}`)
    .replace(/^candidati\/:id\/unisci\/:otherId/, `candidati/${s.candidate}/unisci/${s.twin}`)
    .replace(/^candidati\/:id/, `candidati/${s.candidate}`)
    .replace(/^fabbisogni\/:id/, `fabbisogni/${s.need}`)
    .replace(/^tirocini\/:id/, `tirocini/${s.internship}`)
    .replace(/^impostazioni\/regole\/:id/, `impostazioni/regole/${s.ruleSet}`)
    // No conflict can be made on a single desk: the page's «not found» state is what is checked.
    .replace(/^scambio\/conflitti\/:id/, 'scambio/conflitti/00000000-0000-7000-8000-000000000000')
    .replace(/^\*$/, 'pagina-che-non-esiste');
}

/** Every page the test visits: a new page in the router fails the first test until it is listed here. */
const PAGES = [
  'associazioni',
  'associazioni/nuova',
  'associazioni/:id',
  'associazioni/:id/modifica',
  'candidati',
  'candidati/nuovo',
  'candidati/:id',
  'candidati/:id/modifica',
  'candidati/:id/unisci/:otherId',
  'fabbisogni',
  'fabbisogni/bacheca',
  'fabbisogni/nuovo',
  'fabbisogni/:id',
  'fabbisogni/:id/modifica',
  'fabbisogni/:id/candidati',
  'tirocini',
  'tirocini/nuovo',
  'tirocini/registri',
  'tirocini/:id',
  'tirocini/:id/modifica',
  'scambio',
  'scambio/esporta',
  'scambio/pubblica',
  'scambio/importa',
  'scambio/conflitti',
  'scambio/conflitti/:id',
  'scambio/doppioni',
  'scambio/impostazioni',
  'operatori',
  'impostazioni',
  'impostazioni/modelli',
  'impostazioni/regole',
  'impostazioni/regole/nuova',
  'impostazioni/regole/:id',
  'impostazioni/comitati',
  'impostazioni/professioni',
  'impostazioni/feste-patronali',
  'impostazioni/copie-di-sicurezza',
  'impostazioni/registro-accessi',
  'impostazioni/da-rivedere',
  'oggi',
  'report',
  '*',
];

/** Pages kept as pictures to look at the colours after the theme's change. */
const SHOTS = new Set(['oggi', 'candidati', 'associazioni/:id', 'tirocini/:id', 'fabbisogni/:id/candidati', 'scambio', 'impostazioni/da-rivedere']);

/** Waits for a page to be drawn with its data: a heading in main and no loader left. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible(SLOW);
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, SLOW);
}

async function openDialog(page: Page, opener: () => Promise<void>, where: string): Promise<void> {
  await opener();
  await expect(page.getByRole('dialog').first()).toBeVisible(SLOW);
  await expectAccessible(page, where);
  // Escape closes an open list inside the dialog first, then the dialog.
  for (let i = 0; i < 3 && (await page.getByRole('dialog').count()) > 0; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('every page of the router is in the list of pages checked', () => {
  expect(routerPaths().sort()).toEqual([...PAGES].sort());
});

test('axe on the first-start wizard and the login page', async ({ browser }) => {
  const desk = await openDesk(browser);
  const page = desk.page;
  try {
    await page.goto(desk.host.url);
    await expect(page.getByRole('heading', { name: /configuriamo lo sportello/ })).toBeVisible(SLOW);
    await expectAccessible(page, 'configurazione iniziale');
    await page.getByRole('button', { name: 'Avanti' }).click();
    await expect(page.getByText('Nome dello sportello: campo obbligatorio')).toBeVisible();
    await expectAccessible(page, 'configurazione iniziale con errori');
    await completeSetup(desk.host.url);
    await page.goto(desk.host.url);
    await expect(page.getByRole('heading', { name: 'Accedi' })).toBeVisible(SLOW);
    await expectAccessible(page, 'accesso');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await expect(page.getByText('Inserisci il nome utente')).toBeVisible();
    await expectAccessible(page, 'accesso con errori');
    expect(desk.pageErrors).toEqual([]);
  } finally {
    await desk.close();
  }
});

/** The desk every page is checked on, seeded through the API as an administrator. */
async function seededDesk(desk: Desk): Promise<Seeded> {
  await completeSetup(desk.host.url);
  const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
  const association = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Accessibile', employees: 3 }), admin)) as { id: string };
  const candidate = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Tastiera', firstName: 'Lucia', targetCategory: 'disoccupato' }), admin)) as { id: string };
  const twin = (await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Tastiera', firstName: 'Lucia' }), admin)) as { id: string };
  const need = (await callApi(desk.host.url, 'needs.create', needInput(association.id, { title: 'Segreteria accessibile', skills: ['Magazzino'] }), admin)) as { id: string };
  await callApi(desk.host.url, 'matches.propose', { needId: need.id, candidateIds: [candidate.id] }, admin);
  const internship = (await callApi(desk.host.url, 'internships.create', internshipInput(candidate.id, association.id), admin)) as { id: string };
  const ruleSets = (await callApi(desk.host.url, 'ruleSets.list', {}, admin)) as { id: string }[];
  return { association: association.id, candidate: candidate.id, twin: twin.id, need: need.id, internship: internship.id, ruleSet: ruleSets[0]!.id };
}

// Not serial: a page that fails does not hide the others (Playwright starts a new worker, and a new desk, after a failure).
test.describe('axe on every page and dialog', () => {
  let desk: Desk;
  let page: Page;
  let seeded: Seeded;
  const headings = new Map<string, number>();

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    // No fades (the theme respects it): axe must judge a dialog's colours, not a frame of its fade-in.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    seeded = await seededDesk(desk);
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    console.log(`Violazioni gravi per regola:\n${summary()}`);
    console.log(`Pagine senza h1: ${[...headings].filter(([, n]) => n === 0).map(([p]) => p).join(', ') || 'nessuna'}`);
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  for (const path of PAGES) {
    test(`page /${path}`, async () => {
      await page.goto(`${desk.host.url}#/${addressOf(path, seeded)}`);
      await settled(page);
      await expectAccessible(page, `/${path}`);
      // One title per page: the header's app name and the sections are not h1.
      expect.soft(await page.locator('h1').count(), `/${path}: h1`).toBe(1);
      headings.set(path, await page.locator('h1').count());
      if (SHOTS.has(path)) await page.screenshot({ path: `/tmp/a11y-${path.replace(/[/:*]+/g, '-')}.png`, fullPage: true });
    });
  }

  test('a failed save puts the focus on the first field in error, in each of the four record forms', async () => {
    const forms = [
      ['associazioni/nuova', 'Salva l’associazione'],
      ['candidati/nuovo', 'Salva il candidato'],
      ['fabbisogni/nuovo', 'Salva il fabbisogno'],
      ['tirocini/nuovo', 'Salva la pratica'],
    ] as const;
    for (const [path, save] of forms) {
      await page.goto(`${desk.host.url}#/${path}`);
      await settled(page);
      await page.getByRole('button', { name: save }).click();
      const first = page.locator('form [aria-invalid="true"]').first();
      await expect(first, `/${path}`).toBeFocused(SLOW);
      if (path === 'tirocini/nuovo') await page.screenshot({ path: '/tmp/a11y-form-errors.png', fullPage: true });
    }
  });

  test('the dialogs of new records, deleting, the password and a notification', async () => {
    await page.goto(`${desk.host.url}#/operatori`);
    await settled(page);
    await openDialog(page, () => page.getByRole('button', { name: 'Nuovo operatore' }).click(), 'nuovo operatore');
    await page.goto(`${desk.host.url}#/impostazioni/feste-patronali`);
    await settled(page);
    await openDialog(page, () => page.getByRole('button', { name: 'Aggiungi un comune' }).click(), 'nuova festa patronale');
    await page.goto(`${desk.host.url}#/associazioni/${seeded.association}`);
    await settled(page);
    await openDialog(page, () => page.getByRole('button', { name: 'Elimina' }).click(), 'conferma di eliminazione');
    await page.goto(`${desk.host.url}#/fabbisogni/${seeded.need}/candidati`);
    await settled(page);
    await openDialog(
      page,
      async () => {
        await page.getByRole('checkbox', { name: /Seleziona Tastiera Lucia/ }).first().check();
        await page.getByRole('button', { name: /Proponi il\/la candidato\/a|Proponi la candidata|Proponi il candidato/ }).click();
      },
      'proposta di candidati',
    );
    await openDialog(
      page,
      async () => {
        await page.getByRole('button', { name: 'Menu utente' }).click();
        await page.getByRole('menuitem', { name: 'Cambia password' }).click();
      },
      'cambio password',
    );

    // A notification on screen: «Non salvato» after a save with the required fields empty.
    await page.goto(`${desk.host.url}#/associazioni/nuova`);
    await settled(page);
    await page.getByRole('button', { name: 'Salva l’associazione' }).click();
    await expect(page.getByText('Non salvato')).toBeVisible(SLOW);
    await expectAccessible(page, 'notifica');
  });

  test('the lock screen', async () => {
    // The fake clock must be there before the page starts its idle timer: the session survives the reload.
    await page.clock.install();
    await page.reload();
    await settled(page);
    await page.clock.fastForward('04:01:00');
    await expect(page.getByRole('dialog', { name: 'Sblocca la sessione' })).toBeVisible(SLOW);
    await expectAccessible(page, 'schermo bloccato');
  });
});


test.describe.serial('two stories with the keyboard alone', () => {
  let desk: Desk;
  let page: Page;
  let need: string;
  const person = nextPerson('F');

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    const admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    const association = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Solo Tastiera', employees: 3 }), admin)) as { id: string };
    need = ((await callApi(desk.host.url, 'needs.create', needInput(association.id, { title: 'Magazzino senza mouse', skills: ['Magazzino'] }), admin)) as { id: string }).id;
    await callApi(desk.host.url, 'candidates.create', candidateInput({ lastName: 'Ferrero', firstName: 'Anna', targetCategory: 'disoccupato' }), admin);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('(a) logs in, creates a candidate, finds them in the list and opens the profile', async () => {
    await page.goto(desk.host.url);
    await expect(page.getByLabel('Nome utente')).toBeFocused(SLOW);
    await page.keyboard.type(ADMIN.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    await expect(menu).toBeVisible(SLOW);

    // In, the focus is on the first page's title.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused(SLOW);
    // «Vai al contenuto» is the first thing Tab reaches on a page, shown once it has the focus, and goes to the content.
    const skip = page.getByRole('link', { name: 'Vai al contenuto' });
    expect(await page.evaluate(`document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').textContent`)).toBe('Vai al contenuto');
    await tabTo(page, skip, { back: true });
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    await tabTo(page, menu.getByRole('link', { name: 'Candidati', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Candidati' })).toBeVisible(SLOW);
    await tabTo(page, page.getByRole('link', { name: 'Nuovo candidato' }).first());
    await page.keyboard.press('Enter');
    // The new page's title has the focus, and a save with nothing typed puts it on the first field in error.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused(SLOW);
    await tabTo(page, page.getByRole('button', { name: 'Salva il candidato' }));
    await page.keyboard.press('Enter');
    const first = page.locator('form [aria-invalid="true"]').first();
    await expect(first).toBeFocused(SLOW);

    const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
    await page.keyboard.press('Shift+Tab'); // back to the top of the form, so Tab finds every box in order
    await typeInto(page, textbox('Cognome'), person.lastName);
    await typeInto(page, textbox('Nome'), person.firstName);
    await typeInto(page, textbox('Codice fiscale'), person.taxCode);
    await expect(textbox('Data di nascita')).not.toHaveValue('');
    await tabTo(page, page.getByRole('button', { name: 'Salva il candidato' }));
    await page.keyboard.press('Enter');
    const profile = page.getByRole('heading', { level: 1, name: new RegExp(`${person.lastName} ${person.firstName}`) });
    await expect(profile).toBeVisible(SLOW);
    await expect(profile).toBeFocused();

    await tabTo(page, menu.getByRole('link', { name: 'Candidati', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Cerca candidati')).toBeFocused(SLOW);
    await page.keyboard.type(person.taxCode);
    const row = page.getByRole('link', { name: new RegExp(`${person.lastName} ${person.firstName}`) });
    await expect(page.getByText('1 candidato')).toBeVisible(SLOW);
    await tabTo(page, row);
    await page.keyboard.press('Enter');
    await expect(profile).toBeVisible(SLOW);
  });

  test('(b) opens a need and proposes a candidate from the ranking', async () => {
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    await tabTo(page, menu.getByRole('link', { name: 'Fabbisogni', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Fabbisogni' })).toBeVisible(SLOW);
    await tabTo(page, page.getByRole('link', { name: 'Magazzino senza mouse' }).first());
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Magazzino senza mouse' })).toBeFocused(SLOW);
    await tabTo(page, page.getByRole('link', { name: 'Trova candidati' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Candidati adatti' })).toBeFocused(SLOW);
    await tabTo(page, page.getByRole('checkbox', { name: 'Seleziona Ferrero Anna' }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Seleziona Ferrero Anna' })).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: /^Proponi (il|la) candidat/ }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Proponi', exact: true }));
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0, SLOW);
    await expect(page.getByRole('heading', { level: 1, name: 'Magazzino senza mouse' })).toBeVisible(SLOW);
    await expect(page.getByText('Ferrero Anna').first()).toBeVisible();
    expect(page.url()).toContain(need);
  });
});
