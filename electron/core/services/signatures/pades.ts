/**
 * A PDF signed digitally (PAdES): each signature dictionary's /ByteRange names the bytes signed,
 * and the gap between the two ranges is its /Contents, a hex string holding a detached CMS
 * signature. Reading those two values is byte arithmetic on the file, not PDF parsing: the bytes
 * the signature covers are exactly what is verified, with pkijs (verify-cms.ts).
 */
import { SignatureProblem, verifyCms, type VerifiedSigner } from './verify-cms';

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

export interface PadesResult {
  signers: VerifiedSigner[];
}

interface Range {
  start1: number;
  length1: number;
  start2: number;
  length2: number;
}

function rangesOf(pdf: Buffer): Range[] {
  const text = pdf.toString('latin1');
  const ranges: Range[] = [];
  for (const m of text.matchAll(BYTE_RANGE)) {
    const [start1, length1, start2, length2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    // A placeholder not yet filled in (all zeros) is not a signature.
    if (length1 === 0 && start2 === 0) continue;
    ranges.push({ start1, length1, start2, length2 });
  }
  return ranges;
}

/** True when the PDF carries at least one signature dictionary with a byte range. */
export function isSignedPdf(pdf: Buffer): boolean {
  return rangesOf(pdf).length > 0;
}

function signatureBytes(pdf: Buffer, r: Range): { signed: Buffer; cms: Buffer } {
  const gapEnd = r.start2;
  const gapStart = r.start1 + r.length1;
  if (r.start1 !== 0 || gapStart >= gapEnd || r.start2 + r.length2 > pdf.length) {
    throw new SignatureProblem('Il PDF firmato è danneggiato: l’intervallo firmato non corrisponde al file.');
  }
  const hex = pdf.subarray(gapStart, gapEnd).toString('latin1').trim();
  if (!hex.startsWith('<') || !hex.endsWith('>')) throw new SignatureProblem('Il PDF firmato è danneggiato: la firma non è dove il file la dichiara.');
  // The placeholder is padded with zeros after the signature; DER says its own length, so the padding is never read.
  const digits = hex.slice(1, -1).replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(digits) || digits.length % 2 !== 0) throw new SignatureProblem('Il PDF firmato è danneggiato: la firma non è leggibile.');
  const cms = Buffer.from(digits, 'hex');
  const signed = Buffer.concat([pdf.subarray(r.start1, r.start1 + r.length1), pdf.subarray(r.start2, r.start2 + r.length2)]);
  return { signed, cms };
}

/**
 * Verifies every signature of the PDF. The last one must cover the whole file: bytes added after
 * it (an incremental update) were not signed by anyone, so such a file is refused.
 */
export async function verifyPades(pdf: Buffer, now: Date): Promise<PadesResult> {
  const ranges = rangesOf(pdf);
  if (ranges.length === 0) throw new SignatureProblem('Il PDF non contiene firme digitali.');
  const signers: VerifiedSigner[] = [];
  for (const range of ranges) {
    const { signed, cms } = signatureBytes(pdf, range);
    const verified = await verifyCms(cms, signed, now);
    signers.push(...verified.signers);
  }
  const covered = Math.max(...ranges.map((r) => r.start2 + r.length2));
  // A trailing end-of-line after %%EOF is not content.
  if (pdf.subarray(covered).toString('latin1').trim() !== '') {
    throw new SignatureProblem('Il PDF è stato modificato dopo l’ultima firma: la parte aggiunta non è firmata da nessuno.');
  }
  return { signers };
}
