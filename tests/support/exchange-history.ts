/**
 * Machinery for the property-based tests of the regional exchange
 * (tests/integration/exchange-properties.test.ts):
 *
 * - offices opened on a copy of a data folder set up once (first start and exchange passphrase
 *   done, so no wizard and no scrypt per run), each on a clock the test moves: desks hours apart,
 *   one of them running backwards;
 * - a day of three desks played through the real API with an administrator's session: their
 *   operations, their exports, and an exchange round with the regional office's register;
 * - the bundles read back as an import reads them, and a canonical dump of what a regional office holds.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { ApiResult } from '@shared/api/errors';
import { EXCHANGE_JOB_EVENT, type ExchangeJob } from '@shared/api/exchange';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { readCtxOf } from '../../electron/core/api/service-ctx';
import type { ReadCtx } from '../../electron/core/context';
import { forEachRecord } from '../../electron/core/exchange/bundle-rows';
import type { BundleRow } from '../../electron/core/exchange/manifest';
import { TRAVELLING_TABLES, travellingColumns } from '../../electron/core/exchange/tables';
import { verifyBundle } from '../../electron/core/exchange/verify';
import { readOfficeKey } from '../../electron/core/services/exchange/settings';
import { createHarness, ADMIN } from './core-harness';
import { importInto, openOffice, type Office } from './exchange-offices';
import { associationInput, associationToInput, candidateInput, needInput, nextPerson } from './fixtures';

/** A tmpfs when there is one: the imports write with synchronous=FULL, and a run makes dozens of them. */
const DATA_ROOT = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/** The start of every history: a December morning (the fixtures' need was received in November). */
export const T0 = Date.UTC(2026, 11, 1, 8, 0, 0);
const HOUR = 60 * 60 * 1000;

export const DESK_CODES = ['TO01', 'CN01', 'AL01'] as const;
export type DeskIndex = 0 | 1 | 2;
/** Alessandria's PC clock runs backwards between its operations. */
export const BACKWARDS_DESK: DeskIndex = 2;
export const REGION_CODE = 'PIE';

/** A PC clock the test moves by hand. */
export class ManualClock {
  constructor(public ms: number) {}
  readonly now = (): Date => new Date(this.ms);
  move(ms: number): void {
    this.ms += ms;
  }
}

/** A data folder after the first start, to be copied for every run. */
export interface OfficeTemplate {
  code: string;
  dir: string;
  siteId: string;
  adminId: string;
}

export async function prepareTemplate(code: string, kind: 'sportello' | 'ufficio_regionale'): Promise<OfficeTemplate> {
  const dir = mkdtempSync(join(DATA_ROOT, `exar-template-${code}-`));
  const office = await openOffice(code, kind, { dataDir: dir, now: new ManualClock(T0 - 24 * HOUR).now });
  // A desk's clock moves on while it has nothing to do: its session must not lock in the middle of a history.
  const settings = await office.h.ok('settings.get', {}, office.admin);
  await office.h.ok('settings.update', { ...settings, idleLockMinutes: 240 }, office.admin);
  const sqlite = office.h.core.state.database.sqlite;
  const { id: adminId } = sqlite.prepare('SELECT id FROM operators WHERE username = ?').get(ADMIN.username) as { id: string };
  const { id: siteId } = sqlite.prepare('SELECT id FROM sites WHERE is_local = 1').get() as { id: string };
  // Closing the only connection checkpoints the WAL into the file: the folder is then one consistent copy.
  office.h.core.close();
  rmSync(join(dir, 'backups'), { recursive: true, force: true });
  return { code, dir, siteId, adminId };
}

export function disposeTemplate(template: OfficeTemplate): void {
  rmSync(template.dir, { recursive: true, force: true });
}

/** A fresh office from its template, on its own clock, with an administrator logged in. */
export function openCopy(template: OfficeTemplate, clock: ManualClock): Office {
  const dataDir = mkdtempSync(join(DATA_ROOT, `exar-${template.code}-`));
  cpSync(template.dir, dataDir, { recursive: true });
  const h = createHarness({ dataDir, now: clock.now });
  // The session a login would give, without the password's scrypt (the API still checks its role on every call).
  const admin = h.core.state.sessions.create(template.adminId).token;
  return { h, code: template.code, admin };
}

export const sqliteOf = (office: Office): BetterSqlite3.Database => office.h.core.state.database.sqlite;

/**
 * Runs an export or a publication to its end and returns the file. The listener is attached before
 * the job starts: a bundle with nothing to send is written without waiting for a page, so its job
 * has ended (and said so) by the time the call that started it returns.
 */
