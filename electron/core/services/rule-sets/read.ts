/**
 * The rule sets as the desk reads them: the built-in Piedmont defaults and the stored ones, each
 * with the files resting on it and, when it cannot be changed, the reason in Italian.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { RuleSetFields, RuleSetView } from '@shared/api/rule-sets';
import { PIEDMONT_DEFAULT_RULES, ruleSetInForce, type InternshipRuleSet } from '@shared/rules/internship-rules';
import type { ReadCtx } from '../../context';
import type { Db } from '../../db/connection';
import { internships, ruleSets, sites } from '../../db/schema';
import { allRuleSets } from '../internships/rules-in-force';
import { plural } from '@shared/text/plural';

export type RuleSetRecord = typeof ruleSets.$inferSelect;

export const BUILT_IN_LOCK =
  'Sono le regole di base della Regione Piemonte, incluse nel programma: non si modificano né si eliminano. Se le regole cambiano, aggiungi una nuova versione con la data da cui valgono.';

/** A set written at another office is that office's: a desk never overwrites what the regional office published. */
export function originLock(origin: { code: string; name: string; kind: string }): string {
  return origin.kind === 'ufficio_regionale'
    ? `Pubblicata dall’ufficio regionale (${origin.code}): si modifica lì e arriva agli sportelli con la prossima pubblicazione.`
    : `Versione dello sportello ${origin.code} («${origin.name}»): si modifica solo in quello sportello.`;
}

type Origin = NonNullable<RuleSetView['origin']>;

/** Who wrote each stored set, when it is not this office. */
function originsOf(db: Db): Map<string, Origin> {
  const rows = db
    .select({ id: ruleSets.id, code: sites.code, name: sites.name, kind: sites.kind })
    .from(ruleSets)
    .innerJoin(sites, eq(sites.id, ruleSets.siteId))
    .where(eq(sites.isLocal, false))
    .all();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name, kind: r.kind }]));
}

export function startedLock(started: number): string {
  const files = plural(started, 'una pratica già in firma o avviata', '# pratiche già in firma o avviate');
  return `Questa versione è usata da ${files}: non si può più modificare né eliminare. Per regole diverse aggiungi una nuova versione con una data «In vigore dal» successiva.`;
}

type Usage = RuleSetView['usage'];

/** Live files per set: drafts (which follow the set in force at their start) and the others. */
function usageBySet(db: Db): Map<string, Usage> {
  const rows = db
    .select({ id: internships.ruleSetId, draft: sql<number>`${internships.status} = 'bozza'`, n: sql<number>`count(*)` })
    .from(internships)
    .where(isNull(internships.deletedAt))
    .groupBy(internships.ruleSetId, sql`${internships.status} = 'bozza'`)
    .all();
  const usage = new Map<string, Usage>();
  for (const r of rows) {
    const u = usage.get(r.id) ?? { drafts: 0, started: 0 };
    if (r.draft) u.drafts += r.n;
    else u.started += r.n;
    usage.set(r.id, u);
  }
  return usage;
}

export function usageOf(ctx: ReadCtx, id: string): Usage {
  return usageBySet(ctx.db).get(id) ?? { drafts: 0, started: 0 };
}

/** The editable part of a set, without its id. */
export function fieldsOf(set: InternshipRuleSet): RuleSetFields {
  return {
    name: set.name,
    validFrom: set.validFrom,
    legalBasisByType: { ...set.legalBasisByType },
    minMonths: set.minMonths,
    seasonalMinMonths: set.seasonalMinMonths,
    minAgeYears: set.minAgeYears,
    suspension: { ...set.suspension },
    maxMonthsByCategory: { ...set.maxMonthsByCategory },
    allowance: { ...set.allowance },
    maxWeeklyHours: set.maxWeeklyHours,
    hostTutorMaxInterns: set.hostTutorMaxInterns,
    noticeDaysBeforeStart: set.noticeDaysBeforeStart,
    finalCertificateAttendance: set.finalCertificateAttendance,
    hostQuota: { ...set.hostQuota, bands: set.hostQuota.bands.map((b) => ({ ...b })) },
    eligibility: { ...set.eligibility },
    rules: Object.fromEntries(Object.entries(set.rules).map(([k, p]) => [k, { waivable: p.waivable, exemptTypes: [...p.exemptTypes] }])) as RuleSetFields['rules'],
  };
}

/** Every set, newest "in vigore dal" first. */
export function listRuleSets(ctx: ReadCtx): RuleSetView[] {
  const { db } = ctx;
  const today = ctx.today();
  const sets = allRuleSets(ctx);
  const inForce = ruleSetInForce(sets, today) ?? PIEDMONT_DEFAULT_RULES;
  const usage = usageBySet(db);
  const origins = originsOf(db);
  const hlcs = new Map(
    db
      .select({ id: ruleSets.id, hlc: ruleSets.hlc })
      .from(ruleSets)
      .where(isNull(ruleSets.deletedAt))
      .all()
      .map((r) => [r.id, r.hlc]),
  );
  return sets
    .map((set) => {
      const builtIn = set.id === PIEDMONT_DEFAULT_RULES.id;
      const used = usage.get(set.id) ?? { drafts: 0, started: 0 };
      return {
        ...fieldsOf(set),
        id: set.id,
        hlc: builtIn ? null : (hlcs.get(set.id) ?? null),
        builtIn,
        inForceToday: set.id === inForce.id,
        standing: set.id === inForce.id ? ('in_vigore' as const) : set.validFrom > today ? ('futura' as const) : ('superata' as const),
        usage: used,
        lockedReason: builtIn ? BUILT_IN_LOCK : origins.has(set.id) ? originLock(origins.get(set.id)!) : used.started > 0 ? startedLock(used.started) : null,
        origin: origins.get(set.id) ?? null,
      };
    })
    .sort((a, b) => (a.validFrom === b.validFrom ? 0 : a.validFrom < b.validFrom ? 1 : -1));
}

export function getRuleSet(ctx: ReadCtx, id: string): RuleSetView {
  const found = listRuleSets(ctx).find((s) => s.id === id);
  if (!found) throw new AppError('NOT_FOUND', 'Versione delle regole non trovata.');
  return found;
}

/** A stored, live set; the built-in one is named as such. */
export function requireStoredSet(ctx: ReadCtx, id: string): RuleSetRecord {
  if (id === PIEDMONT_DEFAULT_RULES.id) throw new AppError('CONFLICT', BUILT_IN_LOCK);
  const row = ctx.db
    .select()
    .from(ruleSets)
    .where(and(eq(ruleSets.id, id), isNull(ruleSets.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Versione delle regole non trovata: forse è stata eliminata.');
  const origin = originsOf(ctx.db).get(id);
  if (origin) throw new AppError('CONFLICT', originLock(origin));
  return row;
}
