/**
 * The data subject's rights (GDPR) on one person's profile: the access request (art. 15) and the
 * erasure by anonymisation (art. 17). Decision 0025.
 */
import { z } from 'zod';
import { method } from './define';
import { id, requiredText } from './fields';

/** One file to save: a .zip with the readable .docx and the JSON of the same data. */
export const privacyFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

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
    input: z.object({ id, confirmLastName: requiredText('Cognome della persona', 100) }),
    output: z.object({ anonymisedAt: z.string() }),
  }),
};
