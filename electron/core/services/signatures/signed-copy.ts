/**
 * What a signed copy is, before anything is stored: a `.p7m` (CAdES, its content compared with the
 * document prepared), a PDF carrying digital signatures (PAdES), or a plain scan. A signature that
 * does not verify, a detached one, an expired certificate, a content that is no document: refused
 * with the reason, in Italian. A content different from the prepared document is refused too,
 * unless a coordinator confirms it.
 */
import { AppError } from '@shared/api/errors';
import { SIGNATURE_FORMAT_LABELS, type SignatureCheck, type SignatureFormat } from '@shared/documents/signatures';
import type { DocumentKind } from '@shared/documents/context';
import type { ReadCtx } from '../../context';
import { PDF, sha256Of, type FileType } from '../../files/stored-files';
import { chainStateOf } from './chain';
import { expectedParties, matchSigners } from './expected-signers';
import { innerFileName, looksLikeP7m, p7mDer } from './p7m';
import { isSignedPdf, verifyPades } from './pades';
import { trustedCertificatesOf } from './trust-list';
import { SignatureProblem, verifyCms, type VerifiedSigner } from './verify-cms';

export const P7M: FileType = { extension: 'p7m', mimeType: 'application/pkcs7-mime' };

/** The document the copy stands for: its prepared file's hash and whom it names. */
export interface PreparedDocument {
  internshipId: string;
  kind: DocumentKind;
  month: string | null;
  sha256: string;
}

export type SignedCopy = { kind: 'scansione' } | { kind: 'firmata'; type: FileType; check: SignatureCheck };

const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 5)).toString('latin1') === '%PDF-';
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function checkOf(ctx: ReadCtx, doc: PreparedDocument, format: SignatureFormat, signers: VerifiedSigner[], content: SignatureCheck['content'], contentSha256: string | null): Promise<SignatureCheck> {
  const now = ctx.now();
  const trusted = trustedCertificatesOf(ctx);
  const chains = await Promise.all(signers.map((s) => chainStateOf(s, trusted, now)));
  const { parties, missing } = matchSigners(
    signers.map((s) => s.identity),
    expectedParties(ctx, doc.internshipId, doc.kind, doc.month),
  );
  return {
    format,
    content,
    contentSha256,
    confirmedBy: null,
    signers: signers.map((s, i) => ({
      name: s.identity.name,
      taxCode: s.identity.taxCode,
      issuer: s.identity.issuer,
      signedAt: s.signedAt?.toISOString() ?? null,
      validFrom: s.identity.validFrom.toISOString(),
      validTo: s.identity.validTo.toISOString(),
      chain: chains[i]!,
      party: parties[i] ?? null,
    })),
    missing,
    trustList: trusted.length > 0,
    checkedAt: now.toISOString(),
  };
}

function refuse(problem: unknown): never {
  if (problem instanceof SignatureProblem) throw new AppError('VALIDATION', problem.message);
  throw problem;
}

async function inspectP7m(ctx: ReadCtx, doc: PreparedDocument, bytes: Buffer, fileName: string): Promise<SignedCopy> {
  const der = p7mDer(bytes);
  if (!der) throw new AppError('VALIDATION', `«${fileName}» non è un file firmato leggibile: né DER né base64. Chiedi di nuovo il file .p7m a chi l’ha firmato.`);
  const verified = await verifyCms(der, null, ctx.now()).catch(refuse);
  const content = verified.content!;
  const contentSha256 = sha256Of(content);
  if (contentSha256 !== doc.sha256 && !isZip(content) && !isPdf(content)) {
    throw new AppError('VALIDATION', `«${fileName}» contiene «${innerFileName(fileName)}», che non è un documento Word né un PDF: non è il documento di questa pratica.`);
  }
  const state = contentSha256 === doc.sha256 ? 'identico' : 'diverso';
  return { kind: 'firmata', type: P7M, check: await checkOf(ctx, doc, 'cades', verified.signers, state, contentSha256) };
}

/** Reads the copy the desk attaches; refuses (AppError VALIDATION) what cannot be accepted whoever confirms. */
export async function inspectSignedCopy(ctx: ReadCtx, doc: PreparedDocument, bytes: Buffer, fileName: string): Promise<SignedCopy> {
  if (looksLikeP7m(fileName)) return inspectP7m(ctx, doc, bytes, fileName);
  if (isPdf(bytes) && isSignedPdf(bytes)) {
    const verified = await verifyPades(bytes, ctx.now()).catch(refuse);
    return { kind: 'firmata', type: PDF, check: await checkOf(ctx, doc, 'pades', verified.signers, 'pdf', null) };
  }
  return { kind: 'scansione' };
}

/**
 * A content different from the prepared document counts as the signed pack only when a coordinator
 * says so (`confirmedBy`); anyone else is told why and who may accept it.
 */
export function acceptContent(check: SignatureCheck, confirm: { asked: boolean; allowed: boolean; by: string }): SignatureCheck {
  if (check.content !== 'diverso') return check;
  if (!confirm.asked) {
    const what = SIGNATURE_FORMAT_LABELS[check.format];
    throw new AppError(
      'CONFLICT',
      `Il documento firmato (${what}) è DIVERSO dal documento preparato: qualcuno l’ha modificato prima di firmarlo, o è un altro documento. Non è stato allegato. Controllalo: un coordinatore può accettarlo lo stesso.`,
      undefined,
      { needsConfirm: true },
    );
  }
  if (!confirm.allowed) throw new AppError('FORBIDDEN', 'Solo un coordinatore può accettare un documento firmato diverso da quello preparato.');
  return { ...check, confirmedBy: confirm.by };
}
