/**
 * Decision 0015 on a real SQLite file through the handler table: the host's dated declarations and
 * stamp duty saved and read back; the file's Portale Tirocini reference, insurer, prior-work
 * declaration and interns of other promoters; the new blocking checks and a coordinator's waiver;
 * the host quota counted per operating site with the other promoters' interns; the reminder of the
 * portal reference on a started file, filled in any status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Association } from '@shared/api/associations';
import type { Internship } from '@shared/api/internships';
import { createHarness, type Harness } from '../support/core-harness';
import { associationInput, associationToInput, candidateInput, hostDeclarations, internshipInput } from '../support/fixtures';
import { waiveSigning } from '../support/signing';

let h: Harness;
let op: string;
let coord: string;
let now = new Date('2026-12-01T10:00:00Z');

const NONE = { noLayoffsDeclaredOn: null, safetyDeclaredOn: null, disabilityQuotaDeclaredOn: null };
const rules = (file: Internship, severity: 'blocking' | 'warning' = 'blocking') =>
  file.findings.filter((f) => f.severity === severity && !f.waiver).map((f) => f.rule);

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
});
afterAll(() => h.dispose());

async function person(): Promise<string> {
  return (await h.ok('candidates.create', candidateInput({ targetCategory: 'disoccupato' }), op)).id;
}

describe('the host’s declarations and stamp duty', () => {
  it('are saved, read back, kept as typed, and audited', async () => {
    const created = await h.ok(
      'associations.create',
      associationInput({
        name: 'APS Dichiarazioni',
        legalForm: 'APS',
        ...hostDeclarations('2026-11-15'),
        stampDuty: 'esente',
        stampDutyExemptionBasis: 'art. 82 c. 5 D.Lgs. 117/2017 (scritto dall’operatore)',
      }),
      op,
    );
    const read = await h.ok('associations.get', { id: created.id }, op);
    expect(read).toMatchObject({
      noLayoffsDeclaredOn: '2026-11-15',
      safetyDeclaredOn: '2026-11-15',
      disabilityQuotaDeclaredOn: '2026-11-15',
      stampDuty: 'esente',
      stampDutyExemptionBasis: 'art. 82 c. 5 D.Lgs. 117/2017 (scritto dall’operatore)',
    });
    const updated = await h.ok('associations.update', { id: read.id, hlc: read.hlc, data: { ...associationToInput(read), safetyDeclaredOn: '2026-11-30', stampDuty: 'assolta' } }, op);
    expect(updated).toMatchObject({ safetyDeclaredOn: '2026-11-30', stampDuty: 'assolta' });
    const history = await h.ok('audit.forRecord', { entity: 'associations', id: read.id }, coord);
    expect(history[0]!.changes.map((c) => c.field).sort()).toEqual(['safetyDeclaredOn', 'stampDuty']);
  });

  it('an exemption needs its legal basis, said beside the field', async () => {
    const refused = await h.call('associations.create', associationInput({ stampDuty: 'esente', stampDutyExemptionBasis: '  ' }), op);
    expect(refused.ok ? 'ok' : refused.error.issues).toEqual([{ path: 'stampDutyExemptionBasis', message: 'Indica la norma dell’esenzione dall’imposta di bollo' }]);
  });

  it('refuses an impossible declaration date with «data non valida»', async () => {
    const refused = await h.call('associations.create', associationInput({ safetyDeclaredOn: '2026-02-31' }), op);
    expect(refused.ok ? 'ok' : refused.error.issues).toEqual([{ path: 'safetyDeclaredOn', message: 'Dichiarazione sulla sicurezza: data non valida' }]);
  });
});

describe('the file’s new fields', () => {
  it('are saved and read back; the insurer is the promoter unless said', async () => {
    const host = await h.ok('associations.create', associationInput({ employees: 12 }), op);
    const plain = await h.ok('internships.create', internshipInput(await person(), host.id), op);
    expect(plain).toMatchObject({ insurer: 'promotore', portalReference: null, hostOtherPromoterInterns: null, workedForHost: false, workedForHostDeclaredOn: '2026-11-20' });
    const full = await h.ok(
      'internships.create',
      internshipInput(await person(), host.id, { insurer: 'ospitante', portalReference: 'PT-2027-000042', hostOtherPromoterInterns: 1 }),
      op,
    );
    expect(await h.ok('internships.get', { id: full.id }, op)).toMatchObject({ insurer: 'ospitante', portalReference: 'PT-2027-000042', hostOtherPromoterInterns: 1 });
  });

  it('an answer to the prior-work question needs the date of the declaration', async () => {
    const host = await h.ok('associations.create', associationInput({ employees: 12 }), op);
    const refused = await h.call('internships.create', internshipInput(await person(), host.id, { workedForHost: false, workedForHostDeclaredOn: null }), op);
    expect(refused.ok ? 'ok' : refused.error.issues).toEqual([{ path: 'workedForHostDeclaredOn', message: 'Indica la data della dichiarazione' }]);
  });
});

describe('the new checks, and a coordinator’s waiver', () => {
  let host: Association;
  let file: Internship;

  beforeAll(async () => {
    host = await h.ok('associations.create', associationInput({ name: 'ASD Senza Dichiarazioni', employees: 3, ...NONE }), op);
    file = await h.ok('internships.create', internshipInput(await person(), host.id, { workedForHost: null, workedForHostDeclaredOn: null }), op);
  });

  it('block the file while the host has not declared and the person has not either', async () => {
    expect(rules(file)).toEqual(['idoneita-ospitante', 'lavoro-precedente']);
    const signing = await h.call('internships.transition', { id: file.id, hlc: file.hlc, to: 'in_firma' }, op);
    expect(signing.ok ? 'ok' : signing.error.message).toContain('L’associazione non ha dichiarato');
  });

  it('the host’s finding goes once the association registers its declarations; a stale one comes back', async () => {
    const read = await h.ok('associations.get', { id: host.id }, op);
    const stale = await h.ok('associations.update', { id: host.id, hlc: read.hlc, data: { ...associationToInput(read), ...hostDeclarations('2025-12-01') } }, op);
    const blocked = await h.ok('internships.get', { id: file.id }, op);
    expect(blocked.findings.find((f) => f.rule === 'idoneita-ospitante')!.message).toContain('Dichiarazioni di più di 12 mesi prima del 11/01/2027, da rinnovare');
    await h.ok('associations.update', { id: host.id, hlc: stale.hlc, data: { ...associationToInput(stale), ...hostDeclarations('2026-11-30') } }, op);
    expect(rules(await h.ok('internships.get', { id: file.id }, op))).toEqual(['lavoro-precedente']);
  });

  it('an operator may not waive the prior-work check; a coordinator does, with a reason, and the file goes to signature', async () => {
    const byOperator = await h.call('internships.waive', { id: file.id, rule: 'lavoro-precedente', reason: 'Collaborazione occasionale di due giorni nel 2025' }, op);
    expect(byOperator.ok ? 'ok' : byOperator.error.code).toBe('FORBIDDEN');
    const waived = await h.ok('internships.waive', { id: file.id, rule: 'lavoro-precedente', reason: 'Collaborazione occasionale di due giorni nel 2025' }, coord);
    expect(waived.findings.find((f) => f.rule === 'lavoro-precedente')!.waiver).toMatchObject({ reason: 'Collaborazione occasionale di due giorni nel 2025' });
    expect(rules(waived)).toEqual([]);
    file = await h.ok('internships.transition', { id: file.id, hlc: waived.hlc, to: 'in_firma' }, op);
    expect(file.status).toBe('in_firma');
  });

  it('the live check of the form shows the person’s declaration as typed', async () => {
    const data = { ...internshipInput(file.candidateId, host.id, { hostTutorTaxCode: file.hostTutorTaxCode }), workedForHost: true, workedForHostDeclaredOn: '2026-11-20' };
    const findings = await h.ok('internships.check', { id: file.id, data }, op);
    expect(findings.map((f) => f.rule)).toEqual(['lavoro-precedente']);
    expect(findings[0]!.message).toContain('ha dichiarato di aver lavorato');
    // The waiver stays on the saved file: the check of unsaved data says what the data says.
    expect(findings[0]!.waiver).toMatchObject({ reason: 'Collaborazione occasionale di due giorni nel 2025' });
  });

  it('a started file reminds of the Portale Tirocini until its reference is set, in any status', async () => {
    await waiveSigning(h, file.id, coord);
    now = new Date('2027-01-11T08:00:00Z');
    op = await h.login('operatore', 'password-operatore-1');
    coord = await h.login('coordinatore', 'password-coordinatore-1');
    const running = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'attivo', noticeDate: '2027-01-08', noticeNumber: 'UNILAV 1' }, op);
    expect(rules(running, 'warning')).toEqual(['portale-tirocini']);
    const stale = await h.call('internships.setPortalReference', { id: running.id, hlc: file.hlc, portalReference: 'PT-1' }, op);
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    const set = await h.ok('internships.setPortalReference', { id: running.id, hlc: running.hlc, portalReference: ' PT-2027-000777 ' }, op);
    expect(set.portalReference).toBe('PT-2027-000777');
    expect(rules(set, 'warning')).toEqual([]);
    const again = await h.ok('internships.setPortalReference', { id: set.id, hlc: set.hlc, portalReference: 'PT-2027-000777' }, op);
    expect(again.hlc).toBe(set.hlc);
    const history = await h.ok('audit.forRecord', { entity: 'internships', id: set.id }, coord);
    expect(history[0]!.changes).toEqual([{ field: 'portalReference', before: null, after: 'PT-2027-000777' }]);
  });
});

describe('the host quota per operating site', () => {
  it('counts our interns at the same site only, with those of other promoters declared on the file', async () => {
    now = new Date('2026-12-01T10:00:00Z');
    op = await h.login('operatore', 'password-operatore-1');
    // 4 employees: one intern at a time per site.
    const host = await h.ok(
      'associations.create',
      associationInput({
        name: 'ASD Due Sedi',
        employees: 4,
        sites: [
          { label: 'Palestra', address: 'Via Nizza 5', comune: 'Torino', province: 'TO' },
          { label: 'Piscina', address: 'Via Saluzzo 3', comune: 'Pinerolo', province: 'TO' },
        ],
      }),
      op,
    );
    const [gym, pool] = host.sites.map((s) => s.id);
    const first = await h.ok('internships.create', internshipInput(await person(), host.id, { operatingSiteId: gym }), op);
    await h.ok('internships.transition', { id: first.id, hlc: first.hlc, to: 'in_firma' }, op);

    const atGym = await h.ok('internships.create', internshipInput(await person(), host.id, { operatingSiteId: gym }), op);
    const quota = atGym.findings.find((f) => f.rule === 'quota-ospitante');
    expect(quota).toMatchObject({ severity: 'blocking', waivable: false });
    expect(quota!.message).toBe('L’associazione ospita già un tirocinante nella sede Palestra in queste date: con 4 dipendenti dell’associazione (la sede non ha un numero suo) il massimo è 1.');

    const atPool = await h.ok('internships.create', internshipInput(await person(), host.id, { operatingSiteId: pool }), op);
    expect(rules(atPool)).toEqual([]);
    const atOffice = await h.ok('internships.create', internshipInput(await person(), host.id), op);
    expect(rules(atOffice)).toEqual([]);

    // Another promoter's intern at the pool fills its one place.
    const data = { ...internshipInput(atPool.candidateId, host.id, { operatingSiteId: pool, hostTutorTaxCode: atPool.hostTutorTaxCode }), hostOtherPromoterInterns: 1 };
    const withOthers = await h.ok('internships.update', { id: atPool.id, hlc: atPool.hlc, data }, op);
    expect(withOthers.findings.find((f) => f.rule === 'quota-ospitante')!.message).toBe(
      'L’associazione ospita già un tirocinante nella sede Piscina in queste date (1 tramite altri promotori): con 4 dipendenti dell’associazione (la sede non ha un numero suo) il massimo è 1.',
    );
  });

  it('under the protocol exception (no employees) counts the whole association: one intern at a time', async () => {
    const host = await h.ok('associations.create', associationInput({ employees: 0, sites: [{ label: 'Campo', address: 'Via Po 1', comune: 'Torino', province: 'TO' }] }), op);
    const first = await h.ok('internships.create', internshipInput(await person(), host.id), op);
    await h.ok('internships.transition', { id: first.id, hlc: first.hlc, to: 'in_firma' }, op);
    const elsewhere = await h.ok('internships.create', internshipInput(await person(), host.id, { operatingSiteId: host.sites[0]!.id }), op);
    expect(elsewhere.findings.find((f) => f.rule === 'quota-ospitante')).toMatchObject({ severity: 'blocking' });
  });
});
