import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from './db/connection';
import type { HybridLogicalClock } from './sync/hlc';
import { today as romeToday } from '@shared/validation/italian-time';

/** Who is acting. `null` id for the app itself (first start). */
export interface Actor {
  id: string | null;
  name: string;
}

/**
 * What every service that only reads receives (decision 0021): the connection, the office's clock
 * and calendar day in Italy, the data folder and who is asking. One shape for all, so a service never
 * takes a bare `db` here and a `sqlite` there, and "today" is always the same Rome day.
 */
export interface ReadCtx {
  db: Db;
  /** The same connection for the prepared statements of the hot paths (search, ranking, lists). */
  sqlite: BetterSqlite3.Database;
  now: () => Date;
  /** Today in Italy, 'YYYY-MM-DD', from `now`: the one «today» of the core. */
  today: () => string;
  /** The data folder: attachments, documents, uploads and backups live under it. */
  dataDir: string;
  actor: Actor;
}

/** What every service that writes receives: a read context plus this office and its clock, to stamp records. */
export interface WriteCtx extends ReadCtx {
  clock: HybridLogicalClock;
  siteId: string;
}

/** What a context is built from: the running core's parts. `today` is derived from `now`, never passed. */
export type ReadCtxParts = Omit<ReadCtx, 'today'>;
export type WriteCtxParts = Omit<WriteCtx, 'today'>;

export function readCtx(parts: ReadCtxParts): ReadCtx {
  return { ...parts, today: () => romeToday(parts.now()) };
}

export function writeCtx(parts: WriteCtxParts): WriteCtx {
  return { ...parts, today: () => romeToday(parts.now()) };
}

/** Fields of a brand-new record that travels between offices. */
export function newRecordMeta(ctx: WriteCtx, id: string) {
  const at = ctx.now().toISOString();
  return {
    id,
    siteId: ctx.siteId,
    createdAt: at,
    updatedAt: at,
    updatedBy: ctx.actor.id ?? 'sistema',
    hlc: ctx.clock.now(),
    deletedAt: null,
  };
}

/** Fields that change on every write of an existing record. */
export function touchedMeta(ctx: WriteCtx) {
  return {
    updatedAt: ctx.now().toISOString(),
    updatedBy: ctx.actor.id ?? 'sistema',
    hlc: ctx.clock.now(),
  };
}
