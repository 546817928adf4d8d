/**
 * Impostazioni → «Tutor del soggetto promotore» and «Privacy»: what the PFI and the informativa print,
 * set by an administrator on the page (the PFI cannot be prepared without the tutor's codice fiscale
 * and role). A wrong codice fiscale is refused beside its box and stays typed.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { nextPerson } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';

const SLOW = { timeout: 20_000 };

test.describe.serial('settings: promoter tutors and privacy', () => {
  let desk: Desk;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  test('a wrong codice fiscale is refused beside its box and stays typed; a right one is saved with the role and the DPO', async () => {
    await page.goto(`${desk.host.url}#/impostazioni`);
    const tutors = page.getByRole('region', { name: 'Tutor del soggetto promotore' });
    await expect(tutors.getByText('Nessun tutor indicato.')).toBeVisible(SLOW);
    await tutors.getByRole('button', { name: 'Aggiungi un tutor' }).click();
    await tutors.getByRole('textbox', { name: 'Operatore' }).click();
    await page.getByRole('option', { name: 'Anna Amministratrice' }).click();
    const taxCode = tutors.getByRole('textbox', { name: 'Codice fiscale' });
    await taxCode.fill('RSSMRA80A01L219Z');
    await tutors.getByRole('textbox', { name: 'Ruolo' }).fill('Orientatrice');
    const privacy = page.getByRole('region', { name: 'Privacy' });
    await privacy.getByRole('textbox', { name: /Responsabile della protezione dei dati/ }).fill('Avv. Maria Rossi, dpo@esempio.it');
    await page.getByRole('button', { name: 'Salva le impostazioni' }).click();
    await expect(tutors.getByText(/Codice fiscale non valido/)).toBeVisible(SLOW);
    await expect(taxCode).toHaveValue('RSSMRA80A01L219Z');

    const right = nextPerson('F').taxCode;
    await taxCode.fill(right);
    await page.getByRole('button', { name: 'Salva le impostazioni' }).click();
    await expect(page.getByText('Impostazioni aggiornate.')).toBeVisible(SLOW);
    await keepScreenshot(page, '91-settings-tutors-privacy');

    const session = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    const saved = (await callApi(desk.host.url, 'settings.get', {}, session)) as {
      promoterTutors: { taxCode: string; role: string }[];
      privacy: { dpoContact: string | null; retention: { candidateMonths: number; internshipYears: number } };
    };
    expect(saved.promoterTutors).toEqual([expect.objectContaining({ taxCode: right, role: 'Orientatrice' })]);
    expect(saved.privacy.dpoContact).toBe('Avv. Maria Rossi, dpo@esempio.it');
    expect(saved.privacy.retention).toEqual({ candidateMonths: 24, internshipYears: 10 });

    // Back on the page after a reload: what was saved is there.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Tutor del soggetto promotore' }).getByRole('textbox', { name: 'Codice fiscale' })).toHaveValue(right, SLOW);
  });
});
