import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../core/log';
import type { CoreTransport, StartFailure, ToCore } from '../core-host/protocol';
import { CORE_CLOSED_ERROR, CORE_STOPPED_ERROR, CoreStartError, startRemoteCore, type RemoteCoreOptions } from './remote-core';

/** A core process played by the test: it says what the test makes it say, and dies when told. */
function fakeProcess() {
  const sent: ToCore[] = [];
  let listener: (message: unknown) => void = () => undefined;
  let exitListener: (code: number | null) => void = () => undefined;
  const process = {
    sent,
    say: (message: unknown) => listener(message),
    exit: (code: number | null) => exitListener(code),
    kill: vi.fn(() => exitListener(null)),
    transport: {} as CoreTransport,
  };
  process.transport = {
    postMessage: (message) => sent.push(message),
    onMessage: (l) => {
      listener = l;
    },
    onExit: (l) => {
      exitListener = l;
    },
    kill: process.kill,
  };
  return process;
}

type Fake = ReturnType<typeof fakeProcess>;

function setup(overrides: Partial<RemoteCoreOptions> = {}) {
  const processes: Fake[] = [];
  const onGiveUp = vi.fn<(failure: StartFailure) => void>();
  const log = memoryLogger();
  const options: RemoteCoreOptions = {
    spawn: () => {
      const p = fakeProcess();
      processes.push(p);
      return p.transport;
    },
    log,
    onGiveUp,
    ...overrides,
  };
  return { processes, onGiveUp, log, options, last: () => processes[processes.length - 1]! };
}

/** Starts and answers `ready` from the first process. */
async function started(overrides: Partial<RemoteCoreOptions> = {}) {
  const s = setup(overrides);
  const starting = startRemoteCore(s.options);
  s.last().say({ type: 'ready' });
  return { ...s, core: await starting };
}

const tick = () => new Promise((done) => setImmediate(done));
const envelope = { method: 'auth.me', input: {}, session: 's' };

afterEach(() => vi.useRealTimers());

