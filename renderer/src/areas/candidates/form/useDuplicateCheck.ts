/**
 * Looks for the same person while the profile is being typed: who already has this codice
 * fiscale (the save would be refused) and who has the same name and birth date under another
 * code (maybe a typo, maybe a namesake: the operator decides). Asks only after a pause in typing.
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { DuplicateCandidate } from '@shared/api/candidates';
import { checkNumericTaxCode, checkPersonTaxCode, normalizeTaxCode } from '@shared/validation/tax-codes';
import { apiQuery } from '../../../api/query';
import { isUnreadableDate } from '../../../lib/italian-date';

export interface DuplicateMatches {
  sameTaxCode: DuplicateCandidate | null;
  similar: DuplicateCandidate[];
}

interface PersonKeys {
  taxCode: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
}

const NONE: DuplicateMatches = { sameTaxCode: null, similar: [] };

type DuplicateQuery = NonNullable<ReturnType<typeof duplicateQuery>>;

/** The query for what is typed so far; null when nothing is complete enough to compare. */
function duplicateQuery(p: PersonKeys, exceptId: string | null) {
  const code = normalizeTaxCode(p.taxCode);
  const taxCode = checkPersonTaxCode(code).ok || checkNumericTaxCode(code).ok ? code : null;
  // A birth date still being typed (or impossible) is no date to compare.
  const named = p.firstName.trim() !== '' && p.lastName.trim() !== '' && p.birthDate !== null && !isUnreadableDate(p.birthDate);
  if (!taxCode && !named) return null;
  return {
    taxCode,
    firstName: named ? p.firstName.trim() : null,
    lastName: named ? p.lastName.trim() : null,
    birthDate: named ? p.birthDate : null,
    exceptId,
  };
}

export function useDuplicateCheck(person: PersonKeys, exceptId: string | null): DuplicateMatches {
  // Debounced as a string: a new object every render would restart the pause on every keystroke.
  const key = JSON.stringify(duplicateQuery(person, exceptId));
  const [debouncedKey] = useDebouncedValue(key, 400);
  const asked = JSON.parse(debouncedKey) as DuplicateQuery | null;
  // A failed check shows nothing: the save still checks the codice fiscale.
  const { data } = useQuery({ ...apiQuery('candidates.findDuplicates', asked ?? {}), enabled: asked !== null });

  // An answer about what was typed before (or nothing to compare) is not shown.
  if (!asked || !data || debouncedKey !== key) return NONE;
  const sameId = data.sameTaxCode?.id;
  return { sameTaxCode: data.sameTaxCode, similar: data.similar.filter((s) => s.id !== sameId) };
}
