import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readStoredFile, resolveStored, storedPath, writeStoredFile } from './stored-files';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('stored file paths', () => {
  it('are written with «/» whatever the computer, as records and bundles carry them', () => {
    expect(storedPath('documenti', 'TO01-2026-001', 'pfi.docx')).toBe('documenti/TO01-2026-001/pfi.docx');
  });

  it('find the same file whether the record says «/» (any desk) or «\\» (an earlier Windows desk)', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'exar-stored-'));
    folders.push(dataDir);
    const bytes = Buffer.from('contenuto del documento');
    const sha256 = writeStoredFile(dataDir, 'documenti\\TO01-2026-001\\pfi.docx', bytes);
    // A real folder and file on this computer, not one name with backslashes in it.
    expect(existsSync(join(dataDir, 'documenti', 'TO01-2026-001', 'pfi.docx'))).toBe(true);
    expect(resolveStored(dataDir, 'documenti/TO01-2026-001/pfi.docx')).toBe(join(dataDir, 'documenti', 'TO01-2026-001', 'pfi.docx'));
    expect(readStoredFile(dataDir, 'documenti/TO01-2026-001/pfi.docx', sha256, 'del documento', 'preparalo di nuovo')).toEqual(bytes);
  });
});
