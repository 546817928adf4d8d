/**
 * The start-up sweep (issue 15): a process killed between writing a file and committing its row
 * leaves a file nobody points to. At the next start it goes to orfani/ (it may be a person's only
 * copy), logged; `.part` leftovers of unfinished writes are removed; files with a row stay.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addAttachment, addDocument, insertRow, newDataDir, openData } from '../../../tests/support/backup-data';
import { createCore, SOURCE_MIGRATIONS_FOLDER } from '../core';
import { memoryLogger } from '../log';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('orphan files at start', () => {
  it('moves files without a row to orfani/ (logged), removes .part leftovers, leaves the rest', () => {
    const dir = newDataDir('exar-orphans-');
    dirs.push(dir);
    const db = openData(dir);
    const kept = addAttachment(db, dir);
    const doc = addDocument(db, dir);
    // A signed scan replaced by a newer one stays on purpose, found through its audit line (documents/archive.ts).
    const replaced = 'documenti/2026-001/firmati/d-1-1700000000000.pdf';
    mkdirSync(join(dir, 'documenti', '2026-001', 'firmati'), { recursive: true });
    writeFileSync(join(dir, replaced), 'scansione sostituita');
    insertRow(db.sqlite, 'audit_log', {
      entity: 'internships',
      action: 'update',
      changes: JSON.stringify([{ field: 'documento.convenzione.v1.firmato', before: `${replaced} (${'a'.repeat(64)})`, after: `${doc.path} (${doc.sha256})` }]),
    });
    db.close();
    // What a kill between the file and its row leaves, twice with the same name, and half-written files.
    mkdirSync(join(dir, 'documenti', '2026-001', 'firmati'), { recursive: true });
    writeFileSync(join(dir, 'attachments', 'cv-di-nessuno.pdf'), 'CV di una persona');
    writeFileSync(join(dir, 'documenti', '2026-001', 'firmati', 'scan.pdf'), 'scansione firmata');
    writeFileSync(join(dir, 'attachments', 'mezzo.pdf.part'), 'met');
    writeFileSync(join(dir, 'documenti', '2026-001', 'doc.docx.part'), 'met');
    mkdirSync(join(dir, 'orfani', 'attachments'), { recursive: true });
    writeFileSync(join(dir, 'orfani', 'attachments', 'cv-di-nessuno.pdf'), 'un orfano di prima');

    const log = memoryLogger();
    const core = createCore({ dataDir: dir, migrationsFolder: SOURCE_MIGRATIONS_FOLDER, log, backupSchedule: false });
    core.close();

    expect(readFileSync(join(dir, 'orfani', 'attachments', 'cv-di-nessuno.pdf-2'), 'utf8')).toBe('CV di una persona');
    expect(readFileSync(join(dir, 'orfani', 'attachments', 'cv-di-nessuno.pdf'), 'utf8')).toBe('un orfano di prima');
    expect(readFileSync(join(dir, 'orfani', 'documenti', '2026-001', 'firmati', 'scan.pdf'), 'utf8')).toBe('scansione firmata');
    expect(existsSync(join(dir, 'attachments', 'cv-di-nessuno.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'attachments', 'mezzo.pdf.part'))).toBe(false);
    expect(existsSync(join(dir, 'documenti', '2026-001', 'doc.docx.part'))).toBe(false);
    expect(existsSync(join(dir, kept.path))).toBe(true);
    expect(existsSync(join(dir, doc.path))).toBe(true);
    expect(existsSync(join(dir, replaced))).toBe(true);
    expect(log.lines.filter((l) => l.includes('without a record'))).toHaveLength(2);
  });
});
