/**
 * The ISTAT CP2011 classification on a real SQLite file, through the handler table (decision 0017):
 * ISTAT's CSV imported by an administrator, searched by code and by words; a wrong file refused
 * with the list unchanged; the import kept from operators; the internship file's code checked and
 * saved; the PFI and the attestazione read back from the .docx with the profession's line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeChanges } from '../audit/changes-codec';
import type { Internship } from '@shared/api/internships';
import { fieldValues } from '@shared/documents/fields';
import { termsOf } from '@shared/documents/terms';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { readyPromoter } from '../../../../tests/support/promoter';
import { sampleDocumentContext } from '../../../../tests/support/document-context';
import { docxText } from '../../../../tests/support/docx-text';
import { candidateInput, fullAssociationInput, internshipInput } from '../../../../tests/support/fixtures';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'cp2011-sample.csv'));
const COMMESSI = '5.1.2.2.0 – Commessi delle vendite al minuto';

let h: Harness;
let admin: string;
let coord: string;
let op: string;
let now = new Date('2026-12-01T10:00:00Z');
let promoterTutorId: string;

const base64 = (content: string | Uint8Array) => Buffer.from(content).toString('base64');
const codes = (found: { code: string }[]) => found.map((p) => p.code);
const tableRows = () => (h.core.state.database.sqlite.prepare('SELECT code, name, level, name_fold FROM professions ORDER BY code').all() as unknown[]);

async function docText(id: string): Promise<string> {
  const content = await h.ok('documents.content', { id }, op);
  return docxText(Buffer.from(content.contentBase64, 'base64')).all;
}

/** Moves the desk's clock; the sessions log in again. */
async function at(iso: string): Promise<void> {
  now = new Date(iso);
  op = await h.login('operatore', 'password-operatore-1');
  coord = await h.login('coordinatore', 'password-coordinatore-1');
}

async function newFile(overrides: Parameters<typeof internshipInput>[2] = {}): Promise<Internship> {
  const host = await h.ok('associations.create', fullAssociationInput({ name: `APS Professioni ${Math.random().toString(36).slice(2, 7)}` }), op);
  const person = await h.ok('candidates.create', candidateInput(), op);
  return h.ok(
    'internships.create',
    internshipInput(person.id, host.id, { promoterTutorId, hostTutorName: 'Paola Verdi', activities: 'Vendita al banco, riordino degli scaffali, cassa', operatingSiteId: host.sites[0]!.id, ...overrides }),
    op,
  );
}

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  admin = await h.sessionAs('amministratore');
  coord = await h.sessionAs('coordinatore');
  op = await h.sessionAs('operatore');
  promoterTutorId = await readyPromoter(h, admin, op);
});
afterAll(() => h.dispose());

describe('importing ISTAT’s file', () => {
  it('before any import the list is empty and says so', async () => {
    expect(await h.ok('professions.status', {}, op)).toEqual({ count: 0, units: 0, importedAt: null, importedBy: null, fileName: null });
    expect(await h.ok('professions.search', { query: 'commessi' }, op)).toEqual([]);
  });

  it('is refused to an operator, and nothing changes', async () => {
    const refused = await h.call('professions.import', { fileName: 'cp2011.csv', contentBase64: base64(SAMPLE) }, op);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    expect(tableRows()).toEqual([]);
  });

  it('an administrator’s import fills the list in one go, with who and when, and an audit line', async () => {
    const status = await h.ok('professions.import', { fileName: 'CP2011 ISTAT.csv', contentBase64: base64(SAMPLE) }, admin);
    expect(status).toEqual({ count: 18, units: 6, importedAt: now.toISOString(), importedBy: 'Anna Amministratrice', fileName: 'CP2011 ISTAT.csv' });
    expect(await h.ok('professions.status', {}, op)).toEqual(status);
    expect(tableRows()).toContainEqual({ code: '5.1.2.1.0', name: 'Commessi delle vendite all\'ingrosso', level: 5, name_fold: 'commessi delle vendite all ingrosso' });
    const audit = (h.core.state.database.sqlite.prepare("SELECT entity_id AS id, action, operator_name AS who, changes FROM audit_log WHERE entity = 'professions'").all() as { changes: string }[]).map(
      (r) => ({ ...r, changes: decodeChanges('audit_log.changes', r.changes) }),
    );
    expect(audit).toEqual([{ id: 'cp2011', action: 'import', who: 'Anna Amministratrice', changes: [{ field: 'voci', before: 0, after: 18 }, { field: 'file', before: null, after: 'CP2011 ISTAT.csv' }] }]);
  });
});

