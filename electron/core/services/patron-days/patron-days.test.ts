/**
 * Patron days on a real SQLite file through the handler table (decision 0017): the comune where the
 * intern works (the file's operating site, else the host's registered office) has its patron day
 * out of the planned hours and marked on the register; the shipped capitals apply at once; a
 * coordinator adds a comune or corrects one, an operator cannot, a wrong date is refused in Italian
 * and changes nothing, and removing a correction brings the shipped date back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceView, Internship } from '@shared/api/internships';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { associationInput, candidateInput, internshipInput } from '../../../../tests/support/fixtures';
import { docxText } from '../../../../tests/support/docx-text';
import { waiveSigning } from '../../../../tests/support/signing';

let h: Harness;
let op: string;
let coord: string;
const now = new Date('2027-01-20T09:00:00Z');

/** A file from 11 January to 10 July 2027, Monday to Friday 6 hours, at a host in `comune` (or at its site there). */
async function fileIn(comune: string, province: string, atSite = false): Promise<Internship> {
  const host = await h.ok(
    'associations.create',
    atSite
      ? associationInput({ name: `ASD Sede a ${comune}`, sites: [{ label: `Palestra di ${comune}`, address: 'Via Po 3', comune, province }] })
      : associationInput({ name: `ASD ${comune}`, comune, province }),
    op,
  );
  const person = await h.ok('candidates.create', candidateInput({ lastName: `Patrono ${comune}` }), op);
  const draft = await h.ok('internships.create', internshipInput(person.id, host.id, atSite ? { operatingSiteId: host.sites[0]!.id } : {}), op);
  const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, op);
  await waiveSigning(h, signed.id, coord);
  return h.ok('internships.get', { id: signed.id }, op);
}

const day = (sheet: AttendanceView, date: string) => sheet.months.find((m) => m.month === date.slice(0, 7))!.days.find((d) => d.date === date)!;
const june = (sheet: AttendanceView) => sheet.months.find((m) => m.month === '2027-06')!.plannedHours;

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
});
afterAll(() => h.dispose());

