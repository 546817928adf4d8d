import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '@shared/api/transport';

type Listener = (event: unknown, value: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, value: unknown) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn((_channel: string, _envelope: unknown) => Promise.resolve({ ok: true, value: 'ok' })),
      on: vi.fn((channel: string, fn: (event: unknown, value: unknown) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(fn);
      }),
      removeListener: vi.fn((channel: string, fn: (event: unknown, value: unknown) => void) => {
        listeners.get(channel)?.delete(fn);
      }),
    },
  };
});
vi.mock('electron', () => electron);

const { bridge, toBridgeEvent } = await import('./index');

function emit(channel: string, value: unknown): void {
  const ipcEvent = { sender: electron.ipcRenderer, senderFrame: {}, ports: [] };
  for (const fn of electron.listeners.get(channel) ?? []) (fn as Listener)(ipcEvent, value);
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
});

describe('what the page can see', () => {
  it('exposes exactly one global, `api`, with invoke, onEvent, saveFile and openFile', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, object];
    expect(name).toBe('api');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onEvent', 'openFile', 'saveFile']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(api).toBe(bridge);
  });

  it('never hands out ipcRenderer', () => {
    const [, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });
});

describe('invoke', () => {
  it('sends the envelope on the contract channel and returns the result', async () => {
    await expect(bridge.invoke('auth.me', { a: 1 }, 'tok')).resolves.toEqual({ ok: true, value: 'ok' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, {
      method: 'auth.me',
      input: { a: 1 },
      session: 'tok',
    });
  });

  it.each([
    ['a channel name as method', 'api:event'],
    ['a hostile method', '__proto__'],
  ])('always uses the invoke channel, even for %s', async (_label, method) => {
    await bridge.invoke(method, null, null);
    expect(electron.ipcRenderer.invoke.mock.calls[0]?.[0]).toBe(IPC_INVOKE_CHANNEL);
  });

  it('drops extra arguments the page passes', async () => {
    const invoke = bridge.invoke as (...args: unknown[]) => Promise<unknown>;
    await invoke('auth.me', {}, null, 'extra', { channel: 'other' });
    expect(electron.ipcRenderer.invoke.mock.calls[0]).toEqual([
      IPC_INVOKE_CHANNEL,
      { method: 'auth.me', input: {}, session: null },
    ]);
  });
});

describe('onEvent', () => {
  it('delivers events from the event channel without the Electron event object', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    emit(IPC_EVENT_CHANNEL, { type: 'job.progress', payload: { done: 3 }, sender: 'x' });
    expect(listener).toHaveBeenCalledWith({ type: 'job.progress', payload: { done: 3 } });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
  });

  it('listens only on the event channel', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    expect(electron.ipcRenderer.on.mock.calls.every(([channel]) => channel === IPC_EVENT_CHANNEL)).toBe(true);
    emit('api:invoke', { type: 'x', payload: 1 });
    emit('some-other-channel', { type: 'x', payload: 1 });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('stops delivering after unsubscribe, and unsubscribing twice is harmless', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    unsubscribe();
    unsubscribe();
    emit(IPC_EVENT_CHANNEL, { type: 'job.progress', payload: 1 });
    expect(listener).not.toHaveBeenCalled();
  });

  it.each([null, undefined, 'a string', 42, ['job.progress', 1], { payload: 1 }, { type: 7, payload: 1 }])(
    'drops the malformed event %j',
    (value) => {
      const listener = vi.fn();
      const unsubscribe = bridge.onEvent(listener);
      emit(IPC_EVENT_CHANNEL, value);
      expect(listener).not.toHaveBeenCalled();
      unsubscribe();
    },
  );

  it.each([null, 'alert(1)', {}])('refuses a listener that is not a function: %j', (listener) => {
    expect(() => bridge.onEvent(listener as never)).toThrow(TypeError);
  });
});

describe('toBridgeEvent', () => {
  it('copies only type and payload', () => {
    expect(toBridgeEvent({ type: 't', payload: 1, extra: true })).toEqual({ type: 't', payload: 1 });
  });
});

describe('files handed to the desktop', () => {
  it('sends only the three fields of the file on the save and open channels', async () => {
    const file = { fileName: 'Convenzione.docx', mimeType: 'application/x', contentBase64: 'AAAA', extra: 'never sent' } as never;
    await bridge.saveFile!(file);
    await bridge.openFile!(file);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['files:save', { fileName: 'Convenzione.docx', mimeType: 'application/x', contentBase64: 'AAAA' }],
      ['files:open', { fileName: 'Convenzione.docx', mimeType: 'application/x', contentBase64: 'AAAA' }],
    ]);
  });
});
