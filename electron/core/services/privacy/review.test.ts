/**
 * «Da rivedere» on a real data folder: who is past the retention periods as of today, why, what
 * stands in the way of the anonymisation, and how the settings move the boundary (decision 0027).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeChanges } from '../audit/changes-codec';
import type { RetentionReviewItem } from '@shared/api/privacy';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { associationInput, candidateInput, internshipInput } from '../../../../tests/support/fixtures';
import { REVIEW_SQL, reviewParams } from './review';

let h: Harness;
let admin: string;
let coord: string;
let op: string;
/** Sunday 15 November 2026, in Rome. */
const now = new Date('2026-11-15T10:00:00Z');
const sql = () => h.core.state.database.sqlite;

const people: Record<string, string> = {};

/** A person whose every record was last touched on `day`. */
async function person(key: string, lastName: string, day: string, file?: { status: string; end?: string }): Promise<void> {
  const c = await h.ok('candidates.create', candidateInput({ lastName, firstName: 'Prova', sex: 'F' }), op);
  people[key] = c.id;
  if (file) {
    const host = await h.ok('associations.create', associationInput(), op);
    const f = await h.ok('internships.create', internshipInput(c.id, host.id), op);
    sql()
      .prepare('UPDATE internships SET status = ?, actual_end_date = ?, updated_at = ? WHERE id = ?')
      .run(file.status, file.end ?? null, `${day}T09:00:00.000Z`, f.id);
  }
  sql().prepare('UPDATE candidates SET updated_at = ? WHERE id = ?').run(`${day}T09:00:00.000Z`, c.id);
}

async function review(session = coord) {
  return h.ok('privacy.review', { page: 1, pageSize: 200 }, session);
}
const find = (items: RetentionReviewItem[], key: string) => items.find((i) => i.id === people[key]);

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  admin = await h.sessionAs('amministratore');
  coord = await h.sessionAs('coordinatore');
  op = await h.sessionAs('operatore');
  // Defaults: 24 months without a file, 10 years for the documents of a file.
  await person('old', 'Anziani', '2024-10-01'); // due since 01/10/2026, from an earlier month
  await person('fresh', 'Recenti', '2024-11-10'); // due since 10/11/2026: this month
  await person('young', 'Giovani', '2025-01-10'); // due on 10/01/2027: not yet
  await person('noted', 'Annotati', '2024-01-10'); // old profile, but an interview note in May 2026
  await h.ok('candidates.addNote', { candidateId: people.noted!, date: '2026-05-04', text: 'Colloquio di aggiornamento' }, op);
  sql().prepare('UPDATE candidates SET updated_at = ? WHERE id = ?').run('2024-01-10T09:00:00.000Z', people.noted);
  await person('draft', 'Bozzetti', '2023-03-01', { status: 'bozza' }); // due, but a draft file is still open
  await person('placedLongAgo', 'Conclusi', '2015-07-01', { status: 'concluso', end: '2015-06-30' }); // documents kept until 30/06/2025
  await person('placedRecently', 'Recentissimi', '2020-07-01', { status: 'concluso', end: '2020-06-30' }); // documents kept until 2030
  await person('working', 'Attivi', '2020-07-01', { status: 'attivo' }); // in an internship now
});
afterAll(() => h.dispose());

