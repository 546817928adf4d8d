/**
 * The core in its own process, without Electron: the real entry (electron/core-host/index.ts)
 * forked with Node, driven through the same RemoteCore main uses. Node's IPC stands in for
 * Electron's parentPort; the core-host picks it when there is no parentPort, and
 * `serialization: 'advanced'` clones values as Electron does. This is the proof that main can
 * relay calls and events to a core in another process, and that a core that dies leaves no call
 * waiting forever.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_CHANGED_EVENT, type BridgeEvent } from '@shared/api/bridge';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/errors';
import { EXCHANGE_JOB_EVENT, type ExchangeJob } from '@shared/api/exchange';
import { DATABASE_FILE, SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/core';
import { takeBackupSync } from '../../electron/core/db/backup';
import { openDatabase, readJournal } from '../../electron/core/db/connection';
import { memoryLogger } from '../../electron/core/log';
import { encodeCoreOptions, type CoreTransport, type StartFailure } from '../../electron/core-host/protocol';
import { CORE_STOPPED_ERROR, CoreStartError, startRemoteCore, type RemoteCore, type RestartPolicy } from '../../electron/main/remote-core';
import { createHarness } from '../support/core-harness';
import { associationInput } from '../support/fixtures';
import { ADMIN, SETUP_INPUT } from '../support/setup-input';

const ENTRY = resolve(__dirname, '..', '..', 'electron', 'core-host', 'index.ts');
/** Forking and loading the core's TypeScript takes a few seconds on a busy machine. */
const SLOW = 90_000;

const children: ChildProcess[] = [];
const folders: string[] = [];
const cores: RemoteCore[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'exar-core-process-'));
  folders.push(dir);
  return dir;
}

