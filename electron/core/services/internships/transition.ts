/**
 * Moving a file along its lifecycle: the guards of shared/rules/internship-lifecycle.ts, the
 * blocking findings of the rules (unless waived) before signature and start, suspensions that
 * move the planned end, and the candidate's status following the file. All in one transaction,
 * on the timeline and audited.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../../shared/api/errors';
import type { Internship } from '../../../../shared/api/internship-fields';
import { addDays, daysBetweenInclusive, endAfterSuspensions } from '../../../../shared/rules/calendar';
import { internshipMoveProblem, type InternshipMoveFacts, type InternshipStatus } from '../../../../shared/rules/internship-lifecycle';
import { italianDate } from '../../../../shared/validation/italian-time';
import type { ServiceContext } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { candidates, internships, internshipSuspensions } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { ruleSetById } from './rules-in-force';
import { addEvent, findingsFor, getInternship, internshipData, requireInternship } from './internships';

export interface InternshipMove extends Omit<InternshipMoveFacts, 'startDate' | 'plannedEndDate' | 'noticeDaysBeforeStart'> {
  to: InternshipStatus;
  note: string | null;
}

/** Where the candidate's status goes when the file takes a step; null: it stays. */
function candidateStatusAfter(from: InternshipStatus, move: InternshipMove): string | null {
  if (move.to === 'attivo' && from === 'in_firma') return 'in_tirocinio';
  if (move.to === 'concluso') return move.outcome === 'senza_assunzione' ? 'attivo' : 'occupato';
  if (move.to === 'interrotto') return 'attivo';
  return null;
}

export function transitionInternship(ctx: ServiceContext, id: string, expectedHlc: string, move: InternshipMove): Internship {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx.db, id);
    if (row.deletedAt) throw new AppError('CONFLICT', 'La pratica è stata eliminata.');
    if (row.hlc !== expectedHlc) {
      throw new AppError('CONFLICT', 'Nel frattempo un altro operatore ha aggiornato questa pratica: la pagina è stata ricaricata, riprova.', undefined, {
        reason: 'stale',
      });
    }
    const from = row.status as InternshipStatus;
    const today = italianDate(ctx.now());
    const rules = ruleSetById(ctx.db, row.ruleSetId);
    const facts: InternshipMoveFacts = {
      ...move,
      startDate: row.startDate,
      plannedEndDate: row.plannedEndDate,
      noticeDate: move.noticeDate ?? row.noticeDate,
      noticeNumber: move.noticeNumber ?? row.noticeNumber,
      noticeDaysBeforeStart: rules.noticeDaysBeforeStart,
    };
    const problem = internshipMoveProblem(from, move.to, facts);
    if (problem) throw new AppError('CONFLICT', problem.message, [{ path: problem.field, message: problem.message }]);

    if (move.to === 'in_firma' || (move.to === 'attivo' && from === 'in_firma')) {
      const data = { ...internshipData(row), noticeDate: facts.noticeDate, noticeNumber: facts.noticeNumber };
      const blocking = findingsFor({ db: ctx.db, sqlite: ctx.sqlite, today }, data, id, row.ruleSetId).filter((f) => f.severity === 'blocking' && !f.waiver);
      if (blocking.length > 0) {
        throw new AppError(
          'CONFLICT',
          `Prima di procedere risolvi le verifiche bloccanti: ${blocking.map((f) => f.message).join(' ')}`,
          blocking.map((f) => ({ path: f.field, message: f.message })),
        );
      }
    }

    let plannedEndDate = row.plannedEndDate;
    if (move.to === 'sospeso') {
      ctx.db
        .insert(internshipSuspensions)
        .values({ ...newRecordMeta(ctx, newId()), internshipId: id, fromDate: today, toDate: null, reason: move.suspensionReason!, note: move.note })
        .run();
    }
    if (from === 'sospeso') {
      // The suspension ends the day before the resumption (or the last day, if the file ends now).
      const open = ctx.db
        .select()
        .from(internshipSuspensions)
        .where(and(eq(internshipSuspensions.internshipId, id), isNull(internshipSuspensions.toDate), isNull(internshipSuspensions.deletedAt)))
        .get();
      if (open) {
        const last = move.to === 'attivo' ? addDays(today, -1) : (move.actualEndDate ?? today);
        const to = last < open.fromDate ? open.fromDate : last;
        ctx.db.update(internshipSuspensions).set({ toDate: to, ...touchedMeta(ctx) }).where(eq(internshipSuspensions.id, open.id)).run();
        if (move.to === 'attivo' && plannedEndDate) {
          plannedEndDate = endAfterSuspensions(plannedEndDate, [{ from: open.fromDate, to }]);
          const days = daysBetweenInclusive(open.fromDate, to);
          move = { ...move, note: [move.note, `Sospeso ${days} ${days === 1 ? 'giorno' : 'giorni'}: la fine prevista passa al ${plannedEndDate.split('-').reverse().join('/')}.`].filter(Boolean).join(' ') };
        }
      }
    }

    const patch = {
      status: move.to,
      statusChangedOn: today,
      plannedEndDate,
      noticeDate: facts.noticeDate,
      noticeNumber: facts.noticeNumber,
      ...(move.to === 'concluso' ? { outcome: move.outcome, actualEndDate: move.actualEndDate } : {}),
      ...(move.to === 'interrotto'
        ? { interruptedBy: move.interruptedBy, interruptionReason: move.interruptionReason, actualEndDate: move.actualEndDate }
        : {}),
    };
    ctx.db.update(internships).set({ ...patch, ...touchedMeta(ctx) }).where(eq(internships.id, id)).run();
    addEvent(ctx, id, 'stato', from, move.to, move.note);
    writeAudit(ctx, {
      entity: 'internships',
      entityId: id,
      action: 'update',
      changes: diffFields(
        { status: from, plannedEndDate: row.plannedEndDate, noticeDate: row.noticeDate, noticeNumber: row.noticeNumber, outcome: row.outcome, actualEndDate: row.actualEndDate },
        { status: move.to, plannedEndDate, noticeDate: facts.noticeDate, noticeNumber: facts.noticeNumber, outcome: patch.outcome ?? row.outcome, actualEndDate: patch.actualEndDate ?? row.actualEndDate },
      ),
    });

    const next = candidateStatusAfter(from, move);
    const person = ctx.db.select({ status: candidates.status }).from(candidates).where(eq(candidates.id, row.candidateId)).get();
    if (next && person && person.status !== next) {
      ctx.db.update(candidates).set({ status: next, ...touchedMeta(ctx) }).where(eq(candidates.id, row.candidateId)).run();
      writeAudit(ctx, { entity: 'candidates', entityId: row.candidateId, action: 'update', changes: [{ field: 'status', before: person.status, after: next }] });
    }
    return getInternship({ db: ctx.db, sqlite: ctx.sqlite, today }, id);
  });
}
