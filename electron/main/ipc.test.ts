import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '@shared/api/transport';
import type { EventContents } from './ipc';

const handle = vi.fn();
const removeHandler = vi.fn();
vi.mock('electron', () => ({ ipcMain: { handle, removeHandler } }));

const ipc = await import('./ipc');
const { appLocation } = await import('./app-location');
const { memoryLogger } = await import('../core/log');

const location = appLocation('/app/out/renderer/index.html', undefined);
const INDEX = location.indexFileUrl;
const mainFrame = { url: `${INDEX}#/`, processId: 4, routingId: 1, parent: null };
const window = { webContentsId: 7, mainFrame };
const good = { senderFrame: mainFrame, sender: { id: 7 } };

describe('isTrustedSender', () => {
  it('trusts the main frame of our window showing our page', () => {
    expect(ipc.isTrustedSender(good, window, location)).toBe(true);
  });

  it.each([
    ['no window yet', good, null],
    ['destroyed frame', { ...good, senderFrame: null }, window],
    ['another web contents', { ...good, sender: { id: 8 } }, window],
    ['a sub-frame', { ...good, senderFrame: { ...mainFrame, routingId: 2, parent: mainFrame } }, window],
    ['a frame with a parent but copied ids', { ...good, senderFrame: { ...mainFrame, parent: {} } }, window],
    ['another process', { ...good, senderFrame: { ...mainFrame, processId: 5 } }, window],
    ['another routing id', { ...good, senderFrame: { ...mainFrame, routingId: 9 } }, window],
    ['a foreign page', { ...good, senderFrame: { ...mainFrame, url: 'https://evil.example/' } }, window],
    ['another local file', { ...good, senderFrame: { ...mainFrame, url: 'file:///tmp/evil.html' } }, window],
    ['a data: page', { ...good, senderFrame: { ...mainFrame, url: 'data:text/html,x' } }, window],
    ['about:blank', { ...good, senderFrame: { ...mainFrame, url: 'about:blank' } }, window],
  ] as const)('rejects %s', (_label, event, trusted) => {
    expect(ipc.isTrustedSender(event, trusted, location)).toBe(false);
  });
});

describe('parseEnvelope', () => {
  it('accepts the envelope the preload sends', () => {
    expect(ipc.parseEnvelope({ method: 'auth.me', input: { a: 1 }, session: null })).toEqual({
      method: 'auth.me',
      input: { a: 1 },
      session: null,
    });
    expect(ipc.parseEnvelope({ method: 'x.y', input: undefined, session: 'tok' })?.session).toBe('tok');
  });

  it.each([
    ['null', null],
    ['a string', 'auth.me'],
    ['an array', ['auth.me', {}, null]],
    ['missing session', { method: 'auth.me', input: {} }],
    ['extra key', { method: 'auth.me', input: {}, session: null, admin: true }],
    ['non-string method', { method: 42, input: {}, session: null }],
    ['empty method', { method: '', input: {}, session: null }],
    ['huge method', { method: 'a'.repeat(101), input: {}, session: null }],
    ['numeric session', { method: 'auth.me', input: {}, session: 1 }],
    ['undefined session', { method: 'auth.me', input: {}, session: undefined }],
    ['huge session', { method: 'auth.me', input: {}, session: 'x'.repeat(513) }],
    ['object with a foreign prototype', Object.assign(Object.create({ polluted: true }), { method: 'a', input: 1, session: null })],
    ['a Map', new Map([['method', 'auth.me']])],
  ])('rejects %s', (_label, raw) => {
    expect(ipc.parseEnvelope(raw)).toBeNull();
  });

  it('does not let __proto__ in the JSON-like input change the result', () => {
    const raw = JSON.parse('{"method":"auth.me","input":{"__proto__":{"x":1}},"session":null}') as unknown;
    expect(ipc.parseEnvelope(raw)?.method).toBe('auth.me');
  });
});

