/**
 * Why the data folder was not opened, typed so the hosts can show the Italian message as it is
 * (each one says what happened, that nothing was overwritten, and what to do). `toString()` is the
 * message alone: a host that prints `String(error)` still shows the operator's words.
 */
export abstract class DataFolderRefusedError extends Error {
  /** A short title for a dialog. */
  abstract readonly title: string;

  override toString(): string {
    return this.message;
  }
}

/** Raised when the file was written by a newer version: opening it could lose data. */
export class DatabaseTooNewError extends DataFolderRefusedError {
  readonly title = 'Versione non aggiornata';
  constructor(
    readonly databaseMigration: number,
    readonly knownMigration: number,
  ) {
    super(
      "L'archivio dati è stato aggiornato da una versione più recente dell'applicazione. " +
        "Installa l'ultima versione per aprirlo: i dati non sono stati toccati.",
    );
    this.name = 'DatabaseTooNewError';
  }
}

function restoreHint(dataDir: string, backup: string): string {
  return (
    `Per ripristinarla chiudi l'applicazione ed esegui, dalla cartella del programma:\n` +
    `  npm run restore -- --data-dir "${dataDir}" --backup ${backup}\n` +
    `oppure chiedi all'assistenza di farlo.`
  );
}

/**
 * The database file is missing or empty while backups exist: starting would create an empty office
 * over the real one (and, before, push a good backup out at each start).
 */
export class DatabaseMissingError extends DataFolderRefusedError {
  readonly title = 'Archivio dati mancante';
  constructor(
    readonly dataDir: string,
    readonly newestBackup: string | null,
    readonly setAside: string[],
  ) {
    super(
      newestBackup
        ? `L'archivio dati in ${dataDir} è mancante o vuoto, ma esiste una copia di sicurezza (la più recente: ${newestBackup}). ` +
            `Per non perdere i dati l'applicazione non crea un archivio nuovo. ${restoreHint(dataDir, newestBackup)}`
        : `L'archivio dati in ${dataDir} è mancante, ma nella cartella c'è un archivio danneggiato messo da parte (${setAside.join(', ')}). ` +
            `Per non perdere i dati l'applicazione non crea un archivio nuovo: contatta l'assistenza, che può tentarne il recupero.`,
    );
    this.name = 'DatabaseMissingError';
  }
}

/** The database failed its integrity check after an unclean shutdown; it was renamed, never touched. */
export class DatabaseDamagedError extends DataFolderRefusedError {
  readonly title = 'Archivio dati danneggiato';
  constructor(
    readonly dataDir: string,
    readonly setAsideAs: string,
    readonly newestBackup: string | null,
    readonly detail: string,
  ) {
    super(
      `L'archivio dati risulta danneggiato (probabilmente dopo uno spegnimento improvviso). ` +
        `È stato messo da parte, senza modificarlo, come ${setAsideAs}. ` +
        (newestBackup
          ? `La copia di sicurezza valida più recente è ${newestBackup}. ${restoreHint(dataDir, newestBackup)}`
          : `Non ci sono copie di sicurezza: non avviare l'applicazione e contatta l'assistenza, che può tentarne il recupero.`),
    );
    this.name = 'DatabaseDamagedError';
  }
}

/** The backup required before a migration could not be taken: the file is not migrated without one. */
export class BackupBeforeMigrationError extends DataFolderRefusedError {
  readonly title = 'Copia di sicurezza non riuscita';
  constructor(readonly detail: string) {
    super(
      `Prima di aggiornare l'archivio dati serve una copia di sicurezza, che non è riuscita (${detail}). ` +
        `L'archivio non è stato modificato: controlla lo spazio libero sul disco e riavvia l'applicazione.`,
    );
    this.name = 'BackupBeforeMigrationError';
  }
}
