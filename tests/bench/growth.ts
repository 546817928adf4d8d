/**
 * How it grows (issue 17): the same operations on desks of 10,000, 100,000 and 1,000,000 candidates
 * (seed profiles piemonte1, piemonte10, piemonte100), each through the handler table as the UI calls
 * them, with the floors measured in the same run on the same folder: the search shapes and the raw
 * FTS5 page, a search typed with filters set, the ranking of everyone for a need and a bare pass over
 * the ranking's columns, opening a profile and the bare row read, a create, the file's size and the
 * core's memory with warm caches (tests/bench/memory-child.ts, in a process of its own).
 *
 * `BENCH_ONLY=growth npm run bench`: every profile (seeded once and cached in the temp folder, like the
 * main bench's), then the "How it grows" section of docs/benchmarks.md. GROWTH_PROFILES=piemonte1,piemonte10
 * measures only those (the section is written only when all three were measured); GROWTH_SEED_ONLY=1 seeds
 * the missing caches and stops (the 1M seed takes most of an hour: run it alone, with nohup).
 */
import { rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fakerIT as faker } from '@faker-js/faker';
import { CANDIDATE_STATUSES } from '@shared/api/candidates';
import type { MethodInput, MethodName } from '@shared/api/contract';
import { DATABASE_FILE } from '../../electron/core/core';
import { readCtxOf } from '../../electron/core/api/service-ctx';
import { candidateColumns, warmMatchingCaches } from '../../electron/core/services/matches/facts';
import type { SeedReport } from '../../scripts/seed/index';
import type { SeedProfileName } from '../../scripts/seed/profiles';
import { createHarness } from '../support/core-harness';
import { fakeCandidate } from '../fixtures/candidates';
import { PIEDMONT_PROVINCES } from '../fixtures/candidate-places';
import { rawFts, searchShapes } from './candidate-queries';
import { benchDataset } from './dataset';
import { summariseRuns, timeEach, timeRuns, WARM_UP, type Timing } from './measure';
import { coreMemory } from './size';

export const GROWTH_PROFILES = ['piemonte1', 'piemonte10', 'piemonte100'] as const satisfies readonly SeedProfileName[];
export type GrowthProfile = (typeof GROWTH_PROFILES)[number];

/** One line of the table: a handler figure, or a floor measured beside it. */
export interface GrowthLine {
  key: string;
  name: string;
  /** The floor's line, for a handler figure that has one. */
  floorOf?: string;
  timing: Timing;
}

export interface GrowthResult {
  profile: GrowthProfile;
  counts: { candidates: number; associations: number; needs: number; matches: number; notes: number };
  seed: { report: SeedReport; seededAt: string; reused: boolean };
  lines: GrowthLine[];
  /** Loading every live profile into memory (the ranking's columns and the list's filters) and the open needs: ms, once. */
  warmUpMs: number;
  fileBytes: number;
  memory: { bare: { rss: number; heap: number }; open: { rss: number; heap: number }; warm: { rss: number; heap: number }; peak: number };
  /** Share of each search shape's queries answered with `broad: true` (over the match cap), by shape name. */
  broadShare: Record<string, number>;
  /**
   * Rowids in the match lists of every single letter a–z and of the 48 two-letter prefixes the filtered
   * search types, summed: what search/match-list-cache.ts would keep to answer them all from memory.
   */
  shortLists: { oneLetter: number; twoLetters: number };
  load: { start: number[]; end: number[] };
  measuredAt: string;
}


function runs(): number {
  return Number(process.env.GROWTH_RUNS ?? 200);
}

/** The timing of `count` calls after one untimed: for the floors that are one bare pass. */
const medianOf = (count: number, run: (i: number) => unknown): Timing => timeRuns(count, run);

function memoryOf(dataDir: string): GrowthResult['memory'] {
  return coreMemory(dataDir);
}

/** Values of the list in a random order, each once until the list runs out. */
function distinct<T>(list: T[]): () => T {
  const shuffled = faker.helpers.shuffle([...list]);
  let next = 0;
  return () => shuffled[next++ % shuffled.length]!;
}

