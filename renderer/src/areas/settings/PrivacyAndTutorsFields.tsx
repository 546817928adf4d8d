/**
 * What the documents print and the office decides once: the DPO's contact and the retention periods
 * (informativa), and each promoter tutor's codice fiscale and role (PFI). Saved with «Salva le
 * impostazioni», like the rest of the page.
 */
import { ActionIcon, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import type { SettingsInput } from '@shared/api/settings';
import { useApiQuery } from '../../api/query';
import { NumberField } from '../../lib/NumberField';

interface Props {
  form: UseFormReturnType<SettingsInput>;
}

export function PrivacyFields({ form }: Props) {
  return (
    <Card withBorder component="section" aria-label="Privacy">
      <Stack>
        <Title order={4}>Privacy (informativa ai candidati)</Title>
        <TextInput
          label="Responsabile della protezione dei dati (DPO)"
          description="Nome e recapito, come li stampa l’informativa: vuoto, l’informativa lascia una riga da compilare a mano"
          placeholder="es. Avv. Maria Rossi, dpo@esempio.it"
          {...form.getInputProps('privacy.dpoContact')}
          value={form.getValues().privacy?.dpoContact ?? ''}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberField label="Conservazione dei profili senza tirocinio (mesi)" description="Dall’ultimo contatto" {...form.getInputProps('privacy.retention.candidateMonths')} />
          <NumberField label="Conservazione delle pratiche di tirocinio (anni)" description="Dalla fine del tirocinio" {...form.getInputProps('privacy.retention.internshipYears')} />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

export function PromoterTutorsFields({ form }: Props) {
  // The operators' names, as the internship form lists them for «Tutor del promotore».
  const options = useApiQuery('candidates.filterOptions', {});
  const operators = options.data?.operators ?? [];
  const tutors = form.getValues().promoterTutors ?? [];
  const taken = new Set(tutors.map((t) => t.operatorId));
  return (
    <Card withBorder component="section" aria-label="Tutor del soggetto promotore">
      <Stack>
        <Title order={4}>Tutor del soggetto promotore</Title>
        <Text size="sm" c="dimmed">
          Il progetto formativo stampa il codice fiscale e il ruolo del tutor che segue la pratica: senza, non si può preparare.
        </Text>
        {tutors.length === 0 && <Text size="sm">Nessun tutor indicato.</Text>}
        {tutors.map((t, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <Select
              label="Operatore"
              withAsterisk
              w={240}
              data={operators.map((o) => ({ value: o.id, label: o.name, disabled: o.id !== t.operatorId && taken.has(o.id) }))}
              {...form.getInputProps(`promoterTutors.${i}.operatorId`)}
            />
            <TextInput label="Codice fiscale" withAsterisk w={220} {...form.getInputProps(`promoterTutors.${i}.taxCode`)} />
            <TextInput label="Ruolo" withAsterisk placeholder="es. Orientatrice" style={{ flex: 1 }} {...form.getInputProps(`promoterTutors.${i}.role`)} />
            <ActionIcon variant="subtle" color="red" mt={28} aria-label={`Togli il tutor ${i + 1}`} onClick={() => form.removeListItem('promoterTutors', i)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconUserPlus size={16} />}
            onClick={() => form.insertListItem('promoterTutors', { operatorId: '', taxCode: '', role: '' })}
          >
            Aggiungi un tutor
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
