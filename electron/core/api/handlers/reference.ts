import type { DecodedTaxCodeInfo, referenceMethods } from '@shared/api/reference';
import { decodePersonTaxCode, TAX_CODE_DATE_MESSAGE } from '@shared/validation/tax-code-decode';
import { personTaxCodeMessage } from '@shared/validation/tax-codes';
import { describePlace, placeByCode, searchComuni } from '../../reference/places';
import { listOffices } from '../../services/settings/offices';
import type { AreaHandlers } from '../types';

function decodeTaxCode(taxCode: string, today: Date): DecodedTaxCodeInfo {
  const decoded = decodePersonTaxCode(taxCode, today);
  if (!decoded.ok) {
    return {
      ok: false,
      problem: decoded.problem === 'date' ? TAX_CODE_DATE_MESSAGE : personTaxCodeMessage(decoded.problem),
      birthDate: null,
      sex: null,
      placeCode: null,
      place: null,
      placeLabel: null,
      omocodic: false,
    };
  }
  // The birth date picks the right name when a code changed hands over time.
  const place = placeByCode(decoded.placeCode, decoded.birthDate);
  return {
    ok: true,
    problem: null,
    birthDate: decoded.birthDate,
    sex: decoded.sex,
    placeCode: decoded.placeCode,
    place,
    placeLabel: place ? describePlace(place) : null,
    omocodic: decoded.omocodic,
  };
}

export const referenceHandlers: AreaHandlers<keyof typeof referenceMethods> = {
  'reference.decodeTaxCode': (input, { state }) => decodeTaxCode(input.taxCode, state.now()),
  'reference.searchComuni': (input) =>
    searchComuni(input.query).map(({ code, name, province }) => ({ code, name, province })),
  'reference.offices': (_input, { read }) => listOffices(read()),
};
