/**
 * The candidates' memory kept between two starts (decision 0036), on a real data folder: a clean
 * close writes the image, the next start reads it and applies what changed meanwhile, and every
 * case where the image is not the database's (no mark, another copy of the file, a damaged file,
 * a migration since) rebuilds the memory from the rows. In every case the memory must answer
 * exactly as one read from the rows now.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakerIT as faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateFields, candidateListInput } from '@shared/api/candidates';
import type { MatchWeights, NeedRequirements } from '@shared/rules/matching';
import { readCtxOf, writeCtxOf } from '../../api/service-ctx';
import { DATABASE_FILE } from '../../db/names';
import { IMAGE_FOLDER } from '../../memory-image/image-store';
import { createHarness } from '../../../../tests/support/core-harness';
import { memoryAnswers } from '../../../../tests/support/memory-answers';
import { fakeCandidate } from '../../../../tests/fixtures/candidates';
import { createCandidate } from './candidates';
import { candidateMemory, candidateMemoryOrigin, memoryFromRows } from './memory';

const h = createHarness();
const ids: string[] = [];
const imageFile = () => join(h.dataDir, IMAGE_FOLDER, 'candidates.img');
const sqlite = () => h.core.state.database.sqlite;
const mark = () => sqlite().prepare("SELECT value FROM settings WHERE key = 'cache.candidates'").get() as { value: string } | undefined;

const NEEDS: NeedRequirements[] = [
  { skills: ['Cucina'], comune: 'Torino', province: 'TO', hoursPerWeek: 20, shifts: ['mattina'], licence: 'B', vehicleNeeded: true, educationRank: 3, categories: ['neet'], startDate: '2027-01-01' },
  { skills: [], comune: null, province: 'CN', hoursPerWeek: null, shifts: [], licence: null, vehicleNeeded: false, educationRank: null, categories: [], startDate: null },
];
const WEIGHTS: MatchWeights = { skills: 30, place: 20, hours: 10, licence: 10, education: 10, category: 10, availability: 10 };
const NO_AGES = { bornOnOrBefore: null, bornAfter: null };
const FILTERS = [{}, { status: 'attivo' as const }, { province: 'TO', educationMin: 'diploma' as const }, { ownVehicle: true, licence: 'B' as const }, { ageMin: 30 }];

/** The memory this connection uses, and where it came from. */
function used() {
  const memory = candidateMemory(readCtxOf(h.core.state));
  return { memory, origin: candidateMemoryOrigin(sqlite()) };
}
/** It answers as the rows read now do. */
function expectSameAsRows(): void {
  const rowidsUpTo = (sqlite().prepare('SELECT coalesce(max(search_rowid), 0) + 2 AS n FROM candidates').get() as { n: number }).n;
  const answers = (m: ReturnType<typeof memoryFromRows>) => memoryAnswers(m, NEEDS, WEIGHTS, FILTERS, rowidsUpTo);
  expect(answers(used().memory)).toEqual(answers(memoryFromRows(sqlite())));
}
async function edit(id: string, change: Record<string, unknown>): Promise<void> {
  const current = await h.ok('candidates.get', { id }, await h.sessionAs('coordinatore'));
  await h.ok('candidates.update', { id, hlc: current.hlc, data: { ...current, ...change } }, await h.sessionAs('coordinatore'));
}

afterAll(() => h.dispose());

beforeAll(async () => {
  await h.setup();
  await h.sessionAs('coordinatore');
  faker.seed(36);
  const usedTaxCodes = new Set<string>();
  const ctx = writeCtxOf(h.core.state);
  ctx.db.transaction(() => {
    for (let i = 0; i < 120; i++) ids.push(createCandidate(ctx, candidateFields.parse(fakeCandidate(faker, { usedTaxCodes }))).id);
  });
}, 120_000);

