/**
 * A CMS SignedData (CAdES-BES) verified with pkijs: every signer's signature over the content (or
 * over the detached bytes a signed PDF gives), the signing time it declares, and its certificate's
 * validity at that time. A failure is a `SignatureProblem` with the Italian words the desk reads;
 * nothing here decides what is stored.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { formatItalianDate, italianDate } from '@shared/validation/italian-time';
import { identityOf, type CertificateIdentity } from './certificate';
import { cryptoEngine } from './engine';

/** A signature that cannot be accepted, with the reason in the desk's words. */
export class SignatureProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignatureProblem';
  }
}

const SIGNING_TIME = '1.2.840.113549.1.9.5';
/** Italian signing software wraps a second signature around the first («firma matrioska»): a few levels at most. */
const MAX_NESTING = 4;

export interface VerifiedSigner {
  identity: CertificateIdentity;
  /** The signing-time signed attribute; null when the signature does not declare one. */
  signedAt: Date | null;
  certificate: pkijs.Certificate;
  /** The other certificates the signature carries (intermediate CAs), for the chain check. */
  carried: pkijs.Certificate[];
}

export interface VerifiedCms {
  /** The signed content, unwrapped from nested signatures; null for a detached signature (PAdES). */
  content: Uint8Array | null;
  signers: VerifiedSigner[];
}

const day = (d: Date) => formatItalianDate(italianDate(d));

/** The SignedData in DER bytes, or null when they are not a CMS signature at all. */
export function signedDataOf(der: Uint8Array): pkijs.SignedData | null {
  const parsed = asn1js.fromBER(der);
  if (parsed.offset === -1) return null;
  try {
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== pkijs.ContentInfo.SIGNED_DATA) return null;
    return new pkijs.SignedData({ schema: info.content });
  } catch {
    return null;
  }
}

function signingTimeOf(info: pkijs.SignerInfo): Date | null {
  const attr = info.signedAttrs?.attributes.find((a) => a.type === SIGNING_TIME);
  const value: unknown = attr?.values[0];
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) return value.toDate();
  return null;
}

function encapsulated(signed: pkijs.SignedData): Uint8Array | null {
  const content = signed.encapContentInfo.eContent;
  if (!content) return null;
  // pkijs joins a constructed OCTET STRING (content in pieces) into one value.
  return new Uint8Array(content.getValue());
}

function failureWords(error: unknown, who: string): string {
  if (error instanceof pkijs.SignedDataVerifyError) {
    if (error.code === 3 || error.code === 2) return `Nella firma manca il certificato del firmatario: non si può sapere chi ha firmato.`;
    if (/digest/i.test(error.message)) return `La firma di ${who} non corrisponde al contenuto: il file è stato modificato dopo la firma.`;
    if (error.code === 7) return `La firma di ${who} usa un algoritmo non riconosciuto.`;
  }
  return `La firma di ${who} non è valida: il file è stato modificato dopo la firma o è danneggiato.`;
}

function certificatesOf(signed: pkijs.SignedData): pkijs.Certificate[] {
  return (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
}

async function verifySigner(signed: pkijs.SignedData, index: number, detached: Uint8Array | null, now: Date): Promise<VerifiedSigner> {
  const certificates = certificatesOf(signed);
  const info = signed.signerInfos[index]!;
  const sid = info.sid instanceof pkijs.IssuerAndSerialNumber ? info.sid : null;
  const own = sid ? certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) : undefined;
  const who = own ? identityOf(own).name : `firmatario ${index + 1}`;
  let result: pkijs.SignedDataVerifyResult;
  try {
    // A copy: a Node Buffer may be a view on a larger shared pool, whose `.buffer` is not these bytes.
    const data = detached ? Uint8Array.from(detached).buffer : undefined;
    result = await signed.verify({ signer: index, checkChain: false, extendedMode: true, ...(data ? { data } : {}) }, cryptoEngine());
  } catch (error) {
    throw new SignatureProblem(failureWords(error, who));
  }
  if (!result.signatureVerified || !result.signerCertificate) throw new SignatureProblem(failureWords(null, who));
  const certificate = result.signerCertificate;
  const identity = identityOf(certificate);
  const signedAt = signingTimeOf(info);
  // Without a declared signing time the only moment known is now: the certificate must be valid today.
  const at = signedAt ?? now;
  if (at < identity.validFrom || at > identity.validTo) {
    const when = signedAt ? `quando ha firmato (${day(signedAt)})` : 'oggi (la firma non dichiara quando è stata apposta)';
    throw new SignatureProblem(
      `Il certificato di ${identity.name} non era valido ${when}: vale dal ${day(identity.validFrom)} al ${day(identity.validTo)}. La firma non si può accettare.`,
    );
  }
  return { identity, signedAt, certificate, carried: certificates.filter((c) => c !== certificate) };
}

/**
 * Verifies every signer of `der` (a CMS ContentInfo). `detached`: the signed bytes when the
 * signature does not carry them (PAdES); a .p7m must carry its content.
 */
export async function verifyCms(der: Uint8Array, detached: Uint8Array | null, now: Date, depth = 0): Promise<VerifiedCms> {
  const signed = signedDataOf(der);
  if (!signed) throw new SignatureProblem('Il file non contiene una firma digitale leggibile: è danneggiato o non è un file firmato (.p7m).');
  if (signed.signerInfos.length === 0) throw new SignatureProblem('Il file firmato non contiene nessuna firma.');
  const content = encapsulated(signed);
  if (!content && !detached) {
    throw new SignatureProblem('Il file contiene solo la firma, staccata dal documento: chiedi il file .p7m completo, con il documento firmato al suo interno.');
  }
  const signers: VerifiedSigner[] = [];
  for (let i = 0; i < signed.signerInfos.length; i++) signers.push(await verifySigner(signed, i, content ? null : detached, now));
  if (content && depth < MAX_NESTING && signedDataOf(content)) {
    const inner = await verifyCms(content, null, now, depth + 1);
    return { content: inner.content, signers: [...inner.signers, ...signers] };
  }
  return { content, signers };
}
