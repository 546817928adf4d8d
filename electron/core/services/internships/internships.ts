/** Internship files: created (from scratch or from an accepted proposal), edited, read with their checks; all audited. */
import { assertSameVersion } from '../stale-version';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { TargetCategory } from '@shared/api/candidate-fields';
import { AppError } from '@shared/api/errors';
import { internshipFields, type Internship, type InternshipData, type FindingView } from '@shared/api/internship-fields';
import type { InternshipStatus, SuspensionReason } from '@shared/rules/internship-lifecycle';
import { checkInternship, type InternshipUnderCheck } from '@shared/rules/internship-check';
import { hostQuota } from '@shared/rules/host-quota';
import type { RuleId } from '@shared/rules/internship-rules';
import type { WeeklySchedule } from '@shared/rules/working-hours';
import { formatAddress, formatSite } from '@shared/format/address';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { associationSites, associations, candidates, internshipEvents, internships, internshipSuspensions, internshipWaivers, matches, needs, operators, sites } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { checkContext } from './check-context';
import { quotaBasisOf } from '../associations/quota-basis';
import { acceptForFile } from '../matches/matches';
import { ruleSetById, ruleSetFor } from './rules-in-force';
import { patronDayOfFile } from './patron-day';
import { describePatronRule } from '@shared/rules/patron-days';

export type InternshipRecord = typeof internships.$inferSelect;

export function requireInternship(ctx: ReadCtx, id: string): InternshipRecord {
  const row = ctx.db.select().from(internships).where(eq(internships.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', 'Pratica di tirocinio non trovata.');
  return row;
}

/** The editable fields of a stored file (parsed back through the form's own schema). */
export function internshipData(row: InternshipRecord): InternshipData {
  return internshipFields.parse(row);
}

/**
 * The file as the checker reads it. Only the suspensions the rules leave out of the maximum count
 * (decided when each one ends); an open one does not yet, so the check errs on the strict side.
 */
export function underCheck(ctx: ReadCtx, data: InternshipData, id: string | null): InternshipUnderCheck {
  // The saved status (the reminder of the Region's portal is for started files); null for a new one.
  const status = id ? (ctx.db.select({ s: internships.status }).from(internships).where(eq(internships.id, id)).get()?.s ?? null) : null;
  const suspensions = id
    ? suspensionsOf(ctx, id)
        .filter((s) => s.excluded && s.to !== null)
        .map((s) => ({ from: s.from, to: s.to! }))
    : [];
  return {
    type: data.type,
    startDate: data.startDate,
    plannedEndDate: data.plannedEndDate,
    suspensions,
    schedule: data.weeklySchedule as WeeklySchedule | null,
    monthlyAllowanceCents: data.monthlyAllowanceCents,
    noticeDate: data.noticeDate,
    status,
    portalReference: data.portalReference,
    hostOtherPromoterInterns: data.hostOtherPromoterInterns,
    workedForHost: data.workedForHost,
    workedForHostDeclaredOn: data.workedForHostDeclaredOn,
  };
}

export function suspensionsOf(ctx: ReadCtx, id: string): Internship['suspensions'] {
  return ctx.db
    .select()
    .from(internshipSuspensions)
    .where(and(eq(internshipSuspensions.internshipId, id), isNull(internshipSuspensions.deletedAt)))
    .orderBy(asc(internshipSuspensions.fromDate))
    .all()
    .map((s) => ({ id: s.id, from: s.fromDate, to: s.toDate, reason: s.reason as SuspensionReason, excluded: s.excluded, note: s.note }));
}

export function categoryOf(ctx: ReadCtx, candidateId: string): TargetCategory | null {
  return (ctx.db.select({ c: candidates.targetCategory }).from(candidates).where(eq(candidates.id, candidateId)).get()?.c ?? null) as TargetCategory | null;
}

/** The findings of the rules in force at the file's start, each with its waiver if a coordinator gave one. */
export function findingsFor(ctx: ReadCtx, data: InternshipData, id: string | null, ruleSetId: string | null): FindingView[] {
  const rules = ruleSetId ? ruleSetById(ctx, ruleSetId) : ruleSetFor(ctx, data.startDate ?? ctx.today());
  const found = checkInternship(underCheck(ctx, data, id), checkContext(ctx, data, id, rules, categoryOf(ctx, data.candidateId), quotaBasisOf(ctx, data.associationId, data.operatingSiteId)));
  const waivers = id
    ? new Map(
        ctx.db
          .select()
          .from(internshipWaivers)
          .where(and(eq(internshipWaivers.internshipId, id), isNull(internshipWaivers.deletedAt)))
          .all()
          .map((w) => [w.ruleId as RuleId, { reason: w.reason, grantedBy: w.grantedBy, at: w.createdAt }]),
      )
    : new Map();
  return found.map((f) => ({ ...f, waiver: f.waivable ? (waivers.get(f.rule) ?? null) : null }));
}

export function getInternship(ctx: ReadCtx, id: string): Internship {
  const row = requireInternship(ctx, id);
  const person = ctx.db.select({ first: candidates.firstName, last: candidates.lastName }).from(candidates).where(eq(candidates.id, row.candidateId)).get();
  const association = ctx.db.select().from(associations).where(eq(associations.id, row.associationId)).get();
  const site = row.operatingSiteId ? ctx.db.select().from(associationSites).where(eq(associationSites.id, row.operatingSiteId)).get() : undefined;
  const needTitle = row.needId ? (ctx.db.select({ title: needs.title }).from(needs).where(eq(needs.id, row.needId)).get()?.title ?? null) : null;
  const tutor = row.promoterTutorId
    ? (ctx.db.select({ n: operators.fullName }).from(operators).where(eq(operators.id, row.promoterTutorId)).get()?.n ?? null)
    : null;
  const events = ctx.db
    .select()
    .from(internshipEvents)
    .where(eq(internshipEvents.internshipId, id))
    .orderBy(asc(internshipEvents.at), asc(internshipEvents.hlc))
    .all()
    .map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      from: e.fromStatus as InternshipStatus | null,
      to: e.toStatus as InternshipStatus | null,
      note: e.note,
      operatorName: e.operatorName,
    }));
  const data = internshipData(row);
  const patron = patronDayOfFile(ctx, row);
  return {
    ...row,
    ...data,
    targetCategory: row.targetCategory as TargetCategory | null,
    targetCategoryHidden: false,
    status: row.status as InternshipStatus,
    outcome: row.outcome as Internship['outcome'],
    interruptedBy: row.interruptedBy as Internship['interruptedBy'],
    ruleSetName: ruleSetById(ctx, row.ruleSetId).name,
    candidateName: person ? `${person.last} ${person.first}` : '—',
    associationName: association?.name ?? '—',
    siteName: site ? formatSite(site) : association ? `Sede legale: ${formatAddress(association)}` : null,
    patronDay: patron?.rule ? { comune: patron.comune, rule: patron.rule, ruleText: describePatronRule(patron.rule), saint: patron.saint } : null,
    needTitle,
    promoterTutorName: tutor,
    suspensions: suspensionsOf(ctx, id),
    findings: findingsFor(ctx, data, id, row.ruleSetId),
    events,
  };
}

