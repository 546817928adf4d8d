/**
 * After each write the candidate's page shows the new data with nothing threaded between its cards
 * (decision 0018): notes, attachments, «non è un duplicato», delete and restore; a stale merge reloads
 * the two profiles and keeps the operator's choices; a stale proposal move shows the colleague's status.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, needInput, nextPerson, TINY_PDF } from '../support/fixtures';
import { encodePersonTaxCode } from '@shared/validation/tax-code-encode';
import { callApi, completeSetup } from './support/api';
import { login, openDesk, type Desk } from './support/desk';

interface Cand {
  id: string;
  hlc: string;
  [k: string]: unknown;
}

test.describe.serial('a write shows at once on the candidate’s page', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;
  let a: Cand;
  let c: Cand;
  let d: Cand;

  const twin = (): [Record<string, unknown>, Record<string, unknown>] => {
    const p = nextPerson('F');
    return [candidateInput({ ...p }), candidateInput({ ...p, taxCode: encodePersonTaxCode({ ...p, placeCode: 'F205' }), birthPlaceCode: 'F205', birthPlace: 'Milano (MI)' })];
  };

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    const [ia, ib] = twin();
    a = (await callApi(desk.host.url, 'candidates.create', ia, admin)) as Cand;
    await callApi(desk.host.url, 'candidates.create', ib, admin); // a's twin: makes a a duplicate
    const [ic, id] = twin();
    c = (await callApi(desk.host.url, 'candidates.create', { ...ic, phone: '011 111111' }, admin)) as Cand;
    d = (await callApi(desk.host.url, 'candidates.create', { ...id, phone: '011 222222', notes: 'Prima nota' }, admin)) as Cand;
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('a note appears in the notes and in the history, and goes when deleted', async () => {
    await page.goto(`${desk.host.url}#/candidati/${a.id}?scheda=storico`);
    const history = page.locator('.mantine-Card-root', { has: page.getByRole('heading', { name: 'Storico delle modifiche' }) });
    await expect(history).toBeVisible();
    await page.getByLabel('Testo della nota').fill('Primo colloquio verificato');
    await page.getByRole('button', { name: 'Aggiungi nota' }).click();
    const notes = page.locator('.mantine-Card-root', { has: page.getByRole('heading', { name: 'Colloqui' }) });
    await expect(notes.getByRole('paragraph').filter({ hasText: 'Primo colloquio verificato' })).toBeVisible();
    await expect(history.getByText(/Primo colloquio verificato/)).toBeVisible();
    await expect(page.getByLabel('Testo della nota')).toHaveValue('');
    await notes.getByRole('button', { name: /Elimina la nota/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Elimina' }).click();
    await expect(notes.getByText('Nessuna nota di colloquio.')).toBeVisible();
  });

  test('an attachment appears with its count, and goes when removed', async () => {
    await page.getByRole('tab', { name: 'Documenti' }).click();
    await page.getByLabel('File da allegare').setInputFiles({ name: 'CV verifica.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await expect(page.getByRole('table', { name: 'Documenti allegati' }).getByText('CV verifica.pdf')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Documenti' })).toContainText('1');
    await page.getByRole('button', { name: 'Rimuovi CV verifica.pdf' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Rimuovi' }).click();
    await expect(page.getByText('Nessun documento allegato.')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Documenti' })).not.toContainText('1');
  });

  test('«not a duplicate» takes the warning away and the history says so', async () => {
    // A fresh page, so the count is of one answer, not of the cached one shown while it is asked again.
    await page.reload();
    await page.getByRole('tab', { name: 'Storico' }).click();
    const history = page.locator('.mantine-Card-root', { has: page.getByRole('heading', { name: 'Storico delle modifiche' }) });
    await expect(history.locator('.mantine-Timeline-item').first()).toBeVisible();
    const before = await history.locator('.mantine-Timeline-item').count();
    await expect(page.getByText('Possibile doppione: controlla se è la stessa persona')).toBeVisible();
    await page.getByRole('button', { name: /Non è un duplicato: Rossi Maria/ }).click();
    await expect(page.getByText('Possibile doppione: controlla se è la stessa persona')).toHaveCount(0);
    await expect(history.locator('.mantine-Timeline-item')).toHaveCount(before + 1);
  });

  test('delete and restore show at once', async () => {
    await page.getByRole('button', { name: 'Elimina', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Elimina' }).click();
    await expect(page.getByText(/Eliminata il/)).toBeVisible();
    await page.getByRole('button', { name: 'Ripristina' }).click();
    await expect(page.getByText(/Eliminata il/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Elimina', exact: true })).toBeVisible();
  });

  test('the merge view keeps the choices when both profiles are read again, and never flashes «cannot merge»', async () => {
    await page.goto(`${desk.host.url}#/candidati/${c.id}/unisci/${d.id}`);
    await expect(page.getByRole('heading', { name: 'Unisci due profili della stessa persona' })).toBeVisible();
    await page.getByRole('radio', { name: /011 222222 \(altro profilo\)/ }).check();
    // Someone changes the other profile meanwhile.
    await callApi(desk.host.url, 'candidates.update', { id: d.id, hlc: d.hlc, data: { ...ibData(d), notes: 'Nota cambiata nel frattempo' } }, admin);
    await page.getByRole('button', { name: 'Unisci i profili…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Unisci i profili' }).click();
    await expect(page.getByText(/Nel frattempo qualcuno ha modificato uno dei due profili/)).toBeVisible();
    await page.getByRole('button', { name: 'Ricarica i due profili' }).click();
    await expect(page.getByRole('radio', { name: /Nota cambiata nel frattempo \(altro profilo\)/ })).toBeVisible();
    await expect(page.getByRole('radio', { name: /011 222222 \(altro profilo\)/ })).toBeChecked();

    // Watches the page for the refusal text while the merge runs (a string: the tests compile without the DOM's types).
    await page.evaluate(`
      window.sawBlocked = false;
      new MutationObserver(() => {
        if (document.body.textContent.includes('Questi profili non si possono unire')) window.sawBlocked = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    `);
    await page.getByRole('button', { name: 'Unisci i profili…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Unisci i profili' }).click();
    await expect(page).toHaveURL(new RegExp(`#/candidati/${c.id}$`));
    await expect(page.getByText('011 222222')).toBeVisible();
    expect(await page.evaluate('window.sawBlocked')).toBe(false);
  });

  test('a proposal moved meanwhile by a colleague: the stale move shows the current status', async () => {
    const association = (await callApi(desk.host.url, 'associations.create', associationInput({ name: 'ASD Verifica' }), admin)) as { id: string };
    const need = (await callApi(desk.host.url, 'needs.create', needInput(association.id, { title: 'Segreteria verifica', skills: ['Magazzino'] }), admin)) as { id: string };
    await callApi(desk.host.url, 'matches.propose', { needId: need.id, candidateIds: [a.id] }, admin);
    await page.goto(`${desk.host.url}#/fabbisogni/${need.id}`);
    const row = page.getByTestId('need-match');
    await expect(row).toContainText('Proposta');
    const [match] = (await callApi(desk.host.url, 'matches.forNeed', { needId: need.id }, admin)) as { id: string; hlc: string }[];
    await callApi(desk.host.url, 'matches.transition', { id: match!.id, hlc: match!.hlc, to: 'ritirato', interviewAt: null, interviewPlace: null, note: 'dal collega' }, admin);
    await row.getByRole('button', { name: /Segna come accettata/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Conferma' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(row).toContainText('Ritirata');
    await expect(row).toContainText('dal collega');
  });
});

/** The form data of a saved profile (what the edit form sends back). */
function ibData(saved: Cand): Record<string, unknown> {
  const { id: _i, siteId: _s, createdAt: _c, updatedAt: _u, updatedBy: _b, hlc: _h, deletedAt: _d, mergedInto: _m, notesLog: _n, attachments: _a, operatorName: _o, ...rest } = saved;
  return rest;
}
