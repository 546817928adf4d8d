/** The filters above the internship list; every one lives in the address, so it survives opening a file. */
import { Button, Checkbox, Group, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { INTERNSHIP_STATUS_LABELS, INTERNSHIP_STATUSES, INTERNSHIP_TYPE_LABELS, INTERNSHIP_TYPES } from '@shared/api/internships';
import { useApiQuery } from '../../../api/query';
import { OfficeFilter, type Offices } from '../../../lib/offices';
import { AssociationSelect } from '../../../components/AssociationSelect';
import { useAssociation } from '../../../components/useAssociation';
import { ENDING_DAYS, hasFilter, P, withoutFilters, type UpdateFilters } from './list-params';

interface InternshipFiltersProps {
  params: URLSearchParams;
  update: UpdateFilters;
  onReplace(next: URLSearchParams): void;
  /** The logged-in operator, for «Solo le mie». */
  myId: string;
  offices: Offices;
}

export function InternshipFilters({ params, update, onReplace, myId, offices }: InternshipFiltersProps) {
  const associationId = params.get(P.association);
  // A host chosen in an earlier visit (or a copied link) shows by name, not as an id.
  const association = useAssociation(associationId);
  // operators.list is for administrators only: the operators' names come from the candidates' filter values.
  const operatorOptions = useApiQuery('candidates.filterOptions', {});
  const tutor = params.get(P.tutor);

  return (
    <Group gap="sm" align="flex-end">
      <OfficeFilter offices={offices} value={params.get(P.office)} onChange={(v) => update({ [P.office]: v })} />
      <Select
        label="Stato"
        placeholder="Tutti"
        clearable
        data={INTERNSHIP_STATUSES.map((s) => ({ value: s, label: INTERNSHIP_STATUS_LABELS[s] }))}
        value={params.get(P.status)}
        onChange={(v) => update({ [P.status]: v })}
        w={150}
      />
      <Select
        label="Tipo"
        placeholder="Tutti"
        clearable
        data={INTERNSHIP_TYPES.map((t) => ({ value: t, label: INTERNSHIP_TYPE_LABELS[t].replace('Tirocinio ', '') }))}
        value={params.get(P.type)}
        onChange={(v) => update({ [P.type]: v })}
        w={230}
      />
      <AssociationSelect
        label="Associazione ospitante"
        placeholder="Tutte"
        value={associationId}
        selectedLabel={association?.name ?? null}
        onChange={(id) => update({ [P.association]: id })}
        w={260}
      />
      <Select
        label="Tutor Exar"
        placeholder="Tutti"
        clearable
        searchable
        data={(operatorOptions.data?.operators ?? []).map((o) => ({ value: o.id, label: o.id === myId ? `${o.name} (io)` : o.name }))}
        value={tutor}
        onChange={(v) => update({ [P.tutor]: v })}
        w={200}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Finiscono entro
        </Text>
        <SegmentedControl
          aria-label="Finiscono entro"
          value={params.get(P.ending) ?? 'tutti'}
          onChange={(v) => update({ [P.ending]: v === 'tutti' ? null : v })}
          data={[{ value: 'tutti', label: 'Tutti' }, ...ENDING_DAYS.map((d) => ({ value: String(d), label: `${d} giorni` }))]}
        />
      </Stack>
      <Checkbox
        label="Senza le ore del mese scorso"
        checked={params.get(P.attendanceMissing) === '1'}
        onChange={(e) => update({ [P.attendanceMissing]: e.currentTarget.checked ? '1' : null })}
        mb={8}
      />
      <Switch
        label="Bozze eliminate"
        checked={params.get(P.deleted) === '1'}
        onChange={(e) => update({ [P.deleted]: e.currentTarget.checked ? '1' : null })}
        mb={8}
      />
      {tutor !== myId && (
        <Button variant="light" size="sm" mb={2} onClick={() => update({ [P.tutor]: myId })}>
          Solo le mie
        </Button>
      )}
      {hasFilter(params) && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onReplace(withoutFilters(params))}>
          Togli tutti i filtri
        </Button>
      )}
    </Group>
  );
}
