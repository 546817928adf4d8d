/**
 * The regional exchange against bad input: a file cut short, the wrong key, a changed byte anywhere,
 * a zip that is not a bundle, a newer version, the same file twice, files in the wrong order, a file
 * sent to the wrong office, the disk filling up and the process dying half-way through an import.
 * Each is refused with an Italian sentence that says what to do (or, for the last ones, done right),
 * and the regional office's database is, byte for byte, what it was before.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from '../../electron/core/api/errors';
import { DATABASE_FILE } from '../../electron/core/core';
import { CONTAINER_VERSION } from '../../electron/core/exchange/crypto';
import { MANIFEST_PART } from '../../electron/core/exchange/manifest';
import { memoryLogger } from '../../electron/core/log';
import { importBundle } from '../../electron/core/services/exchange/import';
import { EXCHANGE_IN_FOLDER, uploadPath } from '../../electron/core/services/exchange/uploads';
import { createHarness, type Harness } from '../support/core-harness';
import { dumpDatabase, exchangedState, fingerprint } from '../support/db-fingerprint';
import { flipByte, headerValueAt, layoutOf, openBundle, resealed, seal, withManifest, withUnknownTable } from '../support/exchange-bundles';
import { adminWriteCtx, receiveWhole } from '../support/exchange-import';
import { exportBundle, importInto, openOffice, twinOf, preview, upload, type Office } from '../support/exchange-offices';
import { associationInput, candidateInput, needInput } from '../support/fixtures';

const REPO = join(__dirname, '..', '..');
const IMPORT_CHILD = join(REPO, 'tests', 'support', 'import-child.ts');

// What the operator reads: what went wrong, and what to do about it.
const CUT = [/incompleto/, /inviare di nuovo/];
const ALTERED = [/alterato o si è danneggiato/, /non è stato importato nulla/, /inviare di nuovo/];
const WRONG_KEY = [/chiave di scambio/, /frase segreta/, /impronta della chiave/];
const NOT_EXAR = [/non è un file di scambio/, /scelto quello giusto/];
const NO_INDEX = [/non contiene un pacchetto di scambio valido/, /esportare di nuovo/];
const INDEX_MISMATCH = [/non corrisponde al suo indice/, /esportare di nuovo/];
const NEWER = [/versione più recente/, /aggiorna l’applicazione/];
const UNKNOWN_DATA = [/non conosce/, /aggiorna l’applicazione/];
const SAME_OFFICE = [/stesso ufficio/, /si importa nell’ufficio regionale/];
const WRONG_KIND = [/dati dello sportello TO01/, /si importa nell’applicazione dell’ufficio regionale, non in uno sportello/];
const DISK_FULL = [/disco è pieno/, /libera spazio/, /Nessun dato è stato modificato/];
/** Any of the sentences a damaged container can get: each says what to do. */
const ANY_DAMAGE = /alterato|incompleto|non è un file di scambio|versione più recente|chiave di scambio/;

const opened: Office[] = [];
const harnesses: Harness[] = [];
const folders: string[] = [];
const children: ChildProcess[] = [];

async function office(code: string, kind: 'sportello' | 'ufficio_regionale' = 'sportello'): Promise<Office> {
  const o = await openOffice(code, kind);
  opened.push(o);
  return o;
}

function temporaryFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'exar-bad-input-'));
  folders.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const o of opened.splice(0)) o.h.dispose();
  for (const h of harnesses.splice(0)) h.dispose();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Torino's desk with an association, a candidate and a need of that association; its first export; the regional office. */
async function deskAndRegion(open: (code: string, kind: 'sportello' | 'ufficio_regionale') => Promise<Office> = office): Promise<{ desk: Office; region: Office; bundle: Buffer }> {
  const desk = await open('TO01', 'sportello');
  const region = await open('PIE', 'ufficio_regionale');
  const association = await desk.h.ok('associations.create', associationInput({ name: 'Polisportiva Aurora' }), desk.admin);
  await desk.h.ok('candidates.create', candidateInput(), desk.admin);
  await desk.h.ok('needs.create', needInput(association.id), desk.admin);
  return { desk, region, bundle: await exportBundle(desk) };
}

