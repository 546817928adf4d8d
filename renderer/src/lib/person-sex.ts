/**
 * The sex the codice fiscale says, for the rows that carry a person's code but not the recorded
 * sex (lists, possible duplicates): enough to agree «nata», «Disoccupata» in a row. The profile and
 * the proposals use the recorded sex.
 */
import type { PersonSex } from '@shared/text/agreement';
import { decodePersonTaxCode } from '@shared/validation/tax-code-decode';

export function sexOfTaxCode(taxCode: string | null | undefined): PersonSex {
  if (!taxCode) return null;
  const decoded = decodePersonTaxCode(taxCode, new Date());
  return decoded.ok ? decoded.sex : null;
}
