/** The filters above the associations list; every one lives in the address, so it survives opening an association. */
import { Group, SegmentedControl, Select, Switch } from '@mantine/core';
import { LEGAL_FORM_LABELS, LEGAL_FORMS, type AssociationListInput } from '@shared/api/associations';
import { OfficeFilter, type Offices } from '../../lib/offices';
import type { UpdateFilters } from '../../lib/useListParams';
import { P } from './list-params';

interface AssociationFiltersProps {
  input: AssociationListInput;
  update: UpdateFilters;
  committees: string[];
  provinces: string[];
  offices: Offices;
  canSeeDeleted: boolean;
}

export function AssociationFilters({ input, update, committees, provinces, offices, canSeeDeleted }: AssociationFiltersProps) {
  return (
    <Group gap="sm" align="flex-end">
      <OfficeFilter offices={offices} value={input.site ?? null} onChange={(v) => update({ [P.site]: v })} />
      <Select
        label="Comitato AICS"
        placeholder="Tutti"
        clearable
        searchable
        data={committees}
        value={input.committee ?? null}
        onChange={(v) => update({ [P.committee]: v })}
        w={220}
      />
      <Select
        label="Forma giuridica"
        placeholder="Tutte"
        clearable
        data={LEGAL_FORMS.map((f) => ({ value: f, label: LEGAL_FORM_LABELS[f] }))}
        value={input.legalForm ?? null}
        onChange={(v) => update({ [P.legalForm]: v })}
        w={260}
      />
      <Select
        label="Provincia"
        placeholder="Tutte"
        clearable
        searchable
        data={provinces}
        value={input.province ?? null}
        onChange={(v) => update({ [P.province]: v })}
        w={130}
      />
      <SegmentedControl
        aria-label="Dipendenti"
        value={input.employees ?? 'any'}
        onChange={(v) => update({ [P.employees]: v === 'any' ? null : v })}
        data={[
          { value: 'any', label: 'Tutte' },
          { value: 'none', label: 'Senza dipendenti' },
          { value: 'some', label: 'Con dipendenti' },
        ]}
      />
      {canSeeDeleted && (
        <Switch label="Mostra eliminate" checked={input.deleted ?? false} onChange={(e) => update({ [P.deleted]: e.currentTarget.checked ? '1' : null })} mb={8} />
      )}
    </Group>
  );
}
