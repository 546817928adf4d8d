/**
 * Real signed fixtures, made in the tests with pkijs over Node's WebCrypto (ECDSA P-256): a test CA,
 * signer certificates with the Italian subject serialNumber `TINIT-<codice fiscale>`, CAdES-BES
 * signatures (attached, DER or base64; or detached), a small PDF signed in PAdES, and an AgID-style
 * trust list (TSL XML) holding the test CA. Nothing here is used by the app.
 */
import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

type Crypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];
/** Node's WebCrypto key types (the DOM's `CryptoKey` is not in the Node typings' global scope). */
type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;
const engine = new pkijs.CryptoEngine({ name: 'test-webcrypto', crypto: webcrypto as unknown as Crypto });
const subtle = webcrypto.subtle;

const OID = { cn: '2.5.4.3', surname: '2.5.4.4', serial: '2.5.4.5', country: '2.5.4.6', org: '2.5.4.10', given: '2.5.4.42' };
const DATA = '1.2.840.113549.1.7.1';
let serial = 1000;

export interface Identity {
  certificate: pkijs.Certificate;
  privateKey: CryptoKey;
}

export interface PersonName {
  givenName: string;
  surname: string;
  taxCode: string | null;
}

function text(type: string, value: string, printable = false): pkijs.AttributeTypeAndValue {
  return new pkijs.AttributeTypeAndValue({ type, value: printable ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value }) });
}

async function keyPair(): Promise<CryptoKeyPair> {
  return (await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
}

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

async function certificate(subject: pkijs.AttributeTypeAndValue[], issuer: Identity | null, from: Date, to: Date, ca: boolean): Promise<Identity> {
  const keys = await keyPair();
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: serial++ });
  cert.subject.typesAndValues.push(...subject);
  cert.issuer.typesAndValues.push(...(issuer ? issuer.certificate.subject.typesAndValues : subject));
  cert.notBefore.value = from;
  cert.notAfter.value = to;
  // keyCertSign + cRLSign for a CA, nonRepudiation for a signer (as qualified signature certificates have).
  const usage = ca ? new asn1js.BitString({ valueHex: new Uint8Array([0x06]).buffer, unusedBits: 1 }) : new asn1js.BitString({ valueHex: new Uint8Array([0x40]).buffer, unusedBits: 6 });
  cert.extensions = [extension('2.5.29.19', true, new pkijs.BasicConstraints({ cA: ca }).toSchema()), extension('2.5.29.15', true, usage)];
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, engine);
  await cert.sign(issuer ? issuer.privateKey : keys.privateKey, 'SHA-256', engine);
  return { certificate: cert, privateKey: keys.privateKey };
}

export async function makeTestCa(name = 'Exar Test Qualified CA', from = new Date('2020-01-01'), to = new Date('2040-01-01')): Promise<Identity> {
  return certificate([text(OID.country, 'IT', true), text(OID.org, 'Certificatore di prova S.p.A.'), text(OID.cn, name)], null, from, to, true);
}

/** A signer's certificate as Italian qualified certificates have it: givenName, surname, serialNumber TINIT-<codice fiscale>. */
export async function makeSigner(ca: Identity, person: PersonName, from = new Date('2025-01-01'), to = new Date('2030-01-01')): Promise<Identity> {
  const subject = [text(OID.country, 'IT', true), text(OID.given, person.givenName), text(OID.surname, person.surname), text(OID.cn, `${person.surname.toUpperCase()} ${person.givenName.toUpperCase()}`)];
  if (person.taxCode) subject.push(text(OID.serial, `TINIT-${person.taxCode.toUpperCase()}`, true));
  return certificate(subject, ca, from, to, false);
}

function signerInfo(signer: Identity, digest: Buffer, signedAt: Date): pkijs.SignerInfo {
  return new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.certificate.issuer, serialNumber: signer.certificate.serialNumber }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({
      type: 0,
      attributes: [
        new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: DATA })] }),
        new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: new Uint8Array(digest).buffer })] }),
        new pkijs.Attribute({ type: '1.2.840.113549.1.9.5', values: [new asn1js.UTCTime({ valueDate: signedAt })] }),
      ],
    }),
  });
}

export interface SignOptions {
  /** False: a detached signature (the content is not inside). */
  attached?: boolean;
  signedAt?: Date;
  /** Certificates carried besides the signers' (an intermediate CA). */
  extraCertificates?: pkijs.Certificate[];
}

