/**
 * The trust list: the CA certificates an administrator imported from the AgID list file (an ETSI
 * TS 119 612 TSL, XML). Only the base64 `X509Certificate` elements of the services are read: each
 * is a certificate parsed by pkijs, nothing else of the XML is trusted or needed. The list's own
 * XML signature (the `ds:Signature` block) is left out, so its signer never becomes a trusted CA.
 */
import { asc } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import { DOCUMENT_UPLOAD_MAX_BYTES } from '@shared/api/documents';
import type { TrustListView } from '@shared/api/documents';
import type * as pkijs from 'pkijs';
import type { ReadCtx, WriteCtx } from '../../context';
import { trustedCertificates } from '../../db/schema';
import { cleanFileName, decodeBase64, sha256Of } from '../../files/stored-files';
import { writeAudit } from '../audit/audit-log';
import { certificateFromDer, identityOf } from './certificate';

const CERTIFICATE_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?X509Certificate\b[^>]*>([^<]+)<\/(?:[A-Za-z_][\w.-]*:)?X509Certificate>/g;
const SIGNATURE_BLOCK = /<(?:[A-Za-z_][\w.-]*:)?Signature\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?Signature>/g;

export interface ListedCertificate {
  der: Buffer;
  subject: string;
  validTo: Date;
}

/** The CA certificates a TSL lists, each once; a file with none is refused, in Italian. */
export function parseTrustList(xml: string): ListedCertificate[] {
  if (!/<(?:[A-Za-z_][\w.-]*:)?TrustServiceStatusList\b/.test(xml)) {
    throw new AppError('VALIDATION', 'Il file non è un elenco di fiducia (TSL): scarica da AgID il file XML dell’elenco dei certificatori qualificati.');
  }
  const body = xml.replace(SIGNATURE_BLOCK, '');
  const seen = new Set<string>();
  const found: ListedCertificate[] = [];
  for (const match of body.matchAll(CERTIFICATE_ELEMENT)) {
    const der = Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64');
    const certificate = certificateFromDer(der);
    const hash = sha256Of(der);
    if (!certificate || seen.has(hash)) continue;
    seen.add(hash);
    const identity = identityOf(certificate);
    found.push({ der, subject: identity.name, validTo: identity.validTo });
  }
  if (found.length === 0) throw new AppError('VALIDATION', 'L’elenco di fiducia non contiene certificati leggibili.');
  return found;
}

/** Replaces the trust list with the one in the file (a newer AgID list supersedes the old one whole). */
export function importTrustList(ctx: WriteCtx, input: { fileName: string; contentBase64: string }): TrustListView {
  const bytes = decodeBase64(input.contentBase64);
  if (bytes.length > DOCUMENT_UPLOAD_MAX_BYTES) throw new AppError('VALIDATION', `Il file supera ${DOCUMENT_UPLOAD_MAX_BYTES / 1024 / 1024} MB: non è un elenco di fiducia.`);
  const listed = parseTrustList(bytes.toString('utf8'));
  const fileName = cleanFileName(input.fileName, 'elenco-di-fiducia.xml');
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const before = ctx.db.select({ sha256: trustedCertificates.sha256 }).from(trustedCertificates).all().length;
    ctx.db.delete(trustedCertificates).run();
    listed.forEach((c, position) => {
      ctx.db
        .insert(trustedCertificates)
        .values({ sha256: sha256Of(c.der), subject: c.subject, derBase64: c.der.toString('base64'), validTo: c.validTo.toISOString(), sourceFile: fileName, importedAt: at, importedBy: ctx.actor.name, position })
        .run();
    });
    writeAudit(ctx, { entity: 'settings', entityId: 'trusted_certificates', action: 'import', changes: [{ field: 'elencoDiFiducia', before: before ? `${before} certificati` : null, after: `${listed.length} certificati da «${fileName}»` }] });
  });
  return trustListInfo(ctx);
}

export function trustListInfo(ctx: ReadCtx): TrustListView {
  const rows = ctx.db.select().from(trustedCertificates).orderBy(asc(trustedCertificates.position)).all();
  const first = rows[0];
  if (!first) return { count: 0, fileName: null, importedAt: null, importedBy: null, authorities: [] };
  return { count: rows.length, fileName: first.sourceFile, importedAt: first.importedAt, importedBy: first.importedBy, authorities: rows.slice(0, 20).map((r) => r.subject) };
}

/** The trusted CA certificates as pkijs objects; empty when no list was imported. */
export function trustedCertificatesOf(ctx: ReadCtx): pkijs.Certificate[] {
  return ctx.db
    .select({ der: trustedCertificates.derBase64 })
    .from(trustedCertificates)
    .all()
    .map((r) => certificateFromDer(Buffer.from(r.der, 'base64')))
    .filter((c): c is pkijs.Certificate => c !== null);
}
