/**
 * Attendance entered day by day, on a real SQLite file through the handler table: the days add up
 * exactly to the month's total and its allowance, a wrong day is refused naming it and changes
 * nothing, a monthly total clears the days, no days at all clear the month, a save made on a
 * month read before someone else's save is refused, and a closed month is corrected (or cleared)
 * day by day only by a coordinator, in the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceView } from '@shared/api/internships';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { associationInput, candidateInput, internshipInput } from '../../../../tests/support/fixtures';
import { fieldsOf } from '../rule-sets/read';
import { PIEDMONT_DEFAULT_RULES } from '@shared/rules/internship-rules';
import { waiveSigning } from '../../../../tests/support/signing';

let h: Harness;
let op: string;
let coord: string;
let id: string;
/** The desk's clock: 20 May 2027, the file runs from 15 February to 31 July 2027. */
const now = new Date('2027-05-20T09:00:00Z');

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  const host = await h.ok('associations.create', associationInput({ name: 'ASD Giorni', employees: 2 }), op);
  const person = await h.ok('candidates.create', candidateInput({ lastName: 'Giornaliero' }), op);
  const draft = await h.ok(
    'internships.create',
    internshipInput(person.id, host.id, {
      startDate: '2027-02-15',
      plannedEndDate: '2027-07-31',
      funding: { kind: 'misto', hostMonthlyCents: 15000, projectMonthlyCents: 30000, projectName: 'Sport e Lavoro' },
    }),
    op,
  );
  const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, op);
  await waiveSigning(h, signed.id, coord);
  const running = await h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2027-02-12', noticeNumber: 'UNILAV 77' }, op);
  id = running.id;
});
afterAll(() => h.dispose());

const monthOf = (sheet: AttendanceView, key: string) => sheet.months.find((m) => m.month === key)!;
/** Every planned day at its planned hours, as «Compila come previsto» does. */
const asPlanned = (sheet: AttendanceView, key: string) =>
  Object.fromEntries(monthOf(sheet, key).days.filter((d) => d.kind === 'lavorativo').map((d) => [d.date, d.plannedHours]));
const history = async () => (await h.ok('audit.forRecord', { entity: 'internships', id }, coord)).flatMap((e) => e.changes);
/** Whether the file is among those «Senza le ore del mese scorso» (April 2027 for the desk's clock). */
const missingLastMonth = async () => (await h.ok('internships.list', { attendanceMissing: true }, op)).items.some((f) => f.id === id);