/** Plain zips left in the work area: a bundle's clear content must never outlive the call that read it. */
function plainZipsLeft(o: Office): string[] {
  const dir = join(o.h.dataDir, EXCHANGE_IN_FOLDER);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.zip')) : [];
}

/**
 * «Verifica» and «Importa» both refuse the file with a message matching every one of `expected`,
 * and the database is exactly as before. Returns the message.
 */
async function expectRefused(o: Office, bytes: Buffer, expected: RegExp[]): Promise<string> {
  const before = fingerprint(o.h);
  const previewed = await o.h.call('exchange.preview', { uploadId: await upload(o, bytes) }, o.admin);
  const imported = await o.h.call('exchange.import', { uploadId: await upload(o, bytes), registerOffice: true }, o.admin);
  const messages: string[] = [];
  for (const [what, result] of [['preview', previewed], ['import', imported]] as const) {
    if (result.ok) throw new Error(`the ${what} accepted the file`);
    expect(result.error.message, `${what}: not the generic error`).not.toMatch(/imprevisto/);
    for (const pattern of expected) expect(result.error.message, what).toMatch(pattern);
    messages.push(result.error.message);
  }
  expect(messages[1], 'the same words for preview and import').toBe(messages[0]);
  expect(plainZipsLeft(o)).toEqual([]);
  expect(fingerprint(o.h)).toEqual(before);
  return messages[0]!;
}

/** Two regional offices that are one and the same up to now (a copy of the database file). */
async function twinRegionalOffices(): Promise<[Office, Office]> {
  const first = await office('PIE', 'ufficio_regionale');
  const twin = await twinOf(first, temporaryFolder());
  harnesses.push(twin.h);
  return [first, twin];
}

async function pendingAt(o: Office): Promise<number> {
  return (await o.h.ok('exchange.status', {}, o.admin)).pending;
}

/** The way better-sqlite3 reports a full disk. */
function diskFull(): Error {
  return new BetterSqlite3.SqliteError('database or disk is full', 'SQLITE_FULL');
}

