/** The filters above the needs list; every one lives in the address, so it survives opening a need. */
import { Group } from '@mantine/core';
import { NEED_OFFERS, NEED_OFFER_LABELS, NEED_STATUSES, NEED_STATUS_LABELS } from '@shared/api/need-fields';
import { ClearFilters, codeOptions, FilterSelect, FilterSwitch } from '../../../lib/ListFilters';
import { OfficeFilter, type Offices } from '../../../lib/offices';
import { ProvinceSelect } from '../../../lib/ProvinceSelect';
import type { ListFilters } from '../../../lib/useListParams';
import { P, WAIT_DAYS } from './list-params';
import { NEED_FIELDS as F } from '@shared/fields/need';

interface NeedFiltersProps {
  filters: ListFilters;
  committees: string[];
  operators: { id: string; name: string }[];
  offices: Offices;
  canSeeDeleted: boolean;
  anyFilter: boolean;
  onClear(): void;
}

export function NeedFilters({ filters, committees, operators, offices, canSeeDeleted, anyFilter, onClear }: NeedFiltersProps) {
  const { params, update } = filters;
  return (
    <Group gap="sm" align="flex-end">
      <OfficeFilter offices={offices} value={params.get(P.site)} onChange={(v) => update({ [P.site]: v })} />
      <FilterSelect filters={filters} param={P.status} label="Stato" placeholder="Tutti" data={codeOptions(NEED_STATUSES, NEED_STATUS_LABELS)} w={180} />
      <ProvinceSelect placeholder="Tutte" value={params.get(P.province)} onChange={(v) => update({ [P.province]: v })} w={130} />
      <FilterSelect filters={filters} param={P.committee} label="Comitato AICS" placeholder="Tutti" searchable data={committees} w={190} />
      <FilterSelect filters={filters} param={P.operatorId} label="Operatore di riferimento" placeholder="Tutti" searchable data={operators.map((o) => ({ value: o.id, label: o.name }))} w={210} />
      <FilterSelect filters={filters} param={P.offer} label={F.offers.short} placeholder="Qualsiasi" data={codeOptions(NEED_OFFERS, NEED_OFFER_LABELS)} w={210} />
      <FilterSelect filters={filters} param={P.olderThanDays} label="In attesa da più di" placeholder="Qualsiasi" data={WAIT_DAYS.map((d) => ({ value: String(d), label: `${d} giorni` }))} w={160} />
      {canSeeDeleted && <FilterSwitch filters={filters} param={P.deleted} label="Mostra eliminati" />}
      <ClearFilters shown={anyFilter} onClear={onClear} />
    </Group>
  );
}
