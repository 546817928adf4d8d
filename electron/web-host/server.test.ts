/**
 * The web host over real HTTP on 127.0.0.1, with a real core: what a browser page of ours can
 * do, and what another page, process or path trick cannot.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADMIN, createHarness, type Harness } from '../../tests/support/core-harness';
import { createCore, SOURCE_MIGRATIONS_FOLDER, type Core } from '../core/core';
import { memoryLogger } from '../core/log';
import { startWebHost, type WebHost } from './server';

describe('web host', () => {
  let dir: string;
  let core: Core;
  let host: WebHost;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'exar-webhost-'));
    const staticDir = join(dir, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    core = createCore({ dataDir: join(dir, 'data'), migrationsFolder: SOURCE_MIGRATIONS_FOLDER, log: memoryLogger() });
    host = await startWebHost({ core, staticDir, port: 0 });
    origin = host.url.replace(/\/$/, '');
  });

  afterAll(async () => {
    await host.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = (method: string, headers: Record<string, string>, body = '{}') =>
    fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', origin, 'x-exar-token': host.token, ...headers }, body });

  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('gives its token to its own page, with a strict CSP', async () => {
    const response = await fetch(host.url);
    const html = await response.text();
    expect(html).toContain(`<meta name="exar-api-token" content="${host.token}" />`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers a call from its own page', async () => {
    const response = await api('setup.status', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: { needsSetup: true, officeName: null } });
  });

  it('refuses calls without the token or from another origin', async () => {
    expect((await api('setup.status', { 'x-exar-token': 'wrong' })).status).toBe(403);
    expect((await api('setup.status', { origin: 'https://evil.example' })).status).toBe(403);
    const body = await (await api('setup.status', { origin: 'https://evil.example' })).json();
    expect(body).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Richiesta non autorizzata.' } });
  });

  it('turns unreadable JSON into a typed error, not a crash', async () => {
    const response = await api('setup.status', {}, '{not json');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('VALIDATION');
    expect((await api('setup.status', {})).status).toBe(200);
  });

  it('answers an unknown method with NOT_FOUND', async () => {
    expect(await (await api('nothing.here', {})).json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  /** A JSON body just over the 20 MB limit: an attachment too big, as the page would send it. */
  const oversized = () => JSON.stringify({ candidateId: 'x', kind: 'cv', fileName: 'cv.pdf', contentBase64: 'A'.repeat(21 * 1024 * 1024) });
  const tooLarge = {
    ok: false,
    error: { code: 'VALIDATION', message: 'I dati inviati superano il limite di 20 MB: se stai allegando un file, scegline uno più piccolo.' },
  };

  it('answers a body over the limit with 413 and an Italian error the page shows, not a reset', async () => {
    const response = await api('candidates.addAttachment', {}, oversized());
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
    expect((await api('setup.status', {})).status).toBe(200);
  });

  it('answers 413 too when the body comes in chunks with no declared length', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/candidates.addAttachment',
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, 'x-exar-token': host.token, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      const body = Buffer.from(oversized());
      for (let at = 0; at < body.length; at += 1024 * 1024) req.write(body.subarray(at, at + 1024 * 1024));
      req.end();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual(tooLarge);
    expect((await api('setup.status', {})).status).toBe(200);
  });

  /** A raw GET: unlike fetch, it sends the path exactly as written (no `..` resolution). */
  const rawGet = (path: string, headers: Record<string, string> = {}) =>
    new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });

  it('serves assets but never files outside its folder', async () => {
    expect(await rawGet('/assets/app.js')).toBe(200);
    expect(await rawGet('/assets/../../data/exar.sqlite')).toBe(400);
    expect(await rawGet('/assets/%2e%2e/%2e%2e/data/exar.sqlite')).toBe(400);
    expect(await rawGet('/missing.js')).toBe(404);
  });

  it('refuses pages requested under another host name (DNS rebinding)', async () => {
    expect(await rawGet('/', { host: 'evil.example' })).toBe(403);
  });
});

