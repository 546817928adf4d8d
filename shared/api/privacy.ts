/**
 * The data subject's rights (GDPR) on one person's profile: the access request (art. 15) and the
 * erasure by anonymisation (art. 17), decision 0025; and the retention review: who is past the
 * periods the office keeps data for (art. 5, par. 1, lett. e), decision 0027.
 */
import { z } from 'zod';
import { method } from './define';
import { id, pageInput, requiredText } from './fields';
import { retentionSchema } from './settings';

/** One file to save: a .zip with the readable .docx and the JSON of the same data. */
export const privacyFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

/**
 * Why a person is erased, written in the history: the person asked (art. 17), or the retention
 * period ended (art. 5, par. 1, lett. e), from «Da rivedere».
 */
export const ERASURE_GROUNDS = ['richiesta', 'conservazione'] as const;
export type ErasureGround = (typeof ERASURE_GROUNDS)[number];

/**
 * Which period a person is past: `senza_tirocinio` (no internship ever started, counted from the
 * last activity), `tirocinio_concluso` (every file concluded or interrupted, and its documents'
 * retention over too).
 */
export const RETENTION_REASONS = ['senza_tirocinio', 'tirocinio_concluso'] as const;
export type RetentionReason = (typeof RETENTION_REASONS)[number];
export const RETENTION_REASON_LABELS: Record<RetentionReason, string> = {
  senza_tirocinio: 'Senza tirocinio',
  tirocinio_concluso: 'Tirocinio concluso',
};

export const retentionReviewItemSchema = z.object({
  id,
  lastName: z.string(),
  firstName: z.string(),
  sex: z.enum(['M', 'F']).nullable(),
  /** In the bin («Eliminati»): its data are still here until anonymised. */
  deleted: z.boolean(),
  reason: z.enum(RETENTION_REASONS),
  /** The last day anything happened about the person: profile, interview note, proposal or file. */
  lastActivity: z.string(),
  /** The end of the person's last concluded or interrupted file; null without one. */
  lastEnd: z.string().nullable(),
  /** The day the period that decides ended: the person is due since then. */
  dueSince: z.string(),
  /** Became due in the month of the review (the rest waited from earlier months). */
  newThisMonth: z.boolean(),
  /** Why the anonymisation would be refused now, in Italian (the same words as on the profile); null when it can be done. */
  block: z.string().nullable(),
});
export type RetentionReviewItem = z.output<typeof retentionReviewItemSchema>;

export const retentionReviewSchema = z.object({
  /** The day the list is computed for (today, Rome's day) and the first day of its month. */
  referenceDate: z.string(),
  monthStart: z.string(),
  periods: retentionSchema,
  total: z.number().int(),
  counts: z.object({ senza_tirocinio: z.number().int(), tirocinio_concluso: z.number().int() }),
  newThisMonth: z.number().int(),
  items: z.array(retentionReviewItemSchema),
});
export type RetentionReview = z.output<typeof retentionReviewSchema>;

export const privacyMethods = {
  'privacy.exportPerson': method({
    // Only roles that may see special data: the answer is everything, art. 9 data included (it is the
    // person's own data). So no `visibility` rule is needed: every caller holds the clearance.
    summary: 'Esporta tutti i dati di una persona (art. 15 GDPR): documento Word e JSON in un .zip; l’esportazione è registrata',
    access: 'candidates.special',
    input: z.object({ id }),
    output: privacyFileSchema,
  }),
  'privacy.anonymise': method({
    summary: 'Anonimizza una persona (art. 17 GDPR): irreversibile, restano solo i dati statistici',
    access: 'candidates.delete',
    input: z.object({
      id,
      confirmLastName: requiredText('Cognome della persona', 100),
      ground: z.enum(ERASURE_GROUNDS, { error: 'Motivo non valido' }).default('richiesta'),
    }),
    output: z.object({ anonymisedAt: z.string() }),
  }),
  'privacy.review': method({
    // For the roles that may anonymise (the list is there to act on); they all see special data, and
    // the answer carries none (names and dates only), so no `visibility` rule.
    summary: '«Da rivedere»: le persone il cui periodo di conservazione è finito, a oggi, con il motivo e cosa impedisce di anonimizzarle',
    access: 'candidates.delete',
    reads: true,
    input: z.object({ ...pageInput }),
    output: retentionReviewSchema,
  }),
  'privacy.updateRetention': method({
    summary: 'Cambia i periodi di conservazione dei dati (stampati anche nell’informativa)',
    access: 'settings.manage',
    input: retentionSchema,
    output: retentionSchema,
  }),
};
