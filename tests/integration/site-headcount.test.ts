/**
 * Issue 13 on a real SQLite file through the handler table: an operating site's own headcount,
 * saved and refused like any number of the app, decides the host quota at that site (the file's
 * finding, its `hostEmployees` snapshot, the need's capacity, the convenzione); a site without one
 * and the registered office keep the association's headcount, and the protocol exception stays
 * the association's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Association } from '@shared/api/associations';
import type { Internship } from '@shared/api/internships';
import { docxText } from '../support/docx-text';
import { createHarness, type Harness } from '../support/core-harness';
import { exportBundle, importInto, openOffice } from '../support/exchange-offices';
import { waiveSigning } from '../support/signing';
import { associationInput, associationToInput, candidateInput, hostDeclarations, internshipInput, needInput } from '../support/fixtures';

let h: Harness;
let op: string;
let coord: string;
let host: Association;
let now = new Date('2026-12-01T10:00:00Z');
/** The file holding the small site's one place (in signature, started at the end). */
let holder: Internship;

const quotaOf = (file: Internship) => file.findings.find((f) => f.rule === 'quota-ospitante');

async function person(): Promise<string> {
  return (await h.ok('candidates.create', candidateInput({ targetCategory: 'disoccupato' }), op)).id;
}

/** A file at `site` (null: the registered office) over the fixture's dates. */
async function fileAt(site: string | null, hostOtherPromoterInterns: number | null = null): Promise<Internship> {
  return h.ok('internships.create', { ...internshipInput(await person(), host.id, { operatingSiteId: site }), hostOtherPromoterInterns }, op);
}

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  host = await h.ok(
    'associations.create',
    associationInput({
      name: 'ASD Tre Sedi',
      employees: 30,
      ...hostDeclarations('2026-11-15'),
      sites: [
        { label: null, address: 'via Nizza 5', comune: 'Torino', province: 'TO', employees: 4 },
        { label: 'Piscina', address: 'Via Saluzzo 3', comune: 'Pinerolo', province: 'TO' },
      ],
    }),
    op,
  );
});
afterAll(() => h.dispose());

const small = () => host.sites[0]!.id;
const pool = () => host.sites[1]!.id;

describe('a site’s headcount in the registry', () => {
  it('is saved and read back; a site without one has null', async () => {
    const read = await h.ok('associations.get', { id: host.id }, op);
    expect(read.sites.map((s) => s.employees)).toEqual([4, null]);
  });

  it('refuses −1 and 2,5 with the app’s Italian messages, never clamped', async () => {
    const site = { address: 'Via Po 1', comune: 'Torino' };
    const negative = await h.call('associations.create', associationInput({ employees: 30, sites: [{ ...site, employees: -1 }] }), op);
    expect(negative.ok ? 'ok' : negative.error.issues).toEqual([{ path: 'sites.0.employees', message: 'Dipendenti in questa sede: il numero non può essere negativo' }]);
    const fraction = await h.call('associations.create', associationInput({ employees: 30, sites: [{ ...site, employees: 2.5 }] }), op);
    expect(fraction.ok ? 'ok' : fraction.error.issues).toEqual([{ path: 'sites.0.employees', message: 'Dipendenti in questa sede: inserisci un numero intero' }]);
  });

  it('refuses more people at one site than in the whole association', async () => {
    const refused = await h.call('associations.create', associationInput({ employees: 3, sites: [{ address: 'Via Po 1', comune: 'Torino', employees: 5 }] }), op);
    expect(refused.ok ? 'ok' : refused.error.issues).toEqual([{ path: 'sites.0.employees', message: 'Dipendenti in questa sede: non più dei dipendenti dell’associazione (3)' }]);
  });

  it('survives an update, is a change of its own (audited), and an unchanged save writes nothing', async () => {
    const other = await h.ok('associations.create', associationInput({ employees: 12, sites: [{ label: 'Campo', address: 'Via Po 1', comune: 'Torino', employees: 4 }] }), op);
    const renamed = await h.ok('associations.update', { id: other.id, hlc: other.hlc, data: { ...associationToInput(other), phone: '011 123456' } }, op);
    expect(renamed.sites[0]!.employees).toBe(4);
    const input = associationToInput(renamed);
    const changed = await h.ok('associations.update', { id: other.id, hlc: renamed.hlc, data: { ...input, sites: [{ ...input.sites[0]!, employees: 5 }] } }, op);
    expect(changed.sites[0]).toMatchObject({ id: other.sites[0]!.id, employees: 5 });
    expect((await h.ok('associations.get', { id: other.id }, op)).sites[0]!.employees).toBe(5);
    const history = await h.ok('audit.forRecord', { entity: 'associations', id: other.id }, coord);
    expect(history[0]!.changes).toEqual([{ field: 'sites', before: 'Campo: Via Po 1, Torino (4 dipendenti)', after: 'Campo: Via Po 1, Torino (5 dipendenti)' }]);
    const again = await h.ok('associations.update', { id: other.id, hlc: changed.hlc, data: associationToInput(changed) }, op);
    expect(again.hlc).toBe(changed.hlc);
    // Emptied: back to «not given».
    const cleared = await h.ok('associations.update', { id: other.id, hlc: changed.hlc, data: { ...input, sites: [{ ...input.sites[0]!, employees: null }] } }, op);
    expect(cleared.sites[0]!.employees).toBeNull();
  });
});

