/**
 * Moving a file along its lifecycle: the guards of shared/rules/internship-lifecycle.ts, the
 * blocking findings of the rules (unless waived) before signature and start, suspensions that
 * move the planned end, and the candidate's status following the file. All in one transaction,
 * on the timeline and audited.
 */
import { assertSameVersion } from '../stale-version';
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { CandidateStatus } from '@shared/domain/person';
import type { Internship } from '@shared/api/internship-fields';
import { addDays, daysBetweenInclusive, endAfterSuspensions } from '@shared/rules/calendar';
import { internshipMoveProblem, SUSPENSION_REASON_LABELS, type InternshipMoveFacts, type InternshipStatus, type SuspensionReason } from '@shared/rules/internship-lifecycle';
import { minimumSuspensionDays, suspensionQualifies } from '@shared/rules/suspensions';
import { formatItalianDate } from '@shared/validation/italian-time';
import type { WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { candidates, internships, internshipSuspensions, matches } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { matchCounts } from '../matches/counts';
import { transitionMatch } from '../matches/matches';
import { moveNeedStatus, requireNeed } from '../needs/needs';
import { assertSignedPack } from '../documents/pack';
import { ruleSetById } from './rules-in-force';
import { addEvent, derived, findingsFor, getInternship, internshipData, requireInternship } from './internships';
import { endAsAbsences } from './short-suspensions';
import { count } from '@shared/text/plural';

export interface InternshipMove
  extends Omit<
    InternshipMoveFacts,
    'startDate' | 'plannedEndDate' | 'noticeDaysBeforeStart' | 'suspensionReason' | 'today' | 'hostTutorTaxCode' | 'lateNoticeWaived' | 'suspensionThresholds' | 'attendanceThreshold'
  > {
  to: InternshipStatus;
  suspensionReason: SuspensionReason | null;
  endNoticeDate: string | null;
  endNoticeNumber: string | null;
  note: string | null;
}

/**
 * Where the candidate's status goes when the file takes a step; null: it stays. Back from
 * "in tirocinio" only if no other file of theirs is running, and only from "in tirocinio": a
 * status the desk set meanwhile (non disponibile, say) is theirs to keep.
 */
function candidateStatusAfter(ctx: WriteCtx, fileId: string, candidateId: string, from: InternshipStatus, move: InternshipMove, current: CandidateStatus): CandidateStatus | null {
  if (move.to === 'attivo' && from === 'in_firma') return current === 'attivo' ? 'in_tirocinio' : null;
  if (move.to !== 'concluso' && move.to !== 'interrotto') return null;
  if (move.to === 'concluso' && move.outcome !== 'senza_assunzione') return 'occupato';
  if (current !== 'in_tirocinio') return null;
  const otherRunning = ctx.db
    .select({ id: internships.id })
    .from(internships)
    .where(and(eq(internships.candidateId, candidateId), ne(internships.id, fileId), isNull(internships.deletedAt), inArray(internships.status, ['attivo', 'sospeso'])))
    .get();
  return otherRunning ? null : 'attivo';
}

export function transitionInternship(ctx: WriteCtx, id: string, expectedHlc: string, move: InternshipMove): Internship {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx, id);
    if (row.deletedAt) throw new AppError('CONFLICT', 'La pratica è stata eliminata.');
    assertSameVersion(row.hlc, expectedHlc, 'questa pratica', 'page');
    const from = row.status as InternshipStatus;
    const today = ctx.today();
    const starting = move.to === 'in_firma' || (move.to === 'attivo' && from === 'in_firma');
    // Until the file starts, the rules are those in force at its start as they are now (a set added meanwhile applies).
    const current = internshipData(row);
    const fresh = starting ? derived(ctx, current) : null;
    const ruleSetId = fresh?.ruleSetId ?? row.ruleSetId;
    const rules = ruleSetById(ctx, ruleSetId);
    const startNotice = move.to === 'attivo' && from === 'in_firma';
    const noticeDate = startNotice ? (move.noticeDate ?? row.noticeDate) : row.noticeDate;
    const noticeNumber = startNotice ? (move.noticeNumber ?? row.noticeNumber) : row.noticeNumber;
    const waived = findingsFor(ctx, { ...current, noticeDate }, id, ruleSetId);
    const facts: InternshipMoveFacts = {
      ...move,
      startDate: row.startDate,
      plannedEndDate: row.plannedEndDate,
      noticeDate,
      noticeNumber,
      noticeDaysBeforeStart: rules.noticeDaysBeforeStart,
      hostTutorTaxCode: row.hostTutorTaxCode,
      suspensionFrom: move.suspensionFrom ?? today,
      suspensionThresholds: rules.suspension,
      attendanceThreshold: rules.allowance.attendanceThreshold,
      today,
      lateNoticeWaived: waived.some((f) => f.rule === 'comunicazione-obbligatoria' && f.waiver !== null),
    };
    const problem = internshipMoveProblem(from, move.to, facts);
    if (problem) throw new AppError('CONFLICT', problem.message, [{ path: problem.field, message: problem.message }]);

    if (starting) {
      const blocking = waived.filter((f) => f.severity === 'blocking' && !f.waiver);
      if (blocking.length > 0) {
        throw new AppError(
          'CONFLICT',
          `Prima di procedere risolvi le verifiche bloccanti: ${blocking.map((f) => f.message).join(' ')}`,
          blocking.map((f) => ({ path: f.field, message: f.message })),
        );
      }
    }
    // What the parties signed must be on file before the intern starts (or a coordinator's waiver).
    if (startNotice) assertSignedPack(ctx, id);

    let plannedEndDate = row.plannedEndDate;
    let note = move.note;
    if (move.to === 'sospeso') {
      ctx.db
        .insert(internshipSuspensions)
        .values({ ...newRecordMeta(ctx, newId()), internshipId: id, fromDate: facts.suspensionFrom!, toDate: null, reason: move.suspensionReason!, excluded: false, note: move.note })
        .run();
      // The expected end is what made it a suspension: the timeline keeps it (the record keeps the real one).
      note = [`Sospeso dal ${formatItalianDate(facts.suspensionFrom!)}, fine prevista il ${formatItalianDate(move.suspensionTo!)}.`, note].filter(Boolean).join(' ');
    }
    if (from === 'sospeso') {
      // The suspension ends the day before the resumption (or on the last day, if the file ends now).
      const open = ctx.db
        .select()
        .from(internshipSuspensions)
        .where(and(eq(internshipSuspensions.internshipId, id), isNull(internshipSuspensions.toDate), isNull(internshipSuspensions.deletedAt)))
        .get();
      if (open) {
        const last = move.to === 'attivo' ? addDays(today, -1) : (move.actualEndDate ?? today);
        const to = last < open.fromDate ? open.fromDate : last;
        const days = daysBetweenInclusive(open.fromDate, to);
        const reason = open.reason as SuspensionReason;
        const length = `${count(days, 'giorno', 'giorni')} (${SUSPENSION_REASON_LABELS[reason].toLowerCase()})`;
        if (!suspensionQualifies(reason, days, rules.suspension)) {
          // Ended before the minimum: it was never a suspension, its days are absences (DOMAIN.md «Suspension vs absence»).
          const minimum = minimumSuspensionDays(reason, rules.suspension);
          const why = minimum === null ? 'un altro motivo non sospende il tirocinio' : `meno dei ${minimum} giorni che sospendono il tirocinio`;
          endAsAbsences(ctx, id, open, to, ({ period }) => `Sospeso ${length} ${period}, ${why}: sono assenze, da registrare nelle presenze del mese; non tolgono ore previste né indennità.`);
        } else {
          ctx.db.update(internshipSuspensions).set({ toDate: to, excluded: true, ...touchedMeta(ctx) }).where(eq(internshipSuspensions.id, open.id)).run();
          if (move.to === 'attivo' && plannedEndDate) {
            plannedEndDate = endAfterSuspensions(plannedEndDate, [{ from: open.fromDate, to }]);
            note = [note, `Sospeso ${length}: non conta nella durata massima e la fine prevista passa al ${formatItalianDate(plannedEndDate)}.`].filter(Boolean).join(' ');
          }
        }
      }
    }

    const patch = {
      status: move.to,
      statusChangedOn: today,
      plannedEndDate,
      noticeDate,
      noticeNumber,
      ...(fresh ?? {}),
      ...(move.to === 'interrotto' ? { endNoticeDate: move.endNoticeDate, endNoticeNumber: move.endNoticeNumber } : {}),
      ...(move.to === 'concluso' ? { outcome: move.outcome, actualEndDate: move.actualEndDate } : {}),
      ...(move.to === 'interrotto'
        ? { interruptedBy: move.interruptedBy, interruptionReason: move.interruptionReason, actualEndDate: move.actualEndDate }
        : {}),
    };
    ctx.db.update(internships).set({ ...patch, ...touchedMeta(ctx) }).where(eq(internships.id, id)).run();
    addEvent(ctx, id, 'stato', from, move.to, note);
    writeAudit(ctx, {
      entity: 'internships',
      entityId: id,
      action: 'update',
      changes: diffFields(
        { status: from, plannedEndDate: row.plannedEndDate, noticeDate: row.noticeDate, noticeNumber: row.noticeNumber, outcome: row.outcome, actualEndDate: row.actualEndDate },
        { status: move.to, plannedEndDate, noticeDate, noticeNumber, outcome: patch.outcome ?? row.outcome, actualEndDate: patch.actualEndDate ?? row.actualEndDate },
      ),
    });

    // The need the file comes from is covered once the internship starts (if the desk had not marked it yet).
    if (move.to === 'attivo' && from === 'in_firma' && row.needId) {
      const need = requireNeed(ctx, row.needId);
      if (need.status === 'candidati_proposti' && !need.deletedAt && matchCounts(ctx, need.id).acceptedMatches > 0) {
        moveNeedStatus(ctx, need, 'coperto', `Tirocinio ${row.number} avviato`);
      }
    }

    if (move.to === 'interrotto' && row.matchId) releaseProposal(ctx, row, move);

    const person = ctx.db.select({ status: candidates.status }).from(candidates).where(eq(candidates.id, row.candidateId)).get();
    const next = person ? candidateStatusAfter(ctx, id, row.candidateId, from, move, person.status) : null;
    if (next && person && person.status !== next) {
      ctx.db.update(candidates).set({ status: next, ...touchedMeta(ctx) }).where(eq(candidates.id, row.candidateId)).run();
      writeAudit(ctx, { entity: 'candidates', entityId: row.candidateId, action: 'update', changes: [{ field: 'status', before: person.status, after: next }] });
    }
    return getInternship(ctx, id);
  });
}

/**
 * An interrupted file gives its place back: the accepted proposal it came from is withdrawn, with
 * the why on its timeline, and a need covered only by it reopens into analysis, so the desk can
 * propose someone else (or close the need if the association no longer wants anyone).
 */
function releaseProposal(ctx: WriteCtx, row: { matchId: string | null; number: string }, move: InternshipMove): void {
  const match = ctx.db.select({ id: matches.id, hlc: matches.hlc, status: matches.status, deletedAt: matches.deletedAt }).from(matches).where(eq(matches.id, row.matchId!)).get();
  if (!match || match.deletedAt || match.status !== 'accettato') return;
  const when = move.actualEndDate ? ` il ${formatItalianDate(move.actualEndDate)}` : '';
  const why = `tirocinio ${row.number} interrotto${when}`;
  transitionMatch(ctx, match.id, match.hlc, {
    to: 'ritirato',
    interviewAt: null,
    interviewPlace: null,
    // The reason stays on the file only: it may speak of health, and the proposal is another record.
    note: `Ritirata perché il ${why}.`,
    reopenReason: why,
  });
}
