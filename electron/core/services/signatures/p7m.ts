/**
 * A `.p7m` as offices send it: DER bytes, or the same in base64 text (some signing programs and PEC
 * clients save it so, sometimes with PEM armour and line breaks). Only the decoding is here; the
 * signature is read by pkijs in verify-cms.ts.
 */

/** An ASN.1 SEQUENCE starts every DER ContentInfo. */
const SEQUENCE = 0x30;
const PEM_ARMOUR = /-----(BEGIN|END) [A-Z0-9 ]+-----/g;

export function looksLikeP7m(fileName: string): boolean {
  return /\.p7m$/i.test(fileName.trim());
}

/** The DER bytes of a .p7m, or null when they are neither DER nor base64 of DER. */
export function p7mDer(bytes: Buffer): Buffer | null {
  if (bytes.length > 1 && bytes[0] === SEQUENCE) return bytes;
  const text = bytes.toString('latin1').replace(PEM_ARMOUR, '').replace(/\s+/g, '');
  // Node's decoder skips what is not base64 silently: check the alphabet first, so a random file is not «decoded».
  if (text.length < 16 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const der = Buffer.from(text, 'base64');
  return der.length > 1 && der[0] === SEQUENCE ? der : null;
}

/** The file name of what a .p7m wraps: «convenzione.docx.p7m» → «convenzione.docx». */
export function innerFileName(fileName: string): string {
  return fileName.replace(/(\.p7m)+$/i, '');
}
