/**
 * The web host over real HTTP on 127.0.0.1, with a real core: what a browser page of ours can
 * do, and what another page, process or path trick cannot.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