/** Node's `fork` as a CoreTransport: what `forkCoreProcess` does with Electron's utilityProcess. */
function forkCore(dataDir: string): CoreTransport {
  const child = fork(ENTRY, [encodeCoreOptions({ dataDir, migrationsFolder: SOURCE_MIGRATIONS_FOLDER })], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  // A send racing the process's death fails with EPIPE; the exit that follows is what counts.
  child.on('error', () => undefined);
  return {
    postMessage: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => {
      child.on('message', (message: unknown) => listener(message));
    },
    onExit: (listener) => {
      child.on('exit', (code) => listener(code));
    },
    kill: () => {
      child.kill();
    },
  };
}

interface Started {
  core: RemoteCore;
  log: ReturnType<typeof memoryLogger>;
  gaveUp: ReturnType<typeof vi.fn<(failure: StartFailure) => void>>;
  /** The processes forked so far, the running one last. */
  processes: ChildProcess[];
  events: BridgeEvent[];
  call<M extends MethodName>(method: M, input: MethodInput<M>, session?: string | null): Promise<ApiResult<MethodOutput<M>>>;
  ok<M extends MethodName>(method: M, input: MethodInput<M>, session?: string | null): Promise<MethodOutput<M>>;
}

async function startCore(dataDir: string, restart?: RestartPolicy): Promise<Started> {
  const log = memoryLogger();
  const gaveUp = vi.fn<(failure: StartFailure) => void>();
  const processes: ChildProcess[] = [];
  const spawn = () => {
    const transport = forkCore(dataDir);
    processes.push(children[children.length - 1]!);
    return transport;
  };
  // A loaded test machine may take a while to checkpoint: only a core that never answers is killed.
  const core = await startRemoteCore({ spawn, log, onGiveUp: gaveUp, closeGraceMs: 60_000, ...(restart ? { restart } : {}) });
  cores.push(core);
  const events: BridgeEvent[] = [];
  core.onEvent((event) => events.push(event));
  const call = <M extends MethodName>(method: M, input: MethodInput<M>, session: string | null = null) =>
    core.invoke({ method, input, session }) as Promise<ApiResult<MethodOutput<M>>>;
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>, session: string | null = null) => {
    const result = await call(method, input, session);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { core, log, gaveUp, processes, events, call, ok };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => child.once('exit', () => done()));

/** Stops the process where it stands: the call it is sent stays unanswered until the process is killed. */
function freeze(child: ChildProcess): void {
  child.kill('SIGSTOP');
}

afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited(child);
  }
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the core in its own process', () => {
  it('answers the first start, a login and writes, and pushes a job’s progress as it goes', { timeout: SLOW }, async () => {
    const dataDir = tempDir();
    const c = await startCore(dataDir);
    expect(c.processes[0]?.pid).not.toBe(process.pid);

    expect(await c.ok('setup.status', {})).toEqual({ needsSetup: true, officeName: null });
    await c.ok('setup.complete', SETUP_INPUT);
    expect(await c.ok('setup.status', {})).toEqual({ needsSetup: false, officeName: SETUP_INPUT.office.name });
    const { sessionToken } = await c.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    const wrong = await c.call('auth.login', { username: ADMIN.username, password: 'non-la-password' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.code).toBe('UNAUTHENTICATED');

    const passphrase = 'frase segreta di prova per lo scambio';
    await c.ok('exchange.setPassphrase', { passphrase, confirm: passphrase }, sessionToken);
    const created = await c.ok('associations.create', associationInput({ name: 'Polisportiva Aurora' }), sessionToken);
    expect((await c.ok('associations.list', {}, sessionToken)).items.map((a) => a.name)).toEqual(['Polisportiva Aurora']);

    const started = await c.ok('exchange.startExport', { full: true, includeFiles: false }, sessionToken);
    const isEnd = (e: BridgeEvent) => e.type === EXCHANGE_JOB_EVENT && (e.payload as ExchangeJob).id === started.id && (e.payload as ExchangeJob).state !== 'in_corso';
    // The end, then «the export log gained a line: every screen asks again», as two messages.
    await vi.waitFor(
      () => {
        expect(c.events.some(isEnd)).toBe(true);
        expect(c.events.some((e) => e.type === DATA_CHANGED_EVENT)).toBe(true);
      },
      { timeout: 30_000 },
    );
    const end = c.events.find(isEnd)?.payload as ExchangeJob;
    expect(end.state).toBe('completato');
    expect(end.result).not.toBeNull();

    // Closing lets the process shut the database; the data is there for the next start.
    await c.core.close();
    await exited(c.processes[0]!);
    expect(c.processes[0]?.exitCode).toBe(0);
    const h = createHarness({ dataDir });
    try {
      const again = await h.login(ADMIN.username, ADMIN.password);
      expect((await h.ok('associations.get', { id: created.id }, again)).name).toBe('Polisportiva Aurora');
    } finally {
      h.core.close();
    }
  });

  it.skipIf(process.platform === 'win32')(
    'answers a call the dying process never answered with an Italian error, then serves from a new process',
    { timeout: SLOW },
    async () => {
      const c = await startCore(tempDir());
      await c.ok('setup.complete', SETUP_INPUT);
      const { sessionToken } = await c.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
      const first = c.processes[0]!;

      freeze(first);
      const waiting = c.call('auth.me', {}, sessionToken);
      const alsoWaiting = c.call('setup.status', {});
      // Both calls are written to the frozen process's pipe before it dies: sent, never answered.
      await new Promise((done) => setImmediate(done));
      first.kill('SIGKILL');
      await expect(waiting).resolves.toEqual({ ok: false, error: CORE_STOPPED_ERROR });
      await expect(alsoWaiting).resolves.toEqual({ ok: false, error: CORE_STOPPED_ERROR });
      expect(CORE_STOPPED_ERROR.message).toMatch(/interrotta in modo imprevisto/);
      expect(c.log.lines.join('\n')).toMatch(/exited unexpectedly/);

      // A new process on the same data: the office is set up, but the old session is gone.
      expect(await c.ok('setup.status', {})).toEqual({ needsSetup: false, officeName: SETUP_INPUT.office.name });
      expect(c.processes.length).toBe(2);
      const lost = await c.call('auth.me', {}, sessionToken);
      expect(lost.ok).toBe(false);
      if (!lost.ok) expect(lost.error.code).toBe('UNAUTHENTICATED');
      // Pushed at once, so the page goes back to the login without waiting for a click.
      expect(c.events.some((e) => e.type === DATA_CHANGED_EVENT)).toBe(true);
      expect(c.gaveUp).not.toHaveBeenCalled();
    },
  );

  it('gives up on a process that keeps dying, and answers every later call with the Italian error', { timeout: SLOW }, async () => {
    const c = await startCore(tempDir(), { max: 1, withinMs: 60_000 });
    c.processes[0]!.kill('SIGKILL');
    await vi.waitFor(() => expect(c.processes.length).toBe(2), { timeout: 30_000 });
    expect(await c.ok('setup.status', {})).toEqual({ needsSetup: true, officeName: null });
    c.processes[1]!.kill('SIGKILL');
    await vi.waitFor(() => expect(c.gaveUp).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    expect(c.gaveUp.mock.calls[0]?.[0].message).toMatch(/interrotto 2 volte/);
    expect(c.processes.length).toBe(2);
    await expect(c.call('setup.status', {})).resolves.toEqual({ ok: false, error: CORE_STOPPED_ERROR });
  });

  it('refuses a database written by a newer version with the Italian reason, and no process is left', { timeout: SLOW }, async () => {
    const dataDir = tempDir();
    openDatabase({ file: join(dataDir, DATABASE_FILE), migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    const raw = new BetterSqlite3(join(dataDir, DATABASE_FILE));
    const latest = Math.max(...readJournal(SOURCE_MIGRATIONS_FOLDER).entries.map((e) => e.when));
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', latest + 60_000);
    raw.close();

    const error = await startCore(dataDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreStartError);
    expect((error as CoreStartError).failure.reason).toBe('database-too-new');
    expect((error as CoreStartError).message).toMatch(/versione più recente/);
    await exited(children[0]!);
  });

  it('refuses a missing database while a backup exists (decision 0022): the Italian reason and title reach main', { timeout: SLOW }, async () => {
    const dataDir = tempDir();
    const db = openDatabase({ file: join(dataDir, DATABASE_FILE), migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    const backup = takeBackupSync({ sqlite: db.sqlite, dataDir, now: new Date('2026-03-02T09:00:00Z'), reason: 'daily' }).name;
    db.close();
    rmSync(join(dataDir, DATABASE_FILE));

    const error = await startCore(dataDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreStartError);
    expect((error as CoreStartError).failure).toMatchObject({ reason: 'data-refused', title: 'Archivio dati mancante' });
    expect((error as CoreStartError).message).toContain(`npm run restore -- --data-dir "${dataDir}" --backup ${backup}`);
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(false);
    await exited(children[0]!);
  });

  it('reports a data folder it cannot open as a start failure, with the detail for the log', { timeout: SLOW }, async () => {
    const parent = tempDir();
    const notAFolder = join(parent, 'file');
    writeFileSync(notAFolder, 'not a folder');
    const error = await startCore(notAFolder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreStartError);
    expect((error as CoreStartError).failure.reason).toBe('cannot-open');
    await exited(children[0]!);
  });
});
