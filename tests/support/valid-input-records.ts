/**
 * The records some valid inputs stand on (tests/support/valid-inputs.ts): a running file, a finished
 * export or register batch, an uploaded template, a rule set of its own. What is slow to make (an
 * export, a batch) is made once per harness and shared by every caller.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXCHANGE_JOB_EVENT, type ExchangeJob } from '@shared/api/exchange';
import { PIEDMONT_DEFAULT_RULES } from '@shared/rules/internship-rules';
import { fieldsOf } from '../../electron/core/services/rule-sets/read';
import type { Harness } from './core-harness';
import { associationInput, candidateInput, internshipInput } from './fixtures';
import { waiveSigning } from './signing';
import { templateDocx } from './template-docx';

let unique = 0;
/** A number no other record of this test file has used: names, notes and days that must differ. */
export function nextUnique(): number {
  unique += 1;
  return unique;
}

export const PASSPHRASE = 'frase segreta del contratto';

/** What is made once for a harness: a second call gets the first one's promise. */
function oncePer<T>(make: (h: Harness, admin: string) => Promise<T>): (h: Harness, admin: string) => Promise<T> {
  const made = new WeakMap<Harness, Promise<T>>();
  return (h, admin) => {
    let promise = made.get(h);
    if (!promise) {
      promise = make(h, admin);
      made.set(h, promise);
    }
    return promise;
  };
}

/** The exchange key, set once by the administrator (exports need it). */
export const keyed = oncePer((h, admin) => h.ok('exchange.setPassphrase', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, admin));

/** One finished export of this desk, waited for through its pushed events; one serves every caller. */
export const finishedExport = oncePer(async (h, admin): Promise<ExchangeJob> => {
  await keyed(h, admin);
  const started = await h.ok('exchange.startExport', { full: true, includeFiles: false }, admin);
  return new Promise<ExchangeJob>((resolve) => {
    const stop = h.core.onEvent((event) => {
      const job = event.payload as ExchangeJob;
      if (event.type === EXCHANGE_JOB_EVENT && job.id === started.id && job.state !== 'in_corso') {
        stop();
        resolve(job);
      }
    });
  });
});

/** This desk's own export uploaded back to it: verified, then refused (a file is imported elsewhere). */
export async function ownExportUploaded(h: Harness, admin: string): Promise<string> {
  const job = await finishedExport(h, admin);
  const bytes = readFileSync(join(h.dataDir, 'scambio', 'uscita', `${job.result!.exportId}.exar`));
  return (await h.ok('exchange.uploadChunk', { uploadId: null, fileName: job.result!.fileName, offset: 0, chunkBase64: bytes.toString('base64') }, admin)).uploadId;
}

/** A copy of the built-in rules valid from a day of its own (two sets may not share one), far in the future. */
export function ruleSetInput() {
  const n = nextUnique();
  const day = new Date(Date.UTC(2090, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return { ...fieldsOf(PIEDMONT_DEFAULT_RULES), name: `Regole di prova ${n}`, validFrom: day };
}

/** A template uploaded and in use for the privacy notice. */
export async function uploadedTemplate(h: Harness, admin: string) {
  const bytes = await templateDocx(['Gentile {{tirocinante_nome}}, codice fiscale {{tirocinante_codice_fiscale}}']);
  return h.ok('documents.uploadTemplate', { kind: 'informativa', fileName: 'informativa.docx', contentBase64: bytes.toString('base64') }, admin);
}

/** A register batch started by the session, waited for through the job's pushed events; its id. */
export async function finishedRegisters(h: Harness, session: string, month = '2026-10'): Promise<string> {
  const done = new Set<string>();
  let wake = () => {};
  const stop = h.core.onEvent((event) => {
    const job = event.payload as { id: string; state: string } | null;
    if (event.type === 'documents.job' && job && job.state !== 'in_corso') done.add(job.id);
    wake();
  });
  try {
    const job = await h.ok('documents.startRegisters', { month }, session);
    while (job.state === 'in_corso' && !done.has(job.id)) await new Promise<void>((resolve) => (wake = resolve));
    return job.id;
  } finally {
    stop();
  }
}

/** October 2026's registers (at least one running file), finished; one batch serves every caller. */
export const finishedRegisterJob = oncePer(async (h, admin) => {
  await runningFile(h, admin);
  return { id: await finishedRegisters(h, admin) };
});

/** A file running since 1 September 2026 at a host and for a person of its own. */
export async function runningFile(h: Harness, admin: string, plannedEndDate = '2027-02-28') {
  const n = nextUnique();
  const host = await h.ok('associations.create', associationInput({ name: `Contratto Presenze ${n}` }), admin);
  const person = await h.ok('candidates.create', candidateInput(), admin);
  const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { startDate: '2026-09-01', plannedEndDate }), admin);
  const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin);
  await waiveSigning(h, signed.id, admin);
  return h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-08-28', noticeNumber: `UNILAV ${n}` }, admin);
}
