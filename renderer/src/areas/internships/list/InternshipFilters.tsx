/** The filters above the internship list; every one lives in the address, so it survives opening a file. */
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { INTERNSHIP_STATUS_LABELS, INTERNSHIP_STATUSES, INTERNSHIP_TYPE_LABELS, INTERNSHIP_TYPES } from '@shared/api/internships';
import { useApiQuery } from '../../../api/query';
import { ClearFilters, codeOptions, FilterCheckbox, FilterSelect, FilterSwitch } from '../../../lib/ListFilters';
import { OfficeFilter, type Offices } from '../../../lib/offices';
import type { ListFilters } from '../../../lib/useListParams';
import { AssociationSelect } from '../../../components/AssociationSelect';
import { useAssociation } from '../../../components/useAssociation';
import { ENDING_DAYS, hasFilter, P, withoutFilters } from './list-params';

interface InternshipFiltersProps {
  filters: ListFilters;
  onReplace(next: URLSearchParams): void;
  /** The logged-in operator, for «Solo le mie». */
  myId: string;
  offices: Offices;
}

export function InternshipFilters({ filters, onReplace, myId, offices }: InternshipFiltersProps) {
  const { params, update } = filters;
  const associationId = params.get(P.associationId);
  // A host chosen in an earlier visit (or a copied link) shows by name, not as an id.
  const association = useAssociation(associationId);
  // operators.list is for administrators only: the operators' names come from the candidates' filter values.
  const operatorOptions = useApiQuery('candidates.filterOptions', {});
  const tutor = params.get(P.promoterTutorId);

  return (
    <Group gap="sm" align="flex-end">
      <OfficeFilter offices={offices} value={params.get(P.site)} onChange={(v) => update({ [P.site]: v })} />
      <FilterSelect filters={filters} param={P.status} label="Stato" placeholder="Tutti" data={codeOptions(INTERNSHIP_STATUSES, INTERNSHIP_STATUS_LABELS)} w={150} />
      <FilterSelect filters={filters} param={P.type} label="Tipo" placeholder="Tutti" data={INTERNSHIP_TYPES.map((t) => ({ value: t, label: INTERNSHIP_TYPE_LABELS[t].replace('Tirocinio ', '') }))} w={230} />
      <AssociationSelect
        label="Associazione ospitante"
        placeholder="Tutte"
        value={associationId}
        selectedLabel={association?.name ?? null}
        onChange={(id) => update({ [P.associationId]: id })}
        w={260}
      />
      <FilterSelect
        filters={filters}
        param={P.promoterTutorId}
        label="Tutor Exar"
        placeholder="Tutti"
        searchable
        data={(operatorOptions.data?.operators ?? []).map((o) => ({ value: o.id, label: o.id === myId ? `${o.name} (io)` : o.name }))}
        w={200}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Finiscono entro
        </Text>
        <SegmentedControl
          aria-label="Finiscono entro"
          value={params.get(P.endingWithinDays) ?? 'tutti'}
          onChange={(v) => update({ [P.endingWithinDays]: v === 'tutti' ? null : v })}
          data={[{ value: 'tutti', label: 'Tutti' }, ...ENDING_DAYS.map((d) => ({ value: String(d), label: `${d} giorni` }))]}
        />
      </Stack>
      <FilterCheckbox filters={filters} param={P.attendanceMissing} label="Senza le ore del mese scorso" mb={8} />
      <FilterSwitch filters={filters} param={P.deleted} label="Bozze eliminate" />
      {tutor !== myId && (
        <Button variant="light" size="sm" mb={2} onClick={() => update({ [P.promoterTutorId]: myId })}>
          Solo le mie
        </Button>
      )}
      <ClearFilters shown={hasFilter(params)} onClear={() => onReplace(withoutFilters(params))} />
    </Group>
  );
}
