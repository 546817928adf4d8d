/**
 * A large import sets the tables' plain indexes aside and builds them once at the end, and gives new
 * records their search document's rowid as it writes them (electron/core/exchange/deferred-indexes.ts,
 * reindex.ts). The tests lower the threshold so a few records take that path, and check what a
 * coordinator would notice: the same records, searches, skill lists and proposed merges as an import
 * row by row; every index back; and, on a failure or a crash half-way, the database as it was.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/core';
import { importBundle, type ImportHooks } from '../../electron/core/services/exchange/import';
import { createHarness, type Harness } from '../support/core-harness';
import { checkpoint, dumpDatabase, exchangedState, fingerprint } from '../support/db-fingerprint';
import { adminWriteCtx, receiveWhole } from '../support/exchange-import';
import { exportBundle, openOffice, twinOf, type Office } from '../support/exchange-offices';
import { associationInput, candidateInput, needInput, nextPerson } from '../support/fixtures';

const REPO = join(__dirname, '..', '..');
const IMPORT_CHILD = join(REPO, 'tests', 'support', 'import-child.ts');
const BULK: ImportHooks = { bulkMinRows: 1 };
const ROW_BY_ROW: ImportHooks = { bulkMinRows: Number.POSITIVE_INFINITY };

const opened: Office[] = [];
const harnesses: Harness[] = [];
const folders: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const o of opened.splice(0)) o.h.dispose();
  for (const h of harnesses.splice(0)) h.dispose();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function office(code: string, kind: 'sportello' | 'ufficio_regionale' = 'sportello'): Promise<Office> {
  const o = await openOffice(code, kind);
  opened.push(o);
  return o;
}

function temporaryFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'exar-bulk-import-'));
  folders.push(dir);
  return dir;
}

/** Every index of the database, with the SQL that makes it. */
function indexes(sqlite: BetterSqlite3.Database): { name: string; sql: string | null }[] {
  return sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all() as { name: string; sql: string | null }[];
}

