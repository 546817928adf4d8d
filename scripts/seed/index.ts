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
import { FAST_PATH, FastPath, PLAIN_PATH, restoreMissingIndexes, SchemaMirror, type FastPathOptions, type FastPathReport } from './fast-path';

export interface SeedOptions {
  dataDir: string;
  profile: SeedProfileName;
  /** Add the data even when the folder already has candidates. */
  force?: boolean;
  /** Faker seed: the same seed on an empty folder gives the same people. */
  seed?: number;
  today?: Date;
  /** Records written per transaction (default: the path's own, 20,000 fast, 1,000 plain). */
  batchSize?: number;
  /**
   * The fast path (scripts/seed/fast-path.ts): true for all of it, false for the plain path (1,000 records
   * per transaction, nothing set aside), or the parts to use. Default: fast for piemonte100 only.
   */
  fast?: boolean | Partial<FastPathOptions>;
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
  /** `finish` is the indexes built again and the search tables optimized, at the end of the fast path. */
  seconds: { associations: number; candidates: number; needs: number; matches: number; finish: number; total: number };
  fastPath: FastPathReport;
}

/**
 * The fast path is the default for the two big profiles: with the services' own writes compiled once
 * (db/prepared.ts) it seeds piemonte10 in ~170 s against ~207 s for the plain path (issue 17's target is
 * 180 s). The small profiles keep the plain path, 1,000 records per transaction, as the app writes.
 */
function fastPathOptions(profile: SeedProfileName, fast: SeedOptions['fast'], batchSize: number | undefined): FastPathOptions {
  const wanted = fast ?? (profile === 'piemonte10' || profile === 'piemonte100');
  const chosen = wanted === false ? PLAIN_PATH : wanted === true ? FAST_PATH : { ...FAST_PATH, ...wanted };
  return batchSize === undefined ? chosen : { ...chosen, batchSize };
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
  const pathOptions = fastPathOptions(options.profile, options.fast, options.batchSize);
  const mirror = new SchemaMirror(SOURCE_MIGRATIONS_FOLDER);
  let fastPath: FastPath | null = null;
  try {
    const { sqlite } = core.state.database;
    // A fast seed killed half-way (no `finally` runs then) left indexes aside: any seed on the folder builds them again.
    const missing = restoreMissingIndexes(sqlite, mirror);
    if (missing.length > 0) log(`Indici mancanti ricostruiti (un caricamento interrotto?): ${missing.join(', ')}`);
    const existing = (sqlite.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n;
    if (existing > 0 && !options.force) throw new SeedRefusedError(options.dataDir, existing);

    const setUpNow = await ensureFirstStart(core);
    const site = core.state.site!;
    const base: BaseContext = { db: core.state.database.db, sqlite, clock: site.clock, siteId: site.id, dataDir: core.state.dataDir };
    // A forced second run must not make the same people again (they would come out as omocodic twins).
    fakerIT.seed((options.seed ?? 2026) + existing);
    const actors = await ensureOperators(writeCtx({ ...base, actor: { id: null, name: 'Dati di prova' }, now: () => today }), fakerIT, profile.operators, setUpNow);
    fastPath = new FastPath(sqlite, pathOptions, pathOptions.deferIndexes ? mirror : null);
    const batchSize = pathOptions.batchSize;

    const associationsStart = performance.now();
    log(`Associazioni: ${profile.associations.toLocaleString('it-IT')}`);
    const associations = fillAssociations(base, actors.admin, profile.associations, timeline(today, profile.associations, 3), progressPrinter('associazioni', log, associationsStart), batchSize);

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
      batchSize,
    }, progressPrinter('candidati', log, candidatesStart));
    const candidatesDone = performance.now();

    log(`Fabbisogni da creare: ${profile.needs.toLocaleString('it-IT')}, poi le proposte di candidati`);
    const needsAndMatches = fillNeedsAndMatches(base, fakerIT, actors, {
      count: profile.needs,
      today,
      at: timeline(today, profile.needs, 1.5),
      batchSize,
    }, (phase) => progressPrinter(phase === 'needs' ? 'fabbisogni' : 'fabbisogni con proposte', log, performance.now()));

    const finishStart = performance.now();
    const fastPathReport = fastPath.finish();
    if (fastPathReport.deferred.length > 0) {
      log(`Indici ricostruiti: ${fastPathReport.deferred.length} in ${fastPathReport.seconds.indexes.toFixed(1)} s` +
        (fastPathReport.neededEarly.length > 0 ? ` (${fastPathReport.neededEarly.join(', ')} già durante il caricamento)` : ''));
    }
    if (pathOptions.fts) log(`Indici di ricerca ottimizzati in ${fastPathReport.seconds.optimize.toFixed(1)} s`);
    // Fold the write-ahead log into the database file, so the folder can be copied as one file.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const finishSeconds = (performance.now() - finishStart) / 1000;
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
        finish: finishSeconds,
        total: (performance.now() - started) / 1000,
      },
      fastPath: fastPathReport,
    };
  } finally {
    try {
      // A seed that stopped half-way still leaves every index and the app's settings behind.
      fastPath?.finish();
    } catch (error) {
      // The error that stopped the seed matters more; the next seed on the folder builds what is missing.
      log(`Indici non ricostruiti: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      core.close();
      mirror.close();
    }
  }
}