describe('the quota at a site with its own headcount', () => {
  it('4 employees at the site: one intern there, a second over the same dates is blocked', async () => {
    const first = await fileAt(small());
    expect(quotaOf(first)).toBeUndefined();
    expect(first.hostEmployees).toBe(4);
    holder = await h.ok('internships.transition', { id: first.id, hlc: first.hlc, to: 'in_firma' }, op);
    expect(holder.hostEmployees).toBe(4);

    const second = await fileAt(small());
    expect(quotaOf(second)).toMatchObject({ severity: 'blocking', waivable: false, field: 'associationId' });
    expect(quotaOf(second)!.message).toBe(
      'L’associazione ospita già un tirocinante nella sede di via Nizza 5, Torino in queste date: con 4 dipendenti nella sede di via Nizza 5, Torino il massimo è 1.',
    );
    const refused = await h.call('internships.transition', { id: second.id, hlc: second.hlc, to: 'in_firma' }, op);
    expect(refused.ok).toBe(false);
  });

  it('the registered office still counts the association’s 30: three at once', async () => {
    const room = await fileAt(null, 2);
    expect(quotaOf(room)).toBeUndefined();
    expect(room.hostEmployees).toBe(30);
    const full = await fileAt(null, 3);
    expect(quotaOf(full)!.message).toBe(
      'L’associazione ospita già 3 tirocinanti nella sede legale in queste date (3 tramite altri promotori): con 30 dipendenti dell’associazione il massimo è 3.',
    );
  });

  it('a site without a headcount uses the association’s, and says so', async () => {
    const room = await fileAt(pool(), 2);
    expect(quotaOf(room)).toBeUndefined();
    expect(room.hostEmployees).toBe(30);
    const full = await fileAt(pool(), 3);
    expect(quotaOf(full)!.message).toBe(
      'L’associazione ospita già 3 tirocinanti nella sede Piscina in queste date (3 tramite altri promotori): con 30 dipendenti dell’associazione (la sede non ha un numero suo) il massimo è 3.',
    );
  });

  it('a site with no employees of an association that has some hosts no one: no protocol exception there', async () => {
    const other = await h.ok(
      'associations.create',
      associationInput({ employees: 8, ...hostDeclarations('2026-11-15'), sites: [{ label: 'Magazzino', address: 'Via Po 9', comune: 'Torino', employees: 0 }] }),
      op,
    );
    const file = await h.ok('internships.create', internshipInput(await person(), other.id, { operatingSiteId: other.sites[0]!.id }), op);
    expect(file).toMatchObject({ protocolException: false, hostEmployees: 0 });
    expect(quotaOf(file)).toMatchObject({ severity: 'blocking' });
    expect(quotaOf(file)!.message).toBe(
      'Nessun dipendente nella sede Magazzino: l’associazione ne ha altrove, quindi non vale l’eccezione del protocollo AICS–Exar e in questa sede non può ospitare tirocinanti.',
    );
  });

  it('an association with no employees keeps the protocol exception over all its sites', async () => {
    const none = await h.ok(
      'associations.create',
      associationInput({ employees: 0, ...hostDeclarations('2026-11-15'), sites: [{ label: 'Campo', address: 'Via Po 1', comune: 'Torino', employees: 0 }] }),
      op,
    );
    const first = await h.ok('internships.create', internshipInput(await person(), none.id), op);
    expect(first).toMatchObject({ protocolException: true, hostEmployees: 0 });
    await h.ok('internships.transition', { id: first.id, hlc: first.hlc, to: 'in_firma' }, op);
    const atSite = await h.ok('internships.create', internshipInput(await person(), none.id, { operatingSiteId: none.sites[0]!.id }), op);
    expect(quotaOf(atSite)!.message).toBe('L’associazione ospita già un tirocinante in tutte le sue sedi in queste date: con 0 dipendenti il massimo è 1.');
  });
});

