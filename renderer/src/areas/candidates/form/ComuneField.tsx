/**
 * A comune typed freely, with suggestions from the list of Italian comuni: picking one writes
 * its exact name and fills the province. A place not in the list (a hamlet, a foreign town) can
 * still be typed as it is.
 */
import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { foldText } from '@shared/validation/text';
import { useApiQuery } from '../../../api/query';
import type { CandidateForm } from './form-type';

interface Comune {
  code: string;
  name: string;
  province: string | null;
}

interface ComuneFieldProps {
  form: CandidateForm;
  comune: 'resComune' | 'domComune';
  province: 'resProvince' | 'domProvince';
  label: string;
}

export function ComuneField({ form, comune, province, label }: ComuneFieldProps) {
  const typed = form.getValues()[comune].trim();
  const [query] = useDebouncedValue(typed, 200);
  // Without suggestions (too short, or the core did not answer) the comune is simply typed.
  const found = useApiQuery('reference.searchComuni', { query }, { enabled: query.length >= 2 });
  const items: Comune[] = query.length >= 2 ? (found.data ?? []) : [];
  // Options are keyed by the cadastral code: two comuni may share a name (Samone TO and TN).
  const byCode = new Map(items.map((c) => [c.code, c]));
  const pick = (c: Comune) => {
    form.setFieldValue(comune, c.name);
    if (c.province) form.setFieldValue(province, c.province);
  };
  const input = form.getInputProps(comune);

  return (
    <Autocomplete
      label={label}
      autoComplete="off"
      {...input}
      data={items.map((c) => c.code)}
      // The core already matched what was typed; while its next answer is on the way, the
      // previous one is narrowed here so no comune that no longer fits stays in the list.
      filter={({ options, search }) =>
        query === search.trim()
          ? options
          : options.filter((o) => 'value' in o && foldText(byCode.get(o.value)?.name ?? '').startsWith(foldText(search)))
      }
      renderOption={({ option }) => {
        const c = byCode.get(option.value);
        return c ? `${c.name}${c.province ? ` (${c.province})` : ''}` : option.value;
      }}
      onChange={(value) => {
        const c = byCode.get(value);
        if (c) pick(c);
        else form.setFieldValue(comune, value);
      }}
      onBlur={(event) => {
        // A name typed in full without picking: the province is filled when only one comune has it.
        const same = items.filter((c) => foldText(c.name) === foldText(typed));
        if (same.length === 1 && !form.getValues()[province]) pick(same[0]!);
        input.onBlur?.(event);
      }}
    />
  );
}
