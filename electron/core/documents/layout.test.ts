import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '@shared/documents/context';
import { certificateContext, contextWithMissingData, registerMonthContext, sampleDocumentContext, samplePng, withLogo } from '../../../tests/support/document-context';
import { docxText, leftoversIn } from '../../../tests/support/docx-text';
import { fitInto, imageSize } from './image-size';
import { buildDocument } from './index';

function contextOf(kind: (typeof DOCUMENT_KINDS)[number]) {
  if (kind === 'registro') return registerMonthContext();
  if (kind === 'attestazione') return certificateContext();
  return sampleDocumentContext(kind);
}

describe('page layout shared by the documents', () => {
  it.each(DOCUMENT_KINDS)('%s: A4, promoter in the header, file number and «Pagina X di Y» in the footer', async (kind) => {
    const text = docxText(await buildDocument(contextOf(kind)));
    expect(text.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(text.headers).toContain('Exar Società Cooperativa Sociale');
    expect(text.headers).toContain('Sportello Torino (TO01)');
    expect(text.footers).toContain('Pratica n. TO01-2026-0042');
    expect(text.footers).toMatch(/Pagina \{PAGE\} di \{NUMPAGES\}/);
    expect(text.body).toContain('Luogo e data');
  });

  it.each(DOCUMENT_KINDS)('%s: with the optional data missing, prints no leftovers and keeps the dashes', async (kind) => {
    const ctx = { ...contextWithMissingData(kind), register: registerMonthContext().register, totals: null };
    ctx.intern.sex = null;
    const text = docxText(await buildDocument(ctx));
    expect(leftoversIn(text.all)).toEqual([]);
    expect(text.body.length).toBeGreaterThan(500);
  });

  it('puts the logo in the header when the office set one, with its proportions', async () => {
    const text = docxText(await buildDocument(withLogo(sampleDocumentContext('pfi'))));
    expect(text.parts.some((p) => p.startsWith('word/media/'))).toBe(true);
    const none = docxText(await buildDocument(sampleDocumentContext('pfi')));
    expect(none.parts.some((p) => p.startsWith('word/media/'))).toBe(false);
  });

  it('reads PNG sizes and fits them in a box', () => {
    expect(imageSize(samplePng(240, 80), 'png')).toEqual({ width: 240, height: 80 });
    expect(imageSize(new Uint8Array([1, 2, 3]), 'png')).toBeNull();
    expect(fitInto({ width: 240, height: 80 }, { width: 170, height: 53 })).toEqual({ width: 159, height: 53 });
  });

  it('reads a JPEG size from its frame header', () => {
    // SOI, an APP0 segment, then SOF0 with height 50 and width 120.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x32, 0x00, 0x78, 0x01, 0x01, 0x11, 0x00]);
    expect(imageSize(jpeg, 'jpg')).toEqual({ width: 120, height: 50 });
  });
});
