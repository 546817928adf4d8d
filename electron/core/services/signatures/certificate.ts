/**
 * What a signer's X.509 certificate says about the person: name, codice fiscale (Italian qualified
 * certificates carry it in the subject's serialNumber as `TINIT-<codice fiscale>`, ETSI EN 319 412-1),
 * the issuing CA and the validity period.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const OID = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  organization: '2.5.4.10',
  givenName: '2.5.4.42',
} as const;

export interface CertificateIdentity {
  name: string;
  taxCode: string | null;
  issuer: string;
  validFrom: Date;
  validTo: Date;
}

function attribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | null {
  const found = name.typesAndValues.find((t) => t.type === oid);
  if (!found) return null;
  const value: unknown = found.value.valueBlock.value;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** `TINIT-RSSMRA85T10A562S` → `RSSMRA85T10A562S`; other identifiers (a VAT number, a foreign id) give null. */
export function taxCodeOfSerial(serial: string | null): string | null {
  const match = serial ? /^TINIT-([A-Z0-9]{16})$/i.exec(serial.trim()) : null;
  return match ? match[1]!.toUpperCase() : null;
}

export function identityOf(certificate: pkijs.Certificate): CertificateIdentity {
  const subject = certificate.subject;
  const given = attribute(subject, OID.givenName);
  const surname = attribute(subject, OID.surname);
  // Qualified certificates carry givenName and surname; the CN is often «ROSSI MARIO» or a code, so it comes second.
  const name = given && surname ? `${given} ${surname}` : (attribute(subject, OID.commonName) ?? 'firmatario senza nome nel certificato');
  const issuer = attribute(certificate.issuer, OID.commonName) ?? attribute(certificate.issuer, OID.organization) ?? 'certificatore sconosciuto';
  return {
    name,
    taxCode: taxCodeOfSerial(attribute(subject, OID.serialNumber)),
    issuer,
    validFrom: certificate.notBefore.value,
    validTo: certificate.notAfter.value,
  };
}

/** A certificate from DER bytes, or null when they are not one. */
export function certificateFromDer(der: Uint8Array): pkijs.Certificate | null {
  const parsed = asn1js.fromBER(der);
  if (parsed.offset === -1) return null;
  try {
    return new pkijs.Certificate({ schema: parsed.result });
  } catch {
    return null;
  }
}