/** A CAdES-BES signature over `content` by every signer (parallel signatures), as DER bytes. */
export async function cadesSign(content: Uint8Array, signers: Identity[], options: SignOptions = {}): Promise<Buffer> {
  const { attached = true, signedAt = new Date('2027-01-05T10:00:00Z'), extraCertificates = [] } = options;
  const digest = createHash('sha256').update(content).digest();
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: DATA,
      ...(attached ? { eContent: new asn1js.OctetString({ valueHex: new Uint8Array(content).slice().buffer }) } : {}),
    }),
    signerInfos: signers.map((s) => signerInfo(s, digest, signedAt)),
    certificates: [...signers.map((s) => s.certificate), ...extraCertificates],
  });
  for (let i = 0; i < signers.length; i++) await signed.sign(signers[i]!.privateKey, i, 'SHA-256', undefined, engine);
  const info = new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signed.toSchema(true) });
  return Buffer.from(info.toSchema().toBER(false));
}

/** The same .p7m as base64 text with line breaks, as some signing programs save it. */
export function asBase64P7m(der: Buffer): Buffer {
  return Buffer.from(der.toString('base64').replace(/(.{64})/g, '$1\r\n'), 'latin1');
}

const PLACEHOLDER_HEX = 8192;
const RANGE_WIDTH = 10;

/** A one-page PDF with a signature dictionary (/ByteRange + /Contents placeholder), signed in PAdES by `signers`. */
export async function padesSign(signers: Identity[], options: { signedAt?: Date; appendAfter?: string } = {}): Promise<Buffer> {
  const range = (n: number) => String(n).padStart(RANGE_WIDTH, '0');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /SigFlags 3 >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>',
    '<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /V 5 0 R /T (Firma1) /P 3 0 R >>',
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [${range(0)} ${range(0)} ${range(0)} ${range(0)}] /Contents <${'0'.repeat(PLACEHOLDER_HEX)}> /M (D:20270105100000Z) >>`,
  ];
  let pdf = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const gapStart = pdf.indexOf('/Contents <') + '/Contents '.length;
  const gapEnd = gapStart + PLACEHOLDER_HEX + 2;
  const ranges = [0, gapStart, gapEnd, pdf.length - gapEnd];
  pdf = pdf.replace(`[${range(0)} ${range(0)} ${range(0)} ${range(0)}]`, `[${ranges.map(range).join(' ')}]`);
  const bytes = Buffer.from(pdf, 'latin1');
  const signedBytes = Buffer.concat([bytes.subarray(0, gapStart), bytes.subarray(gapEnd)]);
  const cms = await cadesSign(signedBytes, signers, { attached: false, ...(options.signedAt ? { signedAt: options.signedAt } : {}) });
  const hex = cms.toString('hex').padEnd(PLACEHOLDER_HEX, '0');
  if (hex.length > PLACEHOLDER_HEX) throw new Error('signature larger than the placeholder');
  bytes.write(hex, gapStart + 1, 'latin1');
  return options.appendAfter ? Buffer.concat([bytes, Buffer.from(options.appendAfter, 'latin1')]) : bytes;
}

/** An AgID-style trust list (ETSI TS 119 612) naming `cas`, with a ds:Signature block whose certificate must not count. */
export function trustListXml(cas: pkijs.Certificate[], listSigner?: pkijs.Certificate): string {
  const b64 = (c: pkijs.Certificate) => Buffer.from(c.toSchema().toBER(false)).toString('base64');
  const services = cas
    .map(
      (c) => `<tsl:TSPService><tsl:ServiceInformation><tsl:ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</tsl:ServiceTypeIdentifier>
<tsl:ServiceDigitalIdentity><tsl:DigitalId><tsl:X509Certificate>${b64(c)}</tsl:X509Certificate></tsl:DigitalId></tsl:ServiceDigitalIdentity></tsl:ServiceInformation></tsl:TSPService>`,
    )
    .join('\n');
  const signature = listSigner ? `<ds:Signature><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${b64(listSigner)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<tsl:TrustServiceStatusList xmlns:tsl="http://uri.etsi.org/02231/v2#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
<tsl:SchemeInformation><tsl:SchemeTerritory>IT</tsl:SchemeTerritory></tsl:SchemeInformation>
<tsl:TrustServiceProviderList><tsl:TrustServiceProvider><tsl:TSPServices>
${services}
</tsl:TSPServices></tsl:TrustServiceProvider></tsl:TrustServiceProviderList>
${signature}
</tsl:TrustServiceStatusList>`;
}
