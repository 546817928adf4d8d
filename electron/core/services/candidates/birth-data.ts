/**
 * Birth data the codice fiscale already says: when the form left sex or birthplace empty (an
 * import, an older client), they are taken from the code. Typed values are never overwritten:
 * a disagreement is the operator's to judge, shown as a warning in the form.
 */
import type { CandidateData } from '@shared/api/candidates';
import { decodePersonTaxCode } from '@shared/validation/tax-code-decode';
import { describePlace, placeByCode } from '../../reference/places';

export function completeBirthData(data: CandidateData, today: Date): CandidateData {
  const decoded = decodePersonTaxCode(data.taxCode, today);
  if (!decoded.ok) return data;
  const birthPlaceCode = data.birthPlaceCode ?? decoded.placeCode;
  const place = data.birthPlace ? null : placeByCode(birthPlaceCode, data.birthDate);
  return {
    ...data,
    sex: data.sex ?? decoded.sex,
    birthPlaceCode,
    birthPlace: data.birthPlace ?? (place ? describePlace(place) : null),
  };
}
