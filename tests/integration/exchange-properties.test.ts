/**
 * Property-based tests of the regional exchange (fast-check). Random days of three desks:
 * associations created (with an operating site), edited, deleted and restored; candidates created
 * (sometimes the same person at two desks), edited, deleted and restored, merged; needs opened; PC
 * clocks hours apart, Alessandria's running backwards; maybe an exchange round at midday after which
 * the desks hold the regional register and two of them edit the same association. Each desk sends one
 * to three bundles; all of them are imported into two fresh regional offices, in two random orders,
 * some twice. Whatever the day and the orders:
 *
 * 1. order independence: the two regional offices hold the same (canonical dump of every travelling
 *    table and of the exchange's bookkeeping);
 * 2. nothing lost: the newest version of each record a desk sent is the stored row, or kept in
 *    exchange_versions for that record and its writer, or superseded by a later version of the same
 *    writer; once every bundle is in, nothing waits for its parent;
 * 3. nothing duplicated nor invented: each table holds exactly the records the desks sent, each as the
 *    newest version sent (last writer wins by hlc), so the live counts are the desks' too; merge
 *    proposals are open for exactly the pairs of live profiles sharing a codice fiscale;
 * 4. idempotency: importing a bundle again changes nothing, also when the office has forgotten it did.
 *
 * Along the way: a desk's versions keep increasing whatever its clock does, and a version sent twice
 * (by two exports, or by two desks) is the same.
 *
 * A run copies data folders set up once (three desks, one regional office) instead of running the
 * first start and its scrypt again. EXAR_PROPERTY_RUNS changes the number of runs; EXAR_PROPERTY_SEED
 * and EXAR_PROPERTY_PATH replay a counterexample fast-check reported.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writerOf } from '../../electron/core/exchange/known';
import type { BundleRow } from '../../electron/core/exchange/manifest';
import { EXCHANGE_TABLE_NAMES } from '@shared/api/exchange-tables';
import { importInto, type Office } from '../support/exchange-offices';
import {
  canonicalDump,
  DESK_CODES,
  disposeTemplate,
  forgetImport,
  HistoryRun,
  ManualClock,
  MAX_BUNDLES,
  openCopy,
  prepareTemplate,
  readBundle,
  REGION_CODE,
  SHARED_PEOPLE,
  sqliteOf,
  T0,
  type BundleRecord,
  type DeskOp,
  type Dump,
  type ExportedBundle,
  type History,
  type OwnRows,
  type Row,
  type RunTemplates,
  type TimedOp,
} from '../support/exchange-history';

const NUM_RUNS = Number(process.env.EXAR_PROPERTY_RUNS ?? 500);
const HOUR = 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Generators: small days (three to eight operations per desk), shrinking towards fewer and simpler steps.

/** Which record: among the first four, so that two desks often pick the same association. */
const pick = fc.nat({ max: 3 });
const person = fc.oneof(fc.constant('new' as const), fc.nat({ max: SHARED_PEOPLE - 1 }));

type Weights = Record<Exclude<DeskOp['kind'], 'pause'>, number>;

/**
 * A desk's operations, more or less likely; `pause` (only the clock moves) comes first, so that
 * operations which do not matter to a counterexample shrink to it. `others`: whether an edit or a
 * new need may go to an association another desk registered.
 */
function deskOp(w: Weights, others: fc.Arbitrary<boolean>): fc.Arbitrary<DeskOp> {
  const field = fc.constantFrom('phone' as const, 'notes' as const, 'site' as const);
  return fc.oneof(
    { withCrossShrink: true },
    { weight: 1, arbitrary: fc.constant({ kind: 'pause' as const }) },
    { weight: w.createAssociation, arbitrary: fc.constant({ kind: 'createAssociation' as const }) },
    { weight: w.editAssociation, arbitrary: fc.record({ kind: fc.constant('editAssociation' as const), pick, others, field }) },
    { weight: w.deleteOrRestoreAssociation, arbitrary: fc.record({ kind: fc.constant('deleteOrRestoreAssociation' as const), pick }) },
    // Half of the new profiles are one of the day's people, whom another desk may register too.
    { weight: w.createCandidate, arbitrary: fc.record({ kind: fc.constant('createCandidate' as const), person }) },
    { weight: w.editCandidate, arbitrary: fc.record({ kind: fc.constant('editCandidate' as const), pick }) },
    { weight: w.deleteOrRestoreCandidate, arbitrary: fc.record({ kind: fc.constant('deleteOrRestoreCandidate' as const), pick }) },
    { weight: w.createNeed, arbitrary: fc.record({ kind: fc.constant('createNeed' as const), pick, others }) },
    { weight: w.mergeCandidates, arbitrary: fc.record({ kind: fc.constant('mergeCandidates' as const), survivor: pick, absorbed: pick }) },
    { weight: w.export, arbitrary: fc.record({ kind: fc.constant('export' as const), full: fc.boolean() }) },
  );
}