describe('patron days', () => {
  it('ships the eight provincial capitals of Piedmont, Asti on the first Tuesday of May', async () => {
    const { items } = await h.ok('patronDays.list', {}, op);
    expect(items.map((d) => d.comune)).toEqual(['Alessandria', 'Asti', 'Biella', 'Cuneo', 'Novara', 'Torino', 'Verbania', 'Vercelli']);
    expect(items.find((d) => d.comune === 'Asti')).toMatchObject({ rule: '05-W1-2', ruleText: 'primo martedì di maggio', saint: 'San Secondo', shipped: true });
    expect(items.find((d) => d.comune === 'Torino')).toMatchObject({ ruleText: '24 giugno', saint: 'San Giovanni Battista' });
  });

  it('a file in Torino has no hours on 24 June, marked as the patron day on the register', async () => {
    const file = await fileIn('Torino', 'TO');
    expect(file.patronDay).toEqual({ comune: 'Torino', rule: '06-24', ruleText: '24 giugno', saint: 'San Giovanni Battista' });
    const sheet = await h.ok('internships.attendance', { id: file.id }, op);
    expect(day(sheet, '2027-06-24')).toMatchObject({ kind: 'festivo', plannedHours: 0, holiday: 'Festa patronale (San Giovanni Battista)' });
    // June 2027: 22 weekdays, 2 June out, 24 June out: 20 × 6 hours.
    expect(june(sheet)).toBe(120);

    // The register the intern signs says why the day has no hours.
    await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'attivo', noticeDate: '2027-01-08', noticeNumber: 'UNILAV 24' }, op);
    const register = await h.ok('documents.generate', { internshipId: file.id, kind: 'registro', month: '2027-06' }, op);
    const content = await h.ok('documents.content', { id: register.id }, op);
    const text = docxText(Buffer.from(content.contentBase64, 'base64')).all;
    expect(text).toMatch(/24\/06 \| gio \| — \| Festa patronale \(San Giovanni Battista\)/);
    expect(text).toMatch(/25\/06 \| ven \| 6 \|/);
  });

  it('the operating site’s comune counts, not the registered office’s: Asti’s first Tuesday of May', async () => {
    const file = await fileIn('Asti', 'AT', true);
    expect(file.patronDay?.comune).toBe('Asti');
    const sheet = await h.ok('internships.attendance', { id: file.id }, op);
    expect(day(sheet, '2027-05-04')).toMatchObject({ kind: 'festivo', holiday: 'Festa patronale (San Secondo)' });
    expect(day(sheet, '2027-06-24')).toMatchObject({ kind: 'lavorativo', plannedHours: 6 });
    expect(june(sheet)).toBe(126);
  });

  it('a comune not in the list has no patron holiday until a coordinator adds it; an operator cannot', async () => {
    const file = await fileIn('Ivrea', 'TO');
    expect(file.patronDay).toBeNull();
    const before = await h.ok('internships.attendance', { id: file.id }, op);
    expect(day(before, '2027-06-24').kind).toBe('lavorativo');

    const refused = await h.call('patronDays.create', { comuneCode: 'E379', rule: '06-24' }, op);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const wrong = await h.call('patronDays.create', { comuneCode: 'E379', rule: '02-30', saint: 'San Savino' }, coord);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.error.code).toBe('VALIDATION');
      expect(wrong.error.issues?.find((i) => i.path === 'rule')?.message).toMatch(/^Data non valida/);
    }
    expect((await h.ok('patronDays.list', {}, op)).items.some((d) => d.comune === 'Ivrea')).toBe(false);

    // A test date, not Ivrea's real one: what matters is that the file follows what the coordinator wrote.
    const added = await h.ok('patronDays.create', { comuneCode: 'E379', rule: '06-24', saint: 'Santo di prova', source: 'prova' }, coord);
    expect(added).toMatchObject({ comune: 'Ivrea', province: 'TO', shipped: false, correctsShipped: false, origin: null, writtenHere: true });
    const twice = await h.call('patronDays.create', { comuneCode: 'E379', rule: '07-01' }, coord);
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const after = await h.ok('internships.attendance', { id: file.id }, op);
    expect(day(after, '2027-06-24')).toMatchObject({ kind: 'festivo', holiday: 'Festa patronale (Santo di prova)' });
    expect(after.certificate.plannedHours).toBe(before.certificate.plannedHours - 6);

    const history = await h.ok('audit.forRecord', { entity: 'patron_days', id: added.id! }, coord);
    expect(history.map((e) => e.action)).toEqual(['create']);
  });

  it('a correction of a shipped capital takes its place, and removing it brings the shipped date back', async () => {
    const file = await fileIn('Torino', 'TO');
    const none = await h.ok('patronDays.create', { comuneCode: 'L219', rule: null, source: 'prova: nessuna festa' }, coord);
    expect(none).toMatchObject({ comune: 'Torino', rule: null, ruleText: 'nessuna festa patronale', correctsShipped: true });
    expect((await h.ok('patronDays.list', {}, op)).items.filter((d) => d.comune === 'Torino')).toHaveLength(1);
    expect((await h.ok('internships.get', { id: file.id }, op)).patronDay).toBeNull();
    expect(june(await h.ok('internships.attendance', { id: file.id }, op))).toBe(126);

    const moved = await h.ok('patronDays.update', { id: none.id!, hlc: none.hlc!, data: { comuneCode: 'L219', rule: '06-25', saint: 'San Giovanni' } }, coord);
    expect(moved.ruleText).toBe('25 giugno');
    const stale = await h.call('patronDays.update', { id: none.id!, hlc: none.hlc!, data: { comuneCode: 'L219', rule: '06-26' } }, coord);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await h.ok('patronDays.delete', { id: moved.id!, hlc: moved.hlc! }, coord);
    const back = (await h.ok('patronDays.list', {}, op)).items.find((d) => d.comune === 'Torino')!;
    expect(back).toMatchObject({ id: null, rule: '06-24', shipped: true });
    expect(june(await h.ok('internships.attendance', { id: file.id }, op))).toBe(120);
  });
});
