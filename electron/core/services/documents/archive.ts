/**
 * The archive of an internship file's documents: every version kept with who made it, when and its
 * sha256; "da firmare" until the signed scan is attached (stored the same way, with its own hash).
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import { DOCUMENT_KIND_LABELS, DOCUMENT_UPLOAD_MAX_BYTES, type DocumentKind, type DocumentView } from '@shared/api/documents';
import { italianMonth } from '@shared/rules/calendar';
import { signatureSummary, type SignatureCheck } from '@shared/documents/signatures';
import { italianDate } from '@shared/validation/italian-time';
import type { ReadCtx, WriteCtx } from '../../context';
import { touchedMeta } from '../../context';
import { candidates, documents } from '../../db/schema';
import { assertContentMatches } from '../../files/content-check';
import { cleanFileName, decodeBase64, detectFileType, discardStoredFile, DOCX, JPG, PDF, PNG, type FileType, readStoredFile, storedPath, writeStoredFile } from '../../files/stored-files';
import { writeAudit } from '../audit/audit-log';
import { addEvent, requireInternship } from '../internships/internships';
import { acceptContent, inspectSignedCopy } from '../signatures/signed-copy';

export const DOCUMENTS_FOLDER = 'documenti';

/**
 * The signed informativa is the person's privacy notice given: their profile records the day and
 * which notice, as if the desk had typed it.
 */
function recordPrivacyNotice(ctx: WriteCtx, row: DocumentRecord, at: string): void {
  const person = ctx.db.select({ date: candidates.privacyNoticeDate, version: candidates.privacyNoticeVersion }).from(candidates).where(eq(candidates.id, row.candidateId)).get();
  if (!person) return;
  const date = italianDate(new Date(at));
  const version = `Informativa tirocinio v${row.version}`;
  ctx.db.update(candidates).set({ privacyNoticeDate: date, privacyNoticeVersion: version, ...touchedMeta(ctx) }).where(eq(candidates.id, row.candidateId)).run();
  writeAudit(ctx, {
    entity: 'candidates',
    entityId: row.candidateId,
    action: 'update',
    changes: [
      { field: 'privacyNoticeDate', before: person.date, after: date },
      { field: 'privacyNoticeVersion', before: person.version, after: version },
    ],
  });
}

export type DocumentRecord = typeof documents.$inferSelect;

/** «marzo 2027» for a register's 'YYYY-MM'; null for the other documents. */
export function monthLabelOf(month: string | null): string | null {
  if (!month) return null;
  const [y, m] = month.split('-').map(Number) as [number, number];
  return italianMonth(y, m);
}

/** `currentTerms`: the terms hash the file has now, when it matters (the signing pack); a different one makes the version stale. */
export function toDocumentView(r: DocumentRecord, currentTerms?: string): DocumentView {
  return {
    id: r.id,
    internshipId: r.internshipId,
    kind: r.kind as DocumentKind,
    month: r.month,
    version: r.version,
    fileName: r.fileName,
    sha256: r.sha256,
    size: r.size,
    generatedAt: r.createdAt,
    generatedBy: r.generatedBy,
    templateVersion: r.templateVersion,
    state: r.signedSha256 ? 'firmato' : 'da_firmare',
    stale: currentTerms !== undefined && currentTerms !== r.termsHash,
    restricted: r.restricted,
    signed:
      r.signedSha256 && r.signedFileName && r.signedMimeType && r.signedAt && r.signedBy
        ? { fileName: r.signedFileName, mimeType: r.signedMimeType, sha256: r.signedSha256, size: r.signedSize ?? 0, at: r.signedAt, by: r.signedBy, signature: r.signatureCheck ?? null }
        : null,
  };
}

/** Every live document of a file, newest version first within each kind and month. */
export function documentsOf(ctx: ReadCtx, internshipId: string): DocumentRecord[] {
  return ctx.db
    .select()
    .from(documents)
    .where(and(eq(documents.internshipId, internshipId), isNull(documents.deletedAt)))
    .orderBy(documents.kind, desc(documents.month), desc(documents.version))
    .all();
}

