/**
 * «Copie di sicurezza» (decision 0022): the administrator sees each verified backup of the data
 * folder, takes one now, and puts one back. A restore first copies the current state, then replaces
 * the data and restarts the core: every session ends and everyone logs in again.
 */
import { z } from 'zod';
import { method } from './define';

/** The word typed to confirm a restore: a click alone must not replace the office's data. */
export const RESTORE_CONFIRM_WORD = 'RIPRISTINA';

/** Why a copy was taken (electron/core/db/retention.ts). */
export const BACKUP_REASONS = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReasonCode = (typeof BACKUP_REASONS)[number];

/** The kept copies per calendar period (grandfather-father-son, decision 0022). */
export const backupRetentionSchema = z.object({ daily: z.number().int(), weekly: z.number().int(), monthly: z.number().int() });

export const backupSchema = z.object({
  name: z.string(),
  takenAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  /** Taken before the app updated the data: the way back from an update. */
  beforeMigration: z.boolean(),
  /** Bytes of the database copy and of the files (attachments, documents) together. */
  size: z.number().int(),
  files: z.number().int(),
  /** Rows of the main tables at copy time, as the manifest holds them (deleted records included). */
  counts: z.object({
    candidates: z.number().int(),
    associations: z.number().int(),
    needs: z.number().int(),
    internships: z.number().int(),
    documents: z.number().int(),
  }),
  /** Files the rows point to that were already missing or altered when the copy was taken. */
  problems: z.number().int(),
});
export type BackupView = z.output<typeof backupSchema>;

/** A copy under way, and the last one that failed: the page follows them while the job runs. */
export const backupJobSchema = z.object({
  running: z.object({ since: z.string(), reason: z.enum(BACKUP_REASONS) }).nullable(),
  lastFailure: z.object({ at: z.string(), message: z.string() }).nullable(),
});
export type BackupJobView = z.output<typeof backupJobSchema>;

/** The minimum length of the second copy's passphrase: it alone protects a lost drive's copies against guessing. */
export const OFFSITE_PASSPHRASE_MIN = 12;
export const OFFSITE_PASSPHRASE_TOO_SHORT = `La frase segreta deve avere almeno ${OFFSITE_PASSPHRASE_MIN} caratteri: una frase di qualche parola è più facile da ricordare e più difficile da indovinare`;
export const OFFSITE_PASSPHRASES_DIFFER = 'Le due frasi non coincidono';

/** One encrypted copy in the second folder (decision 0028). */
export const offsiteCopySchema = z.object({ name: z.string(), takenAt: z.string(), size: z.number().int() });
export type OffsiteCopyView = z.output<typeof offsiteCopySchema>;

/** The second folder: where, whether it answers now, its copies, and how the last copies to it went. */
export const offsiteSchema = z.object({
  configured: z.boolean(),
  folder: z.string().nullable(),
  /** When the administrator set it (and the passphrase). */
  setAt: z.string().nullable(),
  /** False when the folder could not be read just now (a USB drive unplugged, a share down). */
  reachable: z.boolean(),
  running: z.object({ since: z.string() }).nullable(),
  lastSuccess: z.object({ at: z.string(), name: z.string() }).nullable(),
  /** The last copy to the second folder that failed, until one succeeds; the local copy was made anyway. */
  lastFailure: z.object({ at: z.string(), message: z.string() }).nullable(),
  items: z.array(offsiteCopySchema),
});
export type OffsiteView = z.output<typeof offsiteSchema>;

export const backupsListSchema = backupJobSchema.extend({
  /** Where the copies are kept, to find them or copy them elsewhere. */
  folder: z.string(),
  /** False when this core takes no daily copy (a one-off script): «Esegui ora» is not available. */
  scheduled: z.boolean(),
  nextBackupAt: z.string().nullable(),
  retention: backupRetentionSchema,
  items: z.array(backupSchema),
  offsite: offsiteSchema,
});
export type BackupsList = z.output<typeof backupsListSchema>;

export const backupsMethods = {
  'backups.list': method({
    reads: true,
    summary: 'Le copie di sicurezza verificate, con data, dimensione e contenuto, dove sono e quando sarà la prossima',
    access: 'settings.manage',
    input: z.object({}),
    output: backupsListSchema,
  }),
  'backups.create': method({
    summary: 'Avvia ora una copia di sicurezza (in sottofondo: la pagina la segue finché è pronta)',
    access: 'settings.manage',
    input: z.object({}),
    output: backupJobSchema,
  }),
  'backups.restore': method({
    summary: 'Ripristina una copia di sicurezza: prima copia lo stato attuale, poi riavvia i dati; tutti devono accedere di nuovo',
    access: 'settings.manage',
    // Strict: nothing but the name and the typed word reaches a call that replaces every record.
    input: z.strictObject({
      name: z.string().trim().min(1, 'Scegli la copia da ripristinare').max(100, 'Copia non valida'),
      confirm: z.string().refine((v) => v.trim() === RESTORE_CONFIRM_WORD, `Scrivi ${RESTORE_CONFIRM_WORD} per confermare il ripristino`),
    }),
    output: z.object({
      restored: z.string(),
      /** The copy of the state replaced; null when it could not be read and was set aside instead. */
      safetyBackup: z.string().nullable(),
      /** Files of the data folder that differed from the copy's, now in orfani/. */
      movedToOrphans: z.number().int(),
      fileProblems: z.number().int(),
    }),
  }),
  'backups.setOffsite': method({
    summary: 'Imposta la seconda cartella (disco USB o cartella di rete) dove ogni copia va anche cifrata, con la frase segreta (non conservata)',
    access: 'settings.manage',
    input: z
      .strictObject({
        folder: z.string().trim().min(1, 'Indica la cartella').max(1000, 'Percorso troppo lungo'),
        passphrase: z.string().min(OFFSITE_PASSPHRASE_MIN, OFFSITE_PASSPHRASE_TOO_SHORT).max(200, 'Al massimo 200 caratteri'),
        confirm: z.string().max(200, 'Al massimo 200 caratteri'),
      })
      .refine((v) => v.passphrase === v.confirm, { path: ['confirm'], message: OFFSITE_PASSPHRASES_DIFFER }),
    output: offsiteSchema,
  }),
  'backups.removeOffsite': method({
    summary: 'Toglie la seconda cartella: le copie cifrate già scritte restano dove sono',
    access: 'settings.manage',
    input: z.object({}),
    output: offsiteSchema,
  }),
};
