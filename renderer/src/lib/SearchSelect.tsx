/**
 * A box that searches the core as the operator types (associations, candidates…) and keeps the
 * chosen record among the options even when the current search would not find it, so its name
 * never disappears from the box.
 */
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';

export interface SearchOption {
  value: string;
  label: string;
}

export interface SearchSelectProps extends Pick<SelectProps, 'label' | 'description' | 'placeholder' | 'withAsterisk' | 'w' | 'maw'> {
  value: string | null;
  /** The chosen record's label, known when editing or coming from its page. */
  selectedLabel: string | null;
  /** Asks the core for the records matching the text typed ('' = the first ones). */
  search(query: string): Promise<SearchOption[]>;
  onChange(id: string | null): void;
  nothingFoundMessage: string;
  error?: ReactNode;
  onBlur?(): void;
  disabled?: boolean;
}

export function SearchSelect({ value, selectedLabel, search: load, onChange, error, onBlur, disabled, ...box }: SearchSelectProps) {
  const [typed, setTyped] = useState('');
  const [options, setOptions] = useState<SearchOption[]>([]);
  const [chosen, setChosen] = useState<SearchOption | null>(value && selectedLabel ? { value, label: selectedLabel } : null);
  // Once picked, the box shows the record's label: that is not a search.
  const [query] = useDebouncedValue(chosen && typed === chosen.label ? '' : typed.trim(), 250);

  useEffect(() => {
    if (disabled) return;
    let current = true;
    load(query)
      .then((found) => {
        if (current) setOptions(found);
      })
      // Without results the box just stays empty; the save still checks the choice.
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // `load` is a new function at every render of the caller; the query is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, disabled]);

  const known = chosen && chosen.value === value ? chosen : value && selectedLabel ? { value, label: selectedLabel } : null;
  const data = known && !options.some((o) => o.value === known.value) ? [known, ...options] : options;

  return (
    <Select
      {...box}
      searchable
      clearable={!disabled}
      disabled={disabled}
      data={data}
      value={value}
      onChange={(id) => {
        setChosen(data.find((o) => o.value === id) ?? null);
        onChange(id);
      }}
      searchValue={typed}
      onSearchChange={setTyped}
      // The core already matched the text; filtering again here would hide its answers.
      filter={({ options: o }) => o}
      error={error}
      onBlur={onBlur}
    />
  );
}