describe('the same basis on the needs screen and in the convenzione', () => {
  it('a need at the site shows the site’s headcount, quota and the interns hosted there', async () => {
    const need = await h.ok('needs.create', needInput(host.id, { operatingSiteId: small() }), op);
    expect(need.capacity).toMatchObject({ employees: 4, maxInterns: 1, hostedNow: 0, protocolException: false });
    expect(need.capacity.explanation).toBe('4 dipendenti nella sede di via Nizza 5, Torino. Da 1 a 5 dipendenti: un tirocinante alla volta.');
    const atPool = await h.ok('needs.create', needInput(host.id, { operatingSiteId: pool() }), op);
    expect(atPool.capacity).toMatchObject({ employees: 30, maxInterns: 3 });
    expect(atPool.capacity.explanation).toMatch(/^30 dipendenti dell’associazione: la sede non ha un numero suo\. /);
  });

  it('the convenzione of a file at the site prints both headcounts', async () => {
    const admin = await h.sessionAs('amministratore');
    const settings = await h.ok('settings.get', {}, admin);
    await h.ok('settings.update', { ...settings, promoter: { ...settings.promoter, legalRepName: 'Giulia Neri', legalRepRole: 'Presidente' } }, admin);
    const signer = await h.ok(
      'associations.create',
      associationInput({ employees: 30, legalRepName: 'Paolo Gribaudo', ...hostDeclarations('2026-11-15'), sites: [{ address: 'via Nizza 5', comune: 'Torino', employees: 4 }] }),
      op,
    );
    const file = await h.ok('internships.create', internshipInput(await person(), signer.id, { operatingSiteId: signer.sites[0]!.id }), op);
    const doc = await h.ok('documents.generate', { internshipId: file.id, kind: 'convenzione' }, op);
    const content = await h.ok('documents.content', { id: doc.id }, op);
    const text = docxText(Buffer.from(content.contentBase64, 'base64')).body;
    expect(text).toContain('dichiara di avere 30 dipendenti, di cui 4 nella sede del tirocinio, e di rispettare i limiti numerici');
    expect(text).toMatch(/Dipendenti nella sede del tirocinio \| 4 dipendenti \|/);
  });

  it('the need counts the interns hosted at its own site only', async () => {
    now = new Date('2027-01-11T08:00:00Z');
    op = await h.login('operatore', 'password-operatore-1');
    coord = await h.login('coordinatore', 'password-coordinatore-1');
    await waiveSigning(h, holder.id, coord);
    const started = await h.ok('internships.transition', { id: holder.id, hlc: holder.hlc, to: 'attivo', noticeDate: '2026-12-30', noticeNumber: 'UNILAV 7' }, op);
    expect(started).toMatchObject({ status: 'attivo', hostEmployees: 4 });
    const atSmall = await h.ok('needs.create', needInput(host.id, { operatingSiteId: small() }), op);
    expect(atSmall.capacity).toMatchObject({ employees: 4, maxInterns: 1, hostedNow: 1 });
    const atPool = await h.ok('needs.create', needInput(host.id, { operatingSiteId: pool() }), op);
    expect(atPool.capacity).toMatchObject({ employees: 30, maxInterns: 3, hostedNow: 0 });
  });
});

describe('a site’s headcount in the regional exchange', () => {
  it('arrives at the regional office with the site, as does the file’s snapshot of it', async () => {
    const desk = await openOffice('TO01', 'sportello');
    const region = await openOffice('RP01', 'ufficio_regionale');
    try {
      const deskOp = await desk.h.sessionAs('operatore');
      const sent = await desk.h.ok(
        'associations.create',
        associationInput({ employees: 30, ...hostDeclarations('2026-11-15'), sites: [{ label: 'Palestra', address: 'Via Nizza 5', comune: 'Torino', employees: 4 }] }),
        deskOp,
      );
      const somebody = await desk.h.ok('candidates.create', candidateInput({ targetCategory: 'disoccupato' }), deskOp);
      const file = await desk.h.ok('internships.create', internshipInput(somebody.id, sent.id, { operatingSiteId: sent.sites[0]!.id }), deskOp);
      await importInto(region, await exportBundle(desk, { full: true }));
      const reader = await region.h.sessionAs('coordinatore');
      expect((await region.h.ok('associations.get', { id: sent.id }, reader)).sites[0]).toMatchObject({ id: sent.sites[0]!.id, employees: 4 });
      expect(await region.h.ok('internships.get', { id: file.id }, reader)).toMatchObject({ hostEmployees: 4 });
    } finally {
      desk.h.dispose();
      region.h.dispose();
    }
  });
});
