/**
 * Start → first screen (issue 17), on a copy of the bench folder, timed until the login screen can
 * be shown (the page served and its first call, `setup.status`, answered):
 * - the web host bundled into one file, as electron-vite bundles the core for the desktop app
 *   (out/main/core-host.js): the app's own start;
 * - the web host as `npm run web` starts it, compiled by tsx on the fly: the developer's start.
 * Beside them, in the same run, the floors: Node starting an empty script, tsx starting one, and
 * the bare open of the database file with one query.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { cpus, platform, release, totalmem } from 'node:os';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { WEB_TOKEN_HEADER, WEB_TOKEN_META } from '@shared/api/transport';
import { writeMarkedSection } from './marked-section';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface StartResults {
  /** Each start of the bundled host: ms from spawn to the page served, and to the first call answered. */
  samples: { page: number; firstCall: number }[];
  /** The same through tsx (`npm run web`). */
  devSamples: { page: number; firstCall: number }[];
  /** Node starting a script that does nothing. */
  nodeFloor: number[];
  /** tsx starting a script that does nothing: the loader's own cost. */
  loaderFloor: number[];
  /** Opening the database file and reading one row. */
  openFloor: number[];
}

function get(port: number, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function until<T>(attempt: () => Promise<T | null>, limitMs: number): Promise<T> {
  const end = performance.now() + limitMs;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== null) return value;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > end) throw new Error('the web host did not answer in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * The web host in one file, with `db` beside it so its migrations folder resolves as in the
 * source tree; the packages stay outside, as electron-vite leaves them.
 */
const BUNDLE_DIR = join(ROOT, 'out', 'bench-host');
/** One entry point bundled into out/bench-host; returns the file to run. */
export function bundleBenchEntry(entry: string, name: string): string {
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const link = join(BUNDLE_DIR, 'db');
  if (!existsSync(link)) symlinkSync(join('..', '..', 'electron', 'core', 'db'), link);
  const out = join(BUNDLE_DIR, name);
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile: out, tsconfig: join(ROOT, 'tsconfig.node.json'), logLevel: 'warning' });
  return out;
}
const bundleHost = () => bundleBenchEntry(join(ROOT, 'electron', 'web-host', 'cli.ts'), 'cli.cjs');

async function startOnce(entry: string[], dataDir: string, port: number): Promise<{ page: number; firstCall: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...entry, '--data-dir', dataDir, '--port', String(port), '--static-dir', join(ROOT, 'out', 'renderer')], { cwd: ROOT, stdio: 'ignore' });
  try {
    const page = await until(async () => {
      const r = await get(port, '/');
      return r.status === 200 ? r.text : null;
    }, 120_000);
    const tPage = performance.now() - t0;
    const token = new RegExp(`name="${WEB_TOKEN_META}" content="([^"]+)"`).exec(page)?.[1];
    if (!token) throw new Error('no token in the page');
    const headers = { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json', [WEB_TOKEN_HEADER]: token };
    await until(async () => {
      const r = await get(port, '/api/setup.status', '{}', headers);
      return r.status === 200 && (JSON.parse(r.text) as { ok: boolean }).ok ? true : null;
    }, 120_000);
    return { page: tPage, firstCall: performance.now() - t0 };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

function emptyStart(args: string[]): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  return new Promise((resolve) => child.once('exit', () => resolve(performance.now() - t0)));
}

function openFloor(file: string): number {
  const t0 = performance.now();
  const db = new BetterSqlite3(file, { readonly: true });
  db.prepare('SELECT count(*) FROM operators').get();
  db.close();
  return performance.now() - t0;
}

/** `runs` starts of the web host on `dataDir` (a copy the caller owns: the first start may migrate it). */
export async function benchStart(dataDir: string, runs: number, log: (line: string) => void): Promise<StartResults> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    const built = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('npm run build:renderer failed');
  }
  const bundled = bundleHost();
  const r: StartResults = { samples: [], devSamples: [], nodeFloor: [], loaderFloor: [], openFloor: [] };
  for (let i = 0; i < runs + 1; i++) {
    // The first start of each is not counted: it may run the migrations this version brings.
    const app = await startOnce([bundled], dataDir, 5300 + 2 * i);
    const dev = await startOnce([TSX, join(ROOT, 'electron', 'web-host', 'cli.ts')], dataDir, 5301 + 2 * i);
    log(`start ${i}${i === 0 ? ' (not counted)' : ''}: bundled ${app.firstCall.toFixed(0)} ms, tsx ${dev.firstCall.toFixed(0)} ms`);
    if (i === 0) continue;
    r.samples.push(app);
    r.devSamples.push(dev);
    r.nodeFloor.push(await emptyStart(['-e', '']));
    r.loaderFloor.push(await emptyStart([TSX, '-e', '']));
    r.openFloor.push(openFloor(join(dataDir, 'exar.sqlite')));
  }
  return r;
}

const START = '<!-- start:start -->';
const END = '<!-- start:end -->';
export const START_TARGET_MS = 1_500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function renderStartSection(r: StartResults, load: number[]): string {
  const first = median(r.samples.map((s) => s.firstCall));
  const dev = median(r.devSamples.map((s) => s.firstCall));
  const node = median(r.nodeFloor);
  const loader = median(r.loaderFloor);
  return `${START}
## Avvio: dal comando alla schermata di accesso

Measured on ${new Date().toISOString().slice(0, 10)} (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB,
${platform()} ${release()}, Node ${process.version}; load average at the end ${load.map((l) => l.toFixed(2)).join(' / ')}) on a copy of the
piemonte10 desk, tests/bench/start.ts: ${r.samples.length} starts of each after one not counted (it may migrate the copy), timed from
the spawn until the page is served and until the login screen's first call (\`setup.status\`) is answered. Times in ms.

| start | bundled host: page | bundled host: login screen ready | \`npm run web\` (tsx): page | tsx: login screen ready |
|---|---:|---:|---:|---:|
${r.samples.map((s, i) => `| ${i + 1} | ${s.page.toFixed(0)} | ${s.firstCall.toFixed(0)} | ${r.devSamples[i]!.page.toFixed(0)} | ${r.devSamples[i]!.firstCall.toFixed(0)} |`).join('\n')}

The **bundled host** is the web host in one file built by esbuild, as electron-vite bundles the core for the desktop app
(\`out/main/core-host.js\`): median to the login screen **${first.toFixed(0)} ms** (target ≤ ${START_TARGET_MS} ms: ${first <= START_TARGET_MS ? 'yes' : '**no**'}).
Floors in the same run (medians): Node starting an empty script ${node.toFixed(0)} ms; the database file opened and read once
${median(r.openFloor).toFixed(1)} ms. Above Node's own start, about ${(first - node).toFixed(0)} ms go to loading the core's modules
(the API contract's zod schemas are built at load), opening the file, checking the migrations and the start-up checks.
Through tsx (${dev.toFixed(0)} ms) the modules are compiled on the fly; tsx alone starting an empty script costs ${loader.toFixed(0)} ms.

Nothing heavy is on the start path any more: the daily backup runs two minutes after the start, in the background, by the
online backup API (decision 0022), and the matching caches are filled 1.5 s after it, while the login screen waits for a
password (\`Core.warmUp\`). Before both, the start took 7.3 s on this folder, 5.4 s of it the \`VACUUM INTO\` backup at every start.
${END}`;
}

export function writeStartSection(file: string, section: string): void {
  writeMarkedSection(file, START, END, section);
}
