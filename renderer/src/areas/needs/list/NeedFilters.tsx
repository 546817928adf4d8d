/** The filters above the needs list; every one lives in the address, so it survives opening a need. */
import { Button, Group, Select, Switch } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { NEED_OFFERS, NEED_OFFER_LABELS, NEED_STATUSES, NEED_STATUS_LABELS } from '@shared/api/need-fields';
import { OfficeFilter, type Offices } from '../../../lib/offices';
import { ProvinceSelect } from '../../../lib/ProvinceSelect';
import { P, WAIT_DAYS, type UpdateFilters } from './list-params';
import { NEED_FIELDS as F } from '@shared/fields/need';

interface NeedFiltersProps {
  params: URLSearchParams;
  update: UpdateFilters;
  committees: string[];
  operators: { id: string; name: string }[];
  offices: Offices;
  canSeeDeleted: boolean;
  anyFilter: boolean;
  onClear(): void;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));

export function NeedFilters({ params, update, committees, operators, offices, canSeeDeleted, anyFilter, onClear }: NeedFiltersProps) {
  return (
    <Group gap="sm" align="flex-end">
      <OfficeFilter offices={offices} value={params.get(P.office)} onChange={(v) => update({ [P.office]: v })} />
      <Select label="Stato" placeholder="Tutti" clearable data={options(NEED_STATUSES, NEED_STATUS_LABELS)} value={params.get(P.status)} onChange={(v) => update({ [P.status]: v })} w={180} />
      <ProvinceSelect placeholder="Tutte" value={params.get(P.province)} onChange={(v) => update({ [P.province]: v })} w={130} />
      <Select
        label="Comitato AICS"
        placeholder="Tutti"
        clearable
        searchable
        data={committees}
        value={params.get(P.committee)}
        onChange={(v) => update({ [P.committee]: v })}
        w={190}
      />
      <Select
        label="Operatore di riferimento"
        placeholder="Tutti"
        clearable
        searchable
        data={operators.map((o) => ({ value: o.id, label: o.name }))}
        value={params.get(P.operator)}
        onChange={(v) => update({ [P.operator]: v })}
        w={210}
      />
      <Select label={F.offers.short} placeholder="Qualsiasi" clearable data={options(NEED_OFFERS, NEED_OFFER_LABELS)} value={params.get(P.offer)} onChange={(v) => update({ [P.offer]: v })} w={210} />
      <Select
        label="In attesa da più di"
        placeholder="Qualsiasi"
        clearable
        data={WAIT_DAYS.map((d) => ({ value: String(d), label: `${d} giorni` }))}
        value={params.get(P.olderThanDays)}
        onChange={(v) => update({ [P.olderThanDays]: v })}
        w={160}
      />
      {canSeeDeleted && (
        <Switch label="Mostra eliminati" checked={params.get(P.deleted) === '1'} onChange={(e) => update({ [P.deleted]: e.currentTarget.checked ? '1' : null })} mb={8} />
      )}
      {anyFilter && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Togli tutti i filtri
        </Button>
      )}
    </Group>
  );
}
