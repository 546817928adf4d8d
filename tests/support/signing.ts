/**
 * Tests that are about something else than documents start their files with a coordinator's
 * waiver of the signed convenzione and PFI, as the desk would when the signed paper is late.
 * The documents' own tests go through generating and attaching the scans.
 */
import type { Harness } from './core-harness';

export async function waiveSigning(h: Harness, internshipId: string, coordinatorSession: string): Promise<void> {
  await h.ok('documents.waiveSignatures', { internshipId, reason: 'Firme raccolte su carta, scansioni in arrivo' }, coordinatorSession);
}