async function finishedJob(office: Office, start: () => Promise<ExchangeJob>): Promise<Buffer> {
  const ended = new Map<string, ExchangeJob>();
  let waiting: { id: string; resolve: (job: ExchangeJob) => void } | null = null;
  const stop = office.h.core.onEvent((event) => {
    if (event.type !== EXCHANGE_JOB_EVENT) return;
    const job = event.payload as ExchangeJob;
    if (job.state === 'in_corso') return;
    ended.set(job.id, job);
    if (waiting?.id === job.id) waiting.resolve(job);
  });
  try {
    const started = await start();
    const job =
      ended.get(started.id) ?? (started.state !== 'in_corso' ? started : await new Promise<ExchangeJob>((resolve) => (waiting = { id: started.id, resolve })));
    if (job.state !== 'completato' || !job.result) throw new Error(`${office.code}: ${job.label} ended ${job.state}: ${job.error}`);
    return readFileSync(join(office.h.dataDir, 'scambio', 'uscita', `${job.result.exportId}.exar`));
  } finally {
    stop();
  }
}

export function exportBundle(office: Office, full: boolean): Promise<Buffer> {
  return finishedJob(office, () => office.h.ok('exchange.startExport', { full, includeFiles: false }, office.admin));
}

export function publishRegister(office: Office): Promise<Buffer> {
  return finishedJob(office, () => office.h.ok('exchange.startPublication', { ruleSets: false, templates: false, associations: true }, office.admin));
}

// ---------------------------------------------------------------------------------------------
// Histories

/** What an operator of a desk does. `pick` chooses among the desk's records (modulo how many there are). */
export type DeskOp =
  | { kind: 'pause' }
  /** With one operating site (a child record that travels after its association). */
  | { kind: 'createAssociation' }
  /** `others`: only among the associations another desk registered (received with the regional register). */
  | { kind: 'editAssociation'; pick: number; others: boolean; field: 'phone' | 'notes' | 'site' }
  | { kind: 'deleteOrRestoreAssociation'; pick: number }
  /** `person`: a new person, or one of the people of the run (the same person registered at two desks). */
  | { kind: 'createCandidate'; person: 'new' | number }
  | { kind: 'editCandidate'; pick: number }
  | { kind: 'deleteOrRestoreCandidate'; pick: number }
  | { kind: 'createNeed'; pick: number; others: boolean }
  | { kind: 'mergeCandidates'; survivor: number; absorbed: number }
  | { kind: 'export'; full: boolean };

/** One operation of a desk: `at` places it among the other desks' operations of the same half-day. */
export interface TimedOp {
  at: number;
  /** How far the desk's clock moves before the operation (backwards at the backwards desk). */
  seconds: number;
  op: DeskOp;
}

export type DeskOps = readonly [readonly TimedOp[], readonly TimedOp[], readonly TimedOp[]];

/**
 * A day of three desks: the morning's operations; then, maybe, an exchange round (every desk with
 * changes exports, the regional office imports and publishes its associations register, which the
 * desks in `to` import); the afternoon's operations (now two desks may edit the same association);
 * and each desk with changes exports at the end.
 */
export interface History {
  /** Each desk's PC clock, hours away from the regional office's. */
  offsetHours: readonly [number, number, number];
  morning: DeskOps;
  round: { to: readonly [boolean, boolean, boolean] } | null;
  afternoon: DeskOps;
  /** Whether each desk's last export is complete rather than of its changes. */
  lastExportFull: readonly [boolean, boolean, boolean];
}

export type Step = { kind: 'desk'; desk: DeskIndex; seconds: number; op: DeskOp } | { kind: 'round'; to: readonly boolean[] };

/** The desks' operations of a half-day in one sequence, as they happen (same moment: by desk, then in the desk's order). */
function interleave(ops: DeskOps): Step[] {
  const timed: { at: number; order: number; step: Step }[] = [];
  ops.forEach((list, desk) => list.forEach(({ at, seconds, op }, i) => timed.push({ at, order: desk * 100 + i, step: { kind: 'desk', desk: desk as DeskIndex, seconds, op } })));
  return timed.sort((a, b) => a.at - b.at || a.order - b.order).map((t) => t.step);
}

export function stepsOf(history: History): Step[] {
  return [...interleave(history.morning), ...(history.round ? [{ kind: 'round' as const, to: history.round.to }] : []), ...interleave(history.afternoon)];
}

export interface ExportedBundle {
  /** Position in the order the desks exported them. */
  index: number;
  desk: DeskIndex;
  code: string;
  full: boolean;
  bytes: Buffer;
}