describe('searching the list', () => {
  it('by the start of a code, the unità professionali first', async () => {
    expect(codes(await h.ok('professions.search', { query: '5.1.2' }, op))).toEqual(['5.1.2.1.0', '5.1.2.2.0', '5.1.2.3.0', '5.1.2', '5.1.2.1', '5.1.2.2']);
    expect(codes(await h.ok('professions.search', { query: '5.1.2.2.0' }, op))).toEqual(['5.1.2.2.0']);
    expect(codes(await h.ok('professions.search', { query: '5.1.2', limit: 2 }, op))).toEqual(['5.1.2.1.0', '5.1.2.2.0']);
  });

  it('by words of the name in any order, without accents or case', async () => {
    expect(codes(await h.ok('professions.search', { query: 'commessi vendite' }, op))).toEqual(['5.1.2.1.0', '5.1.2.2.0', '5.1.2.1', '5.1.2.2']);
    expect(codes(await h.ok('professions.search', { query: 'MINUTO commessi' }, op))).toEqual(['5.1.2.2.0', '5.1.2.2']);
    expect(codes(await h.ok('professions.search', { query: 'attività organizzative' }, op))).toEqual(['5.1.2.3.0']);
    expect(codes(await h.ok('professions.search', { query: 'attivita organizz' }, op))).toEqual(['5.1.2.3.0']);
    expect(codes(await h.ok('professions.search', { query: 'ingrosso' }, op))).toEqual(['5.1.2.1.0', '5.1.2.1']);
    // Words match from their start: «dite» is not «vendite».
    expect(await h.ok('professions.search', { query: 'dite' }, op)).toEqual([]);
    const found = await h.ok('professions.search', { query: '5.1 commessi minuto' }, op);
    expect(found).toEqual([
      { code: '5.1.2.2.0', name: 'Commessi delle vendite al minuto', level: 5 },
      { code: '5.1.2.2', name: 'Commessi delle vendite al minuto', level: 4 },
    ]);
  });
});

describe('a wrong file changes nothing', () => {
  const cases: [string, string, string][] = [
    ['a malformed code', 'Codice;Nome\n5.1;Vendite\n5.1.x;Altro\n', 'Riga 3: «5.1.x» non è un codice CP2011 (es. 5.1.2.2.0).'],
    ['a code twice', 'Codice;Nome\n5.1;Vendite\n5.1;Ancora vendite\n', 'Riga 3: il codice 5.1 compare due volte (anche alla riga 2).'],
    ['no entries', 'Codice;Nome\n', 'Il file non contiene voci della classificazione'],
  ];
  it.each(cases)('%s: refused with the line to fix, the list and its status as they were', async (_what, content, message) => {
    const before = { rows: tableRows(), status: await h.ok('professions.status', {}, op) };
    const refused = await h.call('professions.import', { fileName: 'sbagliato.csv', contentBase64: base64(content) }, admin);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('VALIDATION');
    expect(refused.ok ? '' : refused.error.message).toContain(message);
    expect(refused.ok ? '' : refused.error.message).toContain('Il file non è stato caricato: l’elenco resta com’era.');
    expect({ rows: tableRows(), status: await h.ok('professions.status', {}, op) }).toEqual(before);
  });

  it('a new file replaces the whole list (a coordinator may load it, also in Windows-1252 with commas)', async () => {
    const latin = Buffer.concat([Buffer.from('Codice,Nome\n5.1.2.3.0,"Addetti ad attivit'), Buffer.from([0xe0]), Buffer.from(' organizzative delle vendite"\n5.2.2.1.0,Cuochi in alberghi e ristoranti\n')]);
    const status = await h.ok('professions.import', { fileName: 'vecchio.csv', contentBase64: base64(latin) }, coord);
    expect(status).toMatchObject({ count: 2, units: 2, importedBy: 'Utente coordinatore', fileName: 'vecchio.csv' });
    expect(await h.ok('professions.search', { query: 'attivita' }, op)).toEqual([{ code: '5.1.2.3.0', name: 'Addetti ad attività organizzative delle vendite', level: 5 }]);
    expect(await h.ok('professions.search', { query: 'commessi' }, op)).toEqual([]);
    await h.ok('professions.import', { fileName: 'CP2011 ISTAT.csv', contentBase64: base64(SAMPLE) }, admin);
    expect(tableRows()).toHaveLength(18);
  });
});

