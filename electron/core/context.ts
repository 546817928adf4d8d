import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from './db/connection';
import type { HybridLogicalClock } from './sync/hlc';

/** Who is acting. `null` id for the app itself (first start). */
export interface Actor {
  id: string | null;
  name: string;
}

/** What every service function receives: the connection, the clock, this office and the actor. */
export interface ServiceContext {
  db: Db;
  sqlite: BetterSqlite3.Database;
  clock: HybridLogicalClock;
  siteId: string;
  actor: Actor;
  now: () => Date;
}

/** Fields of a brand-new record that travels between offices. */
export function newRecordMeta(ctx: ServiceContext, id: string) {
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
export function touchedMeta(ctx: ServiceContext) {
  return {
    updatedAt: ctx.now().toISOString(),
    updatedBy: ctx.actor.id ?? 'sistema',
    hlc: ctx.clock.now(),
  };
}
