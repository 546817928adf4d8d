/**
 * What generating a convenzione or a PFI needs of the office: the promoter's address, legal
 * representative and accreditation, and an operator as the promoter's tutor with a codice fiscale.
 * Shared by the service tests that prepare documents, so the promoter is the same everywhere.
 */
import type { Harness } from './core-harness';
import { SETUP_INPUT } from './setup-input';
import { PROMOTER_TUTOR_TAX_CODE } from './document-context';

export const PROMOTER = { ...SETUP_INPUT.promoter, address: 'Via Cigna 96', cap: '10152', legalRepName: 'Giulia Neri', legalRepRole: 'Presidente', accreditationRef: 'D.D. n. 123 del 01/02/2019' };

/** Sets the promoter and makes the operator of `tutorSession` its tutor; returns that operator's id. */
export async function readyPromoter(h: Harness, admin: string, tutorSession: string): Promise<string> {
  const me = await h.ok('auth.me', {}, tutorSession);
  const settings = await h.ok('settings.get', {}, admin);
  await h.ok(
    'settings.update',
    { ...settings, promoter: PROMOTER, promoterTutors: [{ operatorId: me.operator.id, taxCode: PROMOTER_TUTOR_TAX_CODE, role: 'Operatrice dei servizi per il lavoro' }] },
    admin,
  );
  return me.operator.id;
}
