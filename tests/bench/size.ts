/**
 * Where the database file's bytes are (issue 17): every table and its indexes from SQLite's
 * `dbstat`, the audit log's bytes per row, and the core's memory measured in a process of its own.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { IMAGE_FOLDER } from '../../electron/core/memory-image/image-store';
import { bundleBenchEntry } from './start';

export interface SizeResults {
  fileBytes: number;
  /** Biggest first: a table with its indexes (and an FTS table with its shadow tables). */
  tables: { name: string; bytes: number; rows: number | null }[];
  /** After a clean close: the candidates' memory read back from its image (decision 0036). */
  memory: CoreMemory;
  /** The same with no image (after a crash): the memory read from the rows. */
  memoryRebuilt: CoreMemory;
}

export interface CoreMemory {
  bare: { rss: number; heap: number };
  open: { rss: number; heap: number };
  warm: { rss: number; heap: number };
  peak: number;
  origin: 'image' | 'database' | null;
}

export const SIZE_TARGET_MIB = 350;
export const MEMORY_TARGET_MB = 250;

const ROOT = join(__dirname, '..', '..');

/** The owner of each b-tree: an index counts with its table, an FTS shadow table with its FTS table. */
function ownerOf(sqlite: BetterSqlite3.Database): Map<string, string> {
  const owners = new Map<string, string>();
  for (const r of sqlite.prepare("SELECT name, tbl_name AS tbl FROM sqlite_master WHERE type IN ('table', 'index')").all() as { name: string; tbl: string }[]) {
    owners.set(r.name, r.tbl.replace(/_(data|idx|content|docsize|config)$/, ''));
  }
  return owners;
}

export function measureSize(databaseFile: string, dataDir: string): SizeResults {
  const sqlite = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    const owners = ownerOf(sqlite);
    const bytes = new Map<string, number>();
    for (const r of sqlite.prepare('SELECT name, sum(pgsize) AS size FROM dbstat GROUP BY name').all() as { name: string; size: number }[]) {
      const owner = owners.get(r.name) ?? r.name;
      bytes.set(owner, (bytes.get(owner) ?? 0) + r.size);
    }
    const tables = [...bytes].map(([name, b]) => {
      let rows: number | null = null;
      try {
        rows = (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
      } catch {
        rows = null;
      }
      return { name, bytes: b, rows };
    });
    tables.sort((a, b) => b.bytes - a.bytes);
    const fileBytes = (sqlite.prepare('SELECT page_count * page_size AS b FROM pragma_page_count(), pragma_page_size()').get() as { b: number }).b;
    // The bench's core was closed cleanly on this folder, so its image is there; then without it.
    const memory = coreMemory(dataDir);
    rmSync(join(dataDir, IMAGE_FOLDER), { recursive: true, force: true });
    const memoryRebuilt = coreMemory(dataDir);
    return { fileBytes, tables, memory, memoryRebuilt };
  } finally {
    sqlite.close();
  }
}

const mib = (b: number) => (b / 2 ** 20).toFixed(1);

export function renderSizeSection(r: SizeResults): string {
  const audit = r.tables.find((t) => t.name === 'audit_log');
  const top = r.tables.slice(0, 10);
  const fileMib = r.fileBytes / 2 ** 20;
  return `
## Size of the file and memory of the core

The seeded file, before this run's writes: **${mib(r.fileBytes)} MiB** (target ≤ ${SIZE_TARGET_MIB} MiB: ${fileMib <= SIZE_TARGET_MIB ? 'yes' : '**no**'}). Where the bytes are
(SQLite's \`dbstat\`; a table with its indexes, a search table with its shadow tables):

| table | MiB | rows | share |
|---|---:|---:|---:|
${top.map((t) => `| \`${t.name}\` | ${mib(t.bytes)} | ${t.rows === null ? '—' : t.rows.toLocaleString('en-GB')} | ${Math.round((t.bytes / r.fileBytes) * 100)}% |`).join('\n')}
${audit && audit.rows ? `\nThe audit log: ${Math.round(audit.bytes / audit.rows)} bytes per row with its indexes (≈1.9 KB before the compact form of \`services/audit/changes-codec.ts\`, 2026-11-24; ≈680 bytes before creates were stored as a mask over the field catalogue and the id became the rowid, migration 0018, 2026-12-07).\n` : ''}
What went (decision 0035): \`candidate_skills\` (61 MiB with its two indexes; the skills in use are counted in memory),
the audit log's UUID ids and their index (~22 MiB) and the spelled-out field names of every create (~45 MiB).
What is left above the target is the data itself and what the exchange needs: every travelling record carries
text UUIDs for its id, its office and its author, two timestamps and an HLC (~180 bytes a row before any content),
and a profile's JSON lists (experiences, skills, languages) average ~240 bytes. \`candidate_changes\` and
\`need_changes\` hold the ids the seed wrote (the first read of the caches empties them; their pages are reused).

The core's memory, in a process of its own (tests/bench/memory-child.ts, after a garbage collection): Node with the
modules loaded ${r.memory.bare.rss} MB RSS; the core open and a coordinator logged in ${r.memory.open.rss} MB; with both matching caches loaded, a
ranking, a reverse ranking and a profile opened **${r.memory.warm.rss} MB RSS** (V8 heap ${r.memory.warm.heap} MB; target ≤ ${MEMORY_TARGET_MB} MB:
${r.memory.warm.rss <= MEMORY_TARGET_MB ? 'yes' : '**no**'}); peak ${r.memory.peak} MB while loading. That is a start after a clean close, the candidates read
back from the image the close wrote (memory from ${r.memory.origin ?? '—'}, decision 0036). After a crash, with the people read from the rows (memory from
${r.memoryRebuilt.origin ?? '—'}): ${r.memoryRebuilt.warm.rss} MB RSS warm (V8 heap ${r.memoryRebuilt.warm.heap} MB), peak ${r.memoryRebuilt.peak} MB.
`;
}

/** The core's memory with warm caches, in a process of its own (memory-child.ts). */
export function coreMemory(dataDir: string): CoreMemory {
  // Bundled as the app's core is (start.ts): under tsx, its compiler and cache alone add ~80 MB.
  const run = spawnSync(process.execPath, ['--expose-gc', bundleBenchEntry(join(__dirname, 'memory-child.ts'), 'memory-child.cjs'), dataDir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
  if (run.status !== 0) throw new Error(`memory child failed:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as CoreMemory;
}