export function assertParties(ctx: ReadCtx, data: InternshipData): void {
  const { db } = ctx;
  const person = db.select({ deletedAt: candidates.deletedAt }).from(candidates).where(eq(candidates.id, data.candidateId)).get();
  if (!person || person.deletedAt) {
    throw new AppError('VALIDATION', 'Il candidato scelto non esiste più.', [{ path: 'candidateId', message: 'Scegli un candidato attivo' }]);
  }
  const host = db.select({ deletedAt: associations.deletedAt }).from(associations).where(eq(associations.id, data.associationId)).get();
  if (!host || host.deletedAt) {
    throw new AppError('VALIDATION', 'L’associazione scelta non esiste più.', [{ path: 'associationId', message: 'Scegli un’associazione attiva' }]);
  }
  if (data.operatingSiteId) {
    const site = db.select({ owner: associationSites.associationId, deletedAt: associationSites.deletedAt }).from(associationSites).where(eq(associationSites.id, data.operatingSiteId)).get();
    if (site?.deletedAt && site.owner === data.associationId) {
      throw new AppError('VALIDATION', 'La sede scelta è stata tolta dall’associazione.', [{ path: 'operatingSiteId', message: 'Scegli un’altra sede o la sede legale' }]);
    }
    if (!site || site.owner !== data.associationId) {
      throw new AppError('VALIDATION', 'La sede scelta non è una sede di questa associazione.', [{ path: 'operatingSiteId', message: 'Scegli una sede dell’associazione ospitante' }]);
    }
  }
  if (data.needId) {
    const need = db.select({ owner: needs.associationId, deletedAt: needs.deletedAt }).from(needs).where(eq(needs.id, data.needId)).get();
    if (need?.deletedAt && need.owner === data.associationId) {
      throw new AppError('VALIDATION', 'Il fabbisogno scelto è stato eliminato.', [{ path: 'needId', message: 'Ripristina il fabbisogno o togli il collegamento' }]);
    }
    if (!need || need.owner !== data.associationId) {
      throw new AppError('VALIDATION', 'Il fabbisogno scelto non è di questa associazione.', [{ path: 'needId', message: 'Scegli un fabbisogno dell’associazione ospitante' }]);
    }
  }
  if (data.matchId) {
    // A file opened from a proposal stays with that proposal's person, need and association.
    const match = db.select({ candidateId: matches.candidateId, needId: matches.needId }).from(matches).where(eq(matches.id, data.matchId)).get();
    if (!match || match.candidateId !== data.candidateId || match.needId !== data.needId) {
      throw new AppError('VALIDATION', 'La pratica nasce da una proposta accettata: candidato, associazione e fabbisogno restano quelli della proposta.', [
        { path: 'candidateId', message: 'Il candidato è quello della proposta accettata' },
      ]);
    }
  }
}