describe('web host event stream', () => {
  let harness: Harness;
  let host: WebHost;
  let staticDir: string;
  let session: string;
  /** The core's clock: moved forward to make a session idle. */
  let now = Date.now();

  beforeAll(async () => {
    harness = createHarness({ now: () => new Date(now) });
    staticDir = join(harness.dataDir, 'static');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    await harness.setup();
    session = await harness.sessionAs('amministratore');
    host = await startWebHost({ core: harness.core, staticDir, port: 0, heartbeatMs: 50 });
  });

  afterAll(async () => {
    await host.close();
    harness.dispose();
  });

  const bus = () => harness.core.state.events;

  function openStream(target: WebHost, headers: Record<string, string>, signal?: AbortSignal): Promise<Response> {
    const origin = target.url.replace(/\/$/, '');
    return fetch(`${target.url}api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'x-exar-token': target.token, 'x-exar-session': session, ...headers },
      body: '{}',
      signal,
    });
  }

  /** Reads the stream until `until` holds for what has arrived, or the stream ends. */
  async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, until: (text: string) => boolean, sofar = ''): Promise<{ text: string; ended: boolean }> {
    const decoder = new TextDecoder();
    let text = sofar;
    while (!until(text)) {
      const chunk = await reader.read();
      if (chunk.done) return { text, ended: true };
      text += decoder.decode(chunk.value, { stream: true });
    }
    return { text, ended: false };
  }

  it('streams every event the core emits to a logged-in page, as Server-Sent Events', async () => {
    const controller = new AbortController();
    const response = await openStream(host, {}, controller.signal);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const reader = response.body!.getReader();
    const opened = await readUntil(reader, (text) => text.includes(': ok\n\n'));
    expect(bus().size).toBe(1);

    bus().emit({ type: 'documents.job', payload: { id: 'j1', done: 1, total: 2 } });
    bus().emit({ type: 'exchange.job', payload: null });
    const { text } = await readUntil(reader, (t) => t.includes('exchange.job'), opened.text);
    const events = text
      .split('\n\n')
      .filter((block) => block.startsWith('data: '))
      .map((block) => JSON.parse(block.slice('data: '.length)) as unknown);
    expect(events).toEqual([
      { type: 'documents.job', payload: { id: 'j1', done: 1, total: 2 } },
      { type: 'exchange.job', payload: null },
    ]);
    controller.abort();
  });

  it('keeps the stream open with a comment every heartbeat', async () => {
    const controller = new AbortController();
    const reader = (await openStream(host, {}, controller.signal)).body!.getReader();
    const { ended } = await readUntil(reader, (text) => text.includes(': ping\n\n'));
    expect(ended).toBe(false);
    controller.abort();
  });

  it('unsubscribes from the core when the page goes away', async () => {
    await vi.waitFor(() => expect(bus().size).toBe(0));
    const controller = new AbortController();
    const reader = (await openStream(host, {}, controller.signal)).body!.getReader();
    await readUntil(reader, (text) => text.includes(': ok'));
    expect(bus().size).toBe(1);
    controller.abort();
    await vi.waitFor(() => expect(bus().size).toBe(0));
  });

  it.each([
    ['without the token', { 'x-exar-token': 'wrong' }, 403],
    ['from another origin', { origin: 'https://evil.example' }, 403],
    ['as a form post', { 'content-type': 'text/plain' }, 415],
    ['without a session', { 'x-exar-session': '' }, 401],
    ['with an unknown session', { 'x-exar-session': 'x'.repeat(43) }, 401],
  ])('gives nothing to a request %s', async (_label, headers, status) => {
    await vi.waitFor(() => expect(bus().size).toBe(0));
    const response = await openStream(host, headers);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    await response.body?.cancel();
    expect(bus().size).toBe(0);
  });

  it('streams nothing to a GET (no Origin: it is not the page), nor to a session that has logged out', async () => {
    const get = await fetch(`${host.url}api/events`, { headers: { 'x-exar-token': host.token, 'x-exar-session': session } });
    expect(get.status).toBe(404);
    expect(get.headers.get('content-type')).not.toContain('event-stream');
    const other = await harness.login(ADMIN.username, ADMIN.password);
    await harness.ok('auth.logout', {}, other);
    expect((await openStream(host, { 'x-exar-session': other })).status).toBe(401);
  });

  it('ends every open stream when the host closes', async () => {
    const second = await startWebHost({ core: harness.core, staticDir, port: 0 });
    const reader = (await openStream(second, {})).body!.getReader();
    await readUntil(reader, (text) => text.includes(': ok'));
    await second.close();
    expect((await readUntil(reader, () => false)).ended).toBe(true);
    await vi.waitFor(() => expect(bus().size).toBe(0));
  });

  it('ends the stream, delivering nothing more, once the session locks for inactivity', async () => {
    await vi.waitFor(() => expect(bus().size).toBe(0));
    const reader = (await openStream(host, {})).body!.getReader();
    await readUntil(reader, (text) => text.includes(': ok'));
    now += 16 * 60_000;
    bus().emit({ type: 'documents.job', payload: 'secret' });
    const { text, ended } = await readUntil(reader, () => false);
    expect(ended).toBe(true);
    expect(text).not.toContain('secret');
    expect(bus().size).toBe(0);
    expect((await openStream(host, {})).status).toBe(401);
  });
});