describe("the candidates' memory kept between starts", () => {
  it('is written at a clean close and read back at the next start, answering as the rows do', () => {
    expect(used().origin).toBe('database');
    expect(existsSync(imageFile())).toBe(false);
    h.restart();
    expect(existsSync(imageFile())).toBe(true);
    expect(h.log.lines.some((l) => l.includes("candidates' memory kept for the next start"))).toBe(true);
    expect(used().origin).toBe('image');
    expectSameAsRows();
  });

  it('a close without using the memory leaves the image as it is, still read at the next start', () => {
    h.restart();
    const before = readFileSync(imageFile());
    h.restart();
    expect(readFileSync(imageFile()).equals(before)).toBe(true);
    expect(used().origin).toBe('image');
  });

  it('applies what another program wrote while the app was closed, then lets the stale file go', async () => {
    h.restart();
    // Written on the file before the core's first use, as a second process or the regional import would.
    sqlite().prepare("UPDATE candidates SET status = 'archiviato', res_province = 'CN', skills = '[\"Restauro di organi\"]' WHERE id = ?").run(ids[0]);
    sqlite().prepare('UPDATE candidates SET deleted_at = ? WHERE id = ?').run('2026-12-08T10:00:00.000Z', ids[1]);
    const { memory, origin } = used();
    expect(origin).toBe('image');
    expect(memory.columns.slotOf(ids[1]!)).toBeUndefined();
    expect(memory.vocabulary.suggestions('restauro di', 5)).toEqual([{ skill: 'Restauro di organi', count: 1 }]);
    expectSameAsRows();
    // The log it needed is emptied: its mark and the file are gone, and the next close writes a new one.
    expect(mark()).toBeUndefined();
    expect(existsSync(imageFile())).toBe(false);
    await edit(ids[2]!, { firstName: 'Ottavia' });
    h.restart();
    expect(used().origin).toBe('image');
    expectSameAsRows();
  });

  it('after a crash, an image older than the changes already applied is not read (the database and the file as the crash left them)', async () => {
    h.restart();
    expect(used().origin).toBe('image');
    await edit(ids[5]!, { status: 'non_disponibile', skills: ['Liuteria'] });
    used();
    // The crash: the process dies here, without the close that writes a new image. What is on disk is copied as it is.
    const crashed = mkdtempSync(join(tmpdir(), 'exar-crash-'));
    sqlite().prepare('VACUUM INTO ?').run(join(crashed, DATABASE_FILE));
    if (existsSync(imageFile())) cpSync(join(h.dataDir, IMAGE_FOLDER), join(crashed, IMAGE_FOLDER), { recursive: true });
    const after = createHarness({ dataDir: crashed });
    try {
      const memory = candidateMemory(readCtxOf(after.core.state));
      expect(candidateMemoryOrigin(after.core.state.database.sqlite)).toBe('database');
      expect(memory.vocabulary.suggestions('liut', 5)).toEqual([{ skill: 'Liuteria', count: 1 }]);
    } finally {
      after.dispose();
    }
  });

  it('is not read when its mark is missing (a crash between the file and the mark), nor when the mark is of another image', () => {
    h.restart();
    sqlite().prepare("DELETE FROM settings WHERE key = 'cache.candidates'").run();
    expect(used().origin).toBe('database');
    expectSameAsRows();
    h.restart();
    sqlite().prepare("UPDATE settings SET value = json_set(value, '$.token', 'altro') WHERE key = 'cache.candidates'").run();
    expect(used().origin).toBe('database');
    expectSameAsRows();
  });

  it('is not read by an older copy of the database put back in place (a restore)', async () => {
    h.restart();
    h.core.close();
    const file = join(h.dataDir, DATABASE_FILE);
    copyFileSync(file, `${file}.older`);
    h.restart();
    await edit(ids[3]!, { status: 'occupato' });
    expect(used().memory.filters.slotTest(candidateListInput.parse({ status: 'occupato' }), NO_AGES)).not.toBeNull();
    h.restart();
    h.core.close();
    copyFileSync(`${file}.older`, file);
    h.restart();
    expect(used().origin).toBe('database');
    expectSameAsRows();
  });

  it('is not read when damaged, nor after a migration, and the app goes on from the rows', () => {
    h.restart();
    const bytes = readFileSync(imageFile());
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(imageFile(), bytes);
    expect(used().origin).toBe('database');
    expectSameAsRows();

    h.restart();
    const last = sqlite().prepare('SELECT id, hash, created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as { id: number | null; hash: string; created_at: number };
    expect(sqlite().prepare('DELETE FROM __drizzle_migrations WHERE created_at = ?').run(last.created_at).changes).toBe(1);
    try {
      expect(used().origin).toBe('database');
      expectSameAsRows();
    } finally {
      sqlite().prepare('INSERT INTO __drizzle_migrations (id, hash, created_at) VALUES (?, ?, ?)').run(last.id, last.hash, last.created_at);
    }
  });

  it('keeps nothing of an erased person: the file written after the erasure does not hold their name', async () => {
    h.restart();
    used();
    const person = await h.ok('candidates.get', { id: ids[4]! }, await h.sessionAs('coordinatore'));
    const { name } = sqlite().prepare('SELECT name_sort AS name FROM candidates WHERE id = ?').get(person.id) as { name: string };
    expect(readFileSync(imageFile()).includes(name)).toBe(true);
    await h.ok('privacy.anonymise', { id: person.id, confirmLastName: person.lastName }, await h.sessionAs('coordinatore'));
    used();
    expect(existsSync(imageFile())).toBe(false);
    h.restart();
    expect(readFileSync(imageFile()).includes(name)).toBe(false);
    expect(used().origin).toBe('image');
    expectSameAsRows();
  });
});