describe('RemoteCore', () => {
  it('sends each call with its own id and resolves it with the answer under that id, in any order', async () => {
    const { core, last } = await started();
    const first = core.invoke(envelope);
    const second = core.invoke({ ...envelope, method: 'setup.status' });
    await tick();
    const [a, b] = last().sent as Extract<ToCore, { type: 'invoke' }>[];
    expect(a?.envelope.method).toBe('auth.me');
    expect(b?.envelope.method).toBe('setup.status');
    expect(a?.id).not.toBe(b?.id);
    last().say({ type: 'result', id: b?.id, result: { ok: true, value: 'second' } });
    last().say({ type: 'result', id: a?.id, result: { ok: true, value: 'first' } });
    await expect(first).resolves.toEqual({ ok: true, value: 'first' });
    await expect(second).resolves.toEqual({ ok: true, value: 'second' });
  });

  it('ignores what is not a message of the protocol, and logs it', async () => {
    const { core, last, log } = await started();
    const call = core.invoke(envelope);
    await tick();
    const id = (last().sent[0] as Extract<ToCore, { type: 'invoke' }>).id;
    for (const junk of [null, 'ready', { type: 'result', id, result: { ok: 'yes' } }, { type: 'event', event: { type: 1 } }, { type: 'nope' }]) last().say(junk);
    expect(log.lines.filter((l) => l.includes('unknown message'))).toHaveLength(5);
    last().say({ type: 'result', id, result: { ok: false, error: { code: 'NOT_FOUND', message: 'Non trovato.' } } });
    await expect(call).resolves.toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Non trovato.' } });
  });

  it('passes events to every listener until it unsubscribes', async () => {
    const { core, last } = await started();
    const heard: unknown[] = [];
    const stop = core.onEvent((event) => heard.push(event));
    last().say({ type: 'event', event: { type: 'documents.job', payload: { done: 1 } } });
    stop();
    last().say({ type: 'event', event: { type: 'documents.job', payload: { done: 2 } } });
    expect(heard).toEqual([{ type: 'documents.job', payload: { done: 1 } }]);
  });

  it('rejects the start with the reason the core process gave, and ends that process', async () => {
    const s = setup();
    const starting = startRemoteCore(s.options);
    s.last().say({ type: 'start-failed', reason: 'database-too-new', message: 'Versione più recente.' });
    const error = await starting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreStartError);
    expect((error as CoreStartError).failure).toEqual({ reason: 'database-too-new', message: 'Versione più recente.' });
    expect(s.last().kill).toHaveBeenCalled();
    expect(s.processes).toHaveLength(1);
  });

  it('rejects the start when the process dies before it is ready (a module that fails to load)', async () => {
    const s = setup();
    const starting = startRemoteCore(s.options);
    s.last().exit(1);
    await expect(starting).rejects.toThrow(/chiuso all'avvio \(codice 1\)/);
    expect(s.processes).toHaveLength(1);
  });

  it('answers waiting calls with the Italian error when the process dies, restarts it, and re-sends the warm-up', async () => {
    const { core, processes, last, log } = await started();
    core.warmUp();
    const heard: string[] = [];
    core.onEvent((event) => heard.push(event.type));
    const waiting = core.invoke(envelope);
    await tick();
    processes[0]!.exit(139);
    await expect(waiting).resolves.toEqual({ ok: false, error: CORE_STOPPED_ERROR });
    expect(processes).toHaveLength(2);
    const later = core.invoke(envelope);
    await tick();
    expect(last().sent).toEqual([]);
    last().say({ type: 'ready' });
    await tick();
    expect(last().sent.map((m) => m.type)).toEqual(['warm-up', 'invoke']);
    expect(heard).toEqual(['data.changed']);
    const id = (last().sent[1] as Extract<ToCore, { type: 'invoke' }>).id;
    last().say({ type: 'result', id, result: { ok: true, value: 1 } });
    await expect(later).resolves.toEqual({ ok: true, value: 1 });
    expect(log.lines.join('\n')).toMatch(/exited unexpectedly \(code 139\)/);
  });

  it('gives up when the process dies more often than the policy allows', async () => {
    let now = 0;
    const { core, processes, last, onGiveUp } = await started({ restart: { max: 2, withinMs: 1000 }, now: () => now });
    for (let i = 0; i < 2; i++) {
      last().exit(1);
      last().say({ type: 'ready' });
      now += 100;
    }
    expect(onGiveUp).not.toHaveBeenCalled();
    last().exit(1);
    expect(onGiveUp).toHaveBeenCalledTimes(1);
    expect(onGiveUp.mock.calls[0]?.[0].message).toMatch(/3 volte/);
    expect(processes).toHaveLength(3);
    await expect(core.invoke(envelope)).resolves.toEqual({ ok: false, error: CORE_STOPPED_ERROR });
  });

  it('forgets crashes older than the policy’s window', async () => {
    let now = 0;
    const { processes, last, onGiveUp } = await started({ restart: { max: 1, withinMs: 1000 }, now: () => now });
    for (let i = 0; i < 3; i++) {
      last().exit(1);
      last().say({ type: 'ready' });
      now += 5000;
    }
    expect(onGiveUp).not.toHaveBeenCalled();
    expect(processes).toHaveLength(4);
  });

  it('gives up when a restarted process cannot open the data', async () => {
    const { last, onGiveUp } = await started();
    last().exit(1);
    last().say({ type: 'start-failed', reason: 'cannot-open', message: 'SQLITE_CANTOPEN' });
    await tick();
    expect(onGiveUp).toHaveBeenCalledWith({ reason: 'cannot-open', message: 'SQLITE_CANTOPEN' });
  });

  it('closes by asking, resolves when the process has exited, and refuses calls from then on', async () => {
    const { core, last, processes } = await started();
    const closing = core.close();
    expect(core.close()).toBe(closing);
    expect(last().sent).toEqual([{ type: 'close' }]);
    await expect(core.invoke(envelope)).resolves.toEqual({ ok: false, error: CORE_CLOSED_ERROR });
    last().exit(0);
    await closing;
    expect(processes).toHaveLength(1);
    expect(last().kill).not.toHaveBeenCalled();
  });

  it('ends a process that does not close within the grace period', async () => {
    vi.useFakeTimers();
    const { core, last } = await started({ closeGraceMs: 1000 });
    const closing = core.close();
    vi.advanceTimersByTime(999);
    expect(last().kill).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(last().kill).toHaveBeenCalled();
    await closing;
  });
});
