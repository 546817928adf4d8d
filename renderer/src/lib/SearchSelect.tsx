/**
 * A box that searches the core as the operator types (associations, candidates…) and keeps the
 * chosen record among the options even when the current search would not find it, so its name
 * never disappears from the box.
 */
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';

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
  const [chosen, setChosen] = useState<SearchOption | null>(value && selectedLabel ? { value, label: selectedLabel } : null);
  // Once picked, the box shows the record's label: that is not a search.
  const [query] = useDebouncedValue(chosen && typed === chosen.label ? '' : typed.trim(), 250);

  // Through the query cache, so a late answer to an earlier text never replaces a newer one. Keyed
  // by this box (`search` is the caller's function, not a method and input a key could name): each
  // box keeps its own answers. The last answer stays while the next is on its way.
  const boxId = useId();
  const found = useQuery({ queryKey: ['SearchSelect', boxId, query], queryFn: () => load(query), enabled: !disabled, placeholderData: keepPreviousData });
  // Without results the box just stays empty; the save still checks the choice.
  const options = found.data ?? [];

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
