/**
 * Generating a document of an internship file: refused, with every item to fix, while the file has
 * blocking findings or lacks what the document needs; otherwise built (from the office's template
 * for that kind if there is one, else the built-in document), written to the data folder as a new
 * version with its sha256, and put on the file's timeline.
 */
import { and, eq, isNull, max } from 'drizzle-orm';
import { isRestrictedCategory } from '@shared/api/candidate-fields';
import { AppError } from '@shared/api/errors';
import type { DocumentView } from '@shared/api/documents';
import type { DocumentContext, DocumentKind } from '@shared/documents/context';
import { documentProblems, type DocumentProblem } from '@shared/documents/readiness';
import type { InternshipStatus } from '@shared/rules/internship-lifecycle';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta } from '../../context';
import { documents } from '../../db/schema';
import { buildDocument } from '../../documents';
import { fillTemplate } from '../../documents/templates';
import { discardStoredFile, storedPath, writeStoredFile } from '../../files/stored-files';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { addEvent, categoryOf, findingsFor, internshipData, requireInternship } from '../internships/internships';
import { documentTitle, DOCUMENTS_FOLDER, monthLabelOf, requireDocument, toDocumentView } from './archive';
import { documentContext, termsHashOf } from './context';
import { templateBytesInUse } from './templates';

const FILE_NAMES: Record<DocumentKind, string> = {
  convenzione: 'Convenzione',
  pfi: 'Progetto formativo',
  registro: 'Registro presenze',
  attestazione: 'Attestazione finale',
  informativa: 'Informativa privacy',
};

export interface Generation {
  internshipId: string;
  kind: DocumentKind;
  month: string | null;
}

/** The document's context and what stops it, as the one generating sees them. */
export function prepare(ctx: ReadCtx, input: Generation, seesSpecial: boolean): { context: DocumentContext; problems: DocumentProblem[] } {
  const row = requireInternship(ctx, input.internshipId);
  const context = documentContext(ctx, input.internshipId, { kind: input.kind, month: input.month, seesSpecial });
  // The agreement and the training plan are what the parties sign: not while a rule blocks the file.
  const signing = input.kind === 'convenzione' || input.kind === 'pfi';
  const categoryHidden = !seesSpecial && isRestrictedCategory(categoryOf(ctx, row.candidateId));
  const blocking = signing
    ? findingsFor(ctx, internshipData(row), row.id, row.ruleSetId)
        .filter((f) => f.severity === 'blocking' && !f.waiver)
        // The maximum would tell which restricted category the person is in (as on the file's page).
        .map((f) => (categoryHidden && f.rule === 'durata-massima' ? 'La durata massima per la categoria tutelata la verifica un coordinatore.' : f.message))
    : [];
  const problems = documentProblems(context, { status: row.status as InternshipStatus, deleted: row.deletedAt !== null, blockingFindings: blocking, categoryHidden });
  return { context, problems };
}

export function refusal(problems: DocumentProblem[]): AppError {
  return new AppError(
    'RULE_VIOLATION',
    problems.length === 1 ? `Il documento non si può ancora preparare: ${problems[0]!.message}` : `Il documento non si può ancora preparare: ci sono ${problems.length} cose da sistemare.`,
    problems.map((p) => ({ path: `${p.place}${p.field ? `.${p.field}` : ''}`, message: p.message })),
  );
}

/** Builds the bytes: the office's template for the kind if one is in use, else the built-in document. */
export async function renderDocument(ctx: ReadCtx, context: DocumentContext): Promise<{ bytes: Buffer; template: { id: string; version: number } | null }> {
  const template = templateBytesInUse(ctx, context.kind);
  if (template) return { bytes: await fillTemplate(template.bytes, context), template: { id: template.id, version: template.version } };
  return { bytes: await buildDocument(context), template: null };
}

/** True when the document prints a restricted target category (art. 9 data). */
function printsRestricted(ctx: ReadCtx, context: DocumentContext, candidateId: string): boolean {
  return context.kind === 'pfi' && isRestrictedCategory(categoryOf(ctx, candidateId));
}

/** Writes built bytes as the next version of the file's document of that kind (and month). */
export function archiveDocument(
  ctx: WriteCtx,
  input: Generation,
  built: { bytes: Buffer; template: { id: string; version: number } | null },
  context: DocumentContext,
): DocumentView {
  const file = requireInternship(ctx, input.internshipId);
  const id = newId();
  const monthPart = input.month ? ` ${input.month}` : '';
  const relativePath = storedPath(DOCUMENTS_FOLDER, file.number, `${input.kind}${input.month ? `-${input.month}` : ''}-${id}.docx`);
  const sha256 = writeStoredFile(ctx.dataDir, relativePath, built.bytes);
  try {
    return ctx.db.transaction(() => {
      const last = ctx.db
        .select({ v: max(documents.version) })
        .from(documents)
        .where(and(eq(documents.internshipId, input.internshipId), eq(documents.kind, input.kind), input.month ? eq(documents.month, input.month) : isNull(documents.month)))
        .get()?.v;
      const version = (last ?? 0) + 1;
      ctx.db
        .insert(documents)
        .values({
          ...newRecordMeta(ctx, id),
          internshipId: input.internshipId,
          candidateId: file.candidateId,
          kind: input.kind,
          month: input.month,
          version,
          templateId: built.template?.id ?? null,
          templateVersion: built.template?.version ?? null,
          fileName: `${FILE_NAMES[input.kind]}${monthPart} ${file.number} v${version}.docx`,
          storedPath: relativePath,
          sha256,
          size: built.bytes.length,
          restricted: printsRestricted(ctx, context, file.candidateId),
          termsHash: termsHashOf(context),
          generatedById: ctx.actor.id,
          generatedBy: ctx.actor.name,
        })
        .run();
      const title = documentTitle({ kind: input.kind, version, monthLabel: monthLabelOf(input.month) });
      addEvent(ctx, input.internshipId, 'documento', null, null, `Preparato: ${title}${built.template ? ` (modello dell’ufficio v${built.template.version})` : ''}.`);
      writeAudit(ctx, { entity: 'internships', entityId: input.internshipId, action: 'update', changes: [{ field: `documento.${input.kind}${monthPart}`, before: last ?? null, after: version }] });
      return toDocumentView(requireDocument(ctx, id));
    });
  } catch (error) {
    discardStoredFile(ctx.dataDir, relativePath);
    throw error;
  }
}

export async function generateDocument(ctx: WriteCtx, input: Generation, seesSpecial: boolean): Promise<DocumentView> {
  const { context, problems } = prepare(ctx, input, seesSpecial);
  if (problems.length > 0) throw refusal(problems);
  return archiveDocument(ctx, input, await renderDocument(ctx, context), context);
}
