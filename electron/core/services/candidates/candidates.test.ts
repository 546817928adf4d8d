/**
 * Candidates on a real SQLite file through the handler table: profiles, the unique codice
 * fiscale, duplicate warnings, merges, special-category data and its audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeChanges } from '../audit/changes-codec';
import type { Candidate } from '@shared/api/candidates';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { candidateInput, nextPerson, TINY_PDF } from '../../../../tests/support/fixtures';

let h: Harness;
let admin: string;
let operator: string;
let coordinator: string;

beforeAll(async () => {
  h = createHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
  await h.setup();
  admin = await h.sessionAs('amministratore');
  operator = await h.sessionAs('operatore');
  coordinator = await h.sessionAs('coordinatore');
});
afterAll(() => h.dispose());

function auditRows(entity: string, id: string): { action: string; changes: string; operator_name: string }[] {
  return h.core.state.database.sqlite
    .prepare('SELECT action, changes, operator_name FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY at, hlc')
    .all(entity, id) as { action: string; changes: string; operator_name: string }[];
}

describe('profiles', () => {
  it('creates a profile and reads it back with its lists and who is in charge', async () => {
    const me = await h.ok('auth.me', {}, operator);
    const created = await h.ok(
      'candidates.create',
      candidateInput({
        skills: ['Magazzino', ' magazzino ', 'Carrellista'],
        languages: [{ language: 'Inglese', level: 'B1' }],
        experiences: [{ role: 'Magazziniere', employer: 'Coop Nord', period: '2019–2021' }],
        drivingLicences: ['B', 'AM'],
        benefits: ['NASPI'],
        operatorId: me.operator.id,
      }),
      operator,
    );
    const read = await h.ok('candidates.get', { id: created.id }, operator);
    expect(read.skills).toEqual(['Magazzino', 'Carrellista']);
    expect(read.drivingLicences).toEqual(['AM', 'B']);
    expect(read.languages).toEqual([{ language: 'Inglese', level: 'B1' }]);
    expect(read.experiences[0]!.employer).toBe('Coop Nord');
    expect(read.operatorName).toBe(me.operator.fullName);
    expect(read.status).toBe('attivo');
    expect(auditRows('candidates', created.id).map((r) => r.action)).toEqual(['create']);
  });

  it('takes sex and birthplace from the codice fiscale when the form left them empty, never over typed data', async () => {
    const derived = await h.ok(
      'candidates.create',
      { firstName: 'Mario', lastName: 'Rossi', taxCode: 'RSSMRA85T10A562S', birthDate: '1985-12-10' },
      operator,
    );
    expect([derived.sex, derived.birthPlaceCode, derived.birthPlace]).toEqual(['M', 'A562', 'San Giuliano Terme (PI)']);
    const typed = await h.ok(
      'candidates.update',
      { id: derived.id, hlc: derived.hlc, data: { ...derived, birthPlace: 'Bagni S. Giuliano' } },
      operator,
    );
    expect(typed.birthPlace).toBe('Bagni S. Giuliano');
  });

  it('refuses a codice fiscale with a wrong check letter, saying so in Italian', async () => {
    const input = candidateInput();
    const wrong = input.taxCode!.slice(0, 15) + (input.taxCode!.endsWith('A') ? 'B' : 'A');
    const result = await h.call('candidates.create', { ...input, taxCode: wrong }, operator);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues).toContainEqual({ path: 'taxCode', message: expect.stringContaining('carattere di controllo') });
  });

  it('accepts a provisional 11-digit codice fiscale with the birth data typed by hand', async () => {
    const created = await h.ok('candidates.create', candidateInput({ taxCode: '12345678903', birthDate: '1990-05-01' }), operator);
    expect(created.taxCode).toBe('12345678903');
  });

  it('one codice fiscale, one live profile: the refusal names who has it', async () => {
    const first = await h.ok('candidates.create', candidateInput({ firstName: 'Mario', lastName: 'Rossi' }), operator);
    const again = await h.call('candidates.create', candidateInput({ taxCode: first.taxCode.toLowerCase() }), operator);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('CONFLICT');
    expect(again.error.message).toContain('Rossi Mario');
    expect(again.error.details).toMatchObject({ existingId: first.id });

    await h.ok('candidates.delete', { id: first.id }, coordinator);
    const replacement = await h.ok('candidates.create', candidateInput({ taxCode: first.taxCode }), operator);
    const restore = await h.call('candidates.restore', { id: first.id }, coordinator);
    expect(restore.ok ? 'ok' : restore.error.code).toBe('CONFLICT');
    expect((await h.ok('candidates.get', { id: replacement.id }, operator)).deletedAt).toBeNull();
  });

  it('a stale edit is refused and an unchanged save writes nothing', async () => {
    const created = await h.ok('candidates.create', candidateInput(), operator);
    const edited = await h.ok('candidates.update', { id: created.id, hlc: created.hlc, data: { ...created, phone: '011 123456' } }, operator);
    const stale = await h.call('candidates.update', { id: created.id, hlc: created.hlc, data: { ...created, phone: '011 999999' } }, operator);
    expect(stale.ok ? 'ok' : stale.error.details).toEqual({ reason: 'stale' });
    const same = await h.ok('candidates.update', { id: created.id, hlc: edited.hlc, data: edited }, operator);
    expect(same.hlc).toBe(edited.hlc);
    expect(auditRows('candidates', created.id).map((r) => r.action)).toEqual(['create', 'update']);
    expect(decodeChanges('audit_log.changes', auditRows('candidates', created.id)[1]!.changes)).toEqual([{ field: 'phone', before: null, after: '011 123456' }]);
  });
});

describe('duplicates', () => {
  it('warns about the same name and birth date under another code, until marked as different people', async () => {
    const person = nextPerson('F');
    const first = await h.ok('candidates.create', candidateInput({ ...person }), operator);
    const otherCode = nextPerson('F', 'F205');
    const query = { taxCode: otherCode.taxCode, firstName: 'maria', lastName: 'ROSSI', birthDate: person.birthDate };
    const found = await h.ok('candidates.findDuplicates', query, operator);
    expect(found.sameTaxCode).toBeNull();
    expect(found.similar.map((c) => c.id)).toEqual([first.id]);

    const second = await h.ok('candidates.create', candidateInput({ ...otherCode, birthDate: person.birthDate }), operator);
    const fromSecond = await h.ok('candidates.findDuplicates', { ...second, exceptId: second.id }, operator);
    expect(fromSecond.similar.map((c) => c.id)).toEqual([first.id]);

    await h.ok('candidates.markNotDuplicate', { id: second.id, otherId: first.id }, operator);
    expect((await h.ok('candidates.findDuplicates', { ...second, exceptId: second.id }, operator)).similar).toEqual([]);
    expect((await h.ok('candidates.findDuplicates', { ...first, exceptId: first.id }, operator)).similar).toEqual([]);
  });

  it('finds who already has a codice fiscale while the form is being typed', async () => {
    const first = await h.ok('candidates.create', candidateInput(), operator);
    const found = await h.ok('candidates.findDuplicates', { taxCode: first.taxCode }, operator);
    expect(found.sameTaxCode?.id).toBe(first.id);
  });
});

describe('merging two profiles of one person', () => {
  async function pair(): Promise<[Candidate, Candidate]> {
    const a = await h.ok('candidates.create', candidateInput({ phone: '011 111111', skills: ['Cucina'] }), operator);
    const b = await h.ok(
      'candidates.create',
      candidateInput({ email: 'mario@example.it', skills: ['Pulizie'], specialLegalBasis: 'art9_2b' }),
      operator,
    );
    return [a, b];
  }

  it('is for coordinators: an operator is refused and nothing changes', async () => {
    const [a, b] = await pair();
    const result = await h.call(
      'candidates.merge',
      { survivorId: a.id, survivorHlc: a.hlc, absorbedId: b.id, absorbedHlc: b.hlc, data: a },
      operator,
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    expect((await h.ok('candidates.get', { id: b.id }, operator)).mergedInto).toBeNull();
  });

  it('moves notes, attachments and special data to the survivor and keeps a tombstone', async () => {
    const [a, b] = await pair();
    await h.ok('candidates.addNote', { candidateId: b.id, date: '2026-10-01', text: 'Primo colloquio' }, operator);
    const cv = await h.ok(
      'candidates.addAttachment',
      { candidateId: b.id, kind: 'cv', fileName: 'cv.pdf', contentBase64: TINY_PDF.toString('base64') },
      operator,
    );
    await h.ok('candidates.updateSpecial', { id: b.id, hlc: null, data: { disabilityPercent: 67, socialServicesCare: false } }, coordinator);

    const chosen = { ...a, email: b.email, skills: ['Cucina', 'Pulizie'] };
    const merged = await h.ok(
      'candidates.merge',
      { survivorId: a.id, survivorHlc: a.hlc, absorbedId: b.id, absorbedHlc: b.hlc, data: chosen },
      coordinator,
    );
    expect(merged.email).toBe('mario@example.it');
    expect(merged.phone).toBe('011 111111');
    expect(merged.notesLog.map((n) => n.text)).toEqual(['Primo colloquio']);
    expect(merged.attachments.map((x) => x.id)).toEqual([cv.id]);
    expect((await h.ok('candidates.getSpecial', { id: a.id }, coordinator)).disabilityPercent).toBe(67);

    const tombstone = await h.ok('candidates.get', { id: b.id }, operator);
    expect(tombstone.mergedInto).toBe(a.id);
    expect(tombstone.deletedAt).not.toBeNull();
    const edit = await h.call('candidates.update', { id: b.id, hlc: tombstone.hlc, data: tombstone }, operator);
    expect(edit.ok ? 'ok' : edit.error.details).toEqual({ mergedInto: a.id });

    // The survivor's history now includes what happened to the absorbed profile.
    const history = await h.ok('audit.forRecord', { entity: 'candidates', id: a.id }, operator);
    expect(history.filter((e) => e.action === 'merge')).toHaveLength(2);
    expect(history.some((e) => e.changes.some((c) => c.field === 'notaColloquio'))).toBe(true);
    const list = await h.ok('candidates.list', { query: b.taxCode }, operator);
    expect(list.items.map((r) => r.id)).not.toContain(b.id);
  });
});

describe('merging special-category data', () => {
  it('joins both profiles’ notes on the survivor, takes the basis along, and empties the absorbed copy', async () => {
    const a = await h.ok('candidates.create', candidateInput(), operator);
    const b = await h.ok('candidates.create', candidateInput({ specialLegalBasis: 'art9_2b' }), operator);
    await h.ok('candidates.update', { id: a.id, hlc: a.hlc, data: { ...a, specialLegalBasis: 'art9_2a' } }, operator);
    const a2 = await h.ok('candidates.get', { id: a.id }, operator);
    await h.ok('candidates.updateSpecial', { id: a.id, hlc: null, data: { healthNotes: 'Allergia al lattice' } }, coordinator);
    await h.ok('candidates.updateSpecial', { id: b.id, hlc: null, data: { healthNotes: 'Epilessia', disabilityPercent: 80 } }, coordinator);

    const unknownOperator = await h.call(
      'candidates.merge',
      { survivorId: a.id, survivorHlc: a2.hlc, absorbedId: b.id, absorbedHlc: b.hlc, data: { ...a2, operatorId: '0190a1b2-0000-7000-8000-000000000000' } },
      coordinator,
    );
    expect(unknownOperator.ok ? 'ok' : unknownOperator.error.code).toBe('VALIDATION');

    await h.ok('candidates.merge', { survivorId: a.id, survivorHlc: a2.hlc, absorbedId: b.id, absorbedHlc: b.hlc, data: a2 }, coordinator);
    const kept = await h.ok('candidates.getSpecial', { id: a.id }, coordinator);
    expect([kept.healthNotes, kept.disabilityPercent]).toEqual(['Allergia al lattice\nEpilessia', 80]);
    const emptied = await h.ok('candidates.getSpecial', { id: b.id }, coordinator);
    expect([emptied.healthNotes, emptied.disabilityPercent]).toEqual([null, null]);
    // The survivor's special history includes what the absorbed profile held.
    const history = await h.ok('audit.forRecord', { entity: 'candidate_special', id: a.id }, coordinator);
    expect(JSON.stringify(history)).toContain('Epilessia');
  });
});

describe('special-category data (art. 9 GDPR)', () => {
  it('is never in the ordinary profile, is refused to operators, and every read is audited', async () => {
    // Only a role with the clearance sets a restricted category (electron/core/api/policy/candidates.test.ts).
    const c = await h.ok('candidates.create', candidateInput({ targetCategory: 'disabile', specialLegalBasis: 'art9_2b' }), coordinator);
    const saved = await h.ok(
      'candidates.updateSpecial',
      { id: c.id, hlc: null, data: { disabilityPercent: 46, healthNotes: 'Non può sollevare pesi', socialServicesCare: true } },
      coordinator,
    );
    expect(saved.disabilityPercent).toBe(46);

    const profile = await h.ok('candidates.get', { id: c.id }, operator);
    expect(JSON.stringify(profile)).not.toContain('sollevare');
    expect(Object.keys(profile)).not.toContain('disabilityPercent');
    expect(Object.keys(profile)).not.toContain('healthNotes');

    const before = auditRows('candidate_special', c.id).length;
    const refused = await h.call('candidates.getSpecial', { id: c.id }, operator);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    const refusedHistory = await h.call('audit.forRecord', { entity: 'candidate_special', id: c.id }, operator);
    expect(refusedHistory.ok ? 'ok' : refusedHistory.error.code).toBe('FORBIDDEN');
    expect(auditRows('candidate_special', c.id)).toHaveLength(before);

    const seen = await h.ok('candidates.getSpecial', { id: c.id }, coordinator);
    expect(seen.healthNotes).toBe('Non può sollevare pesi');
    const rows = auditRows('candidate_special', c.id);
    expect(rows.at(-1)).toMatchObject({ action: 'view', operator_name: 'Utente coordinatore' });

    // The candidate's ordinary history carries no special value either.
    const history = await h.ok('audit.forRecord', { entity: 'candidates', id: c.id }, operator);
    expect(JSON.stringify(history)).not.toContain('sollevare');
  });

  it('are refused until the legal basis is recorded on the profile', async () => {
    const c = await h.ok('candidates.create', candidateInput(), operator);
    const refused = await h.call('candidates.updateSpecial', { id: c.id, hlc: null, data: { healthNotes: 'Asma' } }, coordinator);
    expect(refused.ok ? 'ok' : refused.error.message).toContain('base giuridica');
    expect(auditRows('candidate_special', c.id)).toEqual([]);
    await h.ok('candidates.update', { id: c.id, hlc: c.hlc, data: { ...c, specialLegalBasis: 'art9_2a' } }, operator);
    await h.ok('candidates.updateSpecial', { id: c.id, hlc: null, data: { healthNotes: 'Asma' } }, coordinator);
  });

  it('the legal basis cannot be removed while special data are held, not even by an operator who cannot see them', async () => {
    const c = await h.ok('candidates.create', candidateInput({ specialLegalBasis: 'art9_2b' }), operator);
    await h.ok('candidates.updateSpecial', { id: c.id, hlc: null, data: { healthNotes: 'Asma' } }, coordinator);
    const removed = await h.call('candidates.update', { id: c.id, hlc: c.hlc, data: { ...c, specialLegalBasis: null } }, operator);
    expect(removed.ok ? 'ok' : removed.error.issues).toEqual([{ path: 'specialLegalBasis', message: 'Obbligatoria finché ci sono dati particolari' }]);
    const special = await h.ok('candidates.getSpecial', { id: c.id }, coordinator);
    await h.ok('candidates.updateSpecial', { id: c.id, hlc: special.hlc, data: { healthNotes: null } }, coordinator);
    await h.ok('candidates.update', { id: c.id, hlc: c.hlc, data: { ...c, specialLegalBasis: null } }, operator);
  });

  it('a category that reveals disability or social care is hidden from operators everywhere, and kept when they save', async () => {
    const c = await h.ok('candidates.create', candidateInput({ targetCategory: 'disabile', lastName: 'Nascosta' }), coordinator);
    const seen = await h.ok('candidates.get', { id: c.id }, operator);
    expect([seen.targetCategory, seen.targetCategoryHidden]).toEqual([null, true]);
    const row = (await h.ok('candidates.list', { query: 'nascosta' }, operator)).items[0]!;
    expect([row.targetCategory, row.targetCategoryHidden]).toEqual([null, true]);
    const filter = await h.call('candidates.list', { targetCategory: 'disabile' }, operator);
    expect(filter.ok ? 'ok' : filter.error.code).toBe('FORBIDDEN');

    const saved = await h.ok('candidates.update', { id: c.id, hlc: seen.hlc, data: { ...seen, phone: '011 555555' } }, operator);
    expect(saved.targetCategoryHidden).toBe(true);
    const truth = await h.ok('candidates.get', { id: c.id }, coordinator);
    expect([truth.targetCategory, truth.targetCategoryHidden, truth.phone]).toEqual(['disabile', false, '011 555555']);
    expect((await h.ok('candidates.list', { targetCategory: 'disabile', query: 'nascosta' }, coordinator)).total).toBe(1);

    // A create keeps field names only; a coordinator's change of the category is what the history shows.
    await h.ok('candidates.update', { id: c.id, hlc: truth.hlc, data: { ...truth, targetCategory: 'servizi' } }, coordinator);
    const history = JSON.stringify(await h.ok('audit.forRecord', { entity: 'candidates', id: c.id }, operator));
    expect(history).not.toMatch(/disabile|servizi/);
    expect(history).toContain('riservata');
    const full = JSON.stringify(await h.ok('audit.forRecord', { entity: 'candidates', id: c.id }, coordinator));
    expect(full).toContain('disabile');
    expect(full).toContain('servizi');
  });

  it('refuses a stale special-data edit', async () => {
    const c = await h.ok('candidates.create', candidateInput({ specialLegalBasis: 'art9_2b' }), operator);
    await h.ok('candidates.updateSpecial', { id: c.id, hlc: null, data: { healthNotes: 'prima' } }, coordinator);
    const stale = await h.call('candidates.updateSpecial', { id: c.id, hlc: null, data: { healthNotes: 'seconda' } }, admin);
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
  });
});

describe('interview notes', () => {
  it('an operator removes their own notes but not a colleague’s', async () => {
    const c = await h.ok('candidates.create', candidateInput(), operator);
    const mine = await h.ok('candidates.addNote', { candidateId: c.id, date: '2026-11-02', text: 'Disponibile da subito' }, operator);
    const theirs = await h.ok('candidates.addNote', { candidateId: c.id, date: '2026-11-03', text: 'Richiamare' }, coordinator);
    expect((await h.ok('candidates.get', { id: c.id }, operator)).notesLog.map((n) => n.text)).toEqual(['Richiamare', 'Disponibile da subito']);
    const refused = await h.call('candidates.deleteNote', { id: theirs.id }, operator);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    await h.ok('candidates.deleteNote', { id: mine.id }, operator);
    await h.ok('candidates.deleteNote', { id: theirs.id }, coordinator);
    expect((await h.ok('candidates.get', { id: c.id }, operator)).notesLog).toEqual([]);
  });
});

describe('interview notes in search', () => {
  it('a note’s words find the person until the note is removed', async () => {
    const c = await h.ok('candidates.create', candidateInput(), operator);
    const note = await h.ok('candidates.addNote', { candidateId: c.id, date: '2026-11-10', text: 'Ha il patentino del muletto' }, operator);
    expect((await h.ok('candidates.list', { query: 'patentino' }, operator)).items.map((r) => r.id)).toEqual([c.id]);
    await h.ok('candidates.deleteNote', { id: note.id }, operator);
    expect((await h.ok('candidates.list', { query: 'patentino' }, operator)).items).toEqual([]);
  });
});

describe('saved filters', () => {
  it('are personal, and saving under the same name replaces', async () => {
    await h.ok('savedFilters.save', { area: 'candidates', name: 'Torino attivi', params: { province: 'TO' } }, operator);
    await h.ok('savedFilters.save', { area: 'candidates', name: 'Torino attivi', params: { province: 'TO', status: 'attivo' } }, operator);
    const mine = await h.ok('savedFilters.list', { area: 'candidates' }, operator);
    expect(mine.map((f) => [f.name, f.params])).toEqual([['Torino attivi', { province: 'TO', status: 'attivo' }]]);
    expect(await h.ok('savedFilters.list', { area: 'candidates' }, coordinator)).toEqual([]);
    const notMine = await h.call('savedFilters.delete', { id: mine[0]!.id }, coordinator);
    expect(notMine.ok ? 'ok' : notMine.error.code).toBe('NOT_FOUND');
  });
});
