/**
 * The filters above the candidates list. The common ones are always in view; the rest sit behind
 * "Altri filtri", which opens by itself when one of them is in use so nothing filters unseen.
 */
import { Button, Checkbox, Collapse, Group, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { DateField } from '../../../lib/DateField';
import { IconAdjustmentsHorizontal, IconFilterOff } from '@tabler/icons-react';
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
import { AGE_MAX, AGE_MIN, AVAILABLE_NOW, countSet, MORE_FILTERS, P, readAge, type UpdateFilters } from './list-params';
import { NumberField } from '../../../lib/NumberField';

interface CandidateFiltersProps {
  params: URLSearchParams;
  update: UpdateFilters;
  operators: { id: string; name: string }[];
  offices: Offices;
  canSeeDeleted: boolean;
  anyFilter: boolean;
  onClear(): void;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));

function ageError(raw: string | null): string | null {
  if (!raw) return null;
  return readAge(raw) === null ? `Tra ${AGE_MIN} e ${AGE_MAX} anni` : null;
}

export function CandidateFilters({ params, update, operators, offices, canSeeDeleted, anyFilter, onClear }: CandidateFiltersProps) {
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
        <OfficeFilter offices={offices} value={params.get(P.office)} onChange={(v) => update({ [P.office]: v })} />
        <Select
          label="Stato"
          placeholder="Tutti"
          clearable
          data={options(CANDIDATE_STATUSES, CANDIDATE_STATUS_LABELS)}
          value={params.get(P.status)}
          onChange={(v) => update({ [P.status]: v })}
          w={170}
        />
        <Select
          label="Categoria"
          placeholder="Tutte"
          clearable
          data={options(visibleCategories, TARGET_CATEGORY_LABELS)}
          value={params.get(P.category)}
          onChange={(v) => update({ [P.category]: v })}
          w={240}
          comboboxProps={{ width: 380, position: 'bottom-start' }}
        />
        <ProvinceSelect placeholder="Tutte" value={params.get(P.province)} onChange={(v) => update({ [P.province]: v })} w={130} />
        <TextInput label="Comune di residenza" placeholder="Es. Torino" value={comune} onChange={(e) => setComune(e.currentTarget.value)} w={190} />
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
        <Button
          variant={open ? 'light' : 'default'}
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          Altri filtri{moreInUse > 0 ? ` (${moreInUse})` : ''}
        </Button>
        {canSeeDeleted && (
          <Switch
            label="Mostra eliminati"
            checked={params.get(P.deleted) === '1'}
            onChange={(e) => update({ [P.deleted]: e.currentTarget.checked ? '1' : null })}
            mb={8}
          />
        )}
        {anyFilter && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
            Togli tutti i filtri
          </Button>
        )}
      </Group>

      <Collapse in={open}>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="sm" pt="xs">
          <div>
            <DateField
              label="Disponibile entro il"
              value={availableNow || !available ? null : available}
              onChange={(v) => update({ [P.availableBy]: v })}
              disabled={availableNow}
            />
            <Checkbox
              mt={6}
              size="xs"
              label="Disponibile da subito"
              checked={availableNow}
              onChange={(e) => update({ [P.availableBy]: e.currentTarget.checked ? AVAILABLE_NOW : null })}
            />
          </div>
          <Select label="Turno" placeholder="Qualsiasi" clearable data={options(SHIFTS, SHIFT_LABELS)} value={params.get(P.shift)} onChange={(v) => update({ [P.shift]: v })} />
          <Select label="Patente" placeholder="Qualsiasi" clearable data={[...DRIVING_LICENCES]} value={params.get(P.licence)} onChange={(v) => update({ [P.licence]: v })} />
          <Select
            label="Titolo di studio (almeno)"
            placeholder="Qualsiasi"
            clearable
            data={options(EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS)}
            value={params.get(P.education)}
            onChange={(v) => update({ [P.education]: v })}
          />
          <NumberField
            label="Età minima"
            placeholder={String(AGE_MIN)}
            value={params.get(P.ageMin) ?? ''}
            onChange={(v) => update({ [P.ageMin]: v === '' ? null : String(v) })}
            error={ageError(params.get(P.ageMin))}
          />
          <NumberField
            label="Età massima"
            placeholder={String(AGE_MAX)}
            value={params.get(P.ageMax) ?? ''}
            onChange={(v) => update({ [P.ageMax]: v === '' ? null : String(v) })}
            error={ageError(params.get(P.ageMax))}
          />
          <Checkbox
            mt={28}
            label="Solo con auto propria"
            checked={params.get(P.ownVehicle) === '1'}
            onChange={(e) => update({ [P.ownVehicle]: e.currentTarget.checked ? '1' : null })}
          />
        </SimpleGrid>
      </Collapse>
    </>
  );
}
