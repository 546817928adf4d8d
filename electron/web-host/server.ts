/**
 * The web host: serves the built renderer, `POST /api/<method>` and the core's event stream
 * `POST /api/events` (see `event-stream.ts`) on 127.0.0.1, calling the same core as the desktop
 * app. Used for the browser end-to-end tests and for running the app where Electron is not available.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import type { ApiResult } from '@shared/api/errors';
import { SESSION_HEADER, WEB_TOKEN_HEADER, WEB_TOKEN_META } from '@shared/api/transport';
import type { Core } from '../core/core';
import { buildContentSecurityPolicy } from '@shared/security/csp';
import { EVENTS_PATH, eventStreams, HEARTBEAT_MS, sessionMayListen } from './event-stream';
import { checkApiRequest, isOwnHost, staticPath } from './request-guard';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  core: Core;
  staticDir: string;
  port?: number;
  /** Between two keep-alive comments on an event stream; tests shorten it. */
  heartbeatMs?: number;
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, result: ApiResult<unknown>, extra: Record<string, string> = {}) {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store', ...extra });
}

/** Said to the desk, which reads it in the error the page shows: the usual cause is a large file. */
export const TOO_LARGE_MESSAGE = `I dati inviati superano il limite di ${MAX_BODY_BYTES / 1024 / 1024} MB: se stai allegando un file, scegline uno più piccolo.`;

class BodyTooLarge extends Error {}

/**
 * The body, or BodyTooLarge as soon as it is known to be over the limit (from its declared length,
 * or from what has arrived). Past the limit the rest is read and dropped rather than the socket
 * destroyed: a client still sending would otherwise see a reset instead of the answer.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(header(req, 'content-length'));
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    let chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks = [];
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** How much of a refused body is read and dropped before the connection is cut anyway. */
const MAX_DRAINED_BYTES = 4 * MAX_BODY_BYTES;

/**
 * Answers 413 once the client has finished sending (or at once if it already has), then closes
 * the connection. A client that goes on sending far beyond the limit is cut off.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const answer = () => {
    if (res.headersSent) return;
    sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: TOO_LARGE_MESSAGE } }, { Connection: 'close' });
  };
  if (req.readableEnded) {
    answer();
    return;
  }
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAINED_BYTES) {
      answer();
      req.destroy();
    }
  });
  req.on('end', answer);
  req.resume();
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  const indexHtml = await readFile(join(options.staticDir, 'index.html'), 'utf8');
  const page = indexHtml.replace('<head>', `<head>\n    <meta name="${WEB_TOKEN_META}" content="${token}" />`);
  let port = 0;
  const streams = eventStreams(options.core, options.heartbeatMs ?? HEARTBEAT_MS);

  /** The checks every API request passes; a refusal is answered here and yields false. */
  function guard(req: IncomingMessage, res: ServerResponse): boolean {
    const verdict = checkApiRequest(
      {
        host: header(req, 'host'),
        origin: header(req, 'origin'),
        token: header(req, WEB_TOKEN_HEADER),
        contentType: header(req, 'content-type'),
      },
      port,
      token,
    );
    if (!verdict.ok) sendJson(res, verdict.status, { ok: false, error: { code: 'FORBIDDEN', message: 'Richiesta non autorizzata.' } });
    return verdict.ok;
  }

  async function handleEvents(req: IncomingMessage, res: ServerResponse) {
    if (!guard(req, res)) return;
    // The body carries nothing: drain it so the connection stays usable.
    req.resume();
    const session = header(req, SESSION_HEADER);
    if (!session || !sessionMayListen(options.core.state, session)) {
      sendJson(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sessione scaduta, bloccata o non valida.' } });
      return;
    }
    streams.open(res, session, SECURITY_HEADERS);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    if (!guard(req, res)) return;
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body === '' ? {} : (JSON.parse(body) as unknown);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        refuseTooLarge(req, res);
        return;
      }
      sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Richiesta non leggibile.' } });
      return;
    }
    const result = await options.core.invoke({ method, input, session: header(req, SESSION_HEADER) ?? null });
    sendJson(res, 200, result);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse) {
    if (!isOwnHost(header(req, 'host'), port)) {
      send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
      return;
    }
    const csp = { 'Content-Security-Policy': buildContentSecurityPolicy() };
    const path = staticPath(req.url ?? '/');
    if (path === null) {
      send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
      return;
    }
    if (path === 'index.html') {
      send(res, 200, page, MIME['.html']!, { ...csp, 'Cache-Control': 'no-store' });
      return;
    }
    try {
      const file = await readFile(join(options.staticDir, path));
      send(res, 200, file, MIME[extname(path)] ?? 'application/octet-stream', csp);
    } catch {
      // Client-side routes (hash router) never reach here; anything else is simply missing.
      send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    }
  }

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const api = /^\/api\/([A-Za-z]+\.[A-Za-z]+)$/.exec(url);
    const work =
      url === EVENTS_PATH && req.method === 'POST'
        ? handleEvents(req, res)
        : api && req.method === 'POST'
          ? handleApi(req, res, api[1]!)
          : req.method === 'GET' || req.method === 'HEAD'
            ? handleStatic(req, res)
            : Promise.resolve(send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8'));
    work.catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        // Open event streams would otherwise keep `close` waiting for ever.
        streams.closeAll();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
