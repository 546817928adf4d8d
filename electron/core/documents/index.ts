/**
 * The built-in Word documents: `buildDocument(ctx)` returns the .docx of `ctx.kind`, filled from
 * the context. Plain Node; the core decides whether a document may be generated (blocking findings,
 * the attendance needed for the attestazione) before calling it.
 */
import type { Document, FileChild } from 'docx';
import type { DocumentContext, DocumentKind } from '@shared/documents/context';
import { attestazioneBody } from './attestazione';
import { convenzioneBody } from './convenzione';
import { informativaBody } from './informativa';
import { assemble, PORTRAIT, type PageSetup } from './layout';
import { DocxPacker } from './packer';
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

/** One per process: the parts every document shares are written and deflated once (packer.ts). */
const packer = new DocxPacker();

/** The .docx file of `ctx.kind`, filled from the context. */
export async function buildDocument(ctx: DocumentContext): Promise<Buffer> {
  return packer.pack(documentOf(ctx));
}
