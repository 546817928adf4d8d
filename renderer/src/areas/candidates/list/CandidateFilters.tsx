/**
 * The filters above the candidates list. The common ones are always in view; the rest sit behind
 * "Altri filtri", which opens by itself when one of them is in use so nothing filters unseen.
 */
import { Button, Checkbox, Collapse, Group, SimpleGrid, TextInput } from '@mantine/core';
import { DateField } from '../../../lib/DateField';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  CANDIDATE_STATUSES,
  CANDIDATE_STATUS_LABELS,
  DRIVING_LICENCES,
  EDUCATION_LEVELS,
  EDUCATION_LEVEL_LABELS,
  SHIFTS,
  isRestrictedCategory,
  SHIFT_LABELS,
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
} from '@shared/api/candidates';
import { useSession } from '../../../auth/AuthProvider';
import { OfficeFilter, type Offices } from '../../../lib/offices';
import { ProvinceSelect } from '../../../lib/ProvinceSelect';
import { useDebouncedText } from '../../../lib/useDebouncedText';
import { countSet } from '../../../lib/list-address';
import { ClearFilters, codeOptions, FilterCheckbox, FilterSelect, FilterSwitch } from '../../../lib/ListFilters';
import type { ListFilters } from '../../../lib/useListParams';
import { AGE_MAX, AGE_MIN, AVAILABLE_NOW, MORE_FILTERS, P, readAge } from './list-params';
import { NumberField } from '../../../lib/NumberField';

interface CandidateFiltersProps {
  filters: ListFilters;
  operators: { id: string; name: string }[];
  offices: Offices;
  canSeeDeleted: boolean;
  anyFilter: boolean;
  onClear(): void;
}

function ageError(raw: string | null): string | null {
  if (!raw) return null;
  return readAge(raw) === null ? `Tra ${AGE_MIN} e ${AGE_MAX} anni` : null;
}

export function CandidateFilters({ filters, operators, offices, canSeeDeleted, anyFilter, onClear }: CandidateFiltersProps) {
  const { params, update } = filters;
  const session = useSession();
  // Filtering by a category this role may not see would list exactly the people it hides.
  const visibleCategories = TARGET_CATEGORIES.filter((c) => session.can('candidates.special') || !isRestrictedCategory(c));
  const moreInUse = countSet(params, MORE_FILTERS);
  const [open, setOpen] = useState(moreInUse > 0);
  // A saved filter or the back button may bring in hidden filters: show them.
  useEffect(() => {
    if (moreInUse > 0) setOpen(true);
  }, [moreInUse]);
  const [comune, setComune] = useDebouncedText(params.get(P.comune) ?? '', (v) => update({ [P.comune]: v.trim() || null }, { fromTyping: true }), 300);
  const available = params.get(P.availableBy);
  const availableNow = available === AVAILABLE_NOW;

  return (
    <>
      <Group gap="sm" align="flex-end">
        <OfficeFilter offices={offices} value={params.get(P.site)} onChange={(v) => update({ [P.site]: v })} />
        <FilterSelect filters={filters} param={P.status} label="Stato" placeholder="Tutti" data={codeOptions(CANDIDATE_STATUSES, CANDIDATE_STATUS_LABELS)} w={170} />
        <FilterSelect
          filters={filters}
          param={P.targetCategory}
          label="Categoria"
          placeholder="Tutte"
          data={codeOptions(visibleCategories, TARGET_CATEGORY_LABELS)}
          w={240}
          comboboxProps={{ width: 380, position: 'bottom-start' }}
        />
        <ProvinceSelect placeholder="Tutte" value={params.get(P.province)} onChange={(v) => update({ [P.province]: v })} w={130} />
        <TextInput label="Comune di residenza" placeholder="Es. Torino" value={comune} onChange={(e) => setComune(e.currentTarget.value)} w={190} />
        <FilterSelect filters={filters} param={P.operatorId} label="Operatore di riferimento" placeholder="Tutti" searchable data={operators.map((o) => ({ value: o.id, label: o.name }))} w={210} />
        <Button variant={open ? 'light' : 'default'} leftSection={<IconAdjustmentsHorizontal size={16} />} onClick={() => setOpen(!open)} aria-expanded={open}>
          Altri filtri{moreInUse > 0 ? ` (${moreInUse})` : ''}
        </Button>
        {canSeeDeleted && <FilterSwitch filters={filters} param={P.deleted} label="Mostra eliminati" />}
        <ClearFilters shown={anyFilter} onClear={onClear} />
      </Group>

      <Collapse in={open}>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="sm" pt="xs">
          <div>
            <DateField label="Disponibile entro il" value={availableNow || !available ? null : available} onChange={(v) => update({ [P.availableBy]: v })} disabled={availableNow} />
            <Checkbox
              mt={6}
              size="xs"
              label="Disponibile da subito"
              checked={availableNow}
              onChange={(e) => update({ [P.availableBy]: e.currentTarget.checked ? AVAILABLE_NOW : null })}
            />
          </div>
          <FilterSelect filters={filters} param={P.shift} label="Turno" placeholder="Qualsiasi" data={codeOptions(SHIFTS, SHIFT_LABELS)} />
          <FilterSelect filters={filters} param={P.licence} label="Patente" placeholder="Qualsiasi" data={[...DRIVING_LICENCES]} />
          <FilterSelect filters={filters} param={P.educationMin} label="Titolo di studio (almeno)" placeholder="Qualsiasi" data={codeOptions(EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS)} />
          <AgeField filters={filters} param={P.ageMin} label="Età minima" placeholder={AGE_MIN} />
          <AgeField filters={filters} param={P.ageMax} label="Età massima" placeholder={AGE_MAX} />
          <FilterCheckbox filters={filters} param={P.ownVehicle} mt={28} label="Solo con auto propria" />
        </SimpleGrid>
      </Collapse>
    </>
  );
}

/** An age bound kept in the address as typed, with a word when the list cannot use it. */
function AgeField({ filters, param, label, placeholder }: { filters: ListFilters; param: string; label: string; placeholder: number }) {
  const raw = filters.params.get(param);
  return <NumberField label={label} placeholder={String(placeholder)} value={raw ?? ''} onChange={(v) => filters.update({ [param]: v === '' ? null : String(v) })} error={ageError(raw)} />;
}
