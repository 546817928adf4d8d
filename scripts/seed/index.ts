/**
 * Fills a data folder with realistic demo data (see scripts/seed.ts for the command line and
 * tests/bench/bench.ts, which seeds the folder it measures). Refuses a folder that already has
 * candidates unless forced, so a real office's data is never padded with fake people by mistake.
 */
import { writeCtx } from '../../electron/core/context';
import { fakerIT } from '@faker-js/faker';
import { performance } from 'node:perf_hooks';
import { createCore, SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/core';
import { ensureFirstStart, ensureOperators, type Credential } from './first-start';
import { fillAssociations, fillCandidates, timeline, type BaseContext, type CandidateFillReport } from './fill';
import { fillNeedsAndMatches, type MatchFillReport, type NeedFillReport } from './needs';
import { SEED_PROFILES, type SeedProfileName } from './profiles';

export interface SeedOptions {
  dataDir: string;
  profile: SeedProfileName;
  /** Add the data even when the folder already has candidates. */
  force?: boolean;
  /** Faker seed: the same seed on an empty folder gives the same people. */
  seed?: number;
  today?: Date;
  /** Candidates written per transaction. */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface SeedReport {
  profile: SeedProfileName;
  dataDir: string;
  setUpNow: boolean;
  credentials: Credential[];
  associations: number;
  candidates: CandidateFillReport;
  needs: NeedFillReport;
  matches: MatchFillReport;
  seconds: { associations: number; candidates: number; needs: number; matches: number; total: number };
}

/** Raised instead of writing anything when the folder already holds candidates. */
export class SeedRefusedError extends Error {
  constructor(dataDir: string, existing: number) {
    super(
      `La cartella dati ${dataDir} contiene già ${existing.toLocaleString('it-IT')} candidati: non aggiungo dati di prova. ` +
        `Per aggiungerli comunque usa --force.\n` +
        `The data folder ${dataDir} already holds ${existing} candidates: nothing was added. Use --force to add the demo data anyway.`,
    );
    this.name = 'SeedRefusedError';
  }
}

/** Prints a line at every tenth of the way, not at every batch. */
function progressPrinter(label: string, log: (line: string) => void, started: number) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const tenth = Math.floor((done * 10) / total);
    if (tenth === lastTenth && done !== total) return;
    lastTenth = tenth;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`  ${label}: ${done.toLocaleString('it-IT')} / ${total.toLocaleString('it-IT')} (${seconds} s)`);
  };
}

export async function seedDataFolder(options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  const profile = SEED_PROFILES[options.profile];
  const today = options.today ?? new Date();
  const started = performance.now();
  const core = createCore({ dataDir: options.dataDir, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  try {
    const { sqlite } = core.state.database;
    const existing = (sqlite.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n;
    if (existing > 0 && !options.force) throw new SeedRefusedError(options.dataDir, existing);

    const setUpNow = await ensureFirstStart(core);
    const site = core.state.site!;
    const base: BaseContext = { db: core.state.database.db, sqlite, clock: site.clock, siteId: site.id, dataDir: core.state.dataDir };
    // A forced second run must not make the same people again (they would come out as omocodic twins).
    fakerIT.seed((options.seed ?? 2026) + existing);
    const actors = await ensureOperators(writeCtx({ ...base, actor: { id: null, name: 'Dati di prova' }, now: () => today }), fakerIT, profile.operators, setUpNow);

    const associationsStart = performance.now();
    log(`Associazioni: ${profile.associations.toLocaleString('it-IT')}`);
    const associations = fillAssociations(base, actors.admin, profile.associations, timeline(today, profile.associations, 3), progressPrinter('associazioni', log, associationsStart));

    const candidatesStart = performance.now();
    log(`Candidati: ${profile.candidates.toLocaleString('it-IT')} (di cui ${profile.duplicatePairs} quasi-doppioni)`);
    // Codes already in the folder (a forced run) must not be given to the new people.
    const usedTaxCodes = new Set((sqlite.prepare('SELECT tax_code AS c FROM candidates').all() as { c: string }[]).map((r) => r.c));
    const candidates = fillCandidates(base, fakerIT, actors, {
      count: profile.candidates,
      duplicatePairs: profile.duplicatePairs,
      today,
      at: timeline(today, profile.candidates, 3),
      usedTaxCodes,
      batchSize: options.batchSize ?? 1000,
    }, progressPrinter('candidati', log, candidatesStart));
    const candidatesDone = performance.now();

    log(`Fabbisogni da creare: ${profile.needs.toLocaleString('it-IT')}, poi le proposte di candidati`);
    const needsAndMatches = fillNeedsAndMatches(base, fakerIT, actors, {
      count: profile.needs,
      today,
      at: timeline(today, profile.needs, 1.5),
    }, (phase) => progressPrinter(phase === 'needs' ? 'fabbisogni' : 'fabbisogni con proposte', log, performance.now()));

    // Fold the write-ahead log into the database file, so the folder can be copied as one file.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return {
      profile: options.profile,
      dataDir: options.dataDir,
      setUpNow,
      credentials: actors.created,
      associations,
      candidates,
      needs: needsAndMatches.needs,
      matches: needsAndMatches.matches,
      seconds: {
        associations: (candidatesStart - associationsStart) / 1000,
        candidates: (candidatesDone - candidatesStart) / 1000,
        needs: needsAndMatches.seconds.needs,
        matches: needsAndMatches.seconds.matches,
        total: (performance.now() - started) / 1000,
      },
    };
  } finally {
    core.close();
  }
}
