/**
 * What a complete codice fiscale tells the form as it is typed: birth date, sex and birthplace
 * (filled where the operator has not written their own), the place to show under the field, and
 * where the code disagrees with the typed data (a warning only: the code on the card wins).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DecodedTaxCodeInfo } from '@shared/api/reference';
import { taxCodeMismatches } from '@shared/validation/tax-code-decode';
import { checkNumericTaxCode, checkPersonTaxCode, normalizeTaxCode } from '@shared/validation/tax-codes';
import { api } from '../../../api/client';
import type { CandidateForm } from './form-type';

export interface TaxCodeAssist {
  /** What the valid code says; null while it is incomplete, invalid or provisional. */
  decoded: DecodedTaxCodeInfo | null;
  /** True for a valid provisional 11-digit code: birth data must be typed by hand. */
  provisional: boolean;
  mismatches: string[];
}

/**
 * Fills a birth field from the code when it is empty, or still holds what the previous code
 * said (the operator corrected a typo in the code, not the date).
 */
function fillBirthData(form: CandidateForm, next: DecodedTaxCodeInfo, previous: DecodedTaxCodeInfo | null): void {
  const values = form.getValues();
  const replaceable = (current: string | null, fromPrevious: string | null | undefined) => !current || current === fromPrevious;
  if (next.birthDate && replaceable(values.birthDate, previous?.birthDate)) form.setFieldValue('birthDate', next.birthDate);
  if (next.sex && replaceable(values.sex, previous?.sex)) form.setFieldValue('sex', next.sex);
  if (next.placeCode && replaceable(values.birthPlaceCode, previous?.placeCode)) form.setFieldValue('birthPlaceCode', next.placeCode);
  if (next.placeLabel && replaceable(values.birthPlace, previous?.placeLabel)) form.setFieldValue('birthPlace', next.placeLabel);
}

export function useTaxCodeAssist(form: CandidateForm): TaxCodeAssist {
  const values = form.getValues();
  const code = normalizeTaxCode(values.taxCode);
  const complete = checkPersonTaxCode(code).ok;
  // Kept with the code it belongs to, so a new code never shows the last one's place.
  const [decoded, setDecoded] = useState<{ code: string; info: DecodedTaxCodeInfo } | null>(null);
  // What the last valid code said, so its values can be told apart from typed ones.
  const previous = useRef<DecodedTaxCodeInfo | null>(null);
  // The code a saved profile opened with: its birth data stay as saved until the code changes.
  const startCode = useRef(normalizeTaxCode(form.getInitialValues().taxCode));

  useEffect(() => {
    if (!complete) return;
    let current = true;
    api
      .call('reference.decodeTaxCode', { taxCode: code })
      .then((result) => {
        if (!current) return;
        setDecoded({ code, info: result });
        if (!result.ok) return;
        if (code !== startCode.current || previous.current !== null) fillBirthData(form, result, previous.current);
        previous.current = result;
      })
      // Decoding is a help, not a step of the save: without it the operator types the data.
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // `form` is stable for the form's life; only the code matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, complete]);

  const { firstName, lastName, birthDate, sex } = values;
  const mismatches = useMemo(
    () => (complete ? taxCodeMismatches(code, { firstName, lastName, birthDate, sex }, new Date()) : []),
    [code, complete, firstName, lastName, birthDate, sex],
  );

  return {
    decoded: complete && decoded?.code === code && decoded.info.ok ? decoded.info : null,
    provisional: /^\d{11}$/.test(code) && checkNumericTaxCode(code).ok,
    mismatches,
  };
}
