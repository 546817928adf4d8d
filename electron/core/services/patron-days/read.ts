/**
 * The patron days an office applies: its rows (added or corrected by a coordinator here or at
 * another office) over the list shipped with the app. When two offices each wrote a row for the
 * same comune, the newest write (hlc) is the one that counts, as for any record that travels.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { PatronDayView } from '@shared/api/patron-days';
import { describePatronRule, patronDayFor, SHIPPED_PATRON_DAYS, type PatronDay } from '@shared/rules/patron-days';
import type { ReadCtx } from '../../context';
import type { Db } from '../../db/connection';
import { patronDays, sites } from '../../db/schema';
import { requireLocalSite } from '../settings/site';

export type PatronDayRecord = typeof patronDays.$inferSelect;
type Origin = NonNullable<PatronDayView['origin']>;

/** Live rows, newest write first: the first row of a comune is the one that applies. */
function liveRows(db: Db): PatronDayRecord[] {
  return db.select().from(patronDays).where(isNull(patronDays.deletedAt)).orderBy(desc(patronDays.hlc)).all();
}

function originsOf(db: Db): Map<string, Origin> {
  const rows = db
    .select({ id: patronDays.id, code: sites.code, name: sites.name, kind: sites.kind })
    .from(patronDays)
    .innerJoin(sites, eq(sites.id, patronDays.siteId))
    .where(eq(sites.isLocal, false))
    .all();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name, kind: r.kind }]));
}

const SHIPPED_CODES = new Set(SHIPPED_PATRON_DAYS.map((d) => d.comuneCode));

function rowView(row: PatronDayRecord, origin: Origin | null, localSiteId: string): PatronDayView {
  return {
    writtenHere: row.siteId === localSiteId,
    id: row.id,
    hlc: row.hlc,
    comuneCode: row.comuneCode,
    comune: row.comune,
    province: row.province,
    rule: row.rule,
    ruleText: describePatronRule(row.rule),
    saint: row.saint,
    source: row.source,
    shipped: false,
    correctsShipped: SHIPPED_CODES.has(row.comuneCode),
    updatedAt: row.updatedAt,
    origin,
  };
}

function shippedView(day: PatronDay): PatronDayView {
  return { ...day, id: null, hlc: null, ruleText: describePatronRule(day.rule), shipped: true, correctsShipped: false, updatedAt: null, origin: null, writtenHere: false };
}

/** One entry per comune, the one that applies, by comune name. */
export function listPatronDays(ctx: ReadCtx): { items: PatronDayView[] } {
  const origins = originsOf(ctx.db);
  const local = requireLocalSite(ctx).id;
  const byComune = new Map<string, PatronDayView>();
  for (const row of liveRows(ctx.db)) if (!byComune.has(row.comuneCode)) byComune.set(row.comuneCode, rowView(row, origins.get(row.id) ?? null, local));
  for (const day of SHIPPED_PATRON_DAYS) if (!byComune.has(day.comuneCode)) byComune.set(day.comuneCode, shippedView(day));
  return { items: [...byComune.values()].sort((a, b) => a.comune.localeCompare(b.comune, 'it')) };
}

export function getPatronDay(ctx: ReadCtx, id: string): PatronDayView {
  const row = requirePatronDay(ctx, id);
  return rowView(row, originsOf(ctx.db).get(id) ?? null, requireLocalSite(ctx).id);
}

export function requirePatronDay(ctx: ReadCtx, id: string): PatronDayRecord {
  const row = ctx.db
    .select()
    .from(patronDays)
    .where(and(eq(patronDays.id, id), isNull(patronDays.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Festa patronale non trovata: forse è stata tolta.');
  return row;
}

/** The live row an office wrote for a comune, newest first (null when there is none). */
export function rowForComune(ctx: ReadCtx, comuneCode: string): PatronDayRecord | null {
  return liveRows(ctx.db).find((r) => r.comuneCode === comuneCode) ?? null;
}

/** Every entry that may apply, in the order `patronDayFor` wants: offices' rows (newest first), then the shipped list. */
export function patronDayEntries(ctx: ReadCtx): PatronDay[] {
  const rows: PatronDay[] = liveRows(ctx.db).map((r) => ({ comuneCode: r.comuneCode, comune: r.comune, province: r.province, rule: r.rule, saint: r.saint, source: r.source }));
  return [...rows, ...SHIPPED_PATRON_DAYS];
}

/** The patron day of the comune where a host's address is (its operating site, else its registered office). */
export function patronDayOfPlace(ctx: ReadCtx, comune: string, province: string | null): PatronDay | null {
  return patronDayFor(comune, province, patronDayEntries(ctx));
}
