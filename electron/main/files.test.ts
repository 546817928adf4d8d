import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanOpenedCopies, openFile, parseBridgeFile, saveFile, type DesktopFileDeps } from './files';

// The smallest bytes detectFileType takes for a .docx: a zip header and a word/ part name.
const DOCX_BYTES = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]);
const docx = { fileName: 'Convenzione TO01-2027-0001 v1.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', contentBase64: DOCX_BYTES.toString('base64') };

function deps(overrides: Partial<DesktopFileDeps> = {}): DesktopFileDeps & { opened: string[]; asked: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'exar-files-'));
  const opened: string[] = [];
  const asked: string[] = [];
  return {
    tempDir: join(root, 'tmp'),
    downloadsDir: join(root, 'Documenti'),
    showSaveDialog: (path) => {
      asked.push(path);
      return Promise.resolve({ canceled: false, filePath: join(root, 'scelto.docx') });
    },
    openPath: (path) => {
      opened.push(path);
      return Promise.resolve('');
    },
    opened,
    asked,
    ...overrides,
  };
}

describe('files the page hands to the desktop', () => {
  it('keeps a plain name and refuses paths, odd types and broken content', () => {
    expect(parseBridgeFile({ ...docx, fileName: '..\\..\\Windows\\evil.docx' })?.fileName).toBe('evil.docx');
    expect(parseBridgeFile({ ...docx, fileName: 'script.exe' })).toBeNull();
    expect(parseBridgeFile({ ...docx, contentBase64: 'not base64!' })).toBeNull();
    expect(parseBridgeFile('nope')).toBeNull();
    // An HTML page named .docx would be opened by Word: refused by its content.
    expect(parseBridgeFile({ ...docx, contentBase64: Buffer.from('<html><body>ciao</body></html>').toString('base64') })).toBeNull();
  });

  it('«Salva» proposes the file name in the documents folder and writes where the person chose', async () => {
    const d = deps();
    expect(await saveFile(d, docx)).toEqual({ result: 'saved' });
    expect(d.asked[0]).toBe(join(d.downloadsDir, docx.fileName));
    expect(readFileSync(join(d.downloadsDir, '..', 'scelto.docx')).equals(DOCX_BYTES)).toBe(true);
    const cancelled = deps({ showSaveDialog: () => Promise.resolve({ canceled: true }) });
    expect(await saveFile(cancelled, docx)).toEqual({ result: 'cancelled' });
  });

  it('«Apri» copies the file to a fresh temporary folder and opens it with the system’s program', async () => {
    const d = deps();
    expect(await openFile(d, docx)).toEqual({ result: 'opened' });
    expect(d.opened).toHaveLength(1);
    expect(d.opened[0]!.endsWith(docx.fileName)).toBe(true);
    expect(existsSync(d.opened[0]!)).toBe(true);
    expect(readdirSync(d.tempDir)).toHaveLength(1);
    const failing = deps({ openPath: () => Promise.resolve('No application is associated') });
    expect(await openFile(failing, docx)).toEqual({ result: 'failed', message: expect.stringContaining('Usa «Salva»') });
  });
});

describe('copies opened with «Apri»', () => {
  it('are removed at start once older than a day; recent ones and other folders stay', () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'exar-open-'));
    for (const name of ['apri-1', 'apri-2', 'altro']) mkdirSync(join(tempDir, name));
    const old = Date.now() - 2 * 24 * 60 * 60 * 1000;
    utimesSync(join(tempDir, 'apri-1'), old / 1000, old / 1000);
    utimesSync(join(tempDir, 'altro'), old / 1000, old / 1000);
    expect(cleanOpenedCopies(tempDir)).toBe(1);
    expect(readdirSync(tempDir).sort()).toEqual(['altro', 'apri-2']);
  });
});
