/**
 * The command-line restore, as a function of its arguments and an output, so the test runs it
 * in-process: `npm run restore -- --data-dir DIR [--backup NAME] [--list]`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatItalianDate, italianDateTime } from '@shared/validation/italian-time';
import { listRestorable, restore, RestoreError, type RestorableBackup } from '../../electron/core/db/restore';

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

export async function restoreCommand(argv: string[], print: (line: string) => void): Promise<number> {
  let values: { 'data-dir'?: string; backup?: string; list?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { 'data-dir': { type: 'string' }, backup: { type: 'string' }, list: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    print(`Argomenti non validi (${(error as Error).message}). Uso: npm run restore -- --data-dir CARTELLA [--backup NOME] [--list]`);
    return 2;
  }
  if (!values['data-dir']) {
    print('Indica la cartella dei dati: npm run restore -- --data-dir CARTELLA [--backup NOME] [--list]');
    return 2;
  }
  const dataDir = resolve(values['data-dir']);
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
    const result = await restore(dataDir, name);
    if (result.safetyBackup) print(`Lo stato precedente è stato salvato nella copia ${result.safetyBackup}.`);
    if (result.setAside) print(`L'archivio precedente non era leggibile: è stato messo da parte come ${result.setAside}.`);
    if (result.movedToOrphans.length > 0) print(`${it(result.movedToOrphans.length)} file diversi da quelli della copia sono stati spostati in orfani/.`);
    for (const problem of result.fileProblems) print(`Attenzione, file: ${problem}`);
    print(`Ripristino completato e verificato. Ora puoi avviare l'applicazione.`);
    return 0;
  } catch (error) {
    if (error instanceof RestoreError) {
      print(error.message);
      return 1;
    }
    print(`Ripristino non riuscito: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
