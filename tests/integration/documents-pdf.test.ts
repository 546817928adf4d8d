/**
 * The built-in Word documents open in a Word-compatible program: each kind is converted to PDF by
 * LibreOffice (one soffice call for all five), its page count must be sensible, and its pages are
 * written as PNG to tests/artifacts/documents/ for a person to look at. Without soffice it fails in
 * CI (which installs libreoffice-writer-nogui), so a broken install never passes as a skip, and is
 * skipped with a warning on a developer's machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentContext, DocumentKind } from '@shared/documents/context';
import { buildDocument } from '../../electron/core/documents/index';
import { certificateContext, registerMonthContext, sampleDocumentContext, withLogo } from '../support/document-context';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

const SOFFICE = has('soffice');
const ARTIFACTS = resolve(__dirname, '..', 'artifacts', 'documents');

/** Pages each kind may take with the sample file: more (or fewer) means the layout broke. */
const SAMPLES: Record<DocumentKind, { ctx: () => DocumentContext; pages: [number, number] }> = {
  convenzione: { ctx: () => withLogo(sampleDocumentContext('convenzione')), pages: [3, 5] },
  pfi: { ctx: () => sampleDocumentContext('pfi'), pages: [2, 4] },
  registro: { ctx: () => registerMonthContext(), pages: [1, 1] },
  attestazione: { ctx: () => certificateContext(), pages: [1, 2] },
  informativa: { ctx: () => sampleDocumentContext('informativa'), pages: [2, 3] },
};
const KINDS = Object.keys(SAMPLES) as DocumentKind[];

function pageCount(pdf: string): number {
  if (has('pdfinfo')) {
    const out = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const match = /^Pages:\s+(\d+)/m.exec(out);
    if (match) return Number(match[1]);
  }
  // LibreOffice writes plain page objects: count them («/Type /Page», not «/Type /Pages»).
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

const MISSING_SOFFICE = 'soffice non trovato: installa libreoffice-writer-nogui per convertire i documenti Word in PDF.';
const IN_CI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase());

if (!SOFFICE && IN_CI) {
  describe('LibreOffice in CI', () => {
    it('is installed, so the documents are converted to PDF', () => {
      expect.fail(`documents-pdf: ${MISSING_SOFFICE} In CI la conversione non si salta.`);
    });
  });
} else if (!SOFFICE) {
  console.warn(`documents-pdf: ${MISSING_SOFFICE} Conversione in PDF saltata.`);
}

describe.skipIf(!SOFFICE)('Word documents converted to PDF by LibreOffice', () => {
  let dir = '';
  const pdfs = new Map<DocumentKind, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'exar-docs-'));
    for (const kind of KINDS) writeFileSync(join(dir, `${kind}.docx`), await buildDocument(SAMPLES[kind].ctx()));
    // Its own profile folder, so a LibreOffice already open on this machine does not swallow the call.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...KINDS.map((k) => join(dir, `${k}.docx`))], { encoding: 'utf8', timeout: 170_000 });
    if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
    for (const kind of KINDS) if (existsSync(join(dir, `${kind}.pdf`))) pdfs.set(kind, join(dir, `${kind}.pdf`));

    mkdirSync(ARTIFACTS, { recursive: true });
    for (const old of readdirSync(ARTIFACTS)) if (/\.(png|pdf)$/.test(old)) rmSync(join(ARTIFACTS, old));
    if (has('pdftoppm')) {
      for (const [kind, pdf] of pdfs) spawnSync('pdftoppm', ['-r', '60', '-png', pdf, join(ARTIFACTS, kind)]);
    } else {
      console.warn('documents-pdf: pdftoppm non trovato (poppler-utils): pagine PNG non scritte.');
    }
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(KINDS)('%s opens and takes a sensible number of A4 pages', (kind) => {
    const pdf = pdfs.get(kind);
    expect(pdf, `${kind}.pdf not written`).toBeDefined();
    const pages = pageCount(pdf!);
    const [min, max] = SAMPLES[kind].pages;
    expect(pages).toBeGreaterThanOrEqual(min);
    expect(pages).toBeLessThanOrEqual(max);
    // A4 portrait: 595,3 × 841,9 points.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(readFileSync(pdf!, 'latin1'));
    expect(box).not.toBeNull();
    expect(Number(box![1])).toBeCloseTo(595.3, 0);
    expect(Number(box![2])).toBeCloseTo(841.9, 0);
    if (has('pdftoppm')) expect(readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.png'))).toHaveLength(pages);
  });
});
