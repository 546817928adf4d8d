/**
 * The association a need belongs to, searched by name as the operator types. The chosen one stays
 * among the options even when the current search would not find it, so its name never disappears.
 */
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../../../api/client';

interface Option {
  value: string;
  label: string;
}

interface AssociationSelectProps {
  value: string | null;
  /** The chosen association's name, known when editing or coming from its page. */
  selectedLabel: string | null;
  onChange(id: string | null): void;
  error?: ReactNode;
  onBlur?(): void;
  disabled?: boolean;
}

export function AssociationSelect({ value, selectedLabel, onChange, error, onBlur, disabled }: AssociationSelectProps) {
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [chosen, setChosen] = useState<Option | null>(value && selectedLabel ? { value, label: selectedLabel } : null);
  // Once picked, the box shows the association's label: that is not a search.
  const [query] = useDebouncedValue(chosen && search === chosen.label ? '' : search.trim(), 250);

  useEffect(() => {
    if (disabled) return;
    let current = true;
    api
      .call('associations.list', { query, pageSize: 20 })
      .then((r) => {
        if (current) setOptions(r.items.map((a) => ({ value: a.id, label: `${a.name} — ${a.comune}${a.province ? ` (${a.province})` : ''}` })));
      })
      // Without results the box just stays empty; the save still checks the association.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [query, disabled]);

  const data = chosen && chosen.value === value && !options.some((o) => o.value === value) ? [chosen, ...options] : options;

  return (
    <Select
      label="Associazione"
      withAsterisk
      placeholder="Scrivi il nome per cercarla"
      searchable
      clearable={!disabled}
      disabled={disabled}
      data={data}
      value={value}
      onChange={(id) => {
        setChosen(data.find((o) => o.value === id) ?? null);
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The core already matched the text; filtering again here would hide its answers.
      filter={({ options: o }) => o}
      nothingFoundMessage="Nessuna associazione trovata"
      error={error}
      onBlur={onBlur}
    />
  );
}