export function requireDocument(ctx: ReadCtx, id: string): DocumentRecord {
  const row = ctx.db.select().from(documents).where(eq(documents.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'Documento non trovato.');
  return row;
}

/** The label a person reads: «Convenzione di tirocinio v2», «Registro presenze marzo 2027 v1». */
export function documentTitle(r: Pick<DocumentRecord, 'kind' | 'version'> & { monthLabel?: string | null }): string {
  // Callers pass the month as the record has it or already as a label.
  return `${DOCUMENT_KIND_LABELS[r.kind as DocumentKind]}${r.monthLabel ? ` ${r.monthLabel}` : ''} v${r.version}`;
}

/**
 * The bytes of a document or of its signed scan. One printing a restricted category opens only for
 * the roles that may see it, and every opening of it is in the audit log (art. 9 data).
 */
export function documentContent(ctx: WriteCtx, id: string, signed: boolean, seesSpecial: boolean): { fileName: string; mimeType: string; contentBase64: string } {
  const row = requireDocument(ctx, id);
  if (row.restricted) {
    if (!seesSpecial) throw new AppError('FORBIDDEN', 'Il documento riporta la categoria tutelata della persona: lo apre un coordinatore.');
    writeAudit(ctx, { entity: 'internships', entityId: row.internshipId, action: 'view', changes: [{ field: `documento.${row.kind}.v${row.version}${signed ? '.firmato' : ''}`, before: null, after: null }] });
  }
  if (signed) {
    if (!row.signedStoredPath || !row.signedSha256) throw new AppError('NOT_FOUND', 'Per questo documento non è stata ancora allegata la scansione firmata.');
    const bytes = readStoredFile(ctx.dataDir, row.signedStoredPath, row.signedSha256, 'della scansione firmata', 'allegala di nuovo');
    return { fileName: row.signedFileName!, mimeType: row.signedMimeType!, contentBase64: bytes.toString('base64') };
  }
  const bytes = readStoredFile(ctx.dataDir, row.storedPath, row.sha256, 'del documento', 'preparalo di nuovo');
  return { fileName: row.fileName, mimeType: DOCX.mimeType, contentBase64: bytes.toString('base64') };
}

export interface AttachSignedInput {
  id: string;
  fileName: string;
  contentBase64: string;
  /** A coordinator accepts a signed content different from the document prepared. */
  confirmDifferent?: boolean;
}

/**
 * Attaches the signed copy: a scan (PDF, JPG or PNG), or a digitally signed one (.p7m, signed PDF)
 * whose signatures are verified first (decision 0033). The document becomes "firmato"; a new copy
 * replaces the old one, audited. `canConfirm`: the caller is a coordinator, who may accept a signed
 * content different from the prepared document. Nothing is stored unless everything checks.
 */
export async function attachSignedScan(ctx: WriteCtx, input: AttachSignedInput, canConfirm = false): Promise<DocumentView> {
  const row = requireDocument(ctx, input.id);
  const file = requireInternship(ctx, row.internshipId);
  if (file.deletedAt) throw new AppError('CONFLICT', 'La pratica è stata eliminata: ripristinala prima di allegare documenti.');
  const bytes = decodeBase64(input.contentBase64);
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Il file è vuoto.');
  if (bytes.length > DOCUMENT_UPLOAD_MAX_BYTES) {
    throw new AppError('VALIDATION', `Il file supera ${DOCUMENT_UPLOAD_MAX_BYTES / 1024 / 1024} MB: scansiona a 150–200 dpi o in bianco e nero.`);
  }
  const fileName = cleanFileName(input.fileName, 'firmato');
  const copy = await inspectSignedCopy(ctx, { internshipId: row.internshipId, kind: row.kind as DocumentKind, month: row.month, sha256: row.sha256 }, bytes, fileName);
  let type: FileType | null;
  let signatureCheck: SignatureCheck | null = null;
  if (copy.kind === 'firmata') {
    type = copy.type;
    signatureCheck = acceptContent(copy.check, { asked: input.confirmDifferent === true, allowed: canConfirm, by: ctx.actor.name });
  } else {
    type = detectFileType(bytes, fileName);
    if (type !== PDF && type !== JPG && type !== PNG) {
      throw new AppError('VALIDATION', 'La copia firmata deve essere un PDF o un’immagine JPG o PNG, oppure un file firmato digitalmente (.p7m o PDF firmato): il contenuto del file non corrisponde.');
    }
    assertContentMatches(bytes, type);
  }
  const relativePath = storedPath(DOCUMENTS_FOLDER, file.number, 'firmati', `${row.id}-${Date.now()}.${type.extension}`);
  const sha256 = writeStoredFile(ctx.dataDir, relativePath, bytes);
  try {
    return ctx.db.transaction(() => {
      const at = ctx.now().toISOString();
      ctx.db
        .update(documents)
        .set({
          signedFileName: fileName,
          signedStoredPath: relativePath,
          signedMimeType: type.mimeType,
          signedSha256: sha256,
          signedSize: bytes.length,
          signedAt: at,
          signedBy: ctx.actor.name,
          signatureCheck,
          ...touchedMeta(ctx),
        })
        .where(eq(documents.id, row.id))
        .run();
      const title = documentTitle({ ...row, monthLabel: monthLabelOf(row.month) });
      const what = signatureCheck ? 'la copia firmata digitalmente' : 'la scansione firmata';
      const replaces = row.signedSha256 ? ' (sostituisce la precedente)' : '';
      // The history says who signed, so the file's timeline answers «who signed what» without opening the document.
      addEvent(ctx, row.internshipId, 'documento', null, null, `${title}: allegata ${what} «${fileName}»${replaces}.${signatureCheck ? ` ${signatureSummary(signatureCheck)}` : ''}`);
      writeAudit(ctx, {
        entity: 'internships',
        entityId: row.internshipId,
        action: 'update',
        // A replaced scan stays in the data folder: its path is kept here, so retention and erasure can find it.
        changes: [{ field: `documento.${row.kind}.v${row.version}.firmato`, before: row.signedStoredPath ? `${row.signedStoredPath} (${row.signedSha256})` : null, after: `${relativePath} (${sha256})` }],
      });
      if (row.kind === 'informativa') recordPrivacyNotice(ctx, row, at);
      return toDocumentView(requireDocument(ctx, row.id));
    });
  } catch (error) {
    discardStoredFile(ctx.dataDir, relativePath);
    throw error;
  }
}