/** A desk sends one to three bundles in a day: one of its own accord, one in the exchange round, one at the end of the day. */
export const MAX_EXPORTS_PER_DESK = 3;
export const MAX_BUNDLES = MAX_EXPORTS_PER_DESK * DESK_CODES.length;

/** How many people a run may register at more than one desk. */
export const SHARED_PEOPLE = 2;

type Refusal = 'CONFLICT' | 'VALIDATION';

async function attempt<M extends MethodName>(office: Office, method: M, input: MethodInput<M>, refusals: readonly Refusal[]): Promise<MethodOutput<M> | null> {
  const result: ApiResult<MethodOutput<M>> = await office.h.call(method, input, office.admin);
  if (result.ok) return result.value;
  if ((refusals as readonly string[]).includes(result.error.code)) return null;
  throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
}

function ids(office: Office, sql: string): string[] {
  return (sqliteOf(office).prepare(sql).all() as { id: string }[]).map((r) => r.id);
}

/** Picks by position in a list ordered by what the history decides (never by id, which is random): a counterexample replays the same. */
const pickFrom = (list: readonly string[], pick: number): string | null => (list.length === 0 ? null : list[pick % list.length]!);

export interface RunTemplates {
  desks: readonly OfficeTemplate[];
  region: OfficeTemplate;
}

/**
 * Plays a day: three desks and, when there is an exchange round, the regional office that takes part
 * in it. Every write's hlc is checked to come after everything the desk wrote or received before,
 * whatever its PC clock says. An operation with nothing to act on (no record yet, or one the desk's
 * own rules refuse, as the same person registered twice there) does nothing.
 */
export class HistoryRun {
  readonly desks: Office[];
  readonly clocks: ManualClock[];
  readonly bundles: ExportedBundle[] = [];
  private region: Office | null = null;
  private readonly regionClock = new ManualClock(T0);
  private importedByRegion = 0;
  private readonly people = Array.from({ length: SHARED_PEOPLE }, () => nextPerson());
  private readonly floor: string[] = ['', '', ''];
  private edits = 0;
  private readonly ownExports = [false, false, false];
  /** Whether a desk wrote something since its last export: a desk with nothing new does not send a file at the round or at the end. */
  private readonly dirty = [true, true, true];

  constructor(
    private readonly templates: RunTemplates,
    history: History,
  ) {
    this.clocks = history.offsetHours.map((h) => new ManualClock(T0 + h * HOUR));
    this.desks = templates.desks.map((t, i) => openCopy(t, this.clocks[i]!));
  }

  dispose(): void {
    for (const office of this.desks) office.h.dispose();
    this.region?.h.dispose();
  }

  async play(history: History): Promise<void> {
    for (const step of stepsOf(history)) {
      if (step.kind === 'round') await this.round(step.to);
      else {
        this.clocks[step.desk]!.move((step.desk === BACKWARDS_DESK ? -1 : 1) * step.seconds * 1000);
        await this.deskOp(step.desk, step.op);
      }
    }
    for (const desk of [0, 1, 2] as const) if (this.dirty[desk]) await this.export(desk, history.lastExportFull[desk]);
  }

  /** A write's version must sort after everything this desk wrote or received before. */
  private wrote(desk: DeskIndex, hlc: string): void {
    if (!(hlc > this.floor[desk]!)) throw new Error(`${DESK_CODES[desk]} wrote ${hlc} after ${this.floor[desk]}: its versions must keep increasing`);
    if (!hlc.endsWith(`:${DESK_CODES[desk]}`)) throw new Error(`${DESK_CODES[desk]} wrote a version marked ${hlc}`);
    this.floor[desk] = hlc;
    this.dirty[desk] = true;
  }

  private async export(desk: DeskIndex, full: boolean): Promise<void> {
    const office = this.desks[desk]!;
    const bytes = await exportBundle(office, full);
    this.dirty[desk] = false;
    this.bundles.push({ index: this.bundles.length, desk, code: office.code, full, bytes });
  }

  private async round(to: readonly boolean[]): Promise<void> {
    for (const desk of [0, 1, 2] as const) if (this.dirty[desk]) await this.export(desk, false);
    if (!this.region) this.region = openCopy(this.templates.region, this.regionClock);
    for (const bundle of this.bundles.slice(this.importedByRegion)) {
      this.regionClock.move(1000);
      await importInto(this.region, bundle.bytes);
    }
    this.importedByRegion = this.bundles.length;
    this.regionClock.move(1000);
    const register = await publishRegister(this.region);
    for (const desk of [0, 1, 2] as const) {
      if (!to[desk]) continue;
      const office = this.desks[desk]!;
      await importInto(office, register);
      const received = (sqliteOf(office).prepare('SELECT max(hlc) AS hlc FROM associations').get() as { hlc: string | null }).hlc ?? '';
      if (received > this.floor[desk]!) this.floor[desk] = received;
    }
  }

