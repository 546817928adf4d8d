/**
 * Filter controls bound to a list's address: each one reads its parameter and writes it back, so
 * every list keeps its filters the same way (they survive opening a record, back, a saved filter).
 */
import { Button, Checkbox, Select, Switch, type CheckboxProps, type SelectProps, type SwitchProps } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { ChangeEvent } from 'react';
import type { ListFilters } from './useListParams';

interface Bound {
  filters: Pick<ListFilters, 'params' | 'update'>;
  param: string;
}

/** A select's choices from a list of codes and their labels. */
export function codeOptions<T extends string>(values: readonly T[], labels: Record<T, string>): { value: T; label: string }[] {
  return values.map((v) => ({ value: v, label: labels[v] }));
}

/** A choice kept in the address; clearing it takes the parameter away. */
export function FilterSelect({ filters, param, ...props }: Bound & Omit<SelectProps, 'value' | 'onChange'>) {
  return <Select clearable {...props} value={filters.params.get(param)} onChange={(v) => filters.update({ [param]: v })} />;
}

/** An on/off filter is written as «1» when on and left out of the address when off. */
function flag({ filters, param }: Bound) {
  return {
    checked: filters.params.get(param) === '1',
    onChange: (e: ChangeEvent<HTMLInputElement>) => filters.update({ [param]: e.currentTarget.checked ? '1' : null }),
  };
}

export function FilterSwitch({ filters, param, ...props }: Bound & Omit<SwitchProps, 'checked' | 'onChange'>) {
  // Lifted to sit level with the inputs beside it, whose labels stand above them.
  return <Switch mb={8} {...props} {...flag({ filters, param })} />;
}

export function FilterCheckbox({ filters, param, ...props }: Bound & Omit<CheckboxProps, 'checked' | 'onChange'>) {
  return <Checkbox {...props} {...flag({ filters, param })} />;
}

/** Shown only while something narrows the list, so it never offers to clear nothing. */
export function ClearFilters({ shown, onClear }: { shown: boolean; onClear(): void }) {
  if (!shown) return null;
  return (
    <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
      Togli tutti i filtri
    </Button>
  );
}
