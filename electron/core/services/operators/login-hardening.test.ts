/**
 * Logins under attack (decision 0023): a wrong password costs the caller, not every other operator;
 * a username tried too often waits, the same for a real and a made-up one; every refused login and
 * unlock is in the audit log, without the password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeChanges } from '../audit/changes-codec';
import type { ApiError, ApiResult } from '@shared/api/errors';
import { ADMIN, createHarness } from '../../../../tests/support/core-harness';

const WRONG = { code: 'UNAUTHENTICATED', message: 'Nome utente o password non corretti.' };
const wait = (minutes: number): ApiError => ({
  code: 'UNAUTHENTICATED',
  message: `Troppi tentativi non riusciti con questo nome utente: per sicurezza ${minutes === 1 ? 'riprova tra un minuto' : `riprova tra ${minutes} minuti`}.`,
  details: { retryAfterMinutes: minutes },
});

function errorOf<T>(result: ApiResult<T>): ApiError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

interface AuditRow {
  operator_id: string | null;
  operator_name: string;
  entity_id: string;
  action: string;
  changes: string;
  at: string;
}

describe('a wrong password does not slow down everyone else', () => {
  const h = createHarness();
  let operator: string;
  beforeAll(async () => {
    await h.setup();
    operator = await h.sessionAs('operatore');
  });
  afterAll(() => h.dispose());

  it('while four wrong logins are being checked, another session’s read is answered first', async () => {
    const order: string[] = [];
    // Four names, so the back-off (tested below) plays no part: each login really hashes a password.
    const logins = ['admin', 'operatore', 'nessuno', 'altro'].map((username, i) =>
      h.call('auth.login', { username, password: `password-sbagliata-${i}` }).then((r) => {
        order.push(`login ${username}`);
        return r;
      }),
    );
    // Another operator's call arrives as the next event, as a request from another window would.
    const read = new Promise<ApiResult<unknown>>((resolve) => setImmediate(() => resolve(h.call('associations.list', {}, operator)))).then((r) => {
      order.push('read');
      return r;
    });
    const [answered, ...refused] = await Promise.all([read, ...logins]);
    expect(answered!.ok).toBe(true);
    for (const r of refused) expect(errorOf(r!)).toEqual(WRONG);
    expect(order[0]).toBe('read');
  });
});

describe('back-off per username', () => {
  let clock = Date.parse('2026-03-02T08:00:00Z');
  const later = (ms: number) => {
    clock += ms;
  };
  const h = createHarness({ now: () => new Date(clock) });
  /** A session of the administrator's own: the clock moves past the idle lock between tests. */
  const admin = () => h.login(ADMIN.username, ADMIN.password);
  const login = (username: string, password: string) => h.call('auth.login', { username, password });
  const audit = (): AuditRow[] =>
    h.core.state.database.sqlite
      .prepare("SELECT operator_id, operator_name, entity_id, action, changes, at FROM audit_log WHERE entity = 'operators' AND action = 'login' ORDER BY at, hlc")
      .all() as AuditRow[];

  beforeAll(async () => {
    await h.setup();
    await h.sessionAs('operatore');
  });
  afterAll(() => h.dispose());

  it('after five wrong passwords the username waits a minute, even with the right password; a real and a made-up name alike', async () => {
    for (const username of ['admin', 'nessuno-qui']) {
      const answers: ApiError[] = [];
      for (let i = 0; i < 5; i++) answers.push(errorOf(await login(username, `password-sbagliata-${i}`)));
      expect(answers).toEqual([WRONG, WRONG, WRONG, WRONG, wait(1)]);
      const password = username === 'admin' ? ADMIN.password : 'qualsiasi-password';
      expect(errorOf(await login(username, password))).toEqual(wait(1));
    }
    // Another username is not held up by them.
    expect((await login('operatore', 'password-operatore-1')).ok).toBe(true);

    later(61_000);
    expect((await login('admin', ADMIN.password)).ok).toBe(true);
    // The right password cleared the count: one more mistake is only a mistake.
    expect(errorOf(await login('admin', 'password-sbagliata'))).toEqual(WRONG);
    expect((await login('admin', ADMIN.password)).ok).toBe(true);
  });

  it('each further failure doubles the wait; a quiet quarter of an hour after it starts the count again', async () => {
    for (let i = 0; i < 5; i++) await login('coordinatore', `password-sbagliata-${i}`);
    later(61_000);
    expect(errorOf(await login('coordinatore', 'password-sbagliata-5'))).toEqual(wait(2));
    later(2 * 60_000 + 1000);
    expect(errorOf(await login('coordinatore', 'password-sbagliata-6'))).toEqual(wait(4));
    later(30_000);
    expect(errorOf(await login('coordinatore', 'password-sbagliata-7'))).toEqual(wait(4));

    later(4 * 60_000 + 16 * 60_000);
    expect(errorOf(await login('coordinatore', 'password-sbagliata-8'))).toEqual(WRONG);
  });

  it('a burst of attempts sent at once checks no more passwords than the limit', async () => {
    const before = audit().length;
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login('raffica', `password-sbagliata-${i}`)));
    // Each attempt is counted before its password is checked, so the fifth starts the wait for all.
    expect(answers.map(errorOf)).toEqual(Array<ApiError>(20).fill(wait(1)));
    // Five checked and refused, then one line for the wait, however many more were refused.
    const rows = audit().slice(before).map((r) => decodeChanges('audit_log.changes', r.changes));
    expect(rows.map((c) => c.find((x) => x.field === 'outcome')!.after).sort()).toEqual([
      ...Array<string>(5).fill('non riuscito: utente inesistente o disattivato'),
      'rifiutato: troppi tentativi',
    ]);
  });

  it('an administrator’s reset of the password lets the operator in at once', async () => {
    const session = await admin();
    const target = (await h.ok('operators.list', {}, session)).find((o) => o.username === 'operatore')!;
    for (let i = 0; i < 5; i++) await login('operatore', `password-sbagliata-${i}`);
    expect(errorOf(await login('operatore', 'password-operatore-1'))).toEqual(wait(1));
    await h.ok('operators.resetPassword', { id: target.id, password: 'password-operatore-2', passwordConfirm: 'password-operatore-2' }, session);
    expect((await login('operatore', 'password-operatore-2')).ok).toBe(true);
  });

  it('refused logins are in the audit log: when, which username, the outcome, on the operator’s record; never the password', async () => {
    const session = await admin();
    const adminId = (await h.ok('auth.me', {}, session)).operator.id;
    const at = new Date(clock).toISOString();
    await login('admin', 'una-password-segreta-1');
    await login('chi-sara', 'una-password-segreta-2');
    const [wrongPassword, unknown] = audit().slice(-2);
    expect(wrongPassword).toMatchObject({ operator_id: null, operator_name: 'Schermata di accesso', entity_id: adminId, action: 'login', at });
    expect(decodeChanges('audit_log.changes', wrongPassword!.changes)).toEqual([
      { field: 'outcome', before: null, after: 'non riuscito: password errata' },
      { field: 'username', before: null, after: 'admin' },
    ]);
    expect(unknown).toMatchObject({ operator_id: null, entity_id: 'sconosciuto' });
    expect(decodeChanges('audit_log.changes', unknown!.changes)).toContainEqual({ field: 'username', before: null, after: 'chi-sara' });
    // The administrator reads it in that operator's history.
    const history = await h.ok('audit.forRecord', { entity: 'operators', id: adminId }, session);
    expect(history.some((e) => e.changes.some((c) => c.after === 'non riuscito: password errata'))).toBe(true);

    const all = JSON.stringify(h.core.state.database.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(all).not.toContain('una-password-segreta');
    expect(all).not.toContain('password-sbagliata');
  });
});

