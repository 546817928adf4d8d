/**
 * The committees list as an office reads it: the live committees by name, each with the office that
 * wrote it when that is not this one, and, at a desk, the regional office's last publication
 * imported here (the list is as of then).
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { Committee, CommitteeList } from '@shared/api/committees';
import type { ReadCtx } from '../../context';
import type { Db } from '../../db/connection';
import { committees, exchangeImports, sites } from '../../db/schema';
import { requireLocalSite } from '../settings/site';

export type CommitteeRecord = typeof committees.$inferSelect;
type Origin = NonNullable<Committee['origin']>;

/** At a desk the list is the regional office's: the sentence every refused change carries. */
export const DESK_LOCK = 'L’elenco dei comitati AICS è dell’ufficio regionale: si modifica lì e arriva agli sportelli con la prossima pubblicazione. Qui si consulta soltanto.';

/** A committee written at another office is that office's: a desk never overwrites what the regional office published. */
export function originLock(origin: Origin): string {
  return origin.kind === 'ufficio_regionale'
    ? `Pubblicato dall’ufficio regionale (${origin.code}): si modifica lì e arriva agli sportelli con la prossima pubblicazione.`
    : `Scritto dall’ufficio ${origin.code} («${origin.name}»): si modifica solo lì.`;
}

/** Who wrote each committee, when it is not this office. */
function originsOf(db: Db): Map<string, Origin> {
  const rows = db
    .select({ id: committees.id, code: sites.code, name: sites.name, kind: sites.kind })
    .from(committees)
    .innerJoin(sites, eq(sites.id, committees.siteId))
    .where(eq(sites.isLocal, false))
    .all();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name, kind: r.kind }]));
}

function lastPublication(db: Db): CommitteeList['lastPublication'] {
  const row = db
    .select({ code: exchangeImports.sourceCode, name: exchangeImports.sourceName, exportedAt: exchangeImports.exportedAt, importedAt: exchangeImports.at })
    .from(exchangeImports)
    .where(eq(exchangeImports.kind, 'pubblicazione'))
    .orderBy(desc(exchangeImports.exportedAt))
    .limit(1)
    .get();
  return row ?? null;
}

function view(row: CommitteeRecord, origin: Origin | undefined, managedHere: boolean): Committee {
  return {
    id: row.id,
    hlc: row.hlc,
    name: row.name,
    province: row.province,
    notes: row.notes,
    updatedAt: row.updatedAt,
    origin: origin ?? null,
    lockedReason: origin ? originLock(origin) : managedHere ? null : DESK_LOCK,
  };
}

/** Live rows only: a deleted committee is a tombstone that travels, not something to show. */
export function liveCommittees(ctx: ReadCtx): CommitteeRecord[] {
  return ctx.db.select().from(committees).where(isNull(committees.deletedAt)).all();
}

export function listCommittees(ctx: ReadCtx): CommitteeList {
  const managedHere = requireLocalSite(ctx).kind === 'ufficio_regionale';
  const origins = originsOf(ctx.db);
  const items = liveCommittees(ctx)
    .sort((a, b) => a.name.localeCompare(b.name, 'it'))
    .map((row) => view(row, origins.get(row.id), managedHere));
  return { items, managedHere, lastPublication: managedHere ? null : lastPublication(ctx.db) };
}

export function getCommittee(ctx: ReadCtx, id: string): Committee {
  const row = ctx.db
    .select()
    .from(committees)
    .where(and(eq(committees.id, id), isNull(committees.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Comitato non trovato: forse è stato eliminato.');
  return view(row, originsOf(ctx.db).get(id), requireLocalSite(ctx).kind === 'ufficio_regionale');
}

/** A live committee this office may change: it keeps the list and wrote this entry. */
export function requireOwnCommittee(ctx: ReadCtx, id: string): CommitteeRecord {
  const row = ctx.db
    .select()
    .from(committees)
    .where(and(eq(committees.id, id), isNull(committees.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Comitato non trovato: forse è stato eliminato.');
  const origin = originsOf(ctx.db).get(id);
  if (origin) throw new AppError('CONFLICT', originLock(origin));
  return row;
}
