/**
 * Every kind of item on «Oggi», in a real browser: each condition made on purpose shows up as its
 * card for the whole office, and its entry opens the exact place where it is fixed (the file's
 * tab, the profile's tab, the need's ranking). today.e2e.ts follows two of them to the fix and back.
 *
 * Dates are computed from today, so the story is always the same distance in the past or future.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from '../support/setup-input';
import { associationInput, candidateInput, internshipInput, needInput } from '../support/fixtures';
import { callApi, completeSetup } from './support/api';
import { keepScreenshot, mainMenu } from './support/browser';
import { login, openDesk, type Desk } from './support/desk';
import { addDaysIso, addMonthsMinusDay, firstOfMonthsAgo, romeToday } from './support/dates';

type File = { id: string; hlc: string };

test.describe.serial('«Oggi»: each item opens the place where it is fixed', () => {
  let desk: Desk;
  let page: Page;
  let admin: string;
  const ids: Record<string, string> = {};
  const today = romeToday();

  const call = <T>(method: string, input: unknown) => callApi(desk.host.url, method, input, admin) as Promise<T>;

  /** A file moved to «attivo» (signatures waived, notice given) from `start`, its planned end `end`. */
  async function runningFile(personId: string, hostId: string, start: string, end: string): Promise<File> {
    const draft = await call<File>('internships.create', internshipInput(personId, hostId, { startDate: start, plannedEndDate: end }));
    const signing = await call<File>('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' });
    await call('documents.waiveSignatures', { internshipId: signing.id, reason: 'Firme raccolte su carta, scansioni in arrivo' });
    return call<File>('internships.transition', { id: signing.id, hlc: signing.hlc, to: 'attivo', noticeDate: addDaysIso(start, -3), noticeNumber: `UNILAV ${personId.slice(0, 6)}` });
  }

  test.beforeAll(async ({ browser }) => {
    desk = await openDesk(browser);
    page = desk.page;
    await completeSetup(desk.host.url);
    admin = ((await callApi(desk.host.url, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
    const person = (lastName: string, extra: Record<string, unknown> = {}) =>
      call<{ id: string }>('candidates.create', candidateInput({ lastName, privacyNoticeDate: addDaysIso(today, -40), privacyNoticeVersion: 'v1', ...extra }));
    const host = async (name: string) => (await call<{ id: string }>('associations.create', associationInput({ name, employees: 3 }))).id;

    // A file starting in three days, in signature: its notice is due, its pack unsigned.
    const starting = await person('Avvio');
    const draft = await call<File>('internships.create', internshipInput(starting.id, await host('ASD Avvio'), { startDate: addDaysIso(today, 3), plannedEndDate: addMonthsMinusDay(addDaysIso(today, 3), 6) }));
    ids.starting = (await call<File>('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' })).id;

    // A file interrupted yesterday without its notice of the early end.
    const stopped = await person('Cessato');
    const stoppedFile = await runningFile(stopped.id, await host('ASD Cessazione'), firstOfMonthsAgo(2), addMonthsMinusDay(firstOfMonthsAgo(2), 6));
    ids.stopped = (
      await call<File>('internships.transition', {
        id: stoppedFile.id,
        hlc: stoppedFile.hlc,
        to: 'interrotto',
        actualEndDate: addDaysIso(today, -1),
        interruptedBy: 'tirocinante',
        interruptionReason: 'Ha trovato un lavoro',
      })
    ).id;

    // A file ending in ten days.
    const ending = await person('Fine');
    ids.ending = (await runningFile(ending.id, await host('ASD Fine'), firstOfMonthsAgo(3), addDaysIso(today, 10))).id;

    // A file whose last month's hours are entered but the month not closed (the administrator closes months).
    const closing = await person('Chiusura');
    ids.closing = (await runningFile(closing.id, await host('ASD Chiusura'), firstOfMonthsAgo(3), addMonthsMinusDay(firstOfMonthsAgo(3), 6))).id;
    await call('internships.setAttendance', { id: ids.closing, month: firstOfMonthsAgo(1).slice(0, 7), attendedHours: 80 });

    // A person whose permit runs out in three weeks, and one with no privacy notice.
    ids.permit = (await person('Permesso', { permitType: 'Lavoro subordinato', permitExpiry: addDaysIso(today, 21) })).id;
    ids.notice = (await call<{ id: string }>('candidates.create', candidateInput({ lastName: 'Informativa' }))).id;

    // A need received a month ago with nobody proposed; an interview fixed the day after tomorrow on another.
    ids.stale = (await call<{ id: string }>('needs.create', needInput(await host('ASD Attesa'), { title: 'Custode', receivedOn: addDaysIso(today, -30) }))).id;
    const need = await call<{ id: string }>('needs.create', needInput(await host('ASD Colloqui'), { title: 'Istruttore', receivedOn: addDaysIso(today, -2) }));
    ids.interviewNeed = need.id;
    const interviewed = await person('Colloquio');
    const [proposal] = await call<{ id: string; hlc: string }[]>('matches.propose', { needId: need.id, candidateIds: [interviewed.id] });
    await call('matches.transition', { id: proposal!.id, hlc: proposal!.hlc, to: 'colloquio_fissato', interviewAt: `${addDaysIso(today, 2)}T10:30`, interviewPlace: 'Sede' });

    await page.goto(desk.host.url);
    await login(page, ADMIN.username, ADMIN.password);
    await page.getByText('Tutto l’ufficio').click();
  });

  test.afterAll(async () => {
    expect(desk.pageErrors).toEqual([]);
    await desk?.close();
  });

  const ITEMS: { card: string; entry: RegExp; url: () => RegExp; there: (p: Page) => ReturnType<Page['getByRole']> }[] = [
    {
      card: 'Tirocini da avviare senza comunicazione obbligatoria',
      entry: /Avvio Mario/,
      url: () => new RegExp(`#/tirocini/${ids.starting}$`),
      there: (p) => p.getByRole('heading', { name: /Avvio Mario/ }),
    },
    {
      card: 'Proroghe e cessazioni da comunicare',
      entry: /Cessato Mario/,
      url: () => new RegExp(`#/tirocini/${ids.stopped}\\?scheda=cronologia$`),
      there: (p) => p.getByRole('tab', { name: 'Cronologia', selected: true }),
    },
    {
      card: 'Documenti in attesa di firma',
      entry: /Avvio Mario/,
      url: () => new RegExp(`#/tirocini/${ids.starting}\\?scheda=documenti$`),
      there: (p) => p.getByRole('tab', { name: 'Documenti', selected: true }),
    },
    {
      card: 'Colloqui di oggi e dei prossimi giorni',
      entry: /Colloquio Mario/,
      url: () => new RegExp(`#/fabbisogni/${ids.interviewNeed}$`),
      there: (p) => p.getByRole('heading', { name: 'Istruttore' }),
    },
    {
      card: 'Mesi di presenze da chiudere',
      entry: /Chiusura Mario/,
      url: () => new RegExp(`#/tirocini/${ids.closing}\\?scheda=presenze$`),
      there: (p) => p.getByRole('tab', { name: 'Presenze e indennità', selected: true }),
    },
    {
      card: 'Tirocini che finiscono entro 30 giorni',
      entry: /Fine Mario/,
      url: () => new RegExp(`#/tirocini/${ids.ending}$`),
      there: (p) => p.getByRole('heading', { name: /Fine Mario/ }),
    },
    {
      card: 'Permessi di soggiorno in scadenza entro 60 giorni',
      entry: /Permesso Mario/,
      url: () => new RegExp(`#/candidati/${ids.permit}\\?scheda=anagrafica$`),
      there: (p) => p.getByRole('tab', { name: 'Anagrafica', selected: true }),
    },
    {
      card: 'Persone senza informativa privacy registrata',
      entry: /Informativa Mario/,
      url: () => new RegExp(`#/candidati/${ids.notice}\\?scheda=privacy$`),
      there: (p) => p.getByRole('tab', { name: 'Privacy', selected: true }),
    },
    {
      card: 'Fabbisogni senza proposte',
      entry: /Custode · ASD Attesa/,
      url: () => new RegExp(`#/fabbisogni/${ids.stale}/candidati$`),
      there: (p) => p.getByRole('heading', { name: 'Candidati adatti' }),
    },
  ];

  test('each condition is on «Oggi» as its card', async () => {
    for (const item of ITEMS) await expect(page.getByRole('region', { name: item.card }).getByRole('link', { name: item.entry })).toBeVisible();
    await keepScreenshot(page, '92-today-every-item');
  });

  for (const item of ITEMS) {
    test(`«${item.card}» opens the place where it is fixed`, async () => {
      await page.getByRole('region', { name: item.card }).getByRole('link', { name: item.entry }).click();
      await expect(page).toHaveURL(item.url());
      await expect(item.there(page)).toBeVisible();
      await mainMenu(page).getByRole('link', { name: /^Oggi/ }).click();
      await page.getByText('Tutto l’ufficio').click();
    });
  }
});
