/**
 * Professioni ISTAT CP2011: the classification the internship form searches for the role's code
 * (decision 0017). It cannot ship with the app: an administrator or a coordinator imports ISTAT's
 * own CSV file at each office, which replaces the whole list. Local reference data: never travels.
 */
import { z } from 'zod';
import { method } from './define';
import { requiredText } from './fields';

/** ISTAT's file is some 100 KB; anything much larger is not it. */
export const PROFESSIONS_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const PROFESSIONS_SEARCH_MAX = 50;

export const professionSchema = z.object({
  /** «5.1.2.2.0» */
  code: z.string(),
  name: z.string(),
  /** 1 (grande gruppo) … 5 (unità professionale). */
  level: z.number().int(),
});
export type Profession = z.output<typeof professionSchema>;

export const professionsStatusSchema = z.object({
  /** Entries in the list; 0 when it was never imported here. */
  count: z.number().int(),
  /** Unità professionali (level 5), the entries a file names. */
  units: z.number().int(),
  importedAt: z.string().nullable(),
  importedBy: z.string().nullable(),
  fileName: z.string().nullable(),
});
export type ProfessionsStatus = z.output<typeof professionsStatusSchema>;

export const professionsMethods = {
  'professions.search': method({
    summary: 'Professioni ISTAT CP2011 per inizio del codice o per parole del nome (prima le unità professionali)',
    access: 'internships.read',
    input: z.object({
      query: z.string({ error: 'Scrivi un codice o delle parole da cercare' }).max(100, 'Massimo 100 caratteri'),
      limit: z.number().int().min(1).max(PROFESSIONS_SEARCH_MAX).default(20),
    }),
    output: z.array(professionSchema),
  }),
  'professions.status': method({
    summary: 'Se la classificazione CP2011 è stata caricata qui: quante voci, quando e da chi',
    access: 'internships.read',
    input: z.object({}),
    output: professionsStatusSchema,
  }),
  'professions.import': method({
    summary: 'Carica il file CSV della classificazione CP2011 pubblicato dall’ISTAT: sostituisce tutto l’elenco',
    access: 'rules.manage',
    input: z.object({ fileName: requiredText('Nome del file', 200), contentBase64: z.string().min(1, 'Il file è vuoto') }),
    output: professionsStatusSchema,
  }),
};
