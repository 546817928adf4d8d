/**
 * First start, login, roles, passwords, the idle lock and the office settings, through the real
 * handler table on a real SQLite file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '@shared/api/errors';
import { PERMISSIONS } from '@shared/api/permissions';
import type { SettingsInput } from '@shared/api/settings';
import { ADMIN, createHarness, SETUP_INPUT } from '../../../../tests/support/core-harness';
import { associationInput } from '../../../../tests/support/fixtures';

/** Every password typed in this file, to prove none of them is ever stored. */
const PASSWORDS = new Set<string>([ADMIN.password]);
function pw(value: string): string {
  PASSWORDS.add(value);
  return value;
}

function errorOf<T>(result: ApiResult<T>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('first start', () => {
  const h = createHarness();
  afterAll(() => h.dispose());

  it('needs setup before it is done, and nothing but public methods work', async () => {
    expect(await h.ok('setup.status', {})).toEqual({ needsSetup: true, officeName: null });
    expect(errorOf(await h.call('auth.login', { username: 'admin', password: 'x' })).code).toBe('CONFLICT');
    expect(errorOf(await h.call('associations.list', {})).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an invalid setup with Italian messages on the fields, and stays unconfigured', async () => {
    const error = errorOf(
      await h.call('setup.complete', {
        ...SETUP_INPUT,
        promoter: { ...SETUP_INPUT.promoter, taxCode: '01234567890' },
        admin: { ...SETUP_INPUT.admin, password: 'corta', passwordConfirm: 'diversa' },
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'promoter.taxCode', message: 'Codice non valido: la cifra di controllo (l’ultima) non corrisponde' },
        { path: 'admin.password', message: 'La password deve avere almeno 10 caratteri' },
      ]),
    );
    const mismatch = errorOf(
      await h.call('setup.complete', { ...SETUP_INPUT, admin: { ...SETUP_INPUT.admin, passwordConfirm: 'password-diversa' } }),
    );
    expect(mismatch.issues).toEqual([{ path: 'admin.passwordConfirm', message: 'Le due password non coincidono' }]);
    expect(await h.ok('setup.status', {})).toEqual({ needsSetup: true, officeName: null });
  });

  it('after setup: configured, the administrator can log in with every permission', async () => {
    await h.setup();
    expect(await h.ok('setup.status', {})).toEqual({ needsSetup: false, officeName: 'Sportello Torino' });
    const login = await h.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(login).toMatchObject({
      operator: { username: 'admin', fullName: ADMIN.fullName, role: 'amministratore', active: true },
      office: { name: 'Sportello Torino', code: 'TO01', kind: 'sportello' },
      idleLockMinutes: 15,
      locked: false,
    });
    expect([...login.permissions].sort()).toEqual([...PERMISSIONS].sort());
    expect(login.sessionToken.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a second setup (CONFLICT) and keeps the first', async () => {
    const second = await h.call('setup.complete', {
      ...SETUP_INPUT,
      office: { name: 'Sportello Intruso', code: 'XX99', kind: 'sportello' },
      admin: { username: 'intruso', fullName: 'Intruso', password: 'password-intruso', passwordConfirm: 'password-intruso' },
    });
    expect(errorOf(second).code).toBe('CONFLICT');
    expect(await h.ok('setup.status', {})).toEqual({ needsSetup: false, officeName: 'Sportello Torino' });
    const admin = await h.sessionAs('amministratore');
    expect((await h.ok('operators.list', {}, admin)).map((o) => o.username)).toEqual(['admin']);
    expect(errorOf(await h.call('auth.login', { username: 'intruso', password: 'password-intruso' })).code).toBe('UNAUTHENTICATED');
  });

  it('setup survives a restart', async () => {
    h.restart();
    expect(await h.ok('setup.status', {})).toEqual({ needsSetup: false, officeName: 'Sportello Torino' });
  });
});

describe('login, roles and passwords', () => {
  const h = createHarness();
  let admin: string;
  const sqlite = () => h.core.state.database.sqlite;

  beforeAll(async () => {
    await h.setup();
    admin = await h.sessionAs('amministratore');
  });
  afterAll(() => h.dispose());

  async function newOperator(username: string, role: 'operatore' | 'coordinatore' | 'amministratore', password: string) {
    const op = await h.ok('operators.create', { username, fullName: `Nome ${username}`, role, password: pw(password), passwordConfirm: password }, admin);
    return op;
  }

  it('a wrong password and an unknown user get the same answer', async () => {
    const wrong = errorOf(await h.call('auth.login', { username: 'admin', password: 'password-sbagliata' }));
    const unknown = errorOf(await h.call('auth.login', { username: 'nessuno', password: 'password-sbagliata' }));
    expect(wrong).toEqual({ code: 'UNAUTHENTICATED', message: 'Nome utente o password non corretti.' });
    expect(unknown).toEqual(wrong);
  });

  it('the username is not case or space sensitive', async () => {
    const login = await h.ok('auth.login', { username: '  ADMIN ', password: ADMIN.password });
    expect(login.operator.username).toBe('admin');
  });

  it('a login is recorded (last login time and a history row)', async () => {
    const me = await h.ok('auth.me', {}, admin);
    expect(me.operator.lastLoginAt).toBeTruthy();
    const rows = await h.ok('audit.forRecord', { entity: 'operators', id: me.operator.id }, admin);
    expect(rows.map((r) => r.action)).toContain('login');
  });

  it('refuses empty credentials as VALIDATION, in Italian', async () => {
    const error = errorOf(await h.call('auth.login', { username: ' ', password: '' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: 'username', message: 'Inserisci il nome utente' },
      { path: 'password', message: 'Inserisci la password' },
    ]);
  });

  it('creating an operator: duplicate usernames and malformed ones are refused', async () => {
    await newOperator('giulia', 'operatore', 'password-giulia-1');
    const dup = errorOf(
      await h.call('operators.create', { username: 'GIULIA', fullName: 'Altra Giulia', role: 'operatore', password: 'password-xx-123', passwordConfirm: 'password-xx-123' }, admin),
    );
    expect(dup.code).toBe('CONFLICT');
    expect(dup.issues?.[0]?.path).toBe('username');
    const bad = errorOf(
      await h.call('operators.create', { username: 'a b', fullName: 'X', role: 'operatore', password: 'password-xx-123', passwordConfirm: 'password-xx-123' }, admin),
    );
    expect(bad.code).toBe('VALIDATION');
    expect(bad.issues?.[0]).toEqual({ path: 'username', message: 'Nome utente: da 3 a 40 caratteri tra lettere, cifre, punto, trattino' });
  });

  it('the operators list is sorted by name and carries no password data', async () => {
    const list = await h.ok('operators.list', {}, admin);
    const fullNames = list.map((o) => o.fullName);
    expect(fullNames).toEqual([...fullNames].sort((a, b) => a.localeCompare(b)));
    for (const o of list) expect(Object.keys(o).sort()).toEqual(['active', 'fullName', 'id', 'lastLoginAt', 'role', 'username']);
  });

  it("a deactivated operator's session is refused at once, and they cannot log in again", async () => {
    const mario = await newOperator('mario', 'operatore', 'password-mario-1');
    const session = await h.login('mario', 'password-mario-1');
    expect((await h.call('associations.list', {}, session)).ok).toBe(true);

    await h.ok('operators.update', { id: mario.id, fullName: mario.fullName, role: 'operatore', active: false }, admin);
    expect(errorOf(await h.call('associations.list', {}, session)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await h.call('auth.login', { username: 'mario', password: 'password-mario-1' }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Nome utente o password non corretti.',
    });

    await h.ok('operators.update', { id: mario.id, fullName: mario.fullName, role: 'operatore', active: true }, admin);
    const again = await h.login('mario', 'password-mario-1');
    expect((await h.call('associations.list', {}, again)).ok).toBe(true);
  });

  it('an operator deactivated behind the session (e.g. by an import) is refused too', async () => {
    await newOperator('lucia', 'operatore', 'password-lucia-1');
    const session = await h.login('lucia', 'password-lucia-1');
    sqlite().prepare("UPDATE operators SET active = 0 WHERE username = 'lucia'").run();
    const error = errorOf(await h.call('auth.me', {}, session));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/non è più attivo/);
  });

  it('a role change applies to the open session at the next call', async () => {
    const carla = await newOperator('carla', 'coordinatore', 'password-carla-1');
    const session = await h.login('carla', 'password-carla-1');
    const a = await h.ok('associations.create', associationInput(), session);
    await h.ok('associations.delete', { id: a.id }, session);

    await h.ok('operators.update', { id: carla.id, fullName: carla.fullName, role: 'operatore', active: true }, admin);
    expect(errorOf(await h.call('associations.restore', { id: a.id }, session)).code).toBe('FORBIDDEN');
    const me = await h.ok('auth.me', {}, session);
    expect(me.operator.role).toBe('operatore');
    expect(me.permissions).not.toContain('associations.delete');
  });

  it('the last active administrator cannot be demoted or deactivated', async () => {
    const me = (await h.ok('auth.me', {}, admin)).operator;
    const demote = errorOf(await h.call('operators.update', { id: me.id, fullName: me.fullName, role: 'coordinatore', active: true }, admin));
    expect(demote.code).toBe('RULE_VIOLATION');
    expect(demote.message).toMatch(/almeno un amministratore attivo/);
    const deactivate = errorOf(await h.call('operators.update', { id: me.id, fullName: me.fullName, role: 'amministratore', active: false }, admin));
    expect(deactivate.code).toBe('RULE_VIOLATION');
    expect((await h.ok('operators.list', {}, admin)).find((o) => o.id === me.id)).toMatchObject({ role: 'amministratore', active: true });

    // With a second administrator who is inactive, the rule still holds.
    const bruno = await newOperator('bruno', 'amministratore', 'password-bruno-1');
    await h.ok('operators.update', { id: bruno.id, fullName: bruno.fullName, role: 'amministratore', active: false }, admin);
    expect(errorOf(await h.call('operators.update', { id: me.id, fullName: me.fullName, role: 'operatore', active: true }, admin)).code).toBe(
      'RULE_VIOLATION',
    );
    // Once the second one is active, the other administrator can be demoted.
    await h.ok('operators.update', { id: bruno.id, fullName: bruno.fullName, role: 'amministratore', active: true }, admin);
    const demoted = await h.ok('operators.update', { id: bruno.id, fullName: bruno.fullName, role: 'coordinatore', active: true }, admin);
    expect(demoted.role).toBe('coordinatore');
  });

  it('saving an operator without changes writes no history row and does not touch the record', async () => {
    const op = await newOperator('invariato', 'operatore', 'password-invariato-1');
    const before = await h.ok('audit.forRecord', { entity: 'operators', id: op.id }, admin);
    const row = () => sqlite().prepare('SELECT hlc, updated_at AS updatedAt FROM operators WHERE id = ?').get(op.id);
    const rowBefore = row();
    await h.ok('operators.update', { id: op.id, fullName: op.fullName, role: op.role, active: op.active }, admin);
    expect(await h.ok('audit.forRecord', { entity: 'operators', id: op.id }, admin)).toEqual(before);
    expect(row()).toEqual(rowBefore);
  });

  it('changes its own password: the current one is checked, the new one works, the old one no longer does', async () => {
    await newOperator('sara', 'operatore', 'password-sara-1');
    const session = await h.login('sara', 'password-sara-1');
    const newPassword = pw('password-sara-nuova');

    const wrong = errorOf(
      await h.call('auth.changePassword', { currentPassword: 'password-sbagliata', password: newPassword, passwordConfirm: newPassword }, session),
    );
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.issues).toEqual([{ path: 'currentPassword', message: 'La password attuale non è corretta' }]);

    const mismatch = errorOf(
      await h.call('auth.changePassword', { currentPassword: 'password-sara-1', password: newPassword, passwordConfirm: 'password-altra' }, session),
    );
    expect(mismatch.issues).toEqual([{ path: 'passwordConfirm', message: 'Le due password non coincidono' }]);

    const short = errorOf(await h.call('auth.changePassword', { currentPassword: 'password-sara-1', password: 'corta', passwordConfirm: 'corta' }, session));
    expect(short.issues).toEqual([{ path: 'password', message: 'La password deve avere almeno 10 caratteri' }]);

    await h.ok('auth.changePassword', { currentPassword: 'password-sara-1', password: newPassword, passwordConfirm: newPassword }, session);
    expect(errorOf(await h.call('auth.login', { username: 'sara', password: 'password-sara-1' })).code).toBe('UNAUTHENTICATED');
    expect((await h.ok('auth.login', { username: 'sara', password: newPassword })).operator.username).toBe('sara');

    const me = await h.ok('auth.me', {}, session);
    // An operator cannot read operators' history (logins, roles of colleagues); an administrator can.
    expect(errorOf(await h.call('audit.forRecord', { entity: 'operators', id: me.operator.id }, session)).code).toBe('FORBIDDEN');
    const rows = await h.ok('audit.forRecord', { entity: 'operators', id: me.operator.id }, admin);
    expect(rows.find((r) => r.action === 'update')?.changes).toEqual([{ field: 'passwordHash', before: '•••', after: '•••' }]);
  });

  it('a password change ends the other sessions of that operator, a reset ends all of them', async () => {
    const op = await newOperator('tina', 'operatore', pw('password-tina-1'));
    const here = await h.login('tina', 'password-tina-1');
    const elsewhere = await h.login('tina', 'password-tina-1');
    const next = pw('password-tina-2');
    await h.ok('auth.changePassword', { currentPassword: 'password-tina-1', password: next, passwordConfirm: next }, here);
    expect((await h.ok('auth.me', {}, here)).operator.username).toBe('tina');
    expect(errorOf(await h.call('auth.me', {}, elsewhere)).code).toBe('UNAUTHENTICATED');

    const reset = pw('password-tina-3');
    await h.ok('operators.resetPassword', { id: op.id, password: reset, passwordConfirm: reset }, admin);
    expect(errorOf(await h.call('auth.me', {}, here)).code).toBe('UNAUTHENTICATED');
  });

  it('an administrator resets an operator password', async () => {
    const op = await newOperator('piero', 'operatore', 'password-piero-1');
    const reset = pw('password-piero-reset');
    await h.ok('operators.resetPassword', { id: op.id, password: reset, passwordConfirm: reset }, admin);
    expect(errorOf(await h.call('auth.login', { username: 'piero', password: 'password-piero-1' })).code).toBe('UNAUTHENTICATED');
    expect((await h.ok('auth.login', { username: 'piero', password: reset })).operator.id).toBe(op.id);
  });

  it('logout ends the session', async () => {
    const session = await h.login('admin', ADMIN.password);
    await h.ok('auth.logout', {}, session);
    expect(errorOf(await h.call('auth.me', {}, session)).code).toBe('UNAUTHENTICATED');
    expect((await h.call('auth.me', {}, admin)).ok).toBe(true); // other sessions stay
  });

  it('passwords are never stored in clear: not in operators, not in the audit log, not in the log file', () => {
    const operators = sqlite().prepare('SELECT username, password_hash AS hash FROM operators').all() as { username: string; hash: string }[];
    expect(operators.length).toBeGreaterThan(3);
    const hashes = new Set<string>();
    for (const o of operators) {
      expect(o.hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      for (const p of PASSWORDS) expect(o.hash).not.toContain(p);
      hashes.add(o.hash);
    }
    expect(hashes.size).toBe(operators.length); // salted: no two hashes alike

    const allText = (table: string) =>
      (sqlite().prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]).map((r) => JSON.stringify(r)).join('\n');
    const audit = allText('audit_log');
    expect(audit.length).toBeGreaterThan(0);
    for (const p of PASSWORDS) expect(audit).not.toContain(p);
    for (const hash of hashes) {
      expect(audit).not.toContain(hash);
      // Not even the salt or the derived key alone.
      for (const part of hash.split('$').slice(4)) expect(audit).not.toContain(part);
    }
    for (const table of ['settings', 'sites', 'associations']) for (const p of PASSWORDS) expect(allText(table)).not.toContain(p);
    const log = h.log.lines.join('\n');
    for (const p of PASSWORDS) expect(log).not.toContain(p);
  });
});

describe('settings', () => {
  const h = createHarness();
  let admin: string;
  let coordinator: string;
  let operator: string;
  beforeAll(async () => {
    await h.setup();
    admin = await h.sessionAs('amministratore');
    coordinator = await h.sessionAs('coordinatore');
    operator = await h.sessionAs('operatore');
  });
  afterAll(() => h.dispose());

  const siteHistory = () => h.ok('audit.forRecord', { entity: 'settings', id: h.core.state.site!.id }, admin);

  it('every operator can read them', async () => {
    const settings = await h.ok('settings.get', {}, operator);
    expect(settings).toMatchObject({
      office: { name: 'Sportello Torino', code: 'TO01', kind: 'sportello' },
      promoter: { name: 'Exar Società Cooperativa Sociale', taxCode: '01234567897', comune: 'Torino', province: 'TO', email: null },
      idleLockMinutes: 15,
    });
  });

  it('only an administrator changes them; the change is saved and written to the history', async () => {
    const current = await h.ok('settings.get', {}, admin);
    const input: SettingsInput = {
      ...current,
      promoter: { ...current.promoter, name: 'Exar Cooperativa Sociale', pec: 'exar@pec.example.it' },
      idleLockMinutes: 30,
    };
    expect(errorOf(await h.call('settings.update', input, coordinator)).code).toBe('FORBIDDEN');
    expect(errorOf(await h.call('settings.update', input, operator)).code).toBe('FORBIDDEN');
    const historyBefore = await siteHistory();

    const saved = await h.ok('settings.update', input, admin);
    expect(saved).toMatchObject({ promoter: { name: 'Exar Cooperativa Sociale', pec: 'exar@pec.example.it' }, idleLockMinutes: 30 });
    expect(await h.ok('settings.get', {}, operator)).toEqual(saved);
    expect((await h.ok('auth.me', {}, operator)).idleLockMinutes).toBe(30);

    const history = await siteHistory();
    expect(history).toHaveLength(historyBefore.length + 1);
    expect(history[0]).toMatchObject({ action: 'update', operatorName: 'Anna Amministratrice' });
    expect(history[0]!.changes.sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'idleLockMinutes', before: 15, after: 30 },
      { field: 'promoterName', before: 'Exar Società Cooperativa Sociale', after: 'Exar Cooperativa Sociale' },
      { field: 'promoterPec', before: null, after: 'exar@pec.example.it' },
    ]);
  });

  it('saving the same settings writes no history row', async () => {
    const current = await h.ok('settings.get', {}, admin);
    const before = await siteHistory();
    await h.ok('settings.update', current, admin);
    expect(await siteHistory()).toEqual(before);
  });

  it('saving the same settings does not touch the office record (its hlc travels to the regional office)', async () => {
    const current = await h.ok('settings.get', {}, admin);
    const row = () => h.core.state.database.sqlite.prepare('SELECT hlc, updated_at AS updatedAt FROM sites WHERE is_local = 1').get();
    const before = row();
    await h.ok('settings.update', current, admin);
    expect(row()).toEqual(before);
  });

  it('refuses invalid settings with messages on the fields', async () => {
    const current = await h.ok('settings.get', {}, admin);
    const error = errorOf(
      await h.call('settings.update', { ...current, idleLockMinutes: 0, office: { ...current.office, code: 'T O' } }, admin),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'idleLockMinutes', message: 'Almeno 1 minuto' },
        { path: 'office.code', message: 'Codice sportello: da 2 a 10 lettere o cifre, senza spazi (es. TO01)' },
      ]),
    );
    expect((await h.ok('settings.get', {}, admin)).idleLockMinutes).toBe(current.idleLockMinutes);
  });
});

