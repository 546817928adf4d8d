/**
 * «Copie di sicurezza» through the handler table on a real data folder (decision 0022): a copy taken
 * from the app is listed with its size and counts; a restore copies the current state first, brings
 * back what the copy held (a candidate deleted after it is there again, one created after it is
 * gone), restarts the core so every session ends; a wrong confirmation word is refused in Italian
 * and changes nothing; an operator can do none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CHANGED_EVENT, type BridgeEvent } from '@shared/api/bridge';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { takeBackupNow } from '../../../../tests/support/backups';
import { candidateInput, TINY_PDF } from '../../../../tests/support/fixtures';

let h: Harness;
let admin: string;
let operator: string;

beforeAll(async () => {
  h = createHarness();
  await h.setup();
  admin = await h.sessionAs('amministratore');
  operator = await h.sessionAs('operatore');
});
afterAll(() => h.dispose());

describe('backups from the app', () => {
  it('a copy taken now is listed with its date, size, counts, folder and schedule', async () => {
    const person = await h.ok('candidates.create', candidateInput(), admin);
    await h.ok('candidates.addAttachment', { candidateId: person.id, kind: 'cv', fileName: 'cv.pdf', contentBase64: TINY_PDF.toString('base64') }, admin);
    const name = await takeBackupNow(h, admin);
    const list = await h.ok('backups.list', {}, admin);
    const taken = list.items.find((b) => b.name === name)!;
    expect(taken).toMatchObject({ reason: 'manual', beforeMigration: false, files: 1, problems: 0 });
    expect(taken.counts.candidates).toBe(1);
    expect(taken.size).toBeGreaterThan(TINY_PDF.length);
    expect(Date.parse(taken.takenAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(list.folder).toBe(`${h.dataDir}/backups`);
    expect(list.retention).toEqual({ daily: 7, weekly: 4, monthly: 12 });
    expect(list.scheduled).toBe(true);
    expect(list.running).toBeNull();
    // Today has its copy now: the next daily one is on another (Italian) day.
    expect(Date.parse(list.nextBackupAt!)).toBeGreaterThan(Date.now());
  });

  it('an operator can neither see, take nor restore a copy', async () => {
    const name = (await h.ok('backups.list', {}, admin)).items[0]!.name;
    for (const [method, input] of [
      ['backups.list', {}],
      ['backups.create', {}],
      ['backups.restore', { name, confirm: 'RIPRISTINA' }],
    ] as const) {
      const result = await h.call(method, input as never, operator);
      expect(result.ok ? 'ok' : result.error.code, method).toBe('FORBIDDEN');
    }
  });

  it('a wrong confirmation word is refused in Italian and nothing is restored', async () => {
    const name = (await h.ok('backups.list', {}, admin)).items[0]!.name;
    const before = (await h.ok('backups.list', {}, admin)).items.length;
    const result = await h.call('backups.restore', { name, confirm: 'ripristino' }, admin);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues).toEqual([{ path: 'confirm', message: 'Scrivi RIPRISTINA per confermare il ripristino' }]);
    // No copy of the current state was taken, and the session is still the administrator's.
    expect((await h.ok('backups.list', {}, admin)).items.length).toBe(before);
    const unknown = await h.call('backups.restore', { name: 'exar-20000101-000000-000-000', confirm: 'RIPRISTINA' }, admin);
    expect(unknown.ok ? 'ok' : unknown.error).toEqual({ code: 'NOT_FOUND', message: 'Questa copia di sicurezza non esiste più: aggiorna l’elenco e scegline un’altra.' });
  });

  it('a restore copies the current state first, brings the copy back and ends every session', async () => {
    const kept = await h.ok('candidates.create', candidateInput({ lastName: 'Daripristinare' }), admin);
    const name = await takeBackupNow(h, admin);
    await h.ok('candidates.delete', { id: kept.id }, admin);
    const later = await h.ok('candidates.create', candidateInput({ lastName: 'Dopolacopia' }), admin);
    const events: BridgeEvent[] = [];
    const stop = h.core.onEvent((e) => events.push(e));

    const restored = await h.ok('backups.restore', { name, confirm: ' RIPRISTINA ' }, admin);
    stop();
    expect(restored).toMatchObject({ restored: name, movedToOrphans: 0, fileProblems: 0 });
    expect(restored.safetyBackup).not.toBeNull();
    expect(events.map((e) => e.type)).toContain(DATA_CHANGED_EVENT);

    // Every session ended with the old core: the administrator's and the operator's.
    for (const session of [admin, operator]) {
      const refused = await h.call('backups.list', {}, session);
      expect(refused.ok ? 'ok' : refused.error.code).toBe('UNAUTHENTICATED');
    }
    admin = await h.sessionAs('amministratore');
    expect((await h.ok('candidates.get', { id: kept.id }, admin)).deletedAt).toBeNull();
    const gone = await h.call('candidates.get', { id: later.id }, admin);
    expect(gone.ok ? 'ok' : gone.error.code).toBe('NOT_FOUND');

    // The state replaced is itself a copy, listed, holding the candidate created after the restored one.
    const list = await h.ok('backups.list', {}, admin);
    const safety = list.items.find((b) => b.name === restored.safetyBackup)!;
    const original = list.items.find((b) => b.name === name)!;
    expect(safety.reason).toBe('before-restore');
    expect(safety.counts.candidates).toBe(original.counts.candidates + 1);
    // The restored core takes copies again, by the same path.
    expect(await takeBackupNow(h, admin)).toMatch(/^exar-/);
  });
});
