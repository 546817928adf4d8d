/**
 * The command-line restore, as a function of its arguments and an output, so the test runs it
 * in-process: `npm run restore -- --data-dir DIR [--backup NAME] [--list]`, or
 * `npm run restore -- --data-dir DIR --from FILE.exarbak` for an encrypted copy of the second folder
 * (decision 0028), whose passphrase is asked (hidden), or read from EXAR_BACKUP_PASSPHRASE, or from
 * the first line of the standard input when it is not a terminal.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatItalianDate, italianDateTime } from '@shared/validation/italian-time';
import { restoreFromSealedCopy } from '../../electron/core/db/backup-offsite-restore';
import { listRestorable, restore, RestoreError, type RestorableBackup, type RestoreResult } from '../../electron/core/db/restore';
import { readPassphrase } from './passphrase';

/** Where the passphrase of an encrypted copy may come from besides the keyboard (scripts, tests). */
export const PASSPHRASE_ENV = 'EXAR_BACKUP_PASSPHRASE';

export interface RestoreIo {
  env?: NodeJS.ProcessEnv;
  /** Asks the passphrase; by default hidden on a terminal, else the first line of the standard input. */
  askPassphrase?: (prompt: string) => Promise<string>;
}

const USAGE = 'npm run restore -- --data-dir CARTELLA [--backup NOME | --from FILE.exarbak] [--list]';

const REASONS: Record<RestorableBackup['reason'], string> = {
  daily: 'giornaliera',
  'before-migration': "prima dell'aggiornamento",
  'before-restore': 'prima di un ripristino',
  manual: 'manuale',
  legacy: 'versione precedente, non verificata',
};

const it = (n: number) => n.toLocaleString('it-IT');

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toLocaleString('it-IT', { maximumFractionDigits: 1 })} MB`;
}

function describe(b: RestorableBackup): string {
  const when = b.takenAt ? (() => {
    const at = italianDateTime(new Date(b.takenAt));
    return `${formatItalianDate(at)} ${at.slice(11)}`;
  })() : 'data nel nome';
  const counts = b.reason === 'legacy' ? '' : `, ${it(b.counts.candidates ?? 0)} candidati, ${it(b.counts.internships ?? 0)} pratiche, ${it(b.files)} file`;
  return `  ${b.name}  ${when}  (${REASONS[b.reason]}; ${megabytes(b.databaseSize)}${counts})`;
}

function printOutcome(result: RestoreResult, print: (line: string) => void): void {
  if (result.safetyBackup) print(`Lo stato precedente è stato salvato nella copia ${result.safetyBackup}.`);
  if (result.setAside) print(`L'archivio precedente non era leggibile: è stato messo da parte come ${result.setAside}.`);
  if (result.movedToOrphans.length > 0) print(`${it(result.movedToOrphans.length)} file diversi da quelli della copia sono stati spostati in orfani/.`);
  for (const problem of result.fileProblems) print(`Attenzione, file: ${problem}`);
  print(`Ripristino completato e verificato. Ora puoi avviare l'applicazione.`);
}

function failed(error: unknown, print: (line: string) => void): number {
  if (error instanceof RestoreError) print(error.message);
  else print(`Ripristino non riuscito: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}

/** `--from`: an encrypted copy, decrypted into the data folder's backups and restored as a local one. */
async function restoreSealed(dataDir: string, from: string, print: (line: string) => void, io: RestoreIo): Promise<number> {
  const file = resolve(from);
  if (!existsSync(file)) {
    print(`Il file ${file} non esiste: controlla il percorso (il disco USB è collegato?).`);
    return 2;
  }
  const passphrase = (io.env ?? process.env)[PASSPHRASE_ENV] ?? (await (io.askPassphrase ?? readPassphrase)('Frase segreta della copia cifrata: '));
  if (!passphrase) {
    print('Nessuna frase segreta: il ripristino non è stato fatto.');
    return 1;
  }
  print(`Ripristino della copia cifrata ${file} in ${dataDir}. L'applicazione deve essere chiusa.`);
  try {
    const result = await restoreFromSealedCopy(dataDir, file, passphrase);
    print(`La copia cifrata è stata aperta e verificata: ora è anche tra le copie di questo computer (${result.extracted}).`);
    printOutcome(result, print);
    return 0;
  } catch (error) {
    return failed(error, print);
  }
}

export async function restoreCommand(argv: string[], print: (line: string) => void, io: RestoreIo = {}): Promise<number> {
  let values: { 'data-dir'?: string; backup?: string; from?: string; list?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { 'data-dir': { type: 'string' }, backup: { type: 'string' }, from: { type: 'string' }, list: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    print(`Argomenti non validi (${(error as Error).message}). Uso: ${USAGE}`);
    return 2;
  }
  if (!values['data-dir']) {
    print(`Indica la cartella dei dati: ${USAGE}`);
    return 2;
  }
  const dataDir = resolve(values['data-dir']);
  if (values.from !== undefined) {
    if (values.backup !== undefined || values.list) {
      print(`--from non si usa insieme a --backup o --list. Uso: ${USAGE}`);
      return 2;
    }
    // The data folder may not exist yet: an encrypted copy is what a new computer starts from.
    return restoreSealed(dataDir, values.from, print, io);
  }
  if (!existsSync(dataDir)) {
    print(`La cartella dei dati ${dataDir} non esiste.`);
    return 2;
  }
  const backups = listRestorable(dataDir);
  if (values.list) {
    if (backups.length === 0) print(`Nessuna copia di sicurezza in ${dataDir}.`);
    else {
      print(`Copie di sicurezza in ${dataDir} (la più recente per prima):`);
      for (const b of backups) print(describe(b));
    }
    return 0;
  }
  const name = values.backup ?? backups[0]?.name;
  if (!name) {
    print(`Nessuna copia di sicurezza in ${dataDir}: non c'è nulla da ripristinare.`);
    return 1;
  }
  print(`Ripristino della copia ${name} in ${dataDir}. L'applicazione deve essere chiusa.`);
  try {
    printOutcome(await restore(dataDir, name), print);
    return 0;
  } catch (error) {
    return failed(error, print);
  }
}
