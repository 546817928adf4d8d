/**
 * Attachments (CV, identity documents): the bytes are copied into the data folder under a name
 * the app chooses, with their sha256 and size; the record never holds an outside path. Only
 * PDF, DOCX, JPG and PNG are accepted, recognised by their content and not only their name.
 */
import { eq } from 'drizzle-orm';
import {
  ATTACHMENT_KIND_LABELS,
  ATTACHMENT_MAX_BYTES,
  type Attachment,
  type AttachmentKind,
} from '@shared/api/candidates';
import { AppError } from '@shared/api/errors';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { candidateAttachments } from '../../db/schema';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { assertContentMatches } from '../../files/content-check';
import { ATTACHMENTS_FOLDER, cleanFileName, decodeBase64, detectFileType, discardStoredFile, readStoredFile, storedPath, writeStoredFile } from '../../files/stored-files';
import { assertWritable, requireCandidate } from './candidates';
import { toAttachment } from './mapping';


export function addAttachment(
  ctx: WriteCtx,
  input: { candidateId: string; kind: AttachmentKind; fileName: string; contentBase64: string },
): Attachment {
  const bytes = decodeBase64(input.contentBase64);
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Il file è vuoto.');
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    throw new AppError('VALIDATION', `Il file supera il limite di ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB: riducilo (per esempio scansionando a 150 dpi).`);
  }
  const fileName = cleanFileName(input.fileName, 'allegato');
  const type = detectFileType(bytes, fileName);
  if (!type) throw new AppError('VALIDATION', 'Sono accettati solo file PDF, DOCX, JPG o PNG (il contenuto del file non corrisponde).');
  assertContentMatches(bytes, type);
  const owner = requireCandidate(ctx, input.candidateId);
  assertWritable(owner, 'allegare file');
  const id = newId();
  const storedName = `${id}.${type.extension}`;
  const relativePath = storedPath(ATTACHMENTS_FOLDER, storedName);
  const sha256 = writeStoredFile(ctx.dataDir, relativePath, bytes);
  try {
    return ctx.db.transaction(() => {
      ctx.db
        .insert(candidateAttachments)
        .values({
          ...newRecordMeta(ctx, id),
          candidateId: input.candidateId,
          kind: input.kind,
          fileName,
          mimeType: type.mimeType,
          size: bytes.length,
          sha256,
          storedName,
        })
        .run();
      writeAudit(ctx, {
        entity: 'candidates',
        entityId: input.candidateId,
        action: 'update',
        changes: [{ field: 'allegato', before: null, after: `${ATTACHMENT_KIND_LABELS[input.kind]}: ${fileName}` }],
      });
      return toAttachment(ctx.db.select().from(candidateAttachments).where(eq(candidateAttachments.id, id)).get()!);
    });
  } catch (error) {
    // No record, no file: a person's document nobody points to could never be found or erased.
    discardStoredFile(ctx.dataDir, relativePath);
    throw error;
  }
}

export function attachmentContent(ctx: ReadCtx, id: string) {
  const row = ctx.db.select().from(candidateAttachments).where(eq(candidateAttachments.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'Allegato non trovato.');
  const bytes = readStoredFile(ctx.dataDir, storedPath(ATTACHMENTS_FOLDER, row.storedName), row.sha256, 'dell’allegato', 'allegalo di nuovo');
  return { fileName: row.fileName, mimeType: row.mimeType, contentBase64: bytes.toString('base64') };
}

/** Takes the attachment off the profile; the file stays in the data folder with the record. */
export function removeAttachment(ctx: WriteCtx, id: string): void {
  ctx.db.transaction(() => {
    const row = ctx.db.select().from(candidateAttachments).where(eq(candidateAttachments.id, id)).get();
    if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'Allegato non trovato.');
    ctx.db
      .update(candidateAttachments)
      .set({ deletedAt: ctx.now().toISOString(), ...touchedMeta(ctx) })
      .where(eq(candidateAttachments.id, id))
      .run();
    writeAudit(ctx, {
      entity: 'candidates',
      entityId: row.candidateId,
      action: 'update',
      changes: [{ field: 'allegato', before: `${ATTACHMENT_KIND_LABELS[row.kind as AttachmentKind]}: ${row.fileName}`, after: null }],
    });
  });
}
