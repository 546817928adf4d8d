import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContext } from '@shared/documents/context';
import { certificateContext, contextWithMissingData, registerMonthContext, sampleDocumentContext, withLogo } from '../../../tests/support/document-context';
import { documentOf } from './index';
import { DocxPacker } from './packer';
import { freshly } from './remembered';

/**
 * The part names of each package, in order, and every part whose content differs: XML compared as
 * text (so a failure shows where), images as bytes.
 */
function differences(expected: Uint8Array, actual: Uint8Array): string[] {
  const a = unzipSync(expected);
  const b = unzipSync(actual);
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const out = names.filter((name) => {
    const x = a[name];
    const y = b[name];
    if (!x || !y) return true;
    return /\.(xml|rels)$/.test(name) ? strFromU8(x) !== strFromU8(y) : Buffer.compare(x, y) !== 0;
  });
  if (Object.keys(a).join('\n') !== Object.keys(b).join('\n')) out.push('(order of the parts)');
  return out;
}

/** The old way: every block made anew by docx, the whole package written by docx's Packer. */
function packedByDocx(ctx: DocumentContext): Promise<Buffer> {
  return Packer.toBuffer(freshly(() => documentOf(ctx)));
}

/** Names with every character XML escapes, and one it cannot hold (dropped). */
function withMarkup(ctx: DocumentContext): DocumentContext {
  return {
    ...ctx,
    promoter: { ...ctx.promoter, officeName: `Sportello "Centro" <TO01> & l'altro\u0007` },
    host: { ...ctx.host, name: `L'Officina & C. <S.r.l.> "Prova"` },
  };
}

const CASES: [string, () => DocumentContext][] = [
  ['convenzione', () => sampleDocumentContext('convenzione')],
  ['pfi', () => sampleDocumentContext('pfi')],
  ['pfi with missing data', () => contextWithMissingData('pfi')],
  ['registro (landscape)', () => registerMonthContext()],
  ['attestazione', () => certificateContext()],
  ['informativa', () => sampleDocumentContext('informativa')],
  ['convenzione with a logo', () => withLogo(sampleDocumentContext('convenzione'))],
  ['pfi with a logo', () => withLogo(sampleDocumentContext('pfi'))],
  ['convenzione with quotes, ampersands and angle brackets', () => withMarkup(sampleDocumentContext('convenzione'))],
];

describe('a document built from remembered blocks and packed from the shared parts', () => {
  // The core properties carry the moment a document is built: both ways build at the same one.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-10T09:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('writes every part as docx does, for every kind, with and without a logo, through one packer', async () => {
    const packer = new DocxPacker();
    for (const [label, ctx] of CASES) {
      const expected = await packedByDocx(ctx());
      // The first document of a header makes the frame (docx packs it); its blocks, and those of the
      // documents before it, are remembered. The same document again uses both, all of its blocks.
      expect(differences(expected, await packer.pack(documentOf(ctx()))), `${label}, first`).toEqual([]);
      const framed = packer.packFromFrame(documentOf(ctx()));
      expect(framed, `${label}: packed from the frame`).not.toBeNull();
      expect(differences(expected, framed!), `${label}, again`).toEqual([]);
    }
  });

  it('shares the frame among the kinds of one office: only the body, footer and core properties are the document’s', async () => {
    const packer = new DocxPacker();
    await packer.pack(documentOf(sampleDocumentContext('convenzione')));
    const pfi = packer.packFromFrame(documentOf(sampleDocumentContext('pfi')));
    expect(pfi).not.toBeNull();
    expect(differences(await packedByDocx(sampleDocumentContext('pfi')), pfi!)).toEqual([]);
    // Another office's header is another frame: docx packs its first document, correctly.
    const other = sampleDocumentContext('pfi');
    other.promoter = { ...other.promoter, name: 'Cooperativa Altra' };
    expect(packer.packFromFrame(documentOf(other))).toBeNull();
    expect(differences(await packedByDocx(other), await packer.pack(documentOf(other)))).toEqual([]);
    expect(packer.packFromFrame(documentOf(other))).not.toBeNull();
  });

  it('leaves to docx a document whose text has what docx completes when packing (a brace here)', async () => {
    const packer = new DocxPacker();
    await packer.pack(documentOf(sampleDocumentContext('pfi')));
    const ctx = sampleDocumentContext('pfi');
    ctx.internship = { ...ctx.internship, activities: 'Accoglienza {turno del mattino}' };
    expect(packer.packFromFrame(documentOf(ctx))).toBeNull();
    expect(differences(await packedByDocx(ctx), await packer.pack(documentOf(ctx)))).toEqual([]);
  });

  it('the comparison itself sees a part that differs', async () => {
    const packer = new DocxPacker();
    const convenzione = await packer.pack(documentOf(sampleDocumentContext('convenzione')));
    const pfi = packer.packFromFrame(documentOf(sampleDocumentContext('pfi')));
    expect(differences(convenzione, pfi!)).toEqual(['word/document.xml', 'docProps/core.xml', 'word/footer1.xml']);
  });
});