/** "TO01-2027-0004": this office's code, the year, the next number of that year at this office. */
function nextNumber(ctx: WriteCtx): { number: string; numberYear: number; numberSeq: number } {
  const code = ctx.db.select({ code: sites.code }).from(sites).where(eq(sites.id, ctx.siteId)).get()?.code;
  if (!code) throw new AppError('CONFLICT', 'Lo sportello non è ancora configurato: completa la prima configurazione.');
  const numberYear = Number(ctx.today().slice(0, 4));
  const last = ctx.db
    .select({ n: sql<number | null>`max(${internships.numberSeq})` })
    .from(internships)
    .where(and(eq(internships.siteId, ctx.siteId), eq(internships.numberYear, numberYear)))
    .get()?.n;
  const numberSeq = (last ?? 0) + 1;
  return { number: `${code}-${numberYear}-${String(numberSeq).padStart(4, '0')}`, numberYear, numberSeq };
}

export function addEvent(ctx: WriteCtx, internshipId: string, kind: string, from: InternshipStatus | null, to: InternshipStatus | null, note: string | null): void {
  ctx.db
    .insert(internshipEvents)
    .values({
      ...newRecordMeta(ctx, newId()),
      internshipId,
      at: ctx.now().toISOString(),
      kind,
      fromStatus: from,
      toStatus: to,
      note,
      operatorId: ctx.actor.id,
      operatorName: ctx.actor.name,
    })
    .run();
}

/**
 * Columns derived from the data: the rule set in force at the start, its legal basis, the
 * protocol exception, the headcount the quota is decided on (the file's site's own when it has
 * one, else the association's), the candidate's category now. Recomputed at every save and move
 * until the file starts, so a set added meanwhile or a corrected category is what the file is checked on.
 */
export function derived(ctx: WriteCtx, data: InternshipData) {
  const rules = ruleSetFor(ctx, data.startDate ?? ctx.today());
  const basis = quotaBasisOf(ctx, data.associationId, data.operatingSiteId);
  return {
    targetCategory: categoryOf(ctx, data.candidateId),
    ruleSetId: rules.id,
    legalBasis: rules.legalBasisByType[data.type],
    // Every association in this registry comes through the AICS–Exar protocol (docs/decisions/0008); `quotaBasisOf` says where it applies.
    protocolException: hostQuota(basis.employees, basis.protocolHost, rules.hostQuota).protocolException,
    hostEmployees: basis.employees,
  };
}

/**
 * A new draft. Only `createFromMatch` links it to a proposal (`fromMatch`): the link is the core's
 * to set, never the caller's, so a file cannot borrow a proposal it was not opened from.
 */
export function createInternship(ctx: WriteCtx, input: InternshipData, note: string | null = null, fromMatch: string | null = null): Internship {
  return ctx.db.transaction(() => {
    assertParties(ctx, { ...input, matchId: fromMatch });
    const data = { ...input, matchId: fromMatch ?? linkedProposal(ctx, input) };
    assertProposalFree(ctx, data.matchId, null);
    const id = newId();
    const today = ctx.today();
    ctx.db
      .insert(internships)
      .values({
        ...newRecordMeta(ctx, id),
        ...data,
        ...derived(ctx, data),
        funding: data.funding as Record<string, unknown> | null,
        weeklySlots: data.weeklySlots as Record<string, string> | null,
        ...nextNumber(ctx),
        actualEndDate: null,
        endNoticeDate: null,
        endNoticeNumber: null,
        status: 'bozza',
        statusChangedOn: today,
        outcome: null,
        interruptedBy: null,
        interruptionReason: null,
        finalCertificateDate: null,
      })
      .run();
    addEvent(ctx, id, 'stato', null, 'bozza', note);
    writeAudit(ctx, { entity: 'internships', entityId: id, action: 'create', changes: diffFields(null, data as unknown as Record<string, unknown>) });
    return getInternship(ctx, id);
  });
}

/** The number of the live file opened from this proposal (other than `exceptId`), if any. */
export function fileOfProposal(ctx: ReadCtx, matchId: string, exceptId: string | null): string | null {
  return (
    ctx.db
      .select({ id: internships.id, number: internships.number })
      .from(internships)
      .where(and(eq(internships.matchId, matchId), isNull(internships.deletedAt)))
      .all()
      .find((f) => f.id !== exceptId)?.number ?? null
  );
}

