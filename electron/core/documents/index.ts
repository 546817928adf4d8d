/**
 * The built-in Word documents: `buildDocument(ctx)` returns the .docx of `ctx.kind`, filled from
 * the context. Plain Node; the core decides whether a document may be generated (blocking findings,
 * the attendance needed for the attestazione) before calling it.
 */
import { Packer, type Document, type FileChild } from 'docx';
import type { DocumentContext, DocumentKind } from '../../../shared/documents/context';
import { attestazioneBody } from './attestazione';
import { convenzioneBody } from './convenzione';
import { informativaBody } from './informativa';
import { assemble, PORTRAIT, type PageSetup } from './layout';
import { pfiBody } from './pfi';
import { REGISTER_PAGE, registroBody } from './registro';

const BODIES: Record<DocumentKind, { body: (ctx: DocumentContext) => FileChild[]; page: PageSetup }> = {
  convenzione: { body: convenzioneBody, page: PORTRAIT },
  pfi: { body: pfiBody, page: PORTRAIT },
  registro: { body: registroBody, page: REGISTER_PAGE },
  attestazione: { body: attestazioneBody, page: PORTRAIT },
  informativa: { body: informativaBody, page: PORTRAIT },
};

/** The docx Document of the context's kind (before packing): for callers that pack it themselves. */
export function documentOf(ctx: DocumentContext): Document {
  const { body, page } = BODIES[ctx.kind];
  return assemble(ctx, body(ctx), page);
}

/** The .docx file of `ctx.kind`, filled from the context. */
export async function buildDocument(ctx: DocumentContext): Promise<Buffer> {
  return Packer.toBuffer(documentOf(ctx));
}

/** The usual file name: «Convenzione di tirocinio - TO01-2026-0042.docx» (no characters Windows refuses). */
export function documentFileName(ctx: DocumentContext): string {
  const labels: Record<DocumentKind, string> = {
    convenzione: 'Convenzione',
    pfi: 'PFI',
    registro: `Registro presenze ${ctx.register?.month ?? ''}`.trim(),
    attestazione: 'Attestazione finale',
    informativa: 'Informativa privacy',
  };
  const name = `${labels[ctx.kind]} - ${ctx.internship.number} - ${ctx.intern.lastName} ${ctx.intern.firstName}`;
  const safe = [...name].map((c) => (c.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(c) ? '_' : c)).join('');
  return `${safe}.docx`;
}

/**
 * The signing pack of a file: its convenzione and PFI, built from one context (the kind is set for
 * each). What the desk prints to start a tirocinio, and the pair the benchmark times.
 */
export async function buildSigningPack(ctx: DocumentContext): Promise<{ convenzione: Buffer; pfi: Buffer }> {
  const [convenzione, pfi] = await Promise.all([buildDocument({ ...ctx, kind: 'convenzione' }), buildDocument({ ...ctx, kind: 'pfi' })]);
  return { convenzione, pfi };
}
