/**
 * Extensions (proroga) and waivers (deroga). An extension moves the planned end within the
 * maximum for the person's category and needs its own mandatory notice, filed by the old end;
 * a waiver lets a coordinator go ahead against a rule that allows it, with the reason on record.
 */
import { assertSameVersion } from '../stale-version';
import { isRestrictedCategory } from '@shared/api/candidate-fields';
import { AppError } from '@shared/api/errors';
import type { Internship } from '@shared/api/internship-fields';
import type { InternshipStatus } from '@shared/rules/internship-lifecycle';
import { RULE_LABELS, type RuleId } from '@shared/rules/internship-rules';
import { formatItalianDate } from '@shared/validation/italian-time';
import type { WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { internshipExtensions, internships, internshipWaivers } from '../../db/schema';
import { eq } from 'drizzle-orm';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { addEvent, findingsFor, getInternship, internshipData, requireInternship } from './internships';


export interface Extension {
  newEndDate: string;
  noticeDate: string | null;
  noticeNumber: string | null;
  reason: string | null;
}

export function extendInternship(ctx: WriteCtx, id: string, expectedHlc: string, ext: Extension): Internship {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx, id);
    assertSameVersion(row.hlc, expectedHlc, 'questa pratica', 'page');
    if (!['attivo', 'sospeso'].includes(row.status as InternshipStatus) || row.deletedAt) {
      throw new AppError('CONFLICT', 'Si proroga solo un tirocinio attivo o sospeso.');
    }
    const previous = row.plannedEndDate!;
    if (ext.newEndDate <= previous) {
      const message = `La nuova fine deve venire dopo quella prevista (${formatItalianDate(previous)}).`;
      throw new AppError('VALIDATION', message, [{ path: 'newEndDate', message }]);
    }
    if (!ext.noticeDate || !ext.noticeNumber) {
      const message = 'Registra la comunicazione obbligatoria della proroga (data e numero).';
      throw new AppError('VALIDATION', message, [{ path: 'noticeDate', message }]);
    }
    if (ext.noticeDate > ctx.today()) {
      const message = 'La data della comunicazione di proroga non può essere futura.';
      throw new AppError('VALIDATION', message, [{ path: 'noticeDate', message }]);
    }
    if (ext.noticeDate > previous) {
      const message = `La comunicazione di proroga va fatta entro la fine prevista (${formatItalianDate(previous)}).`;
      throw new AppError('VALIDATION', message, [{ path: 'noticeDate', message }]);
    }
    const data = { ...internshipData(row), plannedEndDate: ext.newEndDate };
    const tooLong = findingsFor(ctx, data, id, row.ruleSetId).find((f) => f.rule === 'durata-massima');
    if (tooLong) {
      // The limit date would tell a sensitive category (12 or 24 months) to whoever reads the message.
      const message = isRestrictedCategory(row.targetCategory)
        ? 'La proroga supera la durata massima prevista per la categoria del candidato.'
        : tooLong.message;
      throw new AppError('VALIDATION', message, [{ path: 'newEndDate', message }]);
    }

    ctx.db.insert(internshipExtensions).values({ ...newRecordMeta(ctx, newId()), internshipId: id, previousEndDate: previous, ...ext }).run();
    ctx.db.update(internships).set({ plannedEndDate: ext.newEndDate, ...touchedMeta(ctx) }).where(eq(internships.id, id)).run();
    addEvent(ctx, id, 'proroga', null, null, [`Prorogato dal ${formatItalianDate(previous)} al ${formatItalianDate(ext.newEndDate)}.`, ext.reason].filter(Boolean).join(' '));
    writeAudit(ctx, { entity: 'internships', entityId: id, action: 'update', changes: [{ field: 'plannedEndDate', before: previous, after: ext.newEndDate }] });
    return getInternship(ctx, id);
  });
}

/**
 * Only a rule that allows it, and only while it is actually broken: a waiver is an answer to a
 * finding. The minimum duration is waived only for a seasonal activity (DOMAIN.md «Minimum
 * duration»): the coordinator says so (`seasonal`), and a waiver of that rule means exactly that.
 */
export function waiveRule(ctx: WriteCtx, id: string, rule: RuleId, reason: string, seasonal = false): Internship {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx, id);
    if (row.deletedAt) throw new AppError('CONFLICT', 'La pratica è stata eliminata: ripristinala prima di concedere una deroga.');
    const finding = findingsFor(ctx, internshipData(row), id, row.ruleSetId).find((f) => f.rule === rule);
    if (!finding) throw new AppError('CONFLICT', `La regola «${RULE_LABELS[rule]}» è rispettata: non serve una deroga.`);
    if (!finding.waivable) throw new AppError('CONFLICT', `Alla regola «${RULE_LABELS[rule]}» non si può derogare.`);
    if (finding.waiver) throw new AppError('CONFLICT', `Per la regola «${RULE_LABELS[rule]}» c’è già una deroga.`);
    if (rule === 'durata-minima' && !seasonal) {
      const message = 'La durata minima si deroga solo per un’attività stagionale: conferma che l’attività è stagionale.';
      throw new AppError('VALIDATION', message, [{ path: 'seasonal', message }]);
    }
    ctx.db.insert(internshipWaivers).values({ ...newRecordMeta(ctx, newId()), internshipId: id, ruleId: rule, reason, grantedById: ctx.actor.id, grantedBy: ctx.actor.name }).run();
    addEvent(ctx, id, 'deroga', null, null, `Deroga a «${RULE_LABELS[rule]}»${rule === 'durata-minima' ? ' per attività stagionale' : ''}: ${reason}`);
    writeAudit(ctx, { entity: 'internships', entityId: id, action: 'update', changes: [{ field: `deroga.${rule}`, before: null, after: reason }] });
    return getInternship(ctx, id);
  });
}