/** One live file per proposal: two would give the same place twice (and an interruption would free it under the other). */
function assertProposalFree(ctx: ReadCtx, matchId: string | null, exceptId: string | null): void {
  const other = matchId ? fileOfProposal(ctx, matchId, exceptId) : null;
  if (other) throw new AppError('CONFLICT', `Da questa proposta è già stata aperta la pratica ${other}.`);
}

/**
 * A file from scratch that names the need it answers goes through the proposal like any other:
 * the person's proposal for that need is accepted (or made and accepted) now, under the desk's
 * guards, so the need is covered when the file starts and reopens if it is interrupted.
 */
function linkedProposal(ctx: WriteCtx, data: InternshipData): string | null {
  if (!data.needId) return null;
  return acceptForFile(ctx, data.needId, data.candidateId, 'Accettata aprendo la pratica di tirocinio dalla sezione Tirocini');
}

/**
 * A draft pre-filled from an accepted proposal: the candidate, the association and its site, the
 * need; hours from the need spread over Monday–Friday, dates from the need's period.
 */
export function createFromMatch(ctx: WriteCtx, matchId: string): Internship {
  const match = ctx.db.select().from(matches).where(eq(matches.id, matchId)).get();
  if (!match || match.deletedAt) throw new AppError('NOT_FOUND', 'Proposta non trovata.');
  if (match.status !== 'accettato') throw new AppError('CONFLICT', 'La pratica si apre da una proposta accettata.');
  assertProposalFree(ctx, matchId, null);
  const need = ctx.db.select().from(needs).where(eq(needs.id, match.needId)).get()!;
  const perDay = need.hoursPerWeek ? Math.round((need.hoursPerWeek / 5) * 100) / 100 : null;
  const data = internshipFields.parse({
    candidateId: match.candidateId,
    associationId: need.associationId,
    operatingSiteId: need.operatingSiteId,
    needId: need.id,
    matchId,
    type: 'formativo',
    promoterTutorId: ctx.actor.id,
    startDate: need.periodFrom,
    plannedEndDate: need.periodTo,
    weeklySchedule: perDay === null ? null : { 1: perDay, 2: perDay, 3: perDay, 4: perDay, 5: perDay, 6: 0, 7: 0 },
    scheduleNotes: need.schedule,
    activities: need.tasks,
  });
  return createInternship(ctx, data, `Aperta dalla proposta accettata per «${need.title}»`, matchId);
}

/**
 * Only a draft is edited: what went out for signature is what the parties sign. To change it, the
 * file goes back to draft; a running file changes through its moves (extensions, suspensions).
 */
const EDITABLE: readonly InternshipStatus[] = ['bozza'];

export function updateInternship(ctx: WriteCtx, id: string, expectedHlc: string, input: InternshipData): Internship {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx, id);
    if (row.deletedAt) throw new AppError('CONFLICT', 'La pratica è stata eliminata.');
    assertSameVersion(row.hlc, expectedHlc, 'questa pratica', 'form');
    if (!EDITABLE.includes(row.status as InternshipStatus)) {
      throw new AppError(
        'CONFLICT',
        row.status === 'in_firma'
          ? 'La pratica è in firma: per modificarla riportala in bozza (i documenti andranno firmati di nuovo).'
          : 'Una pratica avviata non si modifica: usa proroga, sospensione, conclusione o interruzione.',
      );
    }
    // The proposal a file was opened from stays its own (see createInternship); a need named now links one.
    assertParties(ctx, { ...input, matchId: row.matchId });
    const before = internshipData(row);
    if (diffFields(before as unknown as Record<string, unknown>, { ...input, matchId: row.matchId } as unknown as Record<string, unknown>).length === 0) {
      return getInternship(ctx, id);
    }
    const data = { ...input, matchId: row.matchId ?? linkedProposal(ctx, input) };
    assertProposalFree(ctx, data.matchId, id);
    const changes = diffFields(before as unknown as Record<string, unknown>, data as unknown as Record<string, unknown>);
    ctx.db
      .update(internships)
      .set({
        ...data,
        ...derived(ctx, data),
        funding: data.funding as Record<string, unknown> | null,
        weeklySlots: data.weeklySlots as Record<string, string> | null,
        ...touchedMeta(ctx),
      })
      .where(eq(internships.id, id))
      .run();
    writeAudit(ctx, { entity: 'internships', entityId: id, action: 'update', changes });
    return getInternship(ctx, id);
  });
}

/** The checks on data still in the form: what the operator sees while typing. */
export function checkDraft(ctx: ReadCtx, id: string | null, data: InternshipData): FindingView[] {
  // The set in force at the start typed so far: changing the start may change the rules.
  return findingsFor(ctx, data, id, null);
}