/** Waits (polling, not sleeping a fixed time) for the child to write `marker`; fails if it ends first. */
async function waitForMarker(child: ChildProcess, marker: string, stderr: () => string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(marker)) {
    if (child.exitCode !== null) throw new Error(`the import child ended (code ${child.exitCode}) before the marker:\n${stderr()}`);
    if (Date.now() > deadline) throw new Error(`no marker after ${timeoutMs} ms:\n${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return readFileSync(marker, 'utf8');
}

describe('regional exchange: bad input is refused and leaves the database as it was', () => {
  it('refuses a file cut short — inside the header, in the middle, just before the trailer — as incomplete', async () => {
    const { region, bundle } = await deskAndRegion();
    const { headerStart, bodyEnd, size } = layoutOf(bundle);
    for (const length of [headerStart + 20, Math.floor(size / 2), bodyEnd, size - 1]) {
      await expectRefused(region, bundle.subarray(0, length), CUT);
    }
  });

  it('refuses a file sealed with another passphrase, saying the keys differ and how to check them', async () => {
    const { region, bundle } = await deskAndRegion();
    const other = 'un’altra frase segreta, non quella dello sportello';
    await region.h.ok('exchange.setPassphrase', { passphrase: other, confirm: other }, region.admin);
    await expectRefused(region, bundle, WRONG_KEY);
  });

  it('refuses a file with one byte changed at a random place, whatever the place and the change (property)', async () => {
    const { region, bundle } = await deskAndRegion();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bundle.length - 1 }), fc.integer({ min: 1, max: 255 }), async (position, mask) => {
        await expectRefused(region, flipByte(bundle, position, mask), [ANY_DAMAGE]);
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  describe('names a changed byte for what it is: the file was altered, fetch it again', () => {
    // One desk and one regional office for all: a refusal changes nothing, and each case checks it.
    let shared: { desk: Office; region: Office; bundle: Buffer };
    beforeAll(async () => {
      shared = await deskAndRegion(openOffice);
    });
    afterAll(() => {
      shared.desk.h.dispose();
      shared.region.h.dispose();
    });

    // Where the byte is, and how to find it in the file.
    const places: [string, (bytes: Buffer) => number][] = [
      ['the version byte (1 → 0)', (b) => layoutOf(b).version],
      ['a letter of the bundle kind in the clear header', (b) => headerValueAt(b, 'kind') + 1],
      ['the sender office’s name in the clear header', (b) => headerValueAt(b, 'name') + 3],
      ['the export id in the clear header', (b) => headerValueAt(b, 'exportId') + 3],
      ['the creation time in the clear header', (b) => headerValueAt(b, 'createdAt') + 3],
      ['the salt in the clear header', (b) => headerValueAt(b, 'salt') + 3],
      ['the iv in the clear header', (b) => headerValueAt(b, 'iv') + 3],
      ['the key check in the clear header', (b) => headerValueAt(b, 'keyCheck') + 3],
      ['the first byte of the encrypted body', (b) => layoutOf(b).bodyStart],
      ['the middle of the encrypted body', (b) => Math.floor((layoutOf(b).bodyStart + layoutOf(b).bodyEnd) / 2)],
      ['the last byte of the encrypted body', (b) => layoutOf(b).bodyEnd - 1],
      ['the authentication tag', (b) => layoutOf(b).bodyEnd + 7],
      ['the body length in the trailer', (b) => layoutOf(b).tagEnd + 7],
    ];
    it.each(places)('%s', async (_place, at) => {
      await expectRefused(shared.region, flipByte(shared.bundle, at(shared.bundle)), ALTERED);
    });

    it('a changed mark at the very start or end reads as "not an exchange file" or "incomplete": both say what to do', async () => {
      await expectRefused(shared.region, flipByte(shared.bundle, 0), NOT_EXAR);
      await expectRefused(shared.region, flipByte(shared.bundle, shared.bundle.length - 1), CUT);
    });
  });

  it('refuses a plain zip renamed .exar as not an exchange file', async () => {
    const { region } = await deskAndRegion();
    const zip = zipSync({ 'manifest.json': Buffer.from('{"format":"exar-scambio"}'), 'tabelle/associations.ndjson': Buffer.from('{}\n') });
    await expectRefused(region, Buffer.from(zip), NOT_EXAR);
  });

  it('refuses a correctly sealed zip without manifest.json, or with a part its manifest does not list', async () => {
    const { region, bundle } = await deskAndRegion();
    const original = await openBundle(bundle);
    const { [MANIFEST_PART]: _manifest, ...withoutManifest } = original.parts;
    await expectRefused(region, await resealed(original, withoutManifest), NO_INDEX);
    await expectRefused(region, await resealed(original, { ...original.parts, 'tabelle/extra.ndjson': Buffer.from('{"row":{},"seen":null}\n') }), INDEX_MISMATCH);
    // Something that is not a zip at all, under a good seal.
    await expectRefused(region, await seal(Buffer.from('questo non è uno zip'), original.header), NO_INDEX);
  });

  it('refuses a bundle from a newer version of the app: container, format, database schema, unknown data', async () => {
    const { region, bundle } = await deskAndRegion();
    const newerContainer = Buffer.from(bundle);
    newerContainer[layoutOf(bundle).version] = CONTAINER_VERSION + 1;
    await expectRefused(region, newerContainer, NEWER);
    await expectRefused(region, await withManifest(bundle, (m) => (m.formatVersion = Number(m.formatVersion) + 1)), NEWER);
    await expectRefused(region, await withManifest(bundle, (m) => (m.schemaVersion = Number(m.schemaVersion) + 1)), NEWER);
    const futureRow = { row: { id: 'r1', hlc: '000000000000001:000000:TO01', site_id: 's1' }, seen: null };
    await expectRefused(region, await withUnknownTable(bundle, 'tabella_futura', `${JSON.stringify(futureRow)}\n`), UNKNOWN_DATA);
  });

  it('imports the same bundle once: played again it says when it was imported and changes nothing', async () => {
    const { region, bundle } = await deskAndRegion();
    const first = await importInto(region, bundle);
    expect(first.alreadyImportedAt).toBeNull();
    expect(first.totals.new).toBeGreaterThan(0);
    const imported = fingerprint(region.h);
    const [log] = await region.h.ok('exchange.imports', {}, region.admin);

    const seen = await preview(region, bundle);
    expect(seen.alreadyImportedAt).toBe(log!.at);
    const again = await importInto(region, bundle);
    expect(again.alreadyImportedAt).toBe(log!.at);
    expect(again.totals).toEqual({ new: 0, updated: 0, unchanged: 0, conflicts: 0, duplicates: 0, pending: 0 });
    expect(fingerprint(region.h)).toEqual(imported);
  });

  it('reaches the same end state whatever the order: a need that arrives before its association waits, then applies', async () => {
    const desk = await office('TO01');
    const association = await desk.h.ok('associations.create', associationInput({ name: 'Circolo Dora' }), desk.admin);
    const first = await exportBundle(desk);
    const need = await desk.h.ok('needs.create', needInput(association.id), desk.admin);
    await desk.h.ok('candidates.create', candidateInput(), desk.admin);
    const second = await exportBundle(desk);
    const [inOrder, reversed] = await twinRegionalOffices();

    await importInto(inOrder, first);
    await importInto(inOrder, second);
    expect(await pendingAt(inOrder)).toBe(0);

    const early = await importInto(reversed, second);
    expect(early.totals.pending).toBeGreaterThan(0);
    expect(await pendingAt(reversed)).toBe(early.totals.pending);
    expect((await reversed.h.call('needs.get', { id: need.id }, reversed.admin)).ok).toBe(false);
    const late = await importInto(reversed, first);
    expect(late.appliedFromPending).toBe(early.totals.pending);
    expect(await pendingAt(reversed)).toBe(0);
    expect((await reversed.h.ok('needs.get', { id: need.id }, reversed.admin)).associationId).toBe(association.id);

    expect(exchangedState(reversed.h.core.state.database.sqlite)).toEqual(exchangedState(inOrder.h.core.state.database.sqlite));
  });

  it('refuses a desk’s own export at that desk, and a desk’s data at another desk', async () => {
    const { desk, bundle } = await deskAndRegion();
    await expectRefused(desk, bundle, SAME_OFFICE);
    const otherDesk = await office('CN01');
    await expectRefused(otherDesk, bundle, WRONG_KIND);
  });

  it('rolls back a write failure in the middle of an import (first, middle, last record) and the same upload imports afterwards', async () => {
    const { region, bundle } = await deskAndRegion();
    const records = (await preview(region, bundle)).totals.new;
    expect(records).toBeGreaterThanOrEqual(3);
    const ctx = adminWriteCtx(region.h.core.state);
    const uploadId = receiveWhole(ctx, bundle);
    for (const failAt of [1, Math.ceil(records / 2), records]) {
      const before = fingerprint(region.h);
      let thrown: unknown = null;
      try {
        importBundle(ctx, uploadId, true, {
          afterRecord: (count) => {
            if (count === failAt) throw diskFull();
          },
        });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `failure after record ${failAt}`).toBeInstanceOf(BetterSqlite3.SqliteError);
      // What the dispatcher would send the screen for it.
      for (const pattern of DISK_FULL) expect(toApiError(thrown, 'exchange.import', memoryLogger()).message).toMatch(pattern);
      expect(fingerprint(region.h), `after a failure at record ${failAt}`).toEqual(before);
      expect(plainZipsLeft(region)).toEqual([]);
      expect(existsSync(uploadPath(ctx, uploadId))).toBe(true);
    }

    const done = await region.h.ok('exchange.import', { uploadId, registerOffice: true }, region.admin);
    expect(done.totals.new).toBe(records);
    expect((await region.h.ok('associations.list', { query: 'aurora' }, region.admin)).total).toBe(1);
  });

  it('refuses an import when the disk fills up half-way, with nothing written, and imports once there is room', async () => {
    const desk = await office('TO01');
    const region = await office('PIE', 'ufficio_regionale');
    const association = await desk.h.ok('associations.create', associationInput({ name: 'Polisportiva Aurora' }), desk.admin);
    await desk.h.ok('needs.create', needInput(association.id), desk.admin);
    const experiences = Array.from({ length: 5 }, () => ({ role: 'Magazziniere', description: 'Carico e scarico merci. '.repeat(40) }));
    for (let i = 0; i < 40; i++) await desk.h.ok('candidates.create', candidateInput({ experiences }), desk.admin);
    const bundle = await exportBundle(desk);

    // The database may not grow by one page: SQLite itself reports the disk full, mid-transaction.
    const sqlite = region.h.core.state.database.sqlite;
    expect(sqlite.pragma('freelist_count', { simple: true }), 'free pages would hide the full disk').toBeLessThan(5);
    const room = sqlite.pragma('max_page_count', { simple: true }) as number;
    const uploadId = await upload(region, bundle);
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
    try {
      const before = fingerprint(region.h);
      // «Verifica» writes nothing, so it still works.
      expect((await region.h.ok('exchange.preview', { uploadId }, region.admin)).totals.new).toBeGreaterThan(40);
      const refused = await region.h.call('exchange.import', { uploadId, registerOffice: true }, region.admin);
      if (refused.ok) throw new Error('the import fitted in a full disk');
      for (const pattern of DISK_FULL) expect(refused.error.message).toMatch(pattern);
      expect(plainZipsLeft(region)).toEqual([]);
      expect(fingerprint(region.h)).toEqual(before);
    } finally {
      sqlite.pragma(`max_page_count = ${room}`);
    }

    const done = await region.h.ok('exchange.import', { uploadId, registerOffice: true }, region.admin);
    expect(done.totals.new).toBeGreaterThan(40);
  });

  it('after the process is killed in the middle of an import, the next start finds the database as before and the import works', async () => {
    const { region, bundle } = await deskAndRegion();
    const records = (await preview(region, bundle)).totals.new;
    const before = fingerprint(region.h).dump;
    // The regional office's folder as it is now (the checkpoint above put everything in the file), for a process of its own.
    const dataDir = temporaryFolder();
    copyFileSync(join(region.h.dataDir, DATABASE_FILE), join(dataDir, DATABASE_FILE));
    const work = temporaryFolder();
    const bundlePath = join(work, 'scambio.exar');
    writeFileSync(bundlePath, bundle);
    const marker = join(work, 'in-mezzo.txt');

    const child = spawn(process.execPath, ['--import', 'tsx', IMPORT_CHILD, dataDir, bundlePath, marker, String(Math.ceil(records / 2))], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const { uploadId, walBefore, walNow } = JSON.parse(await waitForMarker(child, marker, () => stderr, 60_000)) as { uploadId: string; walBefore: number; walNow: number };
    child.kill('SIGKILL');
    // The import's pages had reached the disk, uncommitted: what the next start must ignore.
    expect(walNow).toBeGreaterThan(walBefore);
    expect(await exited).toBe('SIGKILL');

    const h = createHarness({ dataDir });
    harnesses.push(h);
    expect(h.core.state.database.sqlite.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(dumpDatabase(h.core.state.database.sqlite)).toEqual(before);

    const admin = await h.sessionAs('amministratore');
    const done = await h.ok('exchange.import', { uploadId, registerOffice: true }, admin);
    expect(done.totals.new).toBe(records);
    expect((await h.ok('associations.list', { query: 'aurora' }, admin)).total).toBe(1);
  }, 90_000);
});