/** FTS5's own check of each search index. Throws when one is damaged. */
function checkSearchIndexes(sqlite: BetterSqlite3.Database): void {
  for (const fts of ['associations_fts', 'candidates_fts', 'needs_fts']) sqlite.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`).run();
}

/** A desk with associations (one with an operating site), needs, and people with skills; `people` named after `surname`. */
async function desk(code: string, surname: string, people: number, sharedPerson?: ReturnType<typeof nextPerson>): Promise<Office> {
  const o = await office(code);
  for (let i = 0; i < 3; i++) {
    const association = await o.h.ok(
      'associations.create',
      associationInput({
        name: `Polisportiva ${surname} ${i}`,
        ...(i === 0 ? { sites: [{ label: 'Palestra', address: 'Via Po 3', comune: 'Moncalieri', province: 'TO', cap: '10024' }] } : {}),
      }),
      o.admin,
    );
    await o.h.ok('needs.create', needInput(association.id, { title: `Istruttore di nuoto ${surname}` }), o.admin);
  }
  for (let i = 0; i < people; i++) {
    await o.h.ok('candidates.create', candidateInput({ ...nextPerson(), lastName: `${surname}${String.fromCharCode(97 + i)}`, skills: ['Magazzino', `Lingua ${surname}`] }), o.admin);
  }
  if (sharedPerson) await o.h.ok('candidates.create', candidateInput({ ...sharedPerson, skills: ['Contabilità'] }), o.admin);
  return o;
}

/** What an operator finds at the regional office: the lists by word, the skills, the proposed merges. */
async function whatAnOperatorFinds(o: Office, words: string[]) {
  const found: Record<string, string[]> = {};
  for (const word of words) {
    found[`candidati:${word}`] = (await o.h.ok('candidates.list', { query: word, pageSize: 100 }, o.admin)).items.map((c) => c.id).sort();
    found[`associazioni:${word}`] = (await o.h.ok('associations.list', { query: word, pageSize: 100 }, o.admin)).items.map((a) => a.id).sort();
    found[`fabbisogni:${word}`] = (await o.h.ok('needs.list', { query: word, pageSize: 100 }, o.admin)).items.map((n) => n.id).sort();
  }
  for (const start of ['m', 'l', 'c']) {
    found[`competenze:${start}`] = (await o.h.ok('candidates.skillSuggestions', { query: start }, o.admin)).map((s) => `${s.skill}|${s.count}`);
  }
  found.doppioni = (await o.h.ok('exchange.duplicates', {}, o.admin)).map((d) => `${d.firstId}|${d.secondId}`).sort();
  return found;
}

/** Two regional offices that are one and the same up to now (a copy of the database file). */
async function twinRegionalOffices(): Promise<[Office, Office]> {
  const first = await office('PIE', 'ufficio_regionale');
  const twin = await twinOf(first, temporaryFolder());
  harnesses.push(twin.h);
  return [first, twin];
}

function importWith(o: Office, bundle: Buffer, hooks: ImportHooks) {
  const ctx = adminWriteCtx(o.h.core.state);
  return importBundle(ctx, receiveWhole(ctx, bundle), true, hooks);
}

describe('a large import builds the indexes at the end', () => {
  it('leaves the same records, searches, skills and proposed merges as an import row by row, with every index back', async () => {
    const shared = nextPerson();
    const torino = await desk('TO01', 'Bianchi', 4, shared);
    // Alba brings more than the regional office holds after Torino: its tables also take the bulk path, though not empty.
    const alba = await desk('CN02', 'Ferrero', 9, shared);
    const bundles = [await exportBundle(torino), await exportBundle(alba)];

    const [bulk, rowByRow] = await twinRegionalOffices();
    const schema = indexes(bulk.h.core.state.database.sqlite);
    for (const bundle of bundles) {
      expect(importWith(bulk, bundle, BULK).totals).toEqual(importWith(rowByRow, bundle, ROW_BY_ROW).totals);
    }

    for (const o of [bulk, rowByRow]) {
      const sqlite = o.h.core.state.database.sqlite;
      expect(indexes(sqlite), 'every index is back, as the schema makes it').toEqual(schema);
      expect(sqlite.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      checkSearchIndexes(sqlite);
    }
    expect(exchangedState(bulk.h.core.state.database.sqlite)).toEqual(exchangedState(rowByRow.h.core.state.database.sqlite));
    const words = ['bianchi', 'ferrerob', 'nuoto', 'moncalieri', 'polisportiva', 'ferrero', shared.lastName.toLowerCase()];
    const found = await whatAnOperatorFinds(bulk, words);
    expect(found).toEqual(await whatAnOperatorFinds(rowByRow, words));
    // Not vacuous: the searches find what the desks wrote, and the person registered at both desks is proposed once.
    expect(found['candidati:bianchi']).toHaveLength(4);
    expect(found['candidati:ferrerob']).toHaveLength(1);
    expect(found['associazioni:moncalieri'], 'by the comune of an operating site').toHaveLength(2);
    expect(found['fabbisogni:nuoto']).toHaveLength(6);
    expect(found.doppioni).toHaveLength(1);
    // The skills in use, counted over both desks' people (the one registered twice counts twice until merged).
    expect(found['competenze:m']).toContain('Magazzino|13');
    expect(found['competenze:l']).toEqual(expect.arrayContaining(['Lingua Bianchi|4', 'Lingua Ferrero|9']));
    expect(found['competenze:c']).toContain('Contabilità|2');
  }, 120_000);

  it('keeps searching right after a later import updates records that arrived in bulk', async () => {
    const torino = await desk('TO01', 'Bianchi', 3);
    const region = await office('PIE', 'ufficio_regionale');
    importWith(region, await exportBundle(torino), BULK);
    const person = (await torino.h.ok('candidates.list', { query: 'bianchia', pageSize: 10 }, torino.admin)).items[0]!;
    const profile = await torino.h.ok('candidates.get', { id: person.id }, torino.admin);
    await torino.h.ok('candidates.update', { id: person.id, hlc: profile.hlc, data: { ...profile, lastName: 'Verdini' } }, torino.admin);
    importWith(region, await exportBundle(torino), BULK);

    const ids = async (query: string) => (await region.h.ok('candidates.list', { query, pageSize: 10 }, region.admin)).items.map((c) => c.id);
    expect(await ids('verdini')).toEqual([person.id]);
    expect(await ids('bianchia')).toEqual([]);
    checkSearchIndexes(region.h.core.state.database.sqlite);
  }, 120_000);

  it('after a failure half-way, the database is byte for byte as before, its indexes included', async () => {
    const torino = await desk('TO01', 'Bianchi', 4);
    const bundle = await exportBundle(torino);
    const region = await office('PIE', 'ufficio_regionale');
    const before = fingerprint(region.h);
    const schema = indexes(region.h.core.state.database.sqlite);
    expect(() =>
      importWith(region, bundle, {
        ...BULK,
        afterRecord: (count) => {
          if (count === 8) throw new Error('guasto simulato a metà importazione');
        },
      }),
    ).toThrow(/guasto simulato/);
    expect(fingerprint(region.h)).toEqual(before);
    expect(indexes(region.h.core.state.database.sqlite)).toEqual(schema);
    // And the same file imports afterwards.
    expect(importWith(region, bundle, BULK).totals.new).toBeGreaterThan(8);
  }, 120_000);

  it('killed half-way through a bulk import, the next start finds every index and the records as before', async () => {
    const torino = await desk('TO01', 'Bianchi', 4);
    const bundle = await exportBundle(torino);
    const region = await office('PIE', 'ufficio_regionale');
    const sqlite = region.h.core.state.database.sqlite;
    checkpoint(sqlite);
    const before = dumpDatabase(sqlite);
    const schema = indexes(sqlite);
    const dataDir = temporaryFolder();
    copyFileSync(join(region.h.dataDir, DATABASE_FILE), join(dataDir, DATABASE_FILE));
    const work = temporaryFolder();
    const bundlePath = join(work, 'scambio.exar');
    writeFileSync(bundlePath, bundle);
    const marker = join(work, 'in-mezzo.txt');

    const child = spawn(process.execPath, ['--import', 'tsx', IMPORT_CHILD, dataDir, bundlePath, marker, '10', '1'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 90_000;
    while (!existsSync(marker)) {
      if (child.exitCode !== null) throw new Error(`the import child ended (code ${child.exitCode}) before the marker:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`no marker in time:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const { indexesWhileImporting } = JSON.parse(readFileSync(marker, 'utf8')) as { indexesWhileImporting: number };
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // Not vacuous: the child had dropped indexes inside its transaction when it died.
    expect(indexesWhileImporting).toBeLessThan(schema.length);

    const h = createHarness({ dataDir });
    harnesses.push(h);
    const reopened = h.core.state.database.sqlite;
    expect(reopened.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(indexes(reopened)).toEqual(schema);
    expect(dumpDatabase(reopened)).toEqual(before);
  }, 150_000);
});