  private async deskOp(desk: DeskIndex, op: DeskOp): Promise<void> {
    const office = this.desks[desk]!;
    const siteId = this.templates.desks[desk]!.siteId;
    // Associations in the same order at every desk that has them: a pick means the same one at two desks.
    const liveAssociations = (others: boolean) =>
      ids(office, `SELECT id FROM associations WHERE deleted_at IS NULL ${others ? `AND site_id <> '${siteId}'` : ''} ORDER BY created_at, site_id, rowid`);
    const liveCandidates = () => ids(office, 'SELECT id FROM candidates WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY rowid');
    this.edits += 1;
    const n = this.edits;
    switch (op.kind) {
      case 'pause':
        return;
      case 'createAssociation': {
        const site = { label: 'Palestra', address: `Via Nizza ${n}`, cap: '10125', comune: 'Torino', province: 'TO' };
        const a = await office.h.ok('associations.create', associationInput({ name: `Polisportiva ${office.code} ${n}`, sites: [site] }), office.admin);
        return this.wrote(desk, a.hlc);
      }
      case 'editAssociation': {
        const id = pickFrom(liveAssociations(op.others), op.pick);
        if (!id) return;
        const a = await office.h.ok('associations.get', { id }, office.admin);
        const data = associationToInput(a);
        if (op.field === 'phone') data.phone = `011 ${String(n).padStart(4, '0')} ${desk}`;
        if (op.field === 'notes') data.notes = `Nota ${n} di ${office.code}`;
        // The operating site moves: its own record gets a new version, written by this desk.
        if (op.field === 'site') data.sites = data.sites.map((s, i) => (i === 0 ? { ...s, address: `Corso Francia ${n}` } : s));
        const updated = await office.h.ok('associations.update', { id, hlc: a.hlc, data }, office.admin);
        return this.wrote(desk, updated.hlc);
      }
      case 'deleteOrRestoreAssociation': {
        const id = pickFrom(ids(office, 'SELECT id FROM associations ORDER BY created_at, site_id, rowid'), op.pick);
        if (!id) return;
        const a = await office.h.ok('associations.get', { id }, office.admin);
        const changed = await office.h.ok(a.deletedAt ? 'associations.restore' : 'associations.delete', { id }, office.admin);
        return this.wrote(desk, changed.hlc);
      }
      case 'createCandidate': {
        const person = op.person === 'new' ? nextPerson() : this.people[op.person % SHARED_PEOPLE]!;
        // The same person twice at one desk is refused there (one live profile per codice fiscale).
        const c = await attempt(office, 'candidates.create', candidateInput({ ...person, phone: `0${desk + 11} ${n}00 00` }), ['CONFLICT']);
        if (!c) return;
        return this.wrote(desk, c.hlc);
      }
      case 'editCandidate': {
        const id = pickFrom(liveCandidates(), op.pick);
        if (!id) return;
        const c = await office.h.ok('candidates.get', { id }, office.admin);
        const updated = await office.h.ok('candidates.update', { id, hlc: c.hlc, data: { ...c, phone: `0${desk + 11} ${String(n).padStart(4, '0')} 1` } }, office.admin);
        return this.wrote(desk, updated.hlc);
      }
      case 'deleteOrRestoreCandidate': {
        const id = pickFrom(ids(office, 'SELECT id FROM candidates WHERE merged_into IS NULL ORDER BY rowid'), op.pick);
        if (!id) return;
        const c = await office.h.ok('candidates.get', { id }, office.admin);
        // A restore is refused while another live profile has the same codice fiscale.
        const changed = await attempt(office, c.deletedAt ? 'candidates.restore' : 'candidates.delete', { id }, ['CONFLICT']);
        if (!changed) return;
        return this.wrote(desk, changed.hlc);
      }
      case 'createNeed': {
        const associationId = pickFrom(liveAssociations(op.others), op.pick);
        if (!associationId) return;
        const need = await office.h.ok('needs.create', needInput(associationId, { title: `Fabbisogno ${n} di ${office.code}` }), office.admin);
        return this.wrote(desk, need.hlc);
      }
      case 'mergeCandidates': {
        const live = liveCandidates();
        if (live.length < 2) return;
        const survivorAt = op.survivor % live.length;
        const survivorId = live[survivorAt]!;
        // Any other live profile of the desk.
        const absorbedId = live[(survivorAt + 1 + (op.absorbed % (live.length - 1))) % live.length]!;
        const survivor = await office.h.ok('candidates.get', { id: survivorId }, office.admin);
        const absorbed = await office.h.ok('candidates.get', { id: absorbedId }, office.admin);
        await office.h.ok('candidates.merge', { survivorId, survivorHlc: survivor.hlc, absorbedId, absorbedHlc: absorbed.hlc, data: survivor }, office.admin);
        // The survivor keeps its fields (and its version); the absorbed profile gets a new version pointing at it.
        const after = await office.h.ok('candidates.get', { id: absorbedId }, office.admin);
        return this.wrote(desk, after.hlc);
      }
      case 'export':
        // One export of the desk's own accord; the round and the end of the day make the others.
        if (this.ownExports[desk]) return;
        this.ownExports[desk] = true;
        return this.export(desk, op.full);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Bundles and dumps

export interface BundleRecord {
  table: string;
  row: BundleRow;
  seen: string | null;
}

/** A bundle's records in the order it carries them, read (and verified) by the core's own reader, as an import reads them. */
export function readBundle(bytes: Buffer, office: Office): BundleRecord[] {
  const ctx = readCtxOf(office.h.core.state);
  const { sqlite } = ctx;
  const key = readOfficeKey(ctx);
  if (!key) throw new Error(`${office.code} has no exchange key`);
  const dir = mkdtempSync(join(DATA_ROOT, 'exar-bundle-'));
  try {
    const path = join(dir, 'bundle.exar');
    writeFileSync(path, bytes);
    const bundle = verifyBundle({ ctx, officeKey: key.key, schemaVersion: Number(sqlite.pragma('user_version', { simple: true })) }, path, join(dir, 'bundle.zip'));
    const records: BundleRecord[] = [];
    forEachRecord(bundle, (table, line) => records.push({ table: table.table, row: line.row, seen: line.seen }));
    return records;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The regional office's own rows: they differ between two regional offices only by when they were set up. */
export interface OwnRows {
  siteId: string;
  operatorIds: readonly string[];
}

export type Row = Record<string, string | number | null>;
export type Dump = Record<string, Row[]>;

const COLUMNS = new Map<string, string[]>();

/** The travelling rows of a table as they travel (local columns left out), sorted by id, without the office's own. */
export function travellingRows(ctx: ReadCtx, tableName: string, own: OwnRows): Row[] {
  const table = TRAVELLING_TABLES.find((t) => t.table === tableName)!;
  // Every office of a run has the same schema: asked once.
  let columns = COLUMNS.get(tableName);
  if (!columns) COLUMNS.set(tableName, (columns = travellingColumns(ctx, table)));
  const rows = ctx.sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${table.table} ORDER BY id`).all() as Row[];
  if (table.table === 'sites') return rows.filter((r) => r.id !== own.siteId);
  if (table.table === 'operators') return rows.filter((r) => !own.operatorIds.includes(String(r.id)));
  return rows;
}

/**
 * What a regional office holds of the exchange, in a form two offices can be compared by: every
 * travelling table, and the exchange's own bookkeeping without the times it was written at.
 */
export function canonicalDump(office: Office, own: OwnRows): Dump {
  const ctx = readCtxOf(office.h.core.state);
  const { sqlite } = ctx;
  const dump: Dump = {};
  for (const table of TRAVELLING_TABLES) dump[table.table] = travellingRows(ctx, table.table, own);
  const all = (sql: string) => sqlite.prepare(sql).all() as Row[];
  dump.exchange_versions = all('SELECT table_name, record_id, writer, hlc, seen, row, resolved_at FROM exchange_versions ORDER BY table_name, record_id, writer');
  dump.exchange_pending = all('SELECT table_name, record_id, writer, hlc, seen, row, missing FROM exchange_pending ORDER BY table_name, record_id, writer');
  dump.exchange_duplicates = all('SELECT first_id, second_id, tax_code, status FROM exchange_duplicates ORDER BY first_id, second_id');
  dump.exchange_known = all('SELECT table_name, record_id, hlc, seen FROM exchange_known ORDER BY table_name, record_id');
  return dump;
}

/**
 * Makes the regional office forget it imported a bundle, so importing it again runs the merge on
 * every record again instead of stopping at «already imported» (as a desk's repeated full export would).
 */
export function forgetImport(office: Office, exportId: string): void {
  sqliteOf(office).prepare('DELETE FROM exchange_imports WHERE export_id = ?').run(exportId);
}
