/**
 * Signatures made in the test with a test CA (tests/support/digital-signing.ts), verified with the
 * app's own code: CAdES attached in DER and base64, several signers, nested signatures, PAdES; and
 * each hostile input refused with its Italian reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { asBase64P7m, cadesSign, makeSigner, makeTestCa, padesSign, type Identity } from '../../../../tests/support/digital-signing';
import { p7mDer } from './p7m';
import { verifyPades } from './pades';
import { SignatureProblem, verifyCms } from './verify-cms';

const NOW = new Date('2027-01-10T10:00:00Z');
const CONTENT = Buffer.from('PK\u0003\u0004 un documento Word di prova, word/document.xml', 'latin1');
let ca: Identity;
let rossi: Identity;
let neri: Identity;

beforeAll(async () => {
  ca = await makeTestCa();
  rossi = await makeSigner(ca, { givenName: 'Mario', surname: 'Rossi', taxCode: 'RSSMRA85T10A562S' });
  neri = await makeSigner(ca, { givenName: 'Giulia', surname: 'Neri', taxCode: null });
});

async function problemOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignatureProblem);
  return (error as SignatureProblem).message;
}

describe('CAdES (.p7m)', () => {
  it('an attached signature gives back the content, the signer, the codice fiscale and the signing time', async () => {
    const p7m = await cadesSign(CONTENT, [rossi]);
    const result = await verifyCms(p7m, null, NOW);
    expect(Buffer.from(result.content!).equals(CONTENT)).toBe(true);
    expect(result.signers).toHaveLength(1);
    expect(result.signers[0]!.identity).toMatchObject({ name: 'Mario Rossi', taxCode: 'RSSMRA85T10A562S', issuer: 'Exar Test Qualified CA' });
    expect(result.signers[0]!.signedAt?.toISOString()).toBe('2027-01-05T10:00:00.000Z');
  });

  it('base64 text (with line breaks) reads as the same DER', async () => {
    const der = await cadesSign(CONTENT, [rossi]);
    expect(p7mDer(asBase64P7m(der))?.equals(der)).toBe(true);
    expect(p7mDer(Buffer.from('non è una firma, è un testo qualsiasi'))).toBeNull();
  });

  it('several signers in parallel, and a signature around a signature, are all verified', async () => {
    const both = await verifyCms(await cadesSign(CONTENT, [rossi, neri]), null, NOW);
    expect(both.signers.map((s) => [s.identity.name, s.identity.taxCode])).toEqual([
      ['Mario Rossi', 'RSSMRA85T10A562S'],
      ['Giulia Neri', null],
    ]);
    const nested = await verifyCms(await cadesSign(await cadesSign(CONTENT, [rossi]), [neri]), null, NOW);
    expect(Buffer.from(nested.content!).equals(CONTENT)).toBe(true);
    expect(nested.signers.map((s) => s.identity.name)).toEqual(['Mario Rossi', 'Giulia Neri']);
  });

  it('one byte changed in the content: refused, the file was modified after signing', async () => {
    const p7m = await cadesSign(CONTENT, [rossi]);
    const at = p7m.indexOf(Buffer.from('documento'));
    p7m[at] = p7m[at]! ^ 0x01;
    expect(await problemOf(verifyCms(p7m, null, NOW))).toMatch(/modificato dopo la firma/);
  });

  it('a detached signature without its content: refused, ask for the whole .p7m', async () => {
    const detached = await cadesSign(CONTENT, [rossi], { attached: false });
    expect(await problemOf(verifyCms(detached, null, NOW))).toMatch(/solo la firma, staccata dal documento/);
  });

  it('a certificate expired when it signed: refused, with its validity', async () => {
    const old = await makeSigner(ca, { givenName: 'Mario', surname: 'Rossi', taxCode: 'RSSMRA85T10A562S' }, new Date('2020-01-01'), new Date('2023-01-01'));
    const message = await problemOf(verifyCms(await cadesSign(CONTENT, [old]), null, NOW));
    expect(message).toMatch(/Il certificato di Mario Rossi non era valido quando ha firmato \(05\/01\/2027\): vale dal 01\/01\/2020 al 01\/01\/2023/);
  });

  it('malformed bytes and a truncated file: refused as not a readable signature', async () => {
    expect(await problemOf(verifyCms(Buffer.from([0x30, 0x82, 0xff, 0xff, 0x01]), null, NOW))).toMatch(/firma digitale leggibile/);
    const p7m = await cadesSign(CONTENT, [rossi]);
    expect(await problemOf(verifyCms(p7m.subarray(0, p7m.length / 2), null, NOW))).toMatch(/firma digitale leggibile/);
  });
});

describe('PAdES (signed PDF)', () => {
  it('the byte ranges are verified against the detached signature inside', async () => {
    const result = await verifyPades(await padesSign([rossi]), NOW);
    expect(result.signers.map((s) => s.identity.taxCode)).toEqual(['RSSMRA85T10A562S']);
  });

  it('a byte changed in the signed part, or bytes added after the signature: refused', async () => {
    const pdf = await padesSign([rossi]);
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf(Buffer.from('/MediaBox'));
    tampered[at + 1] = 0x4e;
    expect(await problemOf(verifyPades(tampered, NOW))).toMatch(/modificato dopo la firma/);
    const appended = await padesSign([rossi], { appendAfter: '1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n' });
    expect(await problemOf(verifyPades(appended, NOW))).toMatch(/modificato dopo l’ultima firma/);
  });
});