describe('idle lock', () => {
  let clock = Date.parse('2025-06-02T08:00:00Z');
  const minutes = (n: number) => {
    clock += n * 60_000;
  };
  const h = createHarness({ now: () => new Date(clock) });
  let admin: string;
  let operator: string;
  beforeAll(async () => {
    await h.setup();
    admin = await h.sessionAs('amministratore');
    operator = await h.sessionAs('operatore');
  });
  afterAll(() => h.dispose());

  it('activity keeps the session open; after idleLockMinutes of nothing it locks', async () => {
    minutes(14);
    expect((await h.call('associations.list', {}, operator)).ok).toBe(true);
    minutes(14); // 28 minutes since login, 14 since the last call
    expect((await h.call('associations.list', {}, operator)).ok).toBe(true);
    minutes(16);
    const locked = errorOf(await h.call('associations.list', {}, operator));
    expect(locked.code).toBe('UNAUTHENTICATED');
    expect(locked.details).toMatchObject({ locked: true, username: 'operatore', operatorName: 'Utente operatore' });
    expect(locked.message).toMatch(/bloccata per inattività/);
  });

  it('a locked session can still ask who it is, and that does not unlock it', async () => {
    const me = await h.ok('auth.me', {}, operator);
    expect(me.locked).toBe(true);
    expect(me.operator.username).toBe('operatore');
    expect(errorOf(await h.call('associations.get', { id: '01890a5d-ac96-774b-bcce-b302099a8057' }, operator)).details).toMatchObject({ locked: true });
  });

  it('a wrong password does not unlock (VALIDATION); the right one does', async () => {
    const wrong = errorOf(await h.call('auth.unlock', { password: 'password-sbagliata' }, operator));
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.issues).toEqual([{ path: 'password', message: 'Password non corretta' }]);
    expect(errorOf(await h.call('associations.list', {}, operator)).details).toMatchObject({ locked: true });

    await h.ok('auth.unlock', { password: 'password-operatore-1' }, operator);
    expect((await h.call('associations.list', {}, operator)).ok).toBe(true);
    expect((await h.ok('auth.me', {}, operator)).locked).toBe(false);
  });

  it('unlocking with another operator\'s password is refused', async () => {
    minutes(20);
    expect(errorOf(await h.call('auth.unlock', { password: ADMIN.password }, operator)).code).toBe('VALIDATION');
    expect(errorOf(await h.call('associations.list', {}, operator)).details).toMatchObject({ locked: true });
  });

  it('a locked session can log out', async () => {
    await h.ok('auth.logout', {}, operator);
    expect(errorOf(await h.call('auth.me', {}, operator)).details?.locked).toBeUndefined();
  });

  it('follows the idle time set in the settings', async () => {
    await h.ok('auth.unlock', { password: ADMIN.password }, admin); // the admin was idle too
    const current = await h.ok('settings.get', {}, admin);
    await h.ok('settings.update', { ...current, idleLockMinutes: 5 }, admin);
    minutes(4);
    expect((await h.call('associations.list', {}, admin)).ok).toBe(true);
    minutes(6);
    expect(errorOf(await h.call('associations.list', {}, admin)).details).toMatchObject({ locked: true });
  });
});
