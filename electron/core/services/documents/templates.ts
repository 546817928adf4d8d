/**
 * The office's own Word templates: uploaded by an administrator for a kind of document, read on
 * upload (unknown {{placeholders}} refused by name), stored as a new version with its sha256. The
 * newest version not withdrawn is the one documents are filled from; withdrawing it goes back to
 * the previous one, and with none left, to the built-in document.
 */
import { and, desc, eq, isNull, max } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import { DOCUMENT_KIND_LABELS, DOCUMENT_UPLOAD_MAX_BYTES, type DocumentKind, type TemplateView } from '@shared/api/documents';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import type { Db } from '../../db/connection';
import { documentTemplates, sites } from '../../db/schema';
import { readTemplateOffThread, refusalError } from '../../documents/templates';
import { cleanFileName, decodeBase64, detectFileType, discardStoredFile, DOCX, readStoredFile, storedPath, writeStoredFile } from '../../files/stored-files';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { requireLocalSite } from '../settings/site';
import { DOCUMENTS_FOLDER } from './archive';

type TemplateRecord = typeof documentTemplates.$inferSelect;

/**
 * The version in use for a kind: the newest upload not withdrawn. Newest by upload time, not by
 * number: a template the regional office published has its own numbering.
 */
function inUse(db: Db, kind: DocumentKind): TemplateRecord | undefined {
  return db
    .select()
    .from(documentTemplates)
    .where(and(eq(documentTemplates.kind, kind), isNull(documentTemplates.deletedAt)))
    .orderBy(desc(documentTemplates.createdAt), desc(documentTemplates.version))
    .get();
}

/** Office code of each template written elsewhere (published by the regional office). */
function originsOf(db: Db): Map<string, string> {
  const rows = db
    .select({ id: documentTemplates.id, code: sites.code })
    .from(documentTemplates)
    .innerJoin(sites, eq(sites.id, documentTemplates.siteId))
    .where(eq(sites.isLocal, false))
    .all();
  return new Map(rows.map((r) => [r.id, r.code]));
}

export function templateBytesInUse(ctx: ReadCtx, kind: DocumentKind): { id: string; version: number; bytes: Buffer } | null {
  const row = inUse(ctx.db, kind);
  if (!row) return null;
  return { id: row.id, version: row.version, bytes: readStoredFile(ctx.dataDir, row.storedPath, row.sha256, `del modello «${row.fileName}»`, 'caricalo di nuovo o ritiralo per usare il documento incorporato') };
}

export function listTemplates(ctx: ReadCtx): TemplateView[] {
  const rows = ctx.db.select().from(documentTemplates).orderBy(documentTemplates.kind, desc(documentTemplates.createdAt), desc(documentTemplates.version)).all();
  const current = new Map<string, string>();
  for (const r of rows) if (!r.deletedAt && !current.has(r.kind)) current.set(r.kind, r.id);
  const origins = originsOf(ctx.db);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as DocumentKind,
    version: r.version,
    fileName: r.fileName,
    sha256: r.sha256,
    placeholders: r.placeholders,
    note: r.note,
    uploadedBy: r.uploadedBy,
    uploadedAt: r.createdAt,
    inUse: current.get(r.kind) === r.id,
    withdrawnAt: r.deletedAt,
    origin: origins.get(r.id) ?? null,
  }));
}

export async function uploadTemplate(ctx: WriteCtx, input: { kind: DocumentKind; fileName: string; contentBase64: string; note: string | null }): Promise<TemplateView> {
  const bytes = decodeBase64(input.contentBase64);
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Il file è vuoto.');
  if (bytes.length > DOCUMENT_UPLOAD_MAX_BYTES) throw new AppError('VALIDATION', `Il modello supera ${DOCUMENT_UPLOAD_MAX_BYTES / 1024 / 1024} MB.`);
  const fileName = cleanFileName(input.fileName, 'modello.docx');
  if (detectFileType(bytes, fileName) !== DOCX) throw new AppError('VALIDATION', 'Il modello deve essere un documento Word .docx.');
  // Refuses unknown placeholders and hostile content by name, before anything is stored; in a worker
  // thread, so a large template does not hold up the other operators' calls while it is read.
  const reading = await readTemplateOffThread(bytes, input.kind);
  if (!reading.ok) throw refusalError(reading.problems);
  const placeholders = reading.placeholders;
  const id = newId();
  const relativePath = storedPath(DOCUMENTS_FOLDER, 'modelli', `${input.kind}-${id}.docx`);
  const sha256 = writeStoredFile(ctx.dataDir, relativePath, bytes);
  try {
    return ctx.db.transaction(() => {
      const last = ctx.db.select({ v: max(documentTemplates.version) }).from(documentTemplates).where(eq(documentTemplates.kind, input.kind)).get()?.v;
      const version = (last ?? 0) + 1;
      ctx.db
        .insert(documentTemplates)
        .values({
          ...newRecordMeta(ctx, id),
          kind: input.kind,
          version,
          fileName,
          storedPath: relativePath,
          sha256,
          size: bytes.length,
          placeholders: [...placeholders],
          note: input.note,
          uploadedById: ctx.actor.id,
          uploadedBy: ctx.actor.name,
        })
        .run();
      writeAudit(ctx, {
        entity: 'settings',
        entityId: requireLocalSite(ctx).id,
        action: 'update',
        changes: [{ field: `modello.${input.kind}`, before: last ?? null, after: `v${version}: ${fileName}` }],
      });
      return listTemplates(ctx).find((t) => t.id === id)!;
    });
  } catch (error) {
    discardStoredFile(ctx.dataDir, relativePath);
    throw error;
  }
}

export function withdrawTemplate(ctx: WriteCtx, id: string): TemplateView[] {
  return ctx.db.transaction(() => {
    const row = ctx.db.select().from(documentTemplates).where(eq(documentTemplates.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'Modello non trovato.');
    const origin = originsOf(ctx.db).get(id);
    if (origin) {
      throw new AppError('CONFLICT', `Questo modello è stato pubblicato dall’ufficio regionale (${origin}): non si ritira qui. Per usarne un altro, carica un nuovo modello: sarà quello in uso.`);
    }
    if (row.deletedAt) return listTemplates(ctx);
    ctx.db.update(documentTemplates).set({ deletedAt: ctx.now().toISOString(), ...touchedMeta(ctx) }).where(eq(documentTemplates.id, id)).run();
    const next = inUse(ctx.db, row.kind as DocumentKind);
    writeAudit(ctx, {
      entity: 'settings',
      entityId: requireLocalSite(ctx).id,
      action: 'update',
      changes: [{ field: `modello.${row.kind}`, before: `v${row.version}: ${row.fileName}`, after: next ? `v${next.version}: ${next.fileName}` : `${DOCUMENT_KIND_LABELS[row.kind as DocumentKind]} incorporato` }],
    });
    return listTemplates(ctx);
  });
}

export function templateContent(ctx: ReadCtx, id: string): { fileName: string; mimeType: string; contentBase64: string } {
  const row = ctx.db.select().from(documentTemplates).where(eq(documentTemplates.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', 'Modello non trovato.');
  const bytes = readStoredFile(ctx.dataDir, row.storedPath, row.sha256, `del modello «${row.fileName}»`, 'caricalo di nuovo');
  return { fileName: row.fileName, mimeType: DOCX.mimeType, contentBase64: bytes.toString('base64') };
}
