/**
 * Digital signatures on a signed copy (decision 0033): what the core found when it verified a `.p7m`
 * (CAdES) or a signed PDF (PAdES), kept with the document's version and shown on the Documenti tab
 * and in the file's history. Plain data, so the UI and the core say the same words.
 */
import { z } from 'zod';
import type { DocumentKind } from './context';

export const SIGNATURE_FORMATS = ['cades', 'pades'] as const;
export type SignatureFormat = (typeof SIGNATURE_FORMATS)[number];
export const SIGNATURE_FORMAT_LABELS: Record<SignatureFormat, string> = {
  cades: 'firma digitale CAdES (.p7m)',
  pades: 'PDF firmato digitalmente (PAdES)',
};

export const SIGNING_PARTIES = ['promotore', 'ospitante', 'tirocinante'] as const;
export type SigningParty = (typeof SIGNING_PARTIES)[number];
export const SIGNING_PARTY_LABELS: Record<SigningParty, string> = {
  promotore: 'soggetto promotore',
  ospitante: 'soggetto ospitante',
  tirocinante: 'tirocinante',
};

/** Who signs each document digitally, in the order the document names them (DOCUMENT_SIGNED_BY in words). */
export const EXPECTED_PARTIES: Record<DocumentKind, readonly SigningParty[]> = {
  convenzione: ['promotore', 'ospitante'],
  pfi: ['promotore', 'ospitante', 'tirocinante'],
  registro: ['tirocinante', 'ospitante'],
  attestazione: ['promotore'],
  informativa: ['tirocinante'],
};

/**
 * `verificata`: the signer's certificate leads to a CA of the trust list the office imported;
 * `non_verificata`: no trust list, and offline nothing else can say it;
 * `non_riconosciuta`: a trust list is imported and no CA of it issued this certificate.
 */
export const CHAIN_STATES = ['verificata', 'non_verificata', 'non_riconosciuta'] as const;
export type ChainState = (typeof CHAIN_STATES)[number];

export const signerSchema = z.object({
  name: z.string(),
  /** From the certificate's subject serialNumber `TINIT-…`; null when the certificate does not carry it. */
  taxCode: z.string().nullable(),
  /** The CA that issued the certificate, as its subject names it. */
  issuer: z.string(),
  /** The signing-time signed attribute (ISO); null when the signature does not declare it. */
  signedAt: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string(),
  chain: z.enum(CHAIN_STATES),
  /** The party this signer stands for, matched by codice fiscale (or by name when no code is known); null: not one of those expected. */
  party: z.enum(SIGNING_PARTIES).nullable(),
});
export type SignerView = z.output<typeof signerSchema>;

/** `identico`: the .p7m wraps the very .docx prepared; `diverso`: something else (accepted only by a coordinator); `pdf`: a signed PDF, which no hash can compare with a .docx. */
export const SIGNED_CONTENT_STATES = ['identico', 'diverso', 'pdf'] as const;
export type SignedContentState = (typeof SIGNED_CONTENT_STATES)[number];

export const signatureCheckSchema = z.object({
  format: z.enum(SIGNATURE_FORMATS),
  content: z.enum(SIGNED_CONTENT_STATES),
  /** sha256 of what was signed (the content inside the .p7m); null for a PDF. */
  contentSha256: z.string().nullable(),
  /** The coordinator who accepted a different content, by name; null otherwise. */
  confirmedBy: z.string().nullable(),
  signers: z.array(signerSchema),
  /** Parties expected to sign and not found among the signers, with the name the file has for them. */
  missing: z.array(z.object({ party: z.enum(SIGNING_PARTIES), name: z.string().nullable() })),
  /** True when the chain was checked against a trust list the office imported. */
  trustList: z.boolean(),
  checkedAt: z.string(),
});
export type SignatureCheck = z.output<typeof signatureCheckSchema>;

export const CHAIN_UNVERIFIED_TEXT = 'catena di certificazione non verificata senza rete';

function signerWords(s: SignerView): string {
  return `${s.name}${s.taxCode ? ` (${s.taxCode})` : ''}`;
}

/** One line for the tab and the history: «Firmato digitalmente da …, contenuto identico al documento preparato; …». */
export function signatureSummary(check: SignatureCheck): string {
  const who = check.signers.map(signerWords).join(', ');
  const content =
    check.content === 'identico'
      ? 'contenuto identico al documento preparato'
      : check.content === 'pdf'
        ? 'il contenuto è un PDF firmato digitalmente (non confrontabile con il documento Word preparato)'
        : `contenuto DIVERSO dal documento preparato${check.confirmedBy ? `, accettato da ${check.confirmedBy}` : ''}`;
  const chain = check.signers.every((s) => s.chain === 'verificata')
    ? 'catena di certificazione verificata sull’elenco di fiducia importato'
    : check.signers.some((s) => s.chain === 'non_riconosciuta')
      ? 'certificato non emesso da un certificatore dell’elenco di fiducia importato'
      : CHAIN_UNVERIFIED_TEXT;
  const missing = check.missing.length > 0 ? `; manca la firma di: ${check.missing.map((m) => `${SIGNING_PARTY_LABELS[m.party]}${m.name ? ` (${m.name})` : ''}`).join(', ')}` : '';
  return `Firmato digitalmente da ${who}, ${content}; ${chain}${missing}.`;
}