describe('the internship file’s profession', () => {
  it('a code that is not one is refused with the Italian message; code and name are saved and returned as given', async () => {
    const host = await h.ok('associations.create', fullAssociationInput({ name: 'APS Codici Sbagliati' }), op);
    const person = await h.ok('candidates.create', candidateInput(), op);
    for (const wrong of ['5.1.x', '5.1.2.2.0.1', '5,1,2']) {
      const refused = await h.call('internships.create', internshipInput(person.id, host.id, { professionCode: wrong, professionName: 'Commessi' }), op);
      expect(refused.ok ? 'ok' : refused.error.issues).toEqual([{ path: 'professionCode', message: 'Codice CP2011 non valido: es. 5.1.2.2.0' }]);
    }
    const file = await newFile({ professionCode: ' 5.1.2.2.0 ', professionName: 'Commessi delle vendite al minuto' });
    expect(file).toMatchObject({ professionCode: '5.1.2.2.0', professionName: 'Commessi delle vendite al minuto' });
    expect(await h.ok('internships.get', { id: file.id }, op)).toMatchObject({ professionCode: '5.1.2.2.0', professionName: 'Commessi delle vendite al minuto' });
    // Both optional: a file is prepared without them.
    expect(await newFile()).toMatchObject({ professionCode: null, professionName: null });
  });

  it('the PFI prints the line above the Atlante’s (a dash without it); changing it makes a prepared PFI stale', async () => {
    let file = await newFile({ professionCode: '5.1.2.2.0', professionName: 'Commessi delle vendite al minuto' });
    const pfi = await h.ok('documents.generate', { internshipId: file.id, kind: 'pfi' }, op);
    const t = await docText(pfi.id);
    expect(t).toContain(`Professione di riferimento (ISTAT CP2011): ${COMMESSI}\nRiferimento all’Atlante del lavoro e delle qualificazioni: `);
    const convenzione = await h.ok('documents.generate', { internshipId: file.id, kind: 'convenzione' }, op);
    expect(await docText(convenzione.id)).not.toContain('CP2011');

    file = await h.ok('internships.update', { id: file.id, hlc: file.hlc, data: { ...file, professionCode: '5.1.2.1.0', professionName: 'Commessi delle vendite all\'ingrosso' } }, op);
    const overview = await h.ok('documents.forInternship', { internshipId: file.id }, op);
    const newest = (kind: string) => overview.kinds.find((k) => k.kind === kind)!.versions[0]!;
    // The profession is a term of the PFI, the only signed document that prints it.
    expect(newest('pfi').stale).toBe(true);
    expect(newest('convenzione').stale).toBe(false);

    const bare = await newFile();
    const bareText = await docText((await h.ok('documents.generate', { internshipId: bare.id, kind: 'pfi' }, op)).id);
    expect(bareText).toContain('Professione di riferimento (ISTAT CP2011): —');
  });

  it('a PFI signed before the field existed keeps its terms while the file has no profession', () => {
    const ctx = sampleDocumentContext('pfi');
    const without = { ...ctx, internship: { ...ctx.internship } } as typeof ctx;
    delete (without.internship as Partial<typeof ctx.internship>).professionCode;
    delete (without.internship as Partial<typeof ctx.internship>).professionName;
    const none = { ...ctx, internship: { ...ctx.internship, professionCode: null, professionName: null } };
    expect(termsOf(none)).toBe(termsOf(without));
    expect(termsOf(ctx)).not.toBe(termsOf(without));
  });

  it('office templates print it as {{professione}}, {{professione_codice}} and {{professione_nome}}', () => {
    const values = fieldValues(sampleDocumentContext('attestazione'));
    expect(values).toMatchObject({ professione: '4.1.1.1.0 – Addetti a funzioni di segreteria', professione_codice: '4.1.1.1.0', professione_nome: 'Addetti a funzioni di segreteria' });
  });

  it('the attestazione finale prints it as a row of the tirocinio', async () => {
    const draft = await newFile({ startDate: '2027-01-11', plannedEndDate: '2027-03-10', professionCode: '5.1.2.2.0', professionName: 'Commessi delle vendite al minuto' });
    const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, op);
    await h.ok('documents.waiveSignatures', { internshipId: signed.id, reason: 'Firme raccolte su carta, scansioni in arrivo' }, coord);
    await at('2027-01-11T09:00:00Z');
    const running = await h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 1301' }, op);
    await at('2027-03-15T09:00:00Z');
    const sheet = await h.ok('internships.attendance', { id: running.id }, op);
    for (const m of sheet.months) await h.ok('internships.setAttendance', { id: running.id, month: m.month, attendedHours: m.plannedHours }, op);
    const current = await h.ok('internships.get', { id: running.id }, op);
    await h.ok('internships.transition', { id: current.id, hlc: current.hlc, to: 'concluso', outcome: 'senza_assunzione', actualEndDate: '2027-03-10' }, op);
    const doc = await h.ok('documents.generate', { internshipId: running.id, kind: 'attestazione' }, op);
    expect(await docText(doc.id)).toContain(`Professione di riferimento (ISTAT CP2011) | ${COMMESSI} |`);
    await at('2026-12-01T10:00:00Z');
  });
});
