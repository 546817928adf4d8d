/**
 * Adding a comune's patron day, or correcting one, in a dialog over the list. The date is picked
 * (day and month, or «primo martedì di maggio»), never typed as a code; refusals appear next to
 * their field and the dialog keeps what was chosen.
 */
import { SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { PatronDayView } from '@shared/api/patron-days';
import { ITALIAN_MONTHS } from '@shared/rules/calendar';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { showSaved } from '../../../lib/form-errors';
import { dataFieldErrors, DialogButtons, FormDialog, useDialogSave } from '../../../lib/FormDialog';
import { ruleOf, valuesOf, type RuleMode, type RuleValues } from './rule-values';

export type PatronDayDialogState = { kind: 'create' } | { kind: 'edit'; day: PatronDayView } | null;

type Values = RuleValues & { comuneCode: string | null; saint: string; source: string };

const MONTHS = ITALIAN_MONTHS.map((m, i) => ({ value: String(i + 1), label: m }));
const DAYS = Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
const ORDINALS = ['primo', 'secondo', 'terzo', 'quarto', 'quinto'].map((l, i) => ({ value: String(i + 1), label: l }));
const WEEKDAYS = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'].map((l, i) => ({ value: String(i + 1), label: l }));

/** The comuni list searched as one types: the choice is a Belfiore code, shown as «Torino (TO)». */
function ComuneSelect({ value, onChange, error }: { value: string | null; onChange(code: string | null): void; error?: React.ReactNode }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  // The last answer stays while the next is on its way, and when the text gets too short to search.
  const found = useApiQuery('reference.searchComuni', { query }, { enabled: query.length >= 2, keepPrevious: true });
  const options = (found.data ?? []).map((c) => ({ value: c.code, label: `${c.name}${c.province ? ` (${c.province})` : ''}` }));
  return (
    <Select
      label="Comune"
      withAsterisk
      searchable
      data-autofocus
      placeholder="Scrivi almeno due lettere"
      // Before two letters no list opens (the placeholder says what to do): an open list with no choice in it is an empty listbox (axe, issue 16).
      nothingFoundMessage={query.length < 2 ? undefined : 'Nessun comune con questo nome'}
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      error={error}
    />
  );
}

function PatronDayForm({ day, onSaved, onCancel }: { day: PatronDayView | null; onSaved(): void; onCancel(): void }) {
  // A shipped entry being corrected becomes a new row of this office for the same comune.
  const row = day && day.id !== null ? day : null;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { ...valuesOf(day ? day.rule : ''), comuneCode: day?.comuneCode ?? null, saint: day?.saint ?? '', source: row?.source ?? '' },
  });
  const v = form.getValues();
  // The rule is one field to the core, two or three boxes here: its error goes under the day picked.
  const fieldErrors = dataFieldErrors(form.setErrors, (k) => (k === 'rule' ? (v.mode === 'settimana' ? 'weekday' : 'day') : k));
  const { saving, save: run } = useDialogSave('patronDays.list', fieldErrors);

  const save = (values: Values) =>
    run(async () => {
      const data = { comuneCode: values.comuneCode ?? '', rule: ruleOf(values), saint: values.saint, source: values.source };
      const saved = row ? await api.call('patronDays.update', { id: row.id!, hlc: row.hlc!, data }) : await api.call('patronDays.create', data);
      showSaved(`Festa patronale di ${saved.comune}: ${saved.ruleText}. Vale per le ore previste e i registri delle pratiche di quel comune.`);
      onSaved();
    });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void save(values))}>
      <Stack>
        {day ? (
          <Text fw={500}>
            {day.comune}
            {day.province ? ` (${day.province})` : ''}
          </Text>
        ) : (
          <ComuneSelect value={v.comuneCode} onChange={(code) => form.setFieldValue('comuneCode', code)} error={form.errors.comuneCode} />
        )}
        <SegmentedControl
          aria-label="Che giorno è"
          data={[
            { value: 'data', label: 'Una data' },
            { value: 'settimana', label: 'Un giorno della settimana' },
            { value: 'nessuna', label: 'Nessuna festa' },
          ]}
          {...form.getInputProps('mode')}
          onChange={(mode) => form.setFieldValue('mode', mode as RuleMode)}
        />
        {v.mode === 'data' && (
          <SimpleGrid cols={2}>
            <Select label="Giorno" data={DAYS} withAsterisk {...form.getInputProps('day')} />
            <Select label="Mese" data={MONTHS} withAsterisk {...form.getInputProps('month')} />
          </SimpleGrid>
        )}
        {v.mode === 'settimana' && (
          <SimpleGrid cols={3}>
            <Select label="Quale" data={ORDINALS} withAsterisk {...form.getInputProps('nth')} />
            <Select label="Giorno" data={WEEKDAYS} withAsterisk {...form.getInputProps('weekday')} />
            <Select label="Mese" data={MONTHS} withAsterisk {...form.getInputProps('month')} />
          </SimpleGrid>
        )}
        {v.mode === 'nessuna' && <Text size="sm">Il comune non ha una festa patronale che sia giorno festivo: nessun giorno tolto dalle ore previste.</Text>}
        <TextInput label="Santo patrono" placeholder="San Giovanni Battista" {...form.getInputProps('saint')} />
        <TextInput label="Fonte" description="Da dove viene la data: statuto comunale, contratto collettivo, sito del comune…" {...form.getInputProps('source')} />
        <DialogButtons saving={saving} saveLabel={row ? 'Salva' : 'Aggiungi'} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function PatronDayDialog({ state, onClose, onSaved }: { state: PatronDayDialogState; onClose(): void; onSaved(): void }) {
  const title = state?.kind === 'edit' ? `Correggi la festa patronale di ${state.day.comune}` : 'Aggiungi la festa patronale di un comune';
  return (
    <FormDialog opened={state !== null} onClose={onClose} title={title}>
      {state && <PatronDayForm key={state.kind === 'edit' ? state.day.comuneCode : 'new'} day={state.kind === 'edit' ? state.day : null} onSaved={onSaved} onCancel={onClose} />}
    </FormDialog>
  );
}