describe('handleInvoke', () => {
  const invoke = vi.fn();
  const log = memoryLogger();
  const options = { core: { invoke }, log, location, trustedWindow: () => window };

  beforeEach(() => {
    invoke.mockReset();
    log.lines.length = 0;
  });

  it('passes a valid call from our window to the core', async () => {
    invoke.mockResolvedValue({ ok: true, value: 'pong' });
    const envelope = { method: 'auth.me', input: {}, session: 's' };
    await expect(ipc.handleInvoke(options, good, envelope)).resolves.toEqual({ ok: true, value: 'pong' });
    expect(invoke).toHaveBeenCalledWith(envelope);
  });

  it('answers a foreign sender with FORBIDDEN and never calls the core', async () => {
    const event = { ...good, senderFrame: { ...mainFrame, url: 'https://evil.example/' } };
    const result = await ipc.handleInvoke(options, event, { method: 'auth.me', input: {}, session: null });
    expect(result).toEqual(ipc.FORBIDDEN_RESULT);
    expect(invoke).not.toHaveBeenCalled();
    expect(log.lines.join('\n')).toContain('untrusted sender https://evil.example/');
  });

  it('answers FORBIDDEN once the window is gone', async () => {
    const result = await ipc.handleInvoke({ ...options, trustedWindow: () => null }, good, {});
    expect(result).toEqual(ipc.FORBIDDEN_RESULT);
  });

  it('answers a malformed envelope with VALIDATION', async () => {
    await expect(ipc.handleInvoke(options, good, { method: 1 })).resolves.toEqual(ipc.MALFORMED_RESULT);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into a typed IO error without the technical message', async () => {
    invoke.mockRejectedValue(new Error('SQLITE_CORRUPT at /home/x'));
    const result = await ipc.handleInvoke(options, good, { method: 'auth.me', input: {}, session: null });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('IO');
      expect(result.error.message).not.toContain('SQLITE');
    }
    expect(log.lines.join('\n')).toContain('SQLITE_CORRUPT');
  });
});

describe('registerIpc / sendEvent', () => {
  it('registers on the contract channel and can be removed', async () => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, value: 1 });
    const dispose = ipc.registerIpc({ core: { invoke }, log: memoryLogger(), location, trustedWindow: () => window });
    expect(handle).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, expect.any(Function));
    const handler = handle.mock.calls[0]?.[1] as (e: unknown, raw: unknown) => Promise<unknown>;
    await expect(handler(good, { method: 'a.b', input: null, session: null })).resolves.toEqual({ ok: true, value: 1 });
    dispose();
    expect(removeHandler).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL);
  });

  it('sends events on the event channel, and not to a destroyed window', () => {
    const send = vi.fn();
    ipc.sendEvent({ isDestroyed: () => false, send }, { type: 'job.progress', payload: 50 });
    expect(send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { type: 'job.progress', payload: 50 });
    send.mockClear();
    ipc.sendEvent({ isDestroyed: () => true, send }, { type: 'job.progress', payload: 60 });
    expect(send).not.toHaveBeenCalled();
  });
});

describe('relayEvents', () => {
  type Relay = (event: { type: string; payload: unknown }) => void;

  function setup(contents: EventContents | null) {
    let relay: Relay = () => undefined;
    const unsubscribe = vi.fn();
    const core = {
      onEvent: vi.fn((listener: Relay) => {
        relay = listener;
        return unsubscribe;
      }),
    };
    const stop = ipc.relayEvents(core, () => contents, location);
    return { relay: (event: Parameters<Relay>[0]) => relay(event), stop, unsubscribe };
  }

  const contents = (url: string, destroyed = false) => ({ isDestroyed: () => destroyed, send: vi.fn(), getURL: () => url });

  it('sends each core event to our page on the event channel, until stopped', () => {
    const page = contents(`${INDEX}#/tirocini/registri`);
    const { relay, stop, unsubscribe } = setup(page);
    relay({ type: 'documents.job', payload: { done: 2, total: 3 } });
    expect(page.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { type: 'documents.job', payload: { done: 2, total: 3 } });
    stop();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a destroyed window', contents(INDEX, true)],
    ['a window showing another page', contents('https://evil.example/')],
    ['a window still loading (no URL yet)', contents('')],
  ])('sends nothing to %s', (_label, page) => {
    setup(page).relay({ type: 'documents.job', payload: 1 });
    expect(page.send).not.toHaveBeenCalled();
  });

  it('drops events while there is no window', () => {
    expect(() => setup(null).relay({ type: 'documents.job', payload: 1 })).not.toThrow();
  });
});