describe('the list, as of today', () => {
  it('starts from the default periods and says which day and month it refers to', async () => {
    const r = await review();
    expect(r.periods).toEqual({ candidateMonths: 24, internshipYears: 10 });
    expect(r.referenceDate).toBe('2026-11-15');
    expect(r.monthStart).toBe('2026-11-01');
  });

  it('lists who is past the periods, with why and since when; not who is not', async () => {
    const r = await review();
    expect(find(r.items, 'old')).toMatchObject({ reason: 'senza_tirocinio', lastActivity: '2024-10-01', dueSince: '2026-10-01', newThisMonth: false, block: null, deleted: false });
    expect(find(r.items, 'fresh')).toMatchObject({ reason: 'senza_tirocinio', dueSince: '2026-11-10', newThisMonth: true });
    expect(find(r.items, 'placedLongAgo')).toMatchObject({ reason: 'tirocinio_concluso', lastEnd: '2015-06-30', dueSince: '2025-06-30', block: null });
    for (const key of ['young', 'noted', 'placedRecently', 'working']) expect(find(r.items, key), key).toBeUndefined();
    expect(r.total).toBe(4);
    expect(r.counts).toEqual({ senza_tirocinio: 3, tirocinio_concluso: 1 });
    expect(r.newThisMonth).toBe(1);
    // Without a file first, the longest waiting first within each group.
    expect(r.items.map((i) => i.id)).toEqual([people.draft, people.old, people.fresh, people.placedLongAgo]);
  });

  it('a person whose draft file is still open shows the reason, and the anonymisation is refused with the same words', async () => {
    const item = find((await review()).items, 'draft')!;
    expect(item.block).toMatch(/^Non si può anonimizzare: la pratica di tirocinio .* \(bozza\) è ancora aperta/);
    const refused = await h.call('privacy.anonymise', { id: people.draft!, confirmLastName: 'Bozzetti', ground: 'conservazione' }, coord);
    expect(refused.ok ? 'ok' : refused.error.message).toBe(item.block);
    expect(find((await review()).items, 'draft')).toBeDefined();
  });

  it('anonymising from the list takes the person off it, audited with the ground', async () => {
    await h.ok('privacy.anonymise', { id: people.old!, confirmLastName: 'Anziani', ground: 'conservazione' }, coord);
    const r = await review();
    expect(find(r.items, 'old')).toBeUndefined();
    expect(r.total).toBe(3);
    const history = await h.ok('audit.forRecord', { entity: 'candidates', id: people.old! }, coord);
    expect(history[0]!.changes[0]).toMatchObject({ field: 'anonimizzazione', after: expect.stringMatching(/fine del periodo di conservazione/) });
  });

  it('pages: a page past the end still has the counts', async () => {
    const first = await h.ok('privacy.review', { page: 1, pageSize: 2 }, coord);
    expect(first.items).toHaveLength(2);
    const beyond = await h.ok('privacy.review', { page: 9, pageSize: 2 }, coord);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it('is for the roles that may anonymise', async () => {
    const refused = await h.call('privacy.review', { page: 1, pageSize: 50 }, op);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
  });
});

describe('the periods are settings', () => {
  it('a longer period takes people off, a shorter one brings them in; each change is in the history', async () => {
    await h.ok('privacy.updateRetention', { candidateMonths: 36, internshipYears: 10 }, admin);
    let r = await review();
    expect(find(r.items, 'fresh')).toBeUndefined();
    expect(find(r.items, 'draft')).toBeDefined(); // 2023-03-01 + 36 months = 2026-03-01

    await h.ok('privacy.updateRetention', { candidateMonths: 12, internshipYears: 5 }, admin);
    r = await review();
    expect(find(r.items, 'young')).toMatchObject({ dueSince: '2026-01-10' });
    expect(find(r.items, 'noted')).toBeUndefined(); // the note of May 2026 is less than 12 months ago
    expect(find(r.items, 'placedRecently')).toMatchObject({ reason: 'tirocinio_concluso', dueSince: '2025-06-30' });
    expect(r.periods).toEqual({ candidateMonths: 12, internshipYears: 5 });
    // The erasure counts the same years: the documents of 2020 may go now.
    await h.ok('privacy.anonymise', { id: people.placedRecently!, confirmLastName: 'Recentissimi', ground: 'conservazione' }, coord);

    const settings = await h.ok('settings.get', {}, admin);
    expect(settings.privacy?.retention).toEqual({ candidateMonths: 12, internshipYears: 5 });
    const lines = sql().prepare("SELECT changes FROM audit_log WHERE entity = 'settings' AND changes LIKE '%privacy.retention%'").all() as { changes: string }[];
    expect(lines).toHaveLength(2);
    expect(decodeChanges('audit_log.changes', lines[1]!.changes)).toEqual([
      { field: 'privacy.retention.candidateMonths', before: 36, after: 12 },
      { field: 'privacy.retention.internshipYears', before: 10, after: 5 },
    ]);
  });

  it.each([
    [{ candidateMonths: 0, internshipYears: 10 }, 'candidateMonths', 'Conservazione dei profili senza tirocinio: almeno 1'],
    [{ candidateMonths: 2.5, internshipYears: 10 }, 'candidateMonths', 'Conservazione dei profili senza tirocinio: inserisci un numero intero'],
    [{ candidateMonths: 24, internshipYears: 31 }, 'internshipYears', 'Conservazione delle pratiche di tirocinio: al massimo 30 anni'],
    [{ candidateMonths: 24, internshipYears: -1 }, 'internshipYears', 'Conservazione delle pratiche di tirocinio: il numero non può essere negativo'],
  ])('%j is refused in Italian, and nothing is stored', async (input, path, message) => {
    const audited = sql().prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'settings'").get() as { n: number };
    const result = await h.call('privacy.updateRetention', input, admin);
    expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    if (!result.ok) expect(result.error.issues).toContainEqual({ path, message });
    expect((await h.ok('settings.get', {}, admin)).privacy?.retention).toEqual({ candidateMonths: 12, internshipYears: 5 });
    expect(sql().prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'settings'").get()).toEqual(audited);
  });

  it('only who manages the settings changes them', async () => {
    const refused = await h.call('privacy.updateRetention', { candidateMonths: 24, internshipYears: 10 }, coord);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
  });
});

describe('the statement, as SQLite runs it', () => {
  it('reads the profiles off the updated_at index and every person’s records off their own indexes: no table scan', () => {
    const params = reviewParams('2026-11-15', { candidateMonths: 24, internshipYears: 10 }, { page: 1, pageSize: 50 });
    const lines = (sql().prepare(`EXPLAIN QUERY PLAN ${REVIEW_SQL}`).all(params) as { detail: string }[]).map((r) => r.detail);
    const plan = lines.join('\n');
    expect(plan).toContain('SEARCH c USING INDEX candidates_updated_idx (deleted_at=? AND updated_at<?)');
    expect(plan).toMatch(/SEARCH c USING INDEX candidates_\w+_idx \(deleted_at>\?\)/);
    expect(plan).toContain('SEARCH n USING COVERING INDEX candidate_notes_candidate_idx (candidate_id=?)');
    expect(plan).toContain('SEARCH m USING INDEX matches_candidate_idx (candidate_id=?)');
    expect(plan).toContain('SEARCH i USING INDEX internships_candidate_idx (candidate_id=?)');
    expect(plan).toContain('SEARCH x USING INDEX candidates_merged_into_idx (merged_into=?)');
    // Scans only of what the statement itself built (its own steps), never of a table.
    expect(lines.filter((l) => /^SCAN (c|n|m|i|x)\b/.test(l))).toEqual([]);
  });
});
