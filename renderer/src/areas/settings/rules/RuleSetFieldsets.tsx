/**
 * The numbers of a rule set, grouped as the desk thinks of them: name and start, durations,
 * allowance, weekly hours and deadlines. The host quota and the waivable rules are in QuotaAndPolicies.
 */
import { Fieldset, SimpleGrid, Stack, Text, TextInput, type SimpleGridProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { TARGET_CATEGORIES, TARGET_CATEGORY_LABELS } from '@shared/api/candidate-fields';
import type { RuleSetFieldsInput } from '@shared/api/rule-sets';
import { INTERNSHIP_TYPE_LABELS, INTERNSHIP_TYPES } from '@shared/rules/internship-rules';
import { DateField } from '../../../lib/DateField';
import { EuroInput, PercentInput } from './UnitInputs';
import { NumberField } from '../../../lib/NumberField';

export type RuleSetForm = UseFormReturnType<RuleSetFieldsInput>;
export interface FieldsetProps {
  form: RuleSetForm;
  readOnly: boolean;
}

export function GeneralFieldset({ form, readOnly }: FieldsetProps) {
  return (
    <Fieldset legend="Versione">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Nome" description="Come la leggono gli operatori, es. «Regione Piemonte – DGR … del …»" withAsterisk={!readOnly} readOnly={readOnly} {...form.getInputProps('name')} />
        <DateField
          label="In vigore dal"
          description="Le pratiche che iniziano da questo giorno seguono questa versione"
          withAsterisk={!readOnly}
          readOnly={readOnly}
          clearable={!readOnly}
          {...form.getInputProps('validFrom')}
        />
      </SimpleGrid>
      <Stack gap="xs" mt="sm">
        {INTERNSHIP_TYPES.map((t) => (
          <TextInput key={t} label={`Norma: ${INTERNSHIP_TYPE_LABELS[t]}`} withAsterisk={!readOnly} readOnly={readOnly} {...form.getInputProps(`legalBasisByType.${t}`)} />
        ))}
      </Stack>
    </Fieldset>
  );
}

/** One number of the rule set, in the unit the desk reads it in; the box is bound to `path` in the form. */
interface RuleNumber {
  path: string;
  label: string;
  description?: string;
  suffix?: string;
  unit?: 'euro' | 'percent';
}

const UNIT_INPUTS = { euro: EuroInput, percent: PercentInput };

function RuleNumbers({ form, readOnly, fields, cols, mt }: FieldsetProps & { fields: readonly RuleNumber[]; cols: SimpleGridProps['cols']; mt?: 'sm' }) {
  return (
    <SimpleGrid cols={cols} mt={mt}>
      {fields.map(({ path, unit, ...box }) => {
        const Input = unit ? UNIT_INPUTS[unit] : NumberField;
        return <Input key={path} {...box} readOnly={readOnly} {...form.getInputProps(path)} />;
      })}
    </SimpleGrid>
  );
}

const DURATION: readonly RuleNumber[] = [
  { path: 'minMonths', label: 'Durata minima' },
  { path: 'seasonalMinMonths', label: 'Minima per attività stagionali', description: 'Solo con deroga del coordinatore' },
  ...TARGET_CATEGORIES.map((c) => ({ path: `maxMonthsByCategory.${c}`, label: `Massimo: ${TARGET_CATEGORY_LABELS[c]}` })),
];

const SUSPENSION_NOTE = 'Giorni di calendario; i periodi più brevi sono assenze';
const SUSPENSION: readonly RuleNumber[] = [
  { path: 'suspension.healthMinDays', label: 'Sospensione per maternità, malattia o infortunio: almeno', description: SUSPENSION_NOTE, suffix: ' giorni' },
  { path: 'suspension.closureMinDays', label: 'Sospensione per chiusura dell’ospitante: almeno', description: SUSPENSION_NOTE, suffix: ' giorni' },
];

export function DurationFieldset(props: FieldsetProps) {
  return (
    <Fieldset legend="Durata del tirocinio (mesi, proroghe comprese)">
      <RuleNumbers {...props} fields={DURATION} cols={{ base: 1, sm: 2, md: 4 }} />
      <RuleNumbers {...props} fields={SUSPENSION} cols={{ base: 1, sm: 2 }} mt="sm" />
    </Fieldset>
  );
}

const ALLOWANCE: readonly RuleNumber[] = [
  { path: 'allowance.fullMonthlyCents', label: 'Minimo pieno', unit: 'euro' },
  { path: 'allowance.fullWeeklyHours', label: '…per ore settimanali', suffix: ' h' },
  { path: 'allowance.floorMonthlyCents', label: 'Minimo ridotto (mai sotto)', unit: 'euro' },
  { path: 'allowance.floorWeeklyHours', label: '…per ore settimanali', suffix: ' h' },
  {
    path: 'allowance.attendanceThreshold',
    label: 'Presenza per l’indennità piena',
    description: 'Sotto questa quota delle ore previste del mese l’indennità si riduce in proporzione',
    unit: 'percent',
  },
];

export function AllowanceFieldset(props: FieldsetProps) {
  return (
    <Fieldset legend="Indennità di partecipazione (lorda, al mese)">
      <RuleNumbers {...props} fields={ALLOWANCE} cols={{ base: 1, sm: 2 }} />
      <Text size="xs" c="dimmed" mt="xs">
        Tra le due soglie il minimo è proporzionale alle ore settimanali.
      </Text>
    </Fieldset>
  );
}

const LIMITS: readonly RuleNumber[] = [
  { path: 'maxWeeklyHours', label: 'Ore settimanali massime', description: 'Se il CCNL applicato non dice altro', suffix: ' h' },
  { path: 'hostTutorMaxInterns', label: 'Tirocinanti per tutor dell’ospitante', description: 'Seguiti nello stesso periodo' },
  { path: 'minAgeYears', label: 'Età minima del tirocinante', description: 'Anni compiuti il giorno dell’inizio', suffix: ' anni' },
  { path: 'noticeDaysBeforeStart', label: 'Comunicazione obbligatoria: giorni prima dell’avvio', description: '1 = entro il giorno prima' },
  { path: 'finalCertificateAttendance', label: 'Presenza per l’attestazione finale', description: 'Sulle ore previste dell’intero tirocinio', unit: 'percent' },
];

const ELIGIBILITY: readonly RuleNumber[] = [
  { path: 'eligibility.declarationValidMonths', label: 'Validità delle dichiarazioni dell’ospitante', description: 'Quanto prima dell’inizio può essere datata', suffix: ' mesi' },
  { path: 'eligibility.layoffMonths', label: 'Senza licenziamenti né cassa integrazione', description: 'Per le stesse mansioni, nei mesi precedenti', suffix: ' mesi' },
  { path: 'eligibility.priorWorkMonths', label: 'Senza lavoro presso l’ospitante', description: 'La persona, nei mesi precedenti', suffix: ' mesi' },
];

/** A fieldset that is only numbers: its legend, and the boxes in a grid. */
const numbersFieldset = (legend: string, fields: readonly RuleNumber[], cols: SimpleGridProps['cols']) =>
  function NumbersFieldset(props: FieldsetProps) {
    return (
      <Fieldset legend={legend}>
        <RuleNumbers {...props} fields={fields} cols={cols} />
      </Fieldset>
    );
  };

export const LimitsFieldset = numbersFieldset('Orario, tutor e scadenze', LIMITS, { base: 1, sm: 2 });

/** The periods of the host's declarations and of the person's prior work with the host (decision 0015). */
export const EligibilityFieldset = numbersFieldset('Idoneità dell’ospitante e lavoro precedente (mesi)', ELIGIBILITY, { base: 1, sm: 3 });