export async function benchGrowthProfile(profile: GrowthProfile, log: (line: string) => void): Promise<GrowthResult> {
  const dataset = await benchDataset(profile, log, { fast: true });
  const total = WARM_UP + runs();
  try {
    const loadStart = loadavg();
    const h = createHarness({ dataDir: dataset.runDir });
    // The daily backup would start copying the file two minutes in, in the middle of the figures.
    await h.core.backups?.stop();
    const session = await h.sessionAs('coordinatore');
    const { sqlite } = h.core.state.database;
    faker.seed(2027);
    const lines: GrowthLine[] = [];
    const add = (key: string, name: string, timing: Timing, floorOf?: string) => {
      lines.push({ key, name, timing, floorOf });
      log(`${profile} ${name}: p50 ${timing.p50.toFixed(2)} ms, p95 ${timing.p95.toFixed(2)} ms`);
    };
    const handler = async <M extends MethodName>(method: M, make: () => MethodInput<M>, seen?: (value: unknown) => void) =>
      timeEach(Array.from({ length: total }, make), async (input) => {
        const value = await h.ok(method, input, session);
        seen?.(value);
      });

    // What the app does 1.5 s after a start (Core.warmUp), timed: every live profile and open need into memory.
    const t0 = performance.now();
    warmMatchingCaches(readCtxOf(h.core.state));
    const warmUpMs = performance.now() - t0;
    log(`${profile} caches loaded in ${warmUpMs.toFixed(0)} ms`);

    const fts = rawFts(sqlite);
    const broadShare: Record<string, number> = {};
    for (const [i, shape] of searchShapes(sqlite, faker, total).entries()) {
      let broad = 0;
      const timing = await timeEach(shape.queries, async (query) => {
        const value = await h.ok('candidates.list', { query }, session);
        if (value.broad) broad++;
      });
      broadShare[shape.name] = broad / shape.queries.length;
      add(`search${i}`, `Ricerca: ${shape.name.toLocaleLowerCase('it')} (\`${shape.example}\`)`, timing);
      add(`search${i}-floor`, 'floor: raw FTS5, one page', await timeEach(shape.queries, fts), `search${i}`);
    }

    // The same one-letter search again right away: its match list is then surely in memory.
    const again: number[] = [];
    for (const query of searchShapes(sqlite, faker, total)[0]!.queries) {
      await h.ok('candidates.list', { query }, session);
      const t1 = performance.now();
      await h.ok('candidates.list', { query }, session);
      again.push(performance.now() - t1);
    }
    add('search0-again', 'the same letter again at once (its match list in memory)', summariseRuns(again.slice(WARM_UP)), 'search0');

    const operatorIds = (sqlite.prepare('SELECT id FROM operators WHERE deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id);
    const INITIALS = ['a', 'b', 'c', 'd', 'f', 'g', 'l', 'm', 'p', 'r', 's', 't', 'v'];
    const VOWELS = ['a', 'e', 'i', 'o'];
    const initial = () => faker.helpers.arrayElement(INITIALS);
    add('filters2', 'Ricerca (due lettere) + stato + provincia', await handler('candidates.list', () => ({
      query: `${initial()}${faker.helpers.arrayElement(VOWELS)}`,
      status: faker.helpers.arrayElement(CANDIDATE_STATUSES),
      province: faker.helpers.arrayElement(PIEDMONT_PROVINCES),
    })));
    add('filters1', 'Ricerca (una lettera) + operatore di riferimento', await handler('candidates.list', () => ({
      query: initial(),
      operatorId: faker.helpers.arrayElement(operatorIds),
    })));

    const needIds = (sqlite.prepare('SELECT id FROM needs WHERE deleted_at IS NULL ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
    const need = distinct(needIds);
    add('rank', 'Classifica dei candidati per un fabbisogno (matches.rankCandidates), a caldo', await handler('matches.rankCandidates', () => ({
      needId: need(),
      includeUnavailable: false,
      page: 1,
      pageSize: 20,
    })));
    // The floor: one bare pass over one typed column of everyone, the least any ranking must do.
    const ctx = readCtxOf(h.core.state);
    add('rank-floor', 'floor: a bare pass over one column of every live person', medianOf(runs(), () => {
      const { comune, count } = candidateColumns(ctx);
      let same = 0;
      for (let i = 0; i < count; i++) if (comune[i] === 7) same++;
      return same;
    }), 'rank');

    const ids = (sqlite.prepare('SELECT id FROM candidates WHERE deleted_at IS NULL AND rowid % 97 = 0').all() as { id: string }[]).map((r) => r.id);
    add('profile', 'Apertura di un profilo (candidates.get)', await handler('candidates.get', () => ({ id: faker.helpers.arrayElement(ids) })));
    const row = sqlite.prepare('SELECT * FROM candidates WHERE id = ?');
    add('profile-floor', 'floor: the row read by its id, bare', await timeEach(Array.from({ length: total }, () => faker.helpers.arrayElement(ids)), (id) => row.get(id)), 'profile');

    // Last: the writes change the copy.
    const usedTaxCodes = new Set((sqlite.prepare('SELECT tax_code AS c FROM candidates').all() as { c: string }[]).map((r) => r.c));
    add('create', 'Nuovo candidato (candidates.create: scrittura + indice + audit)', await handler('candidates.create', () => fakeCandidate(faker, { usedTaxCodes })));

    const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    const matches = sqlite.prepare('SELECT count(*) AS n FROM candidates_fts WHERE candidates_fts MATCH ?').pluck();
    const listSum = (words: string[]) => words.reduce((sum, w) => sum + (matches.get(`"${w}"*`) as number), 0);
    const shortLists = {
      oneLetter: listSum([...'abcdefghijklmnopqrstuvwxyz']),
      twoLetters: listSum(INITIALS.flatMap((a) => VOWELS.map((v) => `${a}${v}`))),
    };
    const counts = {
      candidates: dataset.seed.candidates.created,
      associations: dataset.seed.associations,
      needs: dataset.seed.needs.created,
      matches: dataset.seed.matches.created,
      notes: dataset.seed.candidates.notes,
    };
    log(`${profile}: ${count('SELECT count(*) AS n FROM candidates')} candidates in the measured copy after the creates`);
    const loadEnd = loadavg();
    h.core.close();
    const memory = memoryOf(dataset.runDir);
    log(`${profile} core memory warm ${memory.warm.rss} MB RSS`);
    const cached = join(dataset.cacheDir, DATABASE_FILE);
    return {
      profile,
      counts,
      seed: { report: dataset.seed, seededAt: dataset.seededAt, reused: dataset.reused },
      lines,
      warmUpMs,
      fileBytes: statSync(cached).size,
      memory,
      broadShare,
      shortLists,
      load: { start: loadStart, end: loadEnd },
      measuredAt: new Date().toISOString(),
    };
  } finally {
    rmSync(dataset.runDir, { recursive: true, force: true });
  }
}

/** The profiles this run measures: GROWTH_PROFILES, or all three. */
export function growthProfiles(): GrowthProfile[] {
  const chosen = process.env.GROWTH_PROFILES?.split(',').map((p) => p.trim()).filter(Boolean);
  if (!chosen) return [...GROWTH_PROFILES];
  for (const p of chosen) if (!(GROWTH_PROFILES as readonly string[]).includes(p)) throw new Error(`GROWTH_PROFILES: unknown profile ${p}`);
  return chosen as GrowthProfile[];
}

export async function benchGrowth(log: (line: string) => void): Promise<GrowthResult[]> {
  const results: GrowthResult[] = [];
  for (const profile of growthProfiles()) {
    if (process.env.GROWTH_SEED_ONLY) {
      const dataset = await benchDataset(profile, log, { fast: true });
      rmSync(dataset.runDir, { recursive: true, force: true });
      continue;
    }
    results.push(await benchGrowthProfile(profile, log));
  }
  return results;
}