describe('attendance day by day', () => {
  it('shows each day of a month with its planned hours and why a day has none', async () => {
    const sheet = await h.ok('internships.attendance', { id }, op);
    expect(sheet.attendanceThreshold).toBe(0.7);
    expect(sheet.finalCertificateAttendance).toBe(0.7);
    const february = monthOf(sheet, '2027-02');
    expect(february.days).toHaveLength(28);
    expect(february.days[13]).toEqual({ date: '2027-02-14', weekday: 7, kind: 'fuori', plannedHours: 0, holiday: null });
    expect(february.days[14]).toEqual({ date: '2027-02-15', weekday: 1, kind: 'lavorativo', plannedHours: 6, holiday: null });
    expect(february.daily).toBeNull();
    const march = monthOf(sheet, '2027-03');
    expect(march.days.find((d) => d.date === '2027-03-29')).toMatchObject({ kind: 'festivo', holiday: 'Lunedì dell’Angelo (Pasquetta)' });
    expect(march.days.reduce((t, d) => t + d.plannedHours, 0)).toBe(march.plannedHours);
  });

  it('the days add up exactly to the month’s total, which gives the allowance and its split', async () => {
    const before = await h.ok('internships.attendance', { id }, op);
    // March 2027: 22 working days of 6 hours (Easter Monday out) = 132; one absence, one half day, one short day.
    const daily = { ...asPlanned(before, '2027-03'), '2027-03-10': 0, '2027-03-11': 2.5, '2027-03-12': 5.75 };
    const sheet = await h.ok('internships.setAttendance', { id, month: '2027-03', daily }, op);
    const march = monthOf(sheet, '2027-03');
    expect(march).toMatchObject({ plannedHours: 132, attendedHours: 122.25, attendance: 0.9261, full: true, dueCents: 45000, hostCents: 15000, projectCents: 30000 });
    expect(march.daily).toEqual(daily);

    // February starts on the 15th: 10 working days (60 h) and half the month's allowance (225 €);
    // 40 hours are 66.66%, under 70%: 225 € × 40/60 = 150 €, split 1:2.
    const feb = Object.fromEntries(Object.entries(asPlanned(sheet, '2027-02')).map(([d, hours], i) => [d, i < 6 ? hours : i === 6 ? 4 : 0]));
    const february = monthOf(await h.ok('internships.setAttendance', { id, month: '2027-02', daily: feb }, op), '2027-02');
    expect(february).toMatchObject({ plannedHours: 60, attendedHours: 40, monthlyCents: 22500, full: false, dueCents: 15000, hostCents: 5000, projectCents: 10000 });
    expect(await history()).toContainEqual({ field: 'presenze.2027-03-12', before: null, after: 5.75 });
  });

  it('accepts hours made up on a holiday, adding them to the month', async () => {
    const before = monthOf(await h.ok('internships.attendance', { id }, op), '2027-03');
    const daily = { ...before.daily!, '2027-03-29': 3.5 };
    const march = monthOf(await h.ok('internships.setAttendance', { id, month: '2027-03', daily }, op), '2027-03');
    expect(march.attendedHours).toBe(125.75);
  });

  it('refuses a wrong day naming it, and changes nothing', async () => {
    const before = await h.ok('internships.attendance', { id }, op);
    const changes = (await history()).length;
    const march = monthOf(before, '2027-03').daily!;
    const tries: [Record<string, number>, string, string][] = [
      [{ ...march, '2027-04-01': 6 }, 'Il 01/04/2027 non è un giorno di marzo 2027.', 'daily.2027-04-01'],
      [{ ...march, '2027-03-15': 25 }, 'Il 15/03/2027: le ore devono essere tra 0 e 24.', 'daily.2027-03-15'],
    ];
    for (const [daily, message, path] of tries) {
      const refused = await h.call('internships.setAttendance', { id, month: '2027-03', daily }, op);
      expect(refused.ok ? 'ok' : refused.error.code).toBe('VALIDATION');
      expect(refused.ok ? [] : refused.error.issues).toEqual([{ path, message }]);
    }
    const outside = await h.call('internships.setAttendance', { id, month: '2027-02', daily: { ...monthOf(before, '2027-02').daily!, '2027-02-12': 6 } }, op);
    expect(outside.ok ? 'ok' : outside.error.message).toBe('Il 12/02/2027 è fuori dal periodo del tirocinio.');
    const both = await h.call('internships.setAttendance', { id, month: '2027-03', attendedHours: 100, daily: march }, op);
    expect(both.ok ? 'ok' : both.error.issues?.[0]?.message).toBe('Indica le ore del mese oppure quelle giorno per giorno (una delle due).');
    expect(await h.ok('internships.attendance', { id }, op)).toEqual(before);
    expect((await history()).length).toBe(changes);
  });

  it('a monthly total clears the days entered before, and the history keeps them', async () => {
    const sheet = await h.ok('internships.setAttendance', { id, month: '2027-02', attendedHours: 48 }, op);
    expect(monthOf(sheet, '2027-02')).toMatchObject({ attendedHours: 48, daily: null, full: true, dueCents: 22500 });
    const changes = await history();
    expect(changes).toContainEqual({ field: 'presenze.2027-02', before: 40, after: 48 });
    expect(changes).toContainEqual({ field: 'presenze.2027-02-23', before: 4, after: null });
    expect(monthOf(await h.ok('internships.attendance', { id }, op), '2027-02').daily).toBeNull();
  });

  it('no days at all clear the month: its hours are not entered any more (not 0), it is missing again, and the history keeps it', async () => {
    const sheet = await h.ok('internships.attendance', { id }, op);
    const april = { ...asPlanned(sheet, '2027-04'), '2027-04-05': 4 };
    await h.ok('internships.setAttendance', { id, month: '2027-04', daily: april }, op);
    expect(await missingLastMonth()).toBe(false);

    const cleared = monthOf(await h.ok('internships.setAttendance', { id, month: '2027-04', daily: {} }, op), '2027-04');
    expect(cleared).toMatchObject({ attendedHours: null, daily: null, attendance: null, dueCents: 0, hostCents: 0, projectCents: 0 });
    expect(await missingLastMonth()).toBe(true);
    const changes = await history();
    expect(changes).toContainEqual({ field: 'presenze.2027-04', before: 130, after: null });
    expect(changes).toContainEqual({ field: 'presenze.2027-04-05', before: 4, after: null });

    // Clearing a month with nothing in it changes nothing and writes nothing.
    const count = changes.length;
    const again = await h.ok('internships.setAttendance', { id, month: '2027-04', daily: {} }, op);
    expect(monthOf(again, '2027-04')).toEqual(cleared);
    const never = await h.ok('internships.setAttendance', { id, month: '2027-05', daily: {} }, op);
    expect(monthOf(never, '2027-05')).toMatchObject({ attendedHours: null, daily: null, version: null });
    expect((await history()).length).toBe(count);
  });

  it('refuses a save on a month recorded meanwhile by someone else, and changes nothing', async () => {
    const read = monthOf(await h.ok('internships.attendance', { id }, op), '2027-05');
    expect(read.version).toBeNull();
    // Another desk records May first.
    const first = monthOf(await h.ok('internships.setAttendance', { id, month: '2027-05', attendedHours: 50, version: null }, coord), '2027-05');
    expect(first.version).toEqual(expect.any(String));
    const before = await h.ok('internships.attendance', { id }, op);
    const count = (await history()).length;

    const stale = { id, month: '2027-05', daily: { '2027-05-03': 6 } };
    for (const version of [read.version, 'not-the-version']) {
      const refused = await h.call('internships.setAttendance', { ...stale, version }, op);
      expect(refused.ok ? 'ok' : refused.error.code).toBe('CONFLICT');
      expect(refused.ok ? '' : refused.error.message).toMatch(/^Nel frattempo qualcuno ha registrato le ore di questo mese: /);
    }
    expect(await h.ok('internships.attendance', { id }, op)).toEqual(before);
    expect((await history()).length).toBe(count);

    // With the version just read the save goes through, and the month gets a new version.
    const saved = monthOf(await h.ok('internships.setAttendance', { ...stale, version: first.version }, op), '2027-05');
    expect(saved).toMatchObject({ attendedHours: 6, daily: { '2027-05-03': 6 } });
    expect(saved.version).not.toBe(first.version);
    // Callers that send no version save as before.
    expect(monthOf(await h.ok('internships.setAttendance', { id, month: '2027-05', attendedHours: 12 }, op), '2027-05').attendedHours).toBe(12);
  });

  it('a closed month is corrected day by day only by a coordinator, and the correction is in the history', async () => {
    const closed = monthOf(await h.ok('internships.closeMonth', { id, month: '2027-03' }, coord), '2027-03');
    expect(closed.closedAt).not.toBeNull();
    const daily = { ...closed.daily!, '2027-03-10': 6 };
    const byOperator = await h.call('internships.setAttendance', { id, month: '2027-03', daily }, op);
    expect(byOperator.ok ? 'ok' : byOperator.error.message).toBe('Il mese 03/2027 è chiuso: può correggerlo solo un coordinatore.');
    const corrected = monthOf(await h.ok('internships.setAttendance', { id, month: '2027-03', daily }, coord), '2027-03');
    expect(corrected).toMatchObject({ attendedHours: 131.75, closedAt: closed.closedAt, dueCents: 45000 });
    expect(corrected.daily!['2027-03-10']).toBe(6);
    const changes = await history();
    expect(changes).toContainEqual({ field: 'presenze.2027-03 (correzione di un mese chiuso)', before: 125.75, after: 131.75 });
    expect(changes).toContainEqual({ field: 'presenze.2027-03-10 (correzione di un mese chiuso)', before: 0, after: 6 });
  });

  it('a closed month is cleared only by a coordinator: it stays closed, owes nothing, and the history says so', async () => {
    const byOperator = await h.call('internships.setAttendance', { id, month: '2027-03', daily: {} }, op);
    expect(byOperator.ok ? 'ok' : byOperator.error.message).toBe('Il mese 03/2027 è chiuso: può correggerlo solo un coordinatore.');
    const cleared = monthOf(await h.ok('internships.setAttendance', { id, month: '2027-03', daily: {} }, coord), '2027-03');
    expect(cleared).toMatchObject({ attendedHours: null, daily: null, attendance: null, dueCents: 0, hostCents: 0, projectCents: 0 });
    expect(cleared.closedAt).not.toBeNull();
    expect(await history()).toContainEqual({ field: 'presenze.2027-03 (correzione di un mese chiuso)', before: 131.75, after: null });
  });

  it('refuses hours on suspended days', async () => {
    const running = await h.ok('internships.get', { id }, op);
    const suspended = await h.ok('internships.transition', { id, hlc: running.hlc, to: 'sospeso', suspensionReason: 'malattia', suspensionFrom: '2027-04-12', suspensionTo: '2027-05-19' }, op);
    // Back on 20 May: 38 days of illness, a suspension.
    await h.ok('internships.transition', { id, hlc: suspended.hlc, to: 'attivo' }, op);
    const sheet = await h.ok('internships.attendance', { id }, op);
    const april = monthOf(sheet, '2027-04');
    expect(april.days.filter((d) => d.kind === 'sospeso').map((d) => d.date)).toHaveLength(19);
    // 1–9 April: 7 working days = 42 hours.
    expect(april.plannedHours).toBe(42);
    const refused = await h.call('internships.setAttendance', { id, month: '2027-04', daily: { ...asPlanned(sheet, '2027-04'), '2027-04-12': 6 } }, op);
    expect(refused.ok ? 'ok' : refused.error.message).toBe('Il 12/04/2027 il tirocinio è sospeso: non si registrano ore.');
    const zeroOnSuspended = await h.ok('internships.setAttendance', { id, month: '2027-04', daily: { ...asPlanned(sheet, '2027-04'), '2027-04-12': 0 } }, op);
    expect(monthOf(zeroOnSuspended, '2027-04')).toMatchObject({ attendedHours: 42, attendance: 1 });
  });
});

describe('the thresholds shown come from the file’s rule set', () => {
  it('gives the share for the full allowance and the one for the final certificate of the set in force at the start', async () => {
    const d = fieldsOf(PIEDMONT_DEFAULT_RULES);
    await h.ok('ruleSets.create', { ...d, name: 'Piemonte 2028', validFrom: '2028-01-01', finalCertificateAttendance: 0.8, allowance: { ...d.allowance, attendanceThreshold: 0.75 } }, coord);
    const host = await h.ok('associations.create', associationInput({ name: 'ASD Soglie', employees: 2 }), op);
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Soglia' }), op);
    const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { startDate: '2028-02-01', plannedEndDate: '2028-07-31' }), op);
    const sheet = await h.ok('internships.attendance', { id: draft.id }, op);
    expect(sheet).toMatchObject({ attendanceThreshold: 0.75, finalCertificateAttendance: 0.8 });
  });
});
