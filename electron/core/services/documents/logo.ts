/**
 * The promoter's logo for the documents' header: a local setting of this office (PNG or JPG, small),
 * kept in the settings table so it travels with a backup of the database.
 */
import { AppError } from '@shared/api/errors';
import type { PromoterInfo } from '@shared/documents/context';
import type { ReadCtx, WriteCtx } from '../../context';
import { assertContentMatches } from '../../files/content-check';
import { decodeBase64, detectFileType, JPG, PNG } from '../../files/stored-files';
import { writeAudit } from '../audit/audit-log';
import { readLocalValue, writeLocalValue } from '../settings/local-values';
import { requireLocalSite } from '../settings/site';

const LOGO_KEY = 'promoterLogo';
/** A header logo needs no more: larger files only slow every document down. */
export const LOGO_MAX_BYTES = 300 * 1024;

interface StoredLogo {
  type: 'png' | 'jpg';
  base64: string;
  fileName: string;
}

function stored(ctx: ReadCtx): StoredLogo | null {
  const value = readLocalValue(ctx, LOGO_KEY) as Partial<StoredLogo> | null | undefined;
  return value && (value.type === 'png' || value.type === 'jpg') && typeof value.base64 === 'string' ? (value as StoredLogo) : null;
}

export function readPromoterLogo(ctx: ReadCtx): PromoterInfo['logo'] {
  const logo = stored(ctx);
  return logo ? { type: logo.type, data: new Uint8Array(Buffer.from(logo.base64, 'base64')) } : null;
}

export function promoterLogoInfo(ctx: ReadCtx): { fileName: string; contentBase64: string; mimeType: string } | null {
  const logo = stored(ctx);
  return logo ? { fileName: logo.fileName, contentBase64: logo.base64, mimeType: logo.type === 'png' ? PNG.mimeType : JPG.mimeType } : null;
}

/** Sets (or with null removes) the logo; audited on the office's settings. */
export function setPromoterLogo(ctx: WriteCtx, input: { fileName: string; contentBase64: string } | null): void {
  const before = stored(ctx);
  let next: StoredLogo | null = null;
  if (input) {
    const bytes = decodeBase64(input.contentBase64);
    if (bytes.length > LOGO_MAX_BYTES) throw new AppError('VALIDATION', `Il logo supera ${LOGO_MAX_BYTES / 1024} KB: usane una versione più piccola (per esempio 600 pixel di larghezza).`);
    const type = detectFileType(bytes, input.fileName);
    if (type !== PNG && type !== JPG) throw new AppError('VALIDATION', 'Il logo deve essere un’immagine PNG o JPG.');
    assertContentMatches(bytes, type);
    next = { type: type === PNG ? 'png' : 'jpg', base64: bytes.toString('base64'), fileName: input.fileName };
  }
  ctx.db.transaction(() => {
    writeLocalValue(ctx, LOGO_KEY, next);
    writeAudit(ctx, { entity: 'settings', entityId: requireLocalSite(ctx).id, action: 'update', changes: [{ field: 'logo', before: before?.fileName ?? null, after: next?.fileName ?? null }] });
  });
}
