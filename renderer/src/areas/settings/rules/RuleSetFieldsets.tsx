/**
 * The numbers of a rule set, grouped as the desk thinks of them: name and start, durations,
 * allowance, weekly hours and deadlines. The host quota and the waivable rules are in QuotaAndPolicies.
 */
import { Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
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

export function DurationFieldset({ form, readOnly }: FieldsetProps) {
  return (
    <Fieldset legend="Durata del tirocinio (mesi, proroghe comprese)">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <NumberField label="Durata minima" readOnly={readOnly} {...form.getInputProps('minMonths')} />
        <NumberField label="Minima per attività stagionali" description="Solo con deroga del coordinatore" readOnly={readOnly} {...form.getInputProps('seasonalMinMonths')} />
        {TARGET_CATEGORIES.map((c) => (
          <NumberField key={c} label={`Massimo: ${TARGET_CATEGORY_LABELS[c]}`} readOnly={readOnly} {...form.getInputProps(`maxMonthsByCategory.${c}`)} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        <NumberField
          label="Sospensione per maternità, malattia o infortunio: almeno"
          description="Giorni di calendario; i periodi più brevi sono assenze"
          suffix=" giorni"
          readOnly={readOnly}
          {...form.getInputProps('suspension.healthMinDays')}
        />
        <NumberField
          label="Sospensione per chiusura dell’ospitante: almeno"
          description="Giorni di calendario; i periodi più brevi sono assenze"
          suffix=" giorni"
          readOnly={readOnly}
          {...form.getInputProps('suspension.closureMinDays')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

export function AllowanceFieldset({ form, readOnly }: FieldsetProps) {
  return (
    <Fieldset legend="Indennità di partecipazione (lorda, al mese)">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <EuroInput label="Minimo pieno" readOnly={readOnly} {...form.getInputProps('allowance.fullMonthlyCents')} />
        <NumberField label="…per ore settimanali" suffix=" h" readOnly={readOnly} {...form.getInputProps('allowance.fullWeeklyHours')} />
        <EuroInput label="Minimo ridotto (mai sotto)" readOnly={readOnly} {...form.getInputProps('allowance.floorMonthlyCents')} />
        <NumberField label="…per ore settimanali" suffix=" h" readOnly={readOnly} {...form.getInputProps('allowance.floorWeeklyHours')} />
        <PercentInput
          label="Presenza per l’indennità piena"
          description="Sotto questa quota delle ore previste del mese l’indennità si riduce in proporzione"
          readOnly={readOnly}
          {...form.getInputProps('allowance.attendanceThreshold')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">
        Tra le due soglie il minimo è proporzionale alle ore settimanali.
      </Text>
    </Fieldset>
  );
}

export function LimitsFieldset({ form, readOnly }: FieldsetProps) {
  return (
    <Fieldset legend="Orario, tutor e scadenze">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberField label="Ore settimanali massime" description="Se il CCNL applicato non dice altro" suffix=" h" readOnly={readOnly} {...form.getInputProps('maxWeeklyHours')} />
        <NumberField label="Tirocinanti per tutor dell’ospitante" description="Seguiti nello stesso periodo" readOnly={readOnly} {...form.getInputProps('hostTutorMaxInterns')} />
        <NumberField label="Età minima del tirocinante" description="Anni compiuti il giorno dell’inizio" suffix=" anni" readOnly={readOnly} {...form.getInputProps('minAgeYears')} />
        <NumberField
          label="Comunicazione obbligatoria: giorni prima dell’avvio"
          description="1 = entro il giorno prima"
          readOnly={readOnly}
          {...form.getInputProps('noticeDaysBeforeStart')}
        />
        <PercentInput
          label="Presenza per l’attestazione finale"
          description="Sulle ore previste dell’intero tirocinio"
          readOnly={readOnly}
          {...form.getInputProps('finalCertificateAttendance')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

/** The periods of the host's declarations and of the person's prior work with the host (decision 0015). */
export function EligibilityFieldset({ form, readOnly }: FieldsetProps) {
  return (
    <Fieldset legend="Idoneità dell’ospitante e lavoro precedente (mesi)">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberField
          label="Validità delle dichiarazioni dell’ospitante"
          description="Quanto prima dell’inizio può essere datata"
          suffix=" mesi"
          readOnly={readOnly}
          {...form.getInputProps('eligibility.declarationValidMonths')}
        />
        <NumberField
          label="Senza licenziamenti né cassa integrazione"
          description="Per le stesse mansioni, nei mesi precedenti"
          suffix=" mesi"
          readOnly={readOnly}
          {...form.getInputProps('eligibility.layoffMonths')}
        />
        <NumberField
          label="Senza lavoro presso l’ospitante"
          description="La persona, nei mesi precedenti"
          suffix=" mesi"
          readOnly={readOnly}
          {...form.getInputProps('eligibility.priorWorkMonths')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
