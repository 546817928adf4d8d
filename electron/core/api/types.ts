import type { HandlerOutput, MethodName, ParsedInput } from '@shared/api/contract';
import type { Database } from '../db/connection';
import type { BackupScheduler } from '../db/backup-scheduler';
import type { EventBus } from '../events';
import type { Logger } from '../log';
import type { ReadCtx, WriteCtx } from '../context';
import type { OperatorRow } from '../services/operators/operators';
import type { Clearance } from './policy';
import type { HybridLogicalClock } from '../sync/hlc';
import type { Session, SessionStore } from './sessions';

/** What the running core holds for its whole life. */
export interface CoreState {
  database: Database;
  /** The data folder: the database, backups, logs and attachments live under it. */
  dataDir: string;
  sessions: SessionStore;
  log: Logger;
  now: () => Date;
  /** Pushes to whoever listens (job progress): see `events.ts`. */
  events: EventBus;
  /** This office, once the first start is done. */
  site: { id: string; clock: HybridLogicalClock } | null;
  /** The daily backup's scheduler, which also takes the copies asked from the app; null when turned off. */
  backups: BackupScheduler | null;
  /**
   * Closes this opening of the data folder, runs `work` on the closed folder (a restore), and opens
   * it again with no session: the seam through which a handler restarts the core whatever hosts it.
   */
  restartCore: RestartCore;
  /** The driver's native binding the core was opened with: a restore opens the copies with it. */
  nativeBinding: string | undefined;
}

/** See `CoreState.restartCore`: resolves with what `work` returned once the folder is open again. */
export type RestartCore = <T>(work: () => Promise<T>) => Promise<T>;

export interface HandlerContext {
  state: CoreState;
  session: Session | null;
  operator: OperatorRow | null;
  /**
   * What the caller may see of a person, for the handlers whose work depends on it (ranking,
   * documents). Only a method declaring `visibility: 'handler'` may read it (decision 0019).
   */
  readonly clearance: Clearance;
  /** The context of a service that only reads, for the logged-in operator (or the app itself before login). */
  read(): ReadCtx;
  /** The context of a service that writes; refused until the office is set up. */
  write(): WriteCtx;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => HandlerOutput<M> | Promise<HandlerOutput<M>>;

/** One handler per contract method: a missing or extra entry is a type error. */
export type HandlerTable = { [M in MethodName]: Handler<M> };

/** A slice of the table for one area. */
export type AreaHandlers<Ms extends MethodName> = { [M in Ms]: Handler<M> };
