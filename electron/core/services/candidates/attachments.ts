/**
 * Attachments (CV, identity documents): the bytes are copied into the data folder under a name
 * the app chooses, with their sha256 and size; the record never holds an outside path. Only
 * PDF, DOCX, JPG and PNG are accepted, recognised by their content and not only their name.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import {
  ATTACHMENT_KIND_LABELS,
  ATTACHMENT_MAX_BYTES,
  type Attachment,
  type AttachmentKind,
} from '../../../../shared/api/candidates';
import { AppError } from '../../../../shared/api/errors';
import type { ServiceContext } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { candidateAttachments } from '../../db/schema';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { assertWritable, requireCandidate } from './candidates';
import { toAttachment } from './mapping';

export const ATTACHMENTS_FOLDER = 'attachments';

interface FileType {
  extension: string;
  mimeType: string;
}

const PDF: FileType = { extension: 'pdf', mimeType: 'application/pdf' };
const DOCX: FileType = { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
const JPG: FileType = { extension: 'jpg', mimeType: 'image/jpeg' };
const PNG: FileType = { extension: 'png', mimeType: 'image/png' };

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The file's type from its first bytes; the name's extension must agree. */
export function detectFileType(bytes: Buffer, fileName: string): FileType | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) && ext === 'pdf') return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && ext === 'png') return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) && (ext === 'jpg' || ext === 'jpeg')) return JPG;
  // A .docx is a zip holding word/document.xml; its name appears in the zip's directory.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && ext === 'docx' && bytes.includes('word/')) return DOCX;
  return null;
}

function decodeBase64(content: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new AppError('VALIDATION', 'Il file non è arrivato integro: riprova a sceglierlo.');
  }
  return Buffer.from(content, 'base64');
}

/** Keeps the name people recognise, without anything that could act as a path. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').slice(0, 200) || 'allegato';
}

export function addAttachment(
  ctx: ServiceContext,
  dataDir: string,
  input: { candidateId: string; kind: AttachmentKind; fileName: string; contentBase64: string },
): Attachment {
  const bytes = decodeBase64(input.contentBase64);
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Il file è vuoto.');
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    throw new AppError('VALIDATION', `Il file supera il limite di ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB: riducilo (per esempio scansionando a 150 dpi).`);
  }
  const fileName = cleanFileName(input.fileName);
  const type = detectFileType(bytes, fileName);
  if (!type) throw new AppError('VALIDATION', 'Sono accettati solo file PDF, DOCX, JPG o PNG (il contenuto del file non corrisponde).');
  const owner = requireCandidate(ctx.db, input.candidateId);
  assertWritable(owner, 'allegare file');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = newId();
  const storedName = `${id}.${type.extension}`;
  const folder = join(dataDir, ATTACHMENTS_FOLDER);
  mkdirSync(folder, { recursive: true });
  const finalPath = join(folder, storedName);
  const temporary = `${finalPath}.part`;
  try {
    // Written under a temporary name and renamed, so a crash never leaves half a file under the real one.
    writeFileSync(temporary, bytes);
    renameSync(temporary, finalPath);
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
    for (const path of [temporary, finalPath]) rmSync(path, { force: true });
    throw error;
  }
}

export function attachmentContent(ctx: ServiceContext, dataDir: string, id: string) {
  const row = ctx.db.select().from(candidateAttachments).where(eq(candidateAttachments.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'Allegato non trovato.');
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dataDir, ATTACHMENTS_FOLDER, row.storedName));
  } catch {
    throw new AppError('IO', "Il file dell'allegato non si trova più nella cartella dei dati: allegalo di nuovo.");
  }
  if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
    throw new AppError('IO', "Il file dell'allegato è stato alterato o danneggiato: allegalo di nuovo.");
  }
  return { fileName: row.fileName, mimeType: row.mimeType, contentBase64: bytes.toString('base64') };
}

/** Takes the attachment off the profile; the file stays in the data folder with the record. */
export function removeAttachment(ctx: ServiceContext, id: string): void {
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
