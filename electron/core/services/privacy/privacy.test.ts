/**
 * The data subject's rights on a real data folder: the access request (art. 15) read back from the
 * .zip it produces, and the erasure (art. 17) checked on the disk, the search index and the history.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '@shared/api/candidates';
import type { Internship } from '@shared/api/internships';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { readyPromoter } from '../../../../tests/support/promoter';
import { docxText } from '../../../../tests/support/docx-text';
import { candidateInput, fullAssociationInput, internshipInput, needInput, TINY_PDF } from '../../../../tests/support/fixtures';
import type { PersonExport } from './access';

let h: Harness;
let op: string;
let coord: string;
let admin: string;
let person: Candidate;
let file: Internship;
let documentPath: string;
let attachmentPath: string;
const now = new Date('2026-12-01T10:00:00Z');

const NOTE = 'Cerca lavoro vicino a casa, disponibile il sabato mattina';
const HEALTH = 'Allergia al lattice';
const sql = () => h.core.state.database.sqlite;

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  admin = await h.sessionAs('amministratore');
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  const tutorId = await readyPromoter(h, admin, op);
  const host = await h.ok('associations.create', fullAssociationInput({ name: 'SSD Aurora Torino' }), op);
  person = await h.ok(
    'candidates.create',
    candidateInput({ lastName: 'Marino', firstName: 'Elena', sex: 'F', targetCategory: 'disoccupato', educationLevel: 'diploma', phone: '3331234567', specialLegalBasis: 'art9_2b' }),
    op,
  );
  await h.ok('candidates.addNote', { candidateId: person.id, date: '2026-11-20', text: NOTE }, op);
  await h.ok('candidates.updateSpecial', { id: person.id, hlc: null, data: { healthNotes: HEALTH, disabilityPercent: null, socialServicesCare: false, socialServicesNotes: null } }, coord);
  const attachment = await h.ok('candidates.addAttachment', { candidateId: person.id, kind: 'cv', fileName: 'cv-elena.pdf', contentBase64: TINY_PDF.toString('base64') }, op);
  const need = await h.ok('needs.create', needInput(host.id), op);
  await h.ok('matches.propose', { needId: need.id, candidateIds: [person.id] }, op);
  file = await h.ok('internships.create', internshipInput(person.id, host.id, { promoterTutorId: tutorId, hostTutorName: 'Paola Verdi', operatingSiteId: host.sites[0]!.id, activities: 'Segreteria dei corsi' }), op);
  const doc = await h.ok('documents.generate', { internshipId: file.id, kind: 'convenzione' }, op);
  documentPath = join(h.dataDir, (sql().prepare('SELECT stored_path AS p FROM documents WHERE id = ?').get(doc.id) as { p: string }).p);
  attachmentPath = join(h.dataDir, 'attachments', (sql().prepare('SELECT stored_name AS n FROM candidate_attachments WHERE id = ?').get(attachment.id) as { n: string }).n);
});
afterAll(() => h.dispose());

async function exported(session: string) {
  const file = await h.ok('privacy.exportPerson', { id: person.id }, session);
  const entries = unzipSync(Buffer.from(file.contentBase64, 'base64'));
  const names = Object.keys(entries);
  const docx = entries[names.find((n) => n.endsWith('.docx'))!]!;
  const json = JSON.parse(strFromU8(entries[names.find((n) => n.endsWith('.json'))!]!)) as PersonExport;
  return { file, names, docx, json };
}

describe('access request (art. 15)', () => {
  it('a .zip with a readable .docx and a JSON of the same data, special data included', async () => {
    const { file: zip, names, docx, json } = await exported(coord);
    expect(zip.fileName).toMatch(/^dati-personali-marino-elena-2026-12-01\.zip$/);
    expect(names.sort()).toEqual(['dati-personali-marino-elena-2026-12-01.docx', 'dati-personali-marino-elena-2026-12-01.json']);
    const text = docxText(docx).all;
    for (const value of ['Marino', 'Elena', person.taxCode, '3331234567', NOTE, HEALTH, 'cv-elena.pdf', file.number, 'SSD Aurora Torino', 'Convenzione', 'Addetto/a alla segreteria sportiva', 'Storico delle modifiche']) {
      expect(text, value).toContain(value);
    }
    expect(json.persona).toMatchObject({ nome: 'Elena', cognome: 'Marino', codiceFiscale: person.taxCode });
    expect(json.persona.campi.find((f) => f.campo === 'phone')?.valore).toBe('3331234567');
    expect(json.noteColloquio.map((n) => n.testo)).toEqual([NOTE]);
    expect(json.datiParticolari?.find((f) => f.campo === 'healthNotes')?.valore).toBe(HEALTH);
    expect(json.allegati[0]).toMatchObject({ nomeFile: 'cv-elena.pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(json.proposte).toHaveLength(1);
    expect(json.tirocini[0]).toMatchObject({ numero: file.number, associazione: 'SSD Aurora Torino' });
    expect(json.tirocini[0]!.documenti[0]).toMatchObject({ documento: 'Convenzione di tirocinio', versione: 1 });
    expect(json.storico.length).toBeGreaterThan(3);
  });

  it('is audited: who and when, not the content', async () => {
    await exported(admin);
    const history = await h.ok('audit.forRecord', { entity: 'candidates', id: person.id }, coord);
    const exports = history.filter((e) => e.action === 'export');
    expect(exports.length).toBeGreaterThanOrEqual(2);
    expect(exports[0]!.operatorName).toBeTruthy();
    expect(JSON.stringify(exports)).not.toMatch(/lattice|Cerca lavoro|3331234567/);
  });

  it('an operator, who may not see special data, is refused', async () => {
    const result = await h.call('privacy.exportPerson', { id: person.id }, op);
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
  });
});

describe('erasure by anonymisation (art. 17)', () => {
  it('only coordinators and administrators may run it', async () => {
    const result = await h.call('privacy.anonymise', { id: person.id, confirmLastName: 'Marino' }, op);
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
  });

  it('is refused while a file of the person is open, and with a wrong surname', async () => {
    const open = await h.call('privacy.anonymise', { id: person.id, confirmLastName: 'marino' }, coord);
    expect(open.ok ? 'ok' : open.error.message).toMatch(/pratica di tirocinio .* è ancora aperta/);
    const wrong = await h.call('privacy.anonymise', { id: person.id, confirmLastName: 'Rossi' }, coord);
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('VALIDATION');
    expect(existsSync(attachmentPath)).toBe(true);
  });

  it('is refused while the documents of a concluded file must be kept', async () => {
    sql().prepare("UPDATE internships SET status = 'concluso', outcome = 'assunto_ente', actual_end_date = '2026-06-30' WHERE id = ?").run(file.id);
    const kept = await h.call('privacy.anonymise', { id: person.id, confirmLastName: 'Marino' }, coord);
    expect(kept.ok ? 'ok' : kept.error.message).toMatch(/vanno conservati per 10 anni dalla conclusione, fino al 30\/06\/2036/);
    expect(existsSync(documentPath)).toBe(true);
  });

  it('past the retention: files gone from disk, out of the search, history without the erased values, statistics kept', async () => {
    sql().prepare("UPDATE internships SET actual_end_date = '2015-06-30' WHERE id = ?").run(file.id);
    expect((await h.ok('candidates.list', { query: 'marino', page: 1, pageSize: 10 }, coord)).items.map((c) => c.id)).toContain(person.id);

    const done = await h.ok('privacy.anonymise', { id: person.id, confirmLastName: ' MARINO ' }, coord);
    expect(done.anonymisedAt).toBe(now.toISOString());

    expect(existsSync(attachmentPath)).toBe(false);
    expect(existsSync(documentPath)).toBe(false);
    for (const query of ['marino', 'elena', person.taxCode, 'sabato']) {
      expect((await h.ok('candidates.list', { query, page: 1, pageSize: 10 }, coord)).items.map((c) => c.id), query).not.toContain(person.id);
    }

    const after = await h.ok('candidates.get', { id: person.id }, coord);
    expect(after.anonymisedAt).toBe(now.toISOString());
    expect(after).toMatchObject({ sex: 'F', targetCategory: 'disoccupato', educationLevel: 'diploma', resProvince: 'TO', phone: null, resAddress: null, notes: null, notesLog: [], attachments: [] });
    expect(JSON.stringify(after)).not.toMatch(/Marino|Elena|3331234567|Via Roma/);
    expect(after.birthDate).toMatch(/^\d{3}[05]-01-01$/);
    expect((await h.ok('candidates.getSpecial', { id: person.id }, coord)).healthNotes).toBeNull();
    expect(sql().prepare('SELECT outcome FROM internships WHERE id = ?').get(file.id)).toEqual({ outcome: 'assunto_ente' });

    const everything = (sql().prepare('SELECT changes FROM audit_log').all() as { changes: string }[]).map((r) => r.changes).join('\n');
    for (const erased of ['Marino', 'Elena', person.taxCode, '3331234567', NOTE, HEALTH, 'cv-elena.pdf', 'Via Roma']) expect(everything, erased).not.toContain(erased);
    const history = await h.ok('audit.forRecord', { entity: 'candidates', id: person.id }, coord);
    expect(history[0]!.changes[0]).toMatchObject({ field: 'anonimizzazione' });
    expect(JSON.stringify(history)).toContain('[anonimizzato]');

    const again = await h.call('candidates.update', { id: person.id, hlc: after.hlc, data: { ...candidateInput(), lastName: 'Marino' } }, coord);
    expect(again.ok ? 'ok' : again.error.message).toMatch(/anonimizzato/);
  });

  it('the access request still answers, with nothing personal left', async () => {
    const { docx, json } = await exported(coord);
    expect(json.persona).toMatchObject({ cognome: 'Profilo', nome: 'anonimizzato' });
    expect(docxText(docx).all).not.toMatch(/Marino|Elena|lattice/);
  });
});
