/**
 * «Professione (codice ISTAT CP2011)» of the role (decision 0017). Once the office has imported ISTAT's
 * list it is searched by code or by words and the pick fills code and name; until then the code and
 * the name are typed, and kept exactly as typed (the schema only says when the code is not one).
 */
import { Loader, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { formatProfession } from '@shared/format/profession';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { SearchSelect, type SearchOption } from '../../../lib/SearchSelect';
import type { InternshipFormType } from './form-type';

const LABEL = 'Professione (codice ISTAT CP2011)';

function ProfessionSearch({ form }: { form: InternshipFormType }) {
  const values = form.getValues();
  // The names of the entries found so far: a pick gives back only the code.
  const names = useRef(new Map<string, string>());

  async function search(query: string): Promise<SearchOption[]> {
    const found = await api.call('professions.search', { query, limit: 30 });
    for (const p of found) names.current.set(p.code, p.name);
    return found.map((p) => ({ value: p.code, label: `${p.code} – ${p.name}` }));
  }

  return (
    <SearchSelect
      label={LABEL}
      description="Cerca per codice (es. 5.1.2) o per parole del nome (es. «commessi vendite»)"
      placeholder="Scrivi un codice o delle parole"
      maw={640}
      value={values.professionCode || null}
      selectedLabel={formatProfession(values.professionCode, values.professionName)}
      search={search}
      nothingFoundMessage="Nessuna professione trovata"
      error={form.errors.professionCode}
      onChange={(code) => {
        form.setFieldValue('professionCode', code ?? '');
        form.setFieldValue('professionName', code ? (names.current.get(code) ?? '') : '');
      }}
    />
  );
}

function ProfessionTyped({ form }: { form: InternshipFormType }) {
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={LABEL} placeholder="es. 5.1.2.2.0" {...form.getInputProps('professionCode')} />
        <TextInput label="Nome della professione" placeholder="es. Commessi delle vendite al minuto" {...form.getInputProps('professionName')} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        L’elenco ISTAT non è stato caricato: un amministratore lo carica da Impostazioni; intanto scrivi codice e nome.
      </Text>
    </Stack>
  );
}

export function ProfessionFields({ form }: { form: InternshipFormType }) {
  const status = useApiQuery('professions.status', {});
  if (status.loading && !status.data && !status.error) return <Loader size="sm" aria-label="Elenco delle professioni in caricamento" />;
  // Without the list (or without an answer about it) the fields are typed: the file can still say its profession.
  return status.data && status.data.count > 0 ? <ProfessionSearch form={form} /> : <ProfessionTyped form={form} />;
}
