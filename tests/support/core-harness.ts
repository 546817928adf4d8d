/**
 * A real core on a real SQLite file in a temporary folder, with helpers to do the first start
 * and log in as each role. Tests use this instead of mocks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/errors';
import type { Role } from '@shared/api/permissions';
import { createCore, SOURCE_MIGRATIONS_FOLDER, type Core } from '../../electron/core/core';
import { memoryLogger } from '../../electron/core/log';
import { ADMIN, SETUP_INPUT } from './setup-input';

export { ADMIN, SETUP_INPUT };

export interface Harness {
  core: Core;
  dataDir: string;
  log: ReturnType<typeof memoryLogger>;
  call<M extends MethodName>(method: M, input: MethodInput<M>, session?: string | null): Promise<ApiResult<MethodOutput<M>>>;
  /** Calls and unwraps, failing the test with the API error if any. */
  ok<M extends MethodName>(method: M, input: MethodInput<M>, session?: string | null): Promise<MethodOutput<M>>;
  setup(): Promise<void>;
  login(username: string, password: string): Promise<string>;
  /** Creates (once) an operator with the role and returns a session token for it. */
  sessionAs(role: Role): Promise<string>;
  restart(): void;
  dispose(): void;
}

export function createHarness(options: { dataDir?: string; now?: () => Date } = {}): Harness {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'exar-test-'));
  const log = memoryLogger();
  const open = () => createCore({ dataDir, migrationsFolder: SOURCE_MIGRATIONS_FOLDER, log, now: options.now });
  let core = open();
  const roleSessions = new Map<Role, string>();

  const harness: Harness = {
    get core() {
      return core;
    },
    dataDir,
    log,
    call: (method, input, session = null) =>
      core.invoke({ method, input, session }) as never,
    async ok(method, input, session = null) {
      const result = await harness.call(method, input, session);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async setup() {
      await harness.ok('setup.complete', SETUP_INPUT);
    },
    async login(username, password) {
      return (await harness.ok('auth.login', { username, password })).sessionToken;
    },
    async sessionAs(role) {
      const existing = roleSessions.get(role);
      // A restore (backups.restore) ends every session: a token the core no longer knows is made again.
      if (existing && core.state.sessions.get(existing, Number.MAX_SAFE_INTEGER)) return existing;
      let token: string;
      if (role === 'amministratore') {
        token = await harness.login(ADMIN.username, ADMIN.password);
      } else {
        const admin = await harness.sessionAs('amministratore');
        const password = `password-${role}-1`;
        const created = await harness.call(
          'operators.create',
          { username: role, fullName: `Utente ${role}`, role, password, passwordConfirm: password },
          admin,
        );
        // After `restart()` (or on a reused data folder) the operator already exists: just log in.
        const exists = !created.ok && created.error.code === 'CONFLICT' && created.error.issues?.[0]?.path === 'username';
        if (!created.ok && !exists) throw new Error(`operators.create failed: ${JSON.stringify(created.error)}`);
        token = await harness.login(role, password);
      }
      roleSessions.set(role, token);
      return token;
    },
    restart() {
      core.close();
      roleSessions.clear();
      core = open();
    },
    dispose() {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
