/**
 * The retention periods the list counts with (decision 0027). Who manages the settings changes them
 * here; a coordinator reads them. A number out of range is refused with the contract's Italian
 * message beside its box and nothing is saved: the box never rewrites what was typed.
 */
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { retentionSchema, type RetentionPeriods } from '@shared/api/settings';
import { count } from '@shared/text/plural';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { NumberField } from '../../../lib/NumberField';
import { showApiError, showSaved } from '../../../lib/form-errors';

type PeriodsInput = { candidateMonths: number | string; internshipYears: number | string };

export function RetentionPeriodsCard({ periods }: { periods: RetentionPeriods }) {
  const canEdit = useSession().can('settings.manage');
  return (
    <Card withBorder component="section" aria-label="Periodi di conservazione">
      <Stack gap="xs">
        <Title order={4}>Periodi di conservazione</Title>
        {canEdit ? (
          <PeriodsForm periods={periods} />
        ) : (
          <>
            <Text size="sm">
              Profili senza tirocinio: {count(periods.candidateMonths, 'mese', 'mesi')} dall’ultima attività. Pratiche di tirocinio e loro documenti:{' '}
              {count(periods.internshipYears, 'anno', 'anni')} dalla conclusione.
            </Text>
            <Text size="xs" c="dimmed">
              Li cambia un amministratore; sono stampati anche nell’informativa ai candidati.
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}

function PeriodsForm({ periods }: { periods: RetentionPeriods }) {
  const [saving, setSaving] = useState(false);
  const form = useForm<PeriodsInput>({ mode: 'controlled', initialValues: periods, validate: zod4Resolver(retentionSchema) });

  async function save(values: PeriodsInput) {
    setSaving(true);
    try {
      const saved = await api.call('privacy.updateRetention', retentionSchema.parse(values));
      form.setValues(saved);
      form.resetDirty(saved);
      showSaved('L’elenco «Da rivedere» e l’informativa usano i nuovi periodi.', 'Periodi salvati');
    } catch (e) {
      showApiError(e, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberField
            label="Profili senza tirocinio (mesi)"
            description="Dall’ultima attività: modifica del profilo, colloquio, proposta o pratica"
            {...form.getInputProps('candidateMonths')}
          />
          <NumberField
            label="Pratiche di tirocinio e loro documenti (anni)"
            description="Dalla conclusione o interruzione dell’ultimo tirocinio"
            {...form.getInputProps('internshipYears')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="light" loading={saving} disabled={!form.isDirty()}>
            Salva i periodi
          </Button>
          <Text size="xs" c="dimmed">
            Valgono anche per l’informativa. Predefiniti: 24 mesi (scelta dell’ufficio, da confermare con il DPO) e 10 anni (art. 2220 c.c., controlli della Regione).
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