/** Mornings mostly register; afternoons mostly change what is there, the other desks' associations too. */
const MORNING: Weights = {
  createAssociation: 3,
  editAssociation: 1,
  deleteOrRestoreAssociation: 1,
  createCandidate: 5,
  editCandidate: 1,
  deleteOrRestoreCandidate: 1,
  createNeed: 2,
  mergeCandidates: 1,
  export: 1,
};
const AFTERNOON: Weights = {
  createAssociation: 1,
  editAssociation: 4,
  deleteOrRestoreAssociation: 1,
  createCandidate: 2,
  editCandidate: 2,
  deleteOrRestoreCandidate: 1,
  createNeed: 3,
  mergeCandidates: 3,
  export: 1,
};

const timed = (op: fc.Arbitrary<DeskOp>): fc.Arbitrary<TimedOp> =>
  fc.record({
    at: fc.nat({ max: 9 }),
    // Up to five minutes between two operations of a desk.
    seconds: fc.integer({ min: 1, max: 300 }),
    op,
  });

/** Three to eight operations per desk. */
const morning = fc.array(timed(deskOp(MORNING, fc.constant(false))), { minLength: 2, maxLength: 4 });
const afternoon = fc.array(timed(deskOp(AFTERNOON, fc.boolean())), { minLength: 1, maxLength: 4 });
const offset = fc.integer({ min: -6, max: 6 });
/** Usually true, or usually false; both shrink to false. */
const likely = fc.oneof({ withCrossShrink: true }, { weight: 1, arbitrary: fc.constant(false) }, { weight: 3, arbitrary: fc.constant(true) });
const unlikely = fc.oneof({ withCrossShrink: true }, { weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

const historyArb: fc.Arbitrary<History> = fc.record({
  offsetHours: fc.tuple(offset, offset, offset),
  morning: fc.tuple(morning, morning, morning),
  round: fc.option(fc.record({ to: fc.tuple(likely, likely, likely) }), { freq: 5 }),
  afternoon: fc.tuple(afternoon, afternoon, afternoon),
  lastExportFull: fc.tuple(unlikely, unlikely, unlikely),
});

/** The order a regional office imports the bundles in, and which it imports again. */
interface ImportPlan {
  /** Sort keys: bundle i comes at its key's place (ties: in the order they were exported). */
  keys: readonly number[];
  /**
   * Bundles imported again somewhere after their first import: «again» is the same file (recognised,
   * nothing done), «replay» the same file after the office forgot it (every record merged again).
   */
  repeats: readonly { bundle: number; later: number; mode: 'again' | 'replay' }[];
}

const planArb: fc.Arbitrary<ImportPlan> = fc.record({
  keys: fc.array(fc.nat({ max: 20 }), { minLength: MAX_BUNDLES, maxLength: MAX_BUNDLES }),
  repeats: fc.array(
    fc.record({ bundle: fc.nat({ max: MAX_BUNDLES - 1 }), later: fc.nat({ max: 2 * MAX_BUNDLES }), mode: fc.constantFrom('replay' as const, 'again' as const) }),
    { maxLength: 2 },
  ),
});

interface Import {
  bundle: ExportedBundle;
  repeat: 'again' | 'replay' | null;
}

function importOrder(bundles: readonly ExportedBundle[], plan: ImportPlan): Import[] {
  const order: Import[] = [...bundles]
    .sort((a, b) => plan.keys[a.index]! - plan.keys[b.index]! || a.index - b.index)
    .map((bundle) => ({ bundle, repeat: null }));
  for (const r of plan.repeats) {
    const bundle = bundles[r.bundle % bundles.length]!;
    const first = order.findIndex((i) => i.bundle === bundle);
    order.splice(first + 1 + (r.later % (order.length - first)), 0, { bundle, repeat: r.mode });
  }
  return order;
}

// ---------------------------------------------------------------------------------------------
// What the desks sent, read back from their bundles

interface SentVersion {
  desk: string;
  table: string;
  row: BundleRow;
  seen: string | null;
}

interface Sent {
  /** Per desk: the newest version of each record (`table|id`) it exported. */
  newestByDesk: Map<string, Map<string, SentVersion>>;
  /** The newest version of each record any desk exported: what the regional office must store. */
  winners: Map<string, SentVersion>;
}

function whatWasSent(bundles: readonly { bundle: ExportedBundle; records: BundleRecord[] }[]): Sent {
  const newestByDesk = new Map<string, Map<string, SentVersion>>(DESK_CODES.map((c) => [c, new Map()]));
  const winners = new Map<string, SentVersion>();
  const byVersion = new Map<string, SentVersion>();
  const newer = (map: Map<string, SentVersion>, key: string, v: SentVersion) => {
    if (!map.has(key) || String(map.get(key)!.row.hlc) < String(v.row.hlc)) map.set(key, v);
  };
  for (const { bundle, records } of bundles) {
    for (const { table, row, seen } of records) {
      const version: SentVersion = { desk: bundle.code, table, row, seen };
      const key = `${table}|${String(row.id)}`;
      // A version does not change: sent twice (in an export of changes and then in a complete one, or by a desk that received it), it is the same.
      const same = byVersion.get(`${key}|${String(row.hlc)}`);
      if (same) expect({ row, seen }, `${key} at ${String(row.hlc)}, sent by ${same.desk} and ${bundle.code}`).toEqual({ row: same.row, seen: same.seen });
      else byVersion.set(`${key}|${String(row.hlc)}`, version);
      newer(newestByDesk.get(bundle.code)!, key, version);
      newer(winners, key, version);
    }
  }
  return { newestByDesk, winners };
}

/** A desk's operators are stored at the regional office as «name@CODE», unable to log in there. */
function asStoredAtRegion(table: string, row: BundleRow, codeOfSite: ReadonlyMap<string, string>): Row {
  if (table !== 'operators') return row;
  return { ...row, username: `${String(row.username)}@${codeOfSite.get(String(row.site_id)) ?? 'ALTRO'}`, active: 0 };
}

// ---------------------------------------------------------------------------------------------
// The regional office

/** What the imports reported, for the coverage figures. */
interface Tally {
  conflicts: number;
  pending: number;
  duplicates: number;
}

async function importAll(region: Office, clock: ManualClock, order: readonly Import[], own: OwnRows, tally?: Tally): Promise<void> {
  const exportIds = new Map<number, string>();
  for (const { bundle, repeat } of order) {
    clock.move(60_000);
    const before = repeat ? canonicalDump(region, own) : null;
    if (repeat === 'replay') forgetImport(region, exportIds.get(bundle.index)!);
    const result = await importInto(region, bundle.bytes);
    exportIds.set(bundle.index, result.exportId);
    expect(result.alreadyImportedAt === null, `bundle ${bundle.index} imported ${repeat ?? 'first'}`).toBe(repeat !== 'again');
    if (tally) {
      tally.conflicts += result.totals.conflicts;
      tally.pending += result.totals.pending;
      tally.duplicates += result.totals.duplicates;
    }
    // 4. Idempotency.
    if (before) expect(canonicalDump(region, own), `bundle ${bundle.index} (${bundle.code}) imported again (${repeat})`).toEqual(before);
  }
}

/** 2. The newest version of each record a desk sent is stored, kept for its writer, or superseded by its writer. */
function expectNothingLost(region: Office, sent: Sent, codeOfSite: ReadonlyMap<string, string>): void {
  const sqlite = sqliteOf(region);
  const keptVersion = sqlite.prepare('SELECT hlc, row FROM exchange_versions WHERE table_name = ? AND record_id = ? AND writer = ?');
  const storedHlc = new Map(EXCHANGE_TABLE_NAMES.map((t) => [t, sqlite.prepare(`SELECT hlc FROM ${t} WHERE id = ?`)]));
  for (const [desk, newest] of sent.newestByDesk) {
    for (const [key, version] of newest) {
      const hlc = String(version.row.hlc);
      const writer = writerOf(hlc);
      const where = `${key}: ${desk} sent ${hlc}`;
      const stored = storedHlc.get(version.table)!.get(version.row.id) as { hlc: string } | undefined;
      expect(stored, `${where}; the regional office does not have the record`).toBeDefined();
      if (stored!.hlc === hlc || (writerOf(stored!.hlc) === writer && stored!.hlc > hlc)) continue;
      const kept = keptVersion.get(version.table, String(version.row.id), writer) as { hlc: string; row: string } | undefined;
      expect(kept, `${where}; stored is ${stored!.hlc} and no version of ${writer} is kept`).toBeDefined();
      expect(kept!.hlc >= hlc, `${where}; the version kept for ${writer} is older (${kept!.hlc})`).toBe(true);
      if (kept!.hlc === hlc) expect(JSON.parse(kept!.row), `${where}; kept whole`).toEqual(asStoredAtRegion(version.table, version.row, codeOfSite));
    }
  }
}

/** 3. Exactly the records the desks sent, each as its newest version (`dump`: the regional office's). */
function expectNothingDuplicated(dump: Dump, sent: Sent, codeOfSite: ReadonlyMap<string, string>): void {
  for (const table of EXCHANGE_TABLE_NAMES) {
    const expected = [...sent.winners.values()]
      .filter((v) => v.table === table)
      .map((v) => asStoredAtRegion(table, v.row, codeOfSite))
      .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    expect(dump[table], `${table}: the newest version of every record sent, once`).toEqual(expected);
  }
  const live = (row: Row, table: string) => row.deleted_at === null && (table !== 'candidates' || row.merged_into === null);
  for (const table of ['associations', 'candidates', 'needs']) {
    const sentLive = [...sent.winners.values()].filter((v) => v.table === table && live(v.row, table)).length;
    expect(dump[table]!.filter((row) => live(row, table)).length, `live ${table}`).toBe(sentLive);
  }
}

/** 3. Merge proposals open for exactly the pairs of live profiles sharing a codice fiscale (at the regional office, they come from two desks). */
function expectProposalsForLivePairs(region: Office): void {
  const sqlite = sqliteOf(region);
  const people = sqlite.prepare('SELECT id, tax_code FROM candidates WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY id').all() as { id: string; tax_code: string }[];
  const pairs: Row[] = [];
  for (const [i, a] of people.entries()) {
    for (const b of people.slice(i + 1)) if (a.tax_code === b.tax_code) pairs.push({ first_id: a.id, second_id: b.id, tax_code: a.tax_code });
  }
  const open = sqlite.prepare("SELECT first_id, second_id, tax_code FROM exchange_duplicates WHERE status = 'proposta' ORDER BY first_id, second_id").all();
  expect(open, 'open merge proposals: one per pair of live profiles with the same codice fiscale').toEqual(pairs);
}

// ---------------------------------------------------------------------------------------------

describe('regional exchange, property-based', () => {
  let templates: RunTemplates;
  let own: OwnRows;
  let codeOfSite: Map<string, string>;
  /** Two fresh regional offices, with their own clocks: hours ahead of the desks, and hours behind. */
  const openRegions = () => {
    const clocks = [new ManualClock(T0 + 9 * HOUR), new ManualClock(T0 - 3 * HOUR)] as const;
    return { clocks, regions: clocks.map((clock) => openCopy(templates.region, clock)) as [Office, Office] };
  };

  beforeAll(async () => {
    const desks = [];
    for (const code of DESK_CODES) desks.push(await prepareTemplate(code, 'sportello'));
    templates = { desks, region: await prepareTemplate(REGION_CODE, 'ufficio_regionale') };
    own = { siteId: templates.region.siteId, operatorIds: [templates.region.adminId] };
    codeOfSite = new Map([...templates.desks, templates.region].map((t) => [t.siteId, t.code]));
  }, 60_000);

  afterAll(() => {
    if (templates) for (const t of [...templates.desks, templates.region]) disposeTemplate(t);
  });

  it(
    `any day of three desks, imported in any two orders with repetitions, gives the same regional office and loses nothing (${NUM_RUNS} runs)`,
    async () => {
      const coverage = { runs: 0, bundles: 0, rounds: 0, withConflicts: 0, withPending: 0, withDuplicates: 0, withKeptVersions: 0, withMerges: 0 };
      const property = fc.asyncProperty(historyArb, planArb, planArb, async (history, planA, planB) => {
        const run = new HistoryRun(templates, history);
        let opened: [Office, Office] | null = null;
        try {
          await run.play(history);
          const { clocks, regions } = openRegions();
          opened = regions;
          const tally: Tally = { conflicts: 0, pending: 0, duplicates: 0 };
          await importAll(regions[0], clocks[0], importOrder(run.bundles, planA), own, tally);
          await importAll(regions[1], clocks[1], importOrder(run.bundles, planB), own, tally);

          // 1. Order independence.
          const dump = canonicalDump(regions[0], own);
          expect(canonicalDump(regions[1], own), 'the two regional offices differ').toEqual(dump);

          const sent = whatWasSent(run.bundles.map((bundle) => ({ bundle, records: readBundle(bundle.bytes, regions[0]) })));
          expect(dump.exchange_pending, 'every parent has arrived: nothing waits').toEqual([]);
          expectNothingLost(regions[0], sent, codeOfSite);
          expectNothingDuplicated(dump, sent, codeOfSite);
          expectProposalsForLivePairs(regions[0]);

          coverage.runs += 1;
          coverage.bundles += run.bundles.length;
          if (history.round) coverage.rounds += 1;
          if (tally.conflicts > 0) coverage.withConflicts += 1;
          if (tally.pending > 0) coverage.withPending += 1;
          if (tally.duplicates > 0) coverage.withDuplicates += 1;
          if (dump.exchange_versions!.length > 0) coverage.withKeptVersions += 1;
          if (dump.candidates!.some((c) => c.merged_into !== null)) coverage.withMerges += 1;
        } finally {
          run.dispose();
          for (const r of opened ?? []) r.h.dispose();
        }
      });
      const seed = process.env.EXAR_PROPERTY_SEED;
      await fc.assert(property, { numRuns: NUM_RUNS, ...(seed ? { seed: Number(seed), path: process.env.EXAR_PROPERTY_PATH } : {}) });

      console.info('regional exchange properties: runs and what they reached', coverage);
      // Not vacuous: the days reach the cases that matter (judged on enough runs; about twice these shares are usual).
      if (coverage.runs < 200) return;
      const share = (n: number) => n / coverage.runs;
      expect(share(coverage.withConflicts), 'runs with a conflict').toBeGreaterThan(0.07);
      expect(share(coverage.withPending), 'runs where a record waited for its parent').toBeGreaterThan(0.05);
      expect(share(coverage.withDuplicates), 'runs proposing a merge').toBeGreaterThan(0.1);
      expect(share(coverage.withMerges), 'runs with profiles merged at a desk').toBeGreaterThan(0.07);
      expect(share(coverage.withKeptVersions), 'runs keeping a losing version').toBeGreaterThan(0.2);
    },
    900_000,
  );

  it('a merge proposal follows the profiles’ newest versions, whatever the order (the smallest day the property found)', async () => {
    // Torino and Cuneo register the same person; Cuneo sends its profile, then deletes it and sends again.
    const op = (o: DeskOp): TimedOp => ({ at: 0, seconds: 60, op: o });
    const day: History = {
      offsetHours: [0, 0, 0],
      morning: [[op({ kind: 'createCandidate', person: 0 })], [op({ kind: 'createCandidate', person: 0 }), op({ kind: 'export', full: false })], []],
      round: null,
      afternoon: [[], [op({ kind: 'deleteOrRestoreCandidate', pick: 0 })], []],
      lastExportFull: [false, false, false],
    };
    const run = new HistoryRun(templates, day);
    const { clocks, regions } = openRegions();
    try {
      await run.play(day);
      const [cuneoLive, torino, cuneoDeleted, alessandria] = run.bundles.map((b) => ({ bundle: b, repeat: null }));
      expect([cuneoLive, torino, cuneoDeleted, alessandria].map((i) => i!.bundle.code)).toEqual(['CN01', 'TO01', 'CN01', 'AL01']);
      // In the order they were sent: both profiles live when Torino's arrives, so a merge is proposed.
      await importAll(regions[0], clocks[0], [cuneoLive!, torino!, cuneoDeleted!, alessandria!], own);
      // Cuneo's deletion first: never two live profiles at once.
      await importAll(regions[1], clocks[1], [cuneoDeleted!, torino!, cuneoLive!, alessandria!], own);
      const proposals = (r: Office) => sqliteOf(r).prepare('SELECT first_id, second_id, tax_code, status FROM exchange_duplicates ORDER BY first_id').all();
      expect(proposals(regions[0]), 'the two orders leave the same proposals').toEqual(proposals(regions[1]));
      for (const region of regions) expectProposalsForLivePairs(region);
    } finally {
      run.dispose();
      for (const r of regions) r.h.dispose();
    }
  });
});
