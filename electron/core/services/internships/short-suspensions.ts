/**
 * Suspensions that are really absences. Since issue 13 the core refuses a «sospensione» shorter
 * than the rule set's minimum (30 days for maternity, illness or injury, 15 for a host closure)
 * and converts one that ends early; files saved before still carry such suspensions. They are not
 * rewritten behind anyone's back: they are listed from the data (at start, in the log, and for
 * coordinators in Tirocini) until a coordinator converts each one into absences. Until then the
 * register keeps computing them as the suspensions they were recorded as.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { Internship, ShortSuspension } from '@shared/api/internships';
import { daysBetweenInclusive } from '@shared/rules/calendar';
import { SUSPENSION_REASON_LABELS, suspensionQualifies, type SuspensionReason } from '@shared/rules/suspensions';
import { formatItalianDate } from '@shared/validation/italian-time';
import type { ReadCtx, WriteCtx } from '../../context';
import { touchedMeta } from '../../context';
import { associations, candidates, internships, internshipSuspensions } from '../../db/schema';
import type { Logger } from '../../log';
import { writeAudit } from '../audit/audit-log';
import { assertSameVersion } from '../stale-version';
import { addEvent, getInternship, requireInternship } from './internships';
import { ruleSetById } from './rules-in-force';
import { count, plural } from '@shared/text/plural';

type SuspensionRow = typeof internshipSuspensions.$inferSelect;

const dayCount = (n: number) => count(n, 'giorno', 'giorni');

/**
 * Why a stored suspension is an absence under the file's rule set, or null when it is a real one
 * (or still open for a reason that may yet reach the minimum).
 */
function shortBy(ctx: ReadCtx, ruleSetId: string, s: SuspensionRow): { days: number | null } | null {
  const reason = s.reason as SuspensionReason;
  if (s.toDate === null) return reason === 'altro' ? { days: null } : null;
  const days = daysBetweenInclusive(s.fromDate, s.toDate);
  return suspensionQualifies(reason, days, ruleSetById(ctx, ruleSetId).suspension) ? null : { days };
}

/** Every live file's suspensions that are absences, oldest first. */
export function listShortSuspensions(ctx: ReadCtx): ShortSuspension[] {
  const rows = ctx.db
    .select({ s: internshipSuspensions, file: { id: internships.id, number: internships.number, status: internships.status, ruleSetId: internships.ruleSetId, hlc: internships.hlc }, first: candidates.firstName, last: candidates.lastName, host: associations.name })
    .from(internshipSuspensions)
    .innerJoin(internships, eq(internships.id, internshipSuspensions.internshipId))
    .innerJoin(candidates, eq(candidates.id, internships.candidateId))
    .innerJoin(associations, eq(associations.id, internships.associationId))
    .where(and(isNull(internshipSuspensions.deletedAt), isNull(internships.deletedAt)))
    .all();
  const found: ShortSuspension[] = [];
  for (const r of rows) {
    const short = shortBy(ctx, r.file.ruleSetId, r.s);
    if (!short) continue;
    found.push({
      internshipId: r.file.id,
      internshipHlc: r.file.hlc,
      number: r.file.number,
      status: r.file.status as ShortSuspension['status'],
      candidateName: `${r.last} ${r.first}`,
      associationName: r.host,
      suspensionId: r.s.id,
      from: r.s.fromDate,
      to: r.s.toDate,
      reason: r.s.reason as SuspensionReason,
      days: short.days,
    });
  }
  return found.sort((a, b) => (a.from === b.from ? a.number.localeCompare(b.number) : a.from.localeCompare(b.from)));
}

/**
 * The startup report: how many files still carry a suspension that is an absence, by number only
 * (the reason may be health data, and the log is a plain file).
 */
export function logShortSuspensions(ctx: ReadCtx, log: Logger): void {
  const found = listShortSuspensions(ctx);
  if (found.length === 0) return;
  const numbers = [...new Set(found.map((f) => f.number))];
  log.info(
    `${found.length} short suspension(s) to convert into absences, in ${numbers.length} internship file(s): ${numbers.join(', ')}. ` +
      'A coordinator converts them from Tirocini («Sospensioni da convertire in assenze»).',
  );
}

/**
 * Ends a suspension as absences: the record is removed (a tombstone, so the removal travels), the
 * file's version is raised so every screen and office recomputes its register, and the timeline
 * and the history say what happened. Months already closed keep their figures: a coordinator
 * corrects them if needed.
 */
export function endAsAbsences(
  ctx: WriteCtx,
  internshipId: string,
  s: Pick<SuspensionRow, 'id' | 'fromDate' | 'reason'>,
  to: string,
  note: (what: { length: string; period: string }) => string,
): void {
  const days = daysBetweenInclusive(s.fromDate, to);
  const label = SUSPENSION_REASON_LABELS[s.reason as SuspensionReason].toLowerCase();
  const at = ctx.now().toISOString();
  ctx.db.update(internshipSuspensions).set({ toDate: to, excluded: false, deletedAt: at, ...touchedMeta(ctx) }).where(eq(internshipSuspensions.id, s.id)).run();
  ctx.db.update(internships).set(touchedMeta(ctx)).where(eq(internships.id, internshipId)).run();
  const period = plural(days, `il ${formatItalianDate(s.fromDate)}`, `dal ${formatItalianDate(s.fromDate)} al ${formatItalianDate(to)}`);
  addEvent(ctx, internshipId, 'sospensione', null, null, note({ length: `${dayCount(days)} (${label})`, period }));
  writeAudit(ctx, {
    entity: 'internships',
    entityId: internshipId,
    action: 'update',
    changes: [{ field: `sospensione.${s.fromDate}`, before: `${period} (${label})`, after: 'assenze' }],
  });
}

/** A coordinator converts a recorded short suspension into absences. */
export function convertSuspension(ctx: WriteCtx, internshipId: string, expectedHlc: string, suspensionId: string): Internship {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx, internshipId);
    if (row.deletedAt) throw new AppError('CONFLICT', 'La pratica è stata eliminata.');
    assertSameVersion(row.hlc, expectedHlc, 'questa pratica', 'page');
    const s = ctx.db.select().from(internshipSuspensions).where(eq(internshipSuspensions.id, suspensionId)).get();
    if (!s || s.deletedAt || s.internshipId !== internshipId) throw new AppError('NOT_FOUND', 'Sospensione non trovata in questa pratica.');
    if (s.toDate === null) {
      throw new AppError('CONFLICT', 'La sospensione è ancora in corso: riprendi il tirocinio, e i giorni diventeranno assenze se sono meno del minimo.');
    }
    if (!shortBy(ctx, row.ruleSetId, s)) throw new AppError('CONFLICT', 'Questa sospensione raggiunge il minimo previsto: è una sospensione, non un’assenza.');
    // A suspension that moved the planned end would need the end moved back: a correction, not a conversion.
    if (s.excluded) throw new AppError('CONFLICT', 'Questa sospensione ha spostato la fine prevista: va corretta con la fine del tirocinio, non convertita.');
    endAsAbsences(
      ctx,
      internshipId,
      s,
      s.toDate,
      ({ length, period }) => `Sospensione di ${length} ${period} convertita in assenze: vanno registrate nelle presenze del mese e non tolgono ore previste né indennità.`,
    );
    return getInternship(ctx, internshipId);
  });
}
