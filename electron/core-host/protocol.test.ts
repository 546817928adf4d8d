import { describe, expect, it } from 'vitest';
import { decodeCoreOptions, encodeCoreOptions, parseFromCore, parseToCore } from './protocol';

describe('core options at fork', () => {
  it('survive a Windows path with spaces, quotes and accents, as one argument', () => {
    const options = {
      dataDir: 'C:\\Users\\Niccolò D\'Amico\\AppData\\Roaming\\Exar Sportello Tirocini',
      migrationsFolder: 'C:\\Program Files\\Exar\\resources\\migrations',
      nativeBinding: 'C:\\dev\\.native\\electron\\better_sqlite3.node',
    };
    const arg = encodeCoreOptions(options);
    expect(arg).toMatch(/^--exar-core-options=[A-Za-z0-9_-]+$/);
    expect(decodeCoreOptions(['electron', 'core-host.js', arg])).toEqual(options);
  });

  it('leave out a native binding that main did not choose', () => {
    const arg = encodeCoreOptions({ dataDir: '/d', migrationsFolder: '/m', nativeBinding: undefined });
    expect(decodeCoreOptions([arg])).toEqual({ dataDir: '/d', migrationsFolder: '/m' });
  });

  it.each([
    ['no flag', []],
    ['not base64 JSON', ['--exar-core-options=%%%']],
    ['a list', [`--exar-core-options=${Buffer.from('[]').toString('base64url')}`]],
    ['no data folder', [`--exar-core-options=${Buffer.from('{"migrationsFolder":"/m"}').toString('base64url')}`]],
    ['an empty data folder', [`--exar-core-options=${Buffer.from('{"dataDir":"","migrationsFolder":"/m"}').toString('base64url')}`]],
    ['a binding that is not text', [`--exar-core-options=${Buffer.from('{"dataDir":"/d","migrationsFolder":"/m","nativeBinding":1}').toString('base64url')}`]],
  ])('are refused with %s', (_label, argv) => {
    expect(decodeCoreOptions(argv)).toBeNull();
  });
});

describe('messages', () => {
  const envelope = { method: 'auth.me', input: { a: 1 }, session: null };

  it('to the core: invoke, warm-up and close, nothing else', () => {
    expect(parseToCore({ type: 'invoke', id: 1, envelope })).toEqual({ type: 'invoke', id: 1, envelope });
    expect(parseToCore({ type: 'warm-up' })).toEqual({ type: 'warm-up' });
    expect(parseToCore({ type: 'close', extra: true })).toEqual({ type: 'close' });
    for (const raw of [null, [], 'close', { type: 'invoke', id: 0, envelope }, { type: 'invoke', id: 1.5, envelope }, { type: 'invoke', id: 1, envelope: { method: 'x' } }, { type: 'invoke', id: 1, envelope: { ...envelope, session: 3 } }, { type: 'exit' }]) {
      expect(parseToCore(raw)).toBeNull();
    }
  });

  it('from the core: ready, start failure, results and events, nothing else', () => {
    expect(parseFromCore({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseFromCore({ type: 'start-failed', reason: 'database-too-new', message: 'x' })).toEqual({ type: 'start-failed', reason: 'database-too-new', message: 'x' });
    const refused = { type: 'start-failed', reason: 'data-refused', message: 'Archivio mancante.', title: 'Archivio dati mancante' };
    expect(parseFromCore(refused)).toEqual(refused);
    expect(parseFromCore({ type: 'result', id: 3, result: { ok: true, value: undefined } })).toEqual({ type: 'result', id: 3, result: { ok: true, value: undefined } });
    const refusal = { ok: false, error: { code: 'FORBIDDEN', message: 'No.' } };
    expect(parseFromCore({ type: 'result', id: 3, result: refusal })).toEqual({ type: 'result', id: 3, result: refusal });
    expect(parseFromCore({ type: 'event', event: { type: 'data.changed', payload: null } })).toEqual({ type: 'event', event: { type: 'data.changed', payload: null } });
    for (const raw of [
      null,
      { type: 'start-failed', reason: 'other', message: 'x' },
      { type: 'result', id: 3, result: { ok: true } },
      { type: 'result', id: 3, result: { ok: false, error: { code: 'PANIC', message: 'x' } } },
      { type: 'result', result: { ok: true, value: 1 } },
      { type: 'event', event: { type: 'x' } },
      { type: 'hello' },
    ]) {
      expect(parseFromCore(raw)).toBeNull();
    }
  });
});
