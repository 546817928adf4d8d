/**
 * The «Sportello» filter and column of the lists. At a regional office, or at a desk that received
 * the associations register, a list holds records of several offices; a desk alone knows only
 * itself, and then neither the filter nor the column would tell it anything, so both stay hidden.
 */
import { Select, Table, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { useApiQuery } from '../api/query';

export interface Offices {
  /** More than one office known here: the lists show the filter and the column. */
  several: boolean;
  /** "CN01 · Sportello Alba", this desk first. */
  options: { value: string; label: string }[];
  /** The office's name for its code, for the column's tooltip. */
  nameOf(code: string): string | null;
}

export function useOffices(): Offices {
  const { data } = useApiQuery('reference.offices', {});
  return useMemo(() => {
    const offices = data ?? [];
    const names = new Map(offices.map((o) => [o.code, o.name]));
    return {
      several: offices.length > 1,
      options: offices.map((o) => ({ value: o.id, label: `${o.code} · ${o.name}` })),
      nameOf: (code) => names.get(code) ?? null,
    };
  }, [data]);
}

interface OfficeFilterProps {
  offices: Offices;
  value: string | null;
  onChange(value: string | null): void;
}

export function OfficeFilter({ offices, value, onChange }: OfficeFilterProps) {
  // A filter in the address (a saved filter, a copied link) stays visible, so nothing filters unseen.
  if (!offices.several && !value) return null;
  return (
    <Select
      label="Sportello"
      placeholder="Tutti"
      clearable
      searchable
      data={offices.options}
      value={value}
      onChange={onChange}
      w={230}
      comboboxProps={{ width: 300, position: 'bottom-start' }}
    />
  );
}

export function OfficeHeader() {
  return <Table.Th style={{ whiteSpace: 'nowrap' }}>Sportello</Table.Th>;
}

/** The office's code; its name on hover. */
export function OfficeCell({ offices, code }: { offices: Offices; code: string | null }) {
  const name = code ? offices.nameOf(code) : null;
  return (
    <Table.Td style={{ whiteSpace: 'nowrap' }}>
      {code === null ? (
        '—'
      ) : (
        <Tooltip label={name} disabled={!name} openDelay={400}>
          <Text size="sm" span ff="monospace">
            {code}
          </Text>
        </Tooltip>
      )}
    </Table.Td>
  );
}
