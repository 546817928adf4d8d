/**
 * Documenti Word: one convenzione + PFI pair (built only, and generated through the handler table
 * with its archive write and audit), and the month's registers for 200 running files in one batch,
 * timed until it completes. On a fresh data folder of its own: the pack does not depend on how many
 * candidates the office has, and 200 running files is a large office's month.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph } from 'docx';
import { buildDocument, documentOf } from '../../electron/core/documents';
import { DocxPacker } from '../../electron/core/documents/packer';
import { freshly } from '../../electron/core/documents/remembered';
import { readCtxOf } from '../../electron/core/api/service-ctx';
import { documentContext } from '../../electron/core/services/documents/context';
import { createHarness, SETUP_INPUT } from '../support/core-harness';
import { candidateInput, fullAssociationInput, internshipInput, nextPerson } from '../support/fixtures';
import { waiveSigning } from '../support/signing';
import { timeEach, type Timing } from './measure';

export const PAIR_TARGET_P50_MS = 20;
export const BATCH_TARGET_S = 10;
export const BATCH_FILES = 200;

export interface DocumentsResults {
  /** Two one-paragraph documents packed by docx: its fixed cost (styles, theme, numbering, zip). */
  emptyPair: Timing;
  /** Reading the two contexts from the database only. */
  pairContext: Timing;
  /** Context read + both .docx made by docx alone (every block made anew, docx's Packer): the way before the shared parts. */
  pairDocx: Timing;
  /** Context read + both .docx built in memory, per pair. */
  pairBuild: Timing;
  /** The same with no block remembered (each made by docx, the shared parts from the frame): a file sharing nothing with the others. */
  pairFresh: Timing;
  /** documents.generate twice through the handler table: context, build, file written, version and audit. */
  pairHandler: Timing;
  batch: { files: number; seconds: number; prepared: number; skipped: number; progressReadings: number };
  /** Size of one convenzione and one register, in KiB. */
  sizes: { convenzione: number; pfi: number; registro: number };
}

export async function benchDocuments(runs: number, log: (line: string) => void): Promise<DocumentsResults> {
  const dataDir = mkdtempSync(join(tmpdir(), 'exar-bench-documents-'));
  // The clock of a desk in March 2027, with files running since September 2026.
  const h = createHarness({ dataDir, now: () => new Date('2027-03-10T09:00:00Z') });
  try {
    await h.setup();
    const admin = await h.sessionAs('amministratore');
    const coord = await h.sessionAs('coordinatore');
    const settings = await h.ok('settings.get', {}, admin);
    const me = await h.ok('auth.me', {}, admin);
    await h.ok(
      'settings.update',
      {
        ...settings,
        promoter: { ...SETUP_INPUT.promoter, address: 'Via Cigna 96', cap: '10152', legalRepName: 'Giulia Neri', legalRepRole: 'Presidente' },
        // The PFI prints the promoter tutor's codice fiscale and role: without them it is not prepared.
        promoterTutors: [{ operatorId: me.operator.id, taxCode: nextPerson('F').taxCode, role: 'Orientatrice' }],
      },
      admin,
    );
    log(`documents: ${BATCH_FILES} running files…`);
    const ids: string[] = [];
    for (let i = 0; i < BATCH_FILES; i++) {
      // A host of their own each: the quota and the tutor's load stay out of the way.
      const host = await h.ok('associations.create', fullAssociationInput({ name: `ASD Banco Prova ${i}` }), admin);
      const person = await h.ok('candidates.create', candidateInput(), admin);
      const draft = await h.ok(
        'internships.create',
        internshipInput(person.id, host.id, { startDate: '2026-09-07', plannedEndDate: '2027-03-06', promoterTutorId: me.operator.id, hostTutorName: 'Paola Verdi', activities: 'Segreteria e accoglienza' }),
        admin,
      );
      const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin);
      await waiveSigning(h, signed.id, coord);
      ids.push((await h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-09-04', noticeNumber: `UNILAV ${i}` }, admin)).id);
    }

    const ctx = readCtxOf(h.core.state);
    const pick = (i: number) => ids[i % ids.length]!;
    const pairs = Array.from({ length: 10 + runs }, (_, i) => pick(i));
    const emptyPair = await timeEach(pairs, async () => {
      for (let i = 0; i < 2; i++) await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Prova')] }] }));
    });
    const pairContext = await timeEach(pairs, (id) => {
      for (const kind of ['convenzione', 'pfi'] as const) documentContext(ctx, id, { kind, month: null, seesSpecial: true });
    });
    log(`documents: pair contexts p50 ${pairContext.p50.toFixed(2)} ms`);
    const pairDocx = await timeEach(pairs, async (id) => {
      for (const kind of ['convenzione', 'pfi'] as const) await Packer.toBuffer(freshly(() => documentOf(documentContext(ctx, id, { kind, month: null, seesSpecial: true }))));
    });
    log(`documents: pair by docx alone p50 ${pairDocx.p50.toFixed(2)} ms`);
    const pairBuild = await timeEach(pairs, async (id) => {
      for (const kind of ['convenzione', 'pfi'] as const) await buildDocument(documentContext(ctx, id, { kind, month: null, seesSpecial: true }));
    });
    log(`documents: pair built p50 ${pairBuild.p50.toFixed(2)} ms`);
    const packer = new DocxPacker();
    const pairFresh = await timeEach(pairs, async (id) => {
      for (const kind of ['convenzione', 'pfi'] as const) await packer.pack(freshly(() => documentOf(documentContext(ctx, id, { kind, month: null, seesSpecial: true }))));
    });
    log(`documents: pair built, nothing remembered, p50 ${pairFresh.p50.toFixed(2)} ms`);
    const pairHandler = await timeEach(pairs, async (id) => {
      await h.ok('documents.generate', { internshipId: id, kind: 'convenzione' }, admin);
      await h.ok('documents.generate', { internshipId: id, kind: 'pfi' }, admin);
    });
    log(`documents: pair generated p50 ${pairHandler.p50.toFixed(2)} ms`);

    const t0 = performance.now();
    let job = await h.ok('documents.startRegisters', { month: '2027-02' }, admin);
    let progressReadings = 0;
    while (job.state === 'in_corso') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await h.ok('documents.job', { id: job.id }, admin);
      progressReadings++;
    }
    const seconds = (performance.now() - t0) / 1000;
    log(`documents: ${job.documents.length} registers in ${seconds.toFixed(2)} s (${job.skipped.length} skipped)`);

    const sizeOf = (kind: string) =>
      Math.round(((h.core.state.database.sqlite.prepare('SELECT size FROM documents WHERE kind = ? LIMIT 1').get(kind) as { size: number } | undefined)?.size ?? 0) / 1024);
    return {
      emptyPair,
      pairContext,
      pairDocx,
      pairBuild,
      pairFresh,
      pairHandler,
      batch: { files: job.total, seconds, prepared: job.documents.length, skipped: job.skipped.length, progressReadings },
      sizes: { convenzione: sizeOf('convenzione'), pfi: sizeOf('pfi'), registro: sizeOf('registro') },
    };
  } finally {
    h.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
