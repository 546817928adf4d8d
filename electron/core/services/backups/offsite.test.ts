/**
 * The second folder from the app (decision 0028), through the handler table: the administrator sets
 * it with a passphrase typed twice (too short, different or a folder that is not there are refused in
 * Italian); the passphrase is stored nowhere, the key is; a copy taken then is listed in the second
 * folder too; removing the folder stops the copies and leaves the files; an operator can do none of it.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { offsiteFolder, takeBackupNow } from '../../../../tests/support/backups';
import { candidateInput } from '../../../../tests/support/fixtures';

const PASSPHRASE = 'una frase per la chiavetta';

let h: Harness;
let admin: string;
let folder: string;

beforeAll(async () => {
  h = createHarness();
  await h.setup();
  admin = await h.sessionAs('amministratore');
  folder = offsiteFolder(h);
});
afterAll(() => {
  h.dispose();
  rmSync(folder, { recursive: true, force: true });
});

async function waitForSecondCopy(name: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const list = await h.ok('backups.list', {}, admin);
    if (list.offsite.running === null && list.offsite.items.some((c) => c.name === name)) return;
    if (list.offsite.running === null && list.offsite.lastFailure) throw new Error(list.offsite.lastFailure.message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('second copy not written within 10 s');
}

describe('the second folder from the app', () => {
  it('refuses a short or repeated-wrong passphrase and a folder that is not there or is the data folder, in Italian', async () => {
    const short = await h.call('backups.setOffsite', { folder, passphrase: 'corta', confirm: 'corta' }, admin);
    expect(short.ok ? 'ok' : short.error.issues).toEqual([{ path: 'passphrase', message: expect.stringMatching(/^La frase segreta deve avere almeno 12 caratteri/) as unknown }]);
    const different = await h.call('backups.setOffsite', { folder, passphrase: PASSPHRASE, confirm: `${PASSPHRASE}!` }, admin);
    expect(different.ok ? 'ok' : different.error.issues).toEqual([{ path: 'confirm', message: 'Le due frasi non coincidono' }]);
    const missing = await h.call('backups.setOffsite', { folder: join(folder, 'non-collegata'), passphrase: PASSPHRASE, confirm: PASSPHRASE }, admin);
    expect(missing.ok ? 'ok' : missing.error.issues?.[0]?.message).toMatch(/non esiste o non è raggiungibile: collega il disco USB/);
    mkdirSync(join(h.dataDir, 'dentro'), { recursive: true });
    const inside = await h.call('backups.setOffsite', { folder: join(h.dataDir, 'dentro'), passphrase: PASSPHRASE, confirm: PASSPHRASE }, admin);
    expect(inside.ok ? 'ok' : inside.error.issues?.[0]?.message).toMatch(/fuori dalla cartella dei dati/);
    const relative = await h.call('backups.setOffsite', { folder: 'copie', passphrase: PASSPHRASE, confirm: PASSPHRASE }, admin);
    expect(relative.ok ? 'ok' : relative.error.issues?.[0]?.message).toMatch(/percorso completo/);
    expect((await h.ok('backups.list', {}, admin)).offsite.configured).toBe(false);
  });

  it('sets the folder keeping the key, never the passphrase; each copy then goes there encrypted and is listed', async () => {
    const set = await h.ok('backups.setOffsite', { folder, passphrase: PASSPHRASE, confirm: PASSPHRASE }, admin);
    expect(set).toMatchObject({ configured: true, folder, reachable: true, items: [], lastFailure: null });
    const sqlite = h.core.state.database.sqlite;
    const stored = (sqlite.prepare("SELECT value FROM settings WHERE key = 'backups.secondaCopia'").get() as { value: string }).value;
    expect(Object.keys(JSON.parse(stored) as object).sort()).toEqual(['folder', 'kdf', 'key', 'keyCheck', 'setAt']);
    // Nowhere in the database: not in the settings, not in the audit line.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(h.dataDir, 'exar.sqlite')).includes(Buffer.from(PASSPHRASE))).toBe(false);
    const audit = sqlite.prepare("SELECT changes FROM audit_log WHERE changes LIKE '%secondaCartellaCopie%'").all() as { changes: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).not.toContain(PASSPHRASE);

    await h.ok('candidates.create', candidateInput(), admin);
    const name = await takeBackupNow(h, admin);
    await waitForSecondCopy(name);
    const list = await h.ok('backups.list', {}, admin);
    expect(list.offsite.items[0]).toMatchObject({ name });
    expect(list.offsite.items[0]!.size).toBeGreaterThan(0);
    expect(list.offsite.lastSuccess?.name).toBe(name);
    expect(readFileSync(join(folder, `${name}.exarbak`)).subarray(0, 8).toString()).toBe('EXARBACK');
  });

  it('an unreachable folder shows on the page as a warning with the last success; the local copy is listed', async () => {
    rmSync(folder, { recursive: true, force: true });
    const name = await takeBackupNow(h, admin);
    let list = await h.ok('backups.list', {}, admin);
    for (let i = 0; i < 500 && (list.offsite.running !== null || !list.offsite.lastFailure); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      list = await h.ok('backups.list', {}, admin);
    }
    expect(list.items.map((b) => b.name)).toContain(name);
    expect(list.lastFailure).toBeNull();
    expect(list.offsite).toMatchObject({ configured: true, reachable: false, items: [] });
    expect(list.offsite.lastFailure?.message).toMatch(/non è raggiungibile/);
    expect(list.offsite.lastSuccess).not.toBeNull();
    mkdirSync(folder);
  });

  it('removing the folder stops the copies; an operator can neither set nor remove it', async () => {
    const operator = await h.sessionAs('operatore');
    for (const [method, input] of [
      ['backups.setOffsite', { folder, passphrase: PASSPHRASE, confirm: PASSPHRASE }],
      ['backups.removeOffsite', {}],
    ] as const) {
      const result = await h.call(method, input as never, operator);
      expect(result.ok ? 'ok' : result.error.code, method).toBe('FORBIDDEN');
    }
    const removed = await h.ok('backups.removeOffsite', {}, admin);
    expect(removed).toMatchObject({ configured: false, folder: null });
    await takeBackupNow(h, admin);
    expect((await h.ok('backups.list', {}, admin)).offsite.running).toBeNull();
  });
});