describe('unlocking a session', () => {
  let clock = Date.parse('2026-03-02T08:00:00Z');
  const h = createHarness({ now: () => new Date(clock) });
  let operator: string;
  let operatorId: string;
  beforeAll(async () => {
    await h.setup();
    operator = await h.sessionAs('operatore');
    operatorId = (await h.ok('auth.me', {}, operator)).operator.id;
    clock += 20 * 60_000; // idle past the lock
  });
  afterAll(() => h.dispose());

  it('a wrong password is in the audit log under the operator of the session, without the password', async () => {
    const wrong = errorOf(await h.call('auth.unlock', { password: 'una-password-segreta-3' }, operator));
    expect(wrong.issues).toEqual([{ path: 'password', message: 'Password non corretta' }]);
    const row = h.core.state.database.sqlite
      .prepare("SELECT operator_id, operator_name, entity_id, changes FROM audit_log WHERE action = 'login' ORDER BY at DESC, hlc DESC LIMIT 1")
      .get() as AuditRow;
    expect(row).toMatchObject({ operator_id: operatorId, operator_name: 'Utente operatore', entity_id: operatorId });
    expect(decodeChanges('audit_log.changes', row.changes)).toContainEqual({ field: 'outcome', before: null, after: 'sblocco non riuscito: password errata' });
    expect(row.changes).not.toContain('una-password-segreta');
  });

  it('after five wrong passwords the unlock waits too, even with the right one', async () => {
    for (let i = 0; i < 3; i++) await h.call('auth.unlock', { password: `password-sbagliata-${i}` }, operator);
    const fifth = errorOf(await h.call('auth.unlock', { password: 'password-sbagliata-4' }, operator));
    expect(fifth.code).toBe('VALIDATION');
    expect(fifth.issues).toEqual([{ path: 'password', message: wait(1).message }]);
    expect(errorOf(await h.call('auth.unlock', { password: 'password-operatore-1' }, operator)).issues).toEqual([{ path: 'password', message: wait(1).message }]);
    clock += 61_000;
    await h.ok('auth.unlock', { password: 'password-operatore-1' }, operator);
    expect((await h.call('associations.list', {}, operator)).ok).toBe(true);
  });
});
