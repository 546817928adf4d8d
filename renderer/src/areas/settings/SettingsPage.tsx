import { Anchor, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { OFFICE_KIND_LABELS, OFFICE_KINDS, settingsSchema, type SettingsInput } from '@shared/api/settings';
import { api, errorMessage } from '../../api/client';
import { apiQuery } from '../../api/query';
import { showApiError, showSaved } from '../../lib/form-errors';
import { useAuth } from '../../auth/AuthProvider';
import { PromoterFields } from './PromoterFields';
import { PrivacyFields, PromoterTutorsFields } from './PrivacyAndTutorsFields';
import { LoadError } from '../../app/LoadError';
import { Link } from 'react-router';
import { LogoCard } from '../documents/LogoCard';
import { TrustListCard } from '../documents/TrustListCard';
import { NumberField } from '../../lib/NumberField';

export function SettingsPage() {
  const { refresh } = useAuth();
  const settings = useQuery(apiQuery('settings.get', {}));
  const [saving, setSaving] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const form = useForm<SettingsInput>({
    mode: 'controlled',
    initialValues: { office: { name: '', code: '', kind: 'sportello' }, promoter: { name: '', taxCode: '' }, idleLockMinutes: 15 },
    validate: zod4Resolver(settingsSchema),
  });

  // The values as they are now (not an answer cached on an earlier visit) fill the form once, on
  // entry; the form owns them afterwards, and later refreshes of the answer leave it alone.
  const fresh = settings.isFetchedAfterMount && !settings.error ? settings.data : undefined;
  useEffect(() => {
    if (!fresh || loaded) return;
    form.setValues(fresh);
    form.resetDirty(fresh);
    setLoaded(true);
    // `form` is a new object at every render; the first fresh answer is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fresh, loaded]);

  async function save(values: SettingsInput) {
    setSaving(true);
    try {
      const saved = await api.call('settings.update', values);
      form.resetDirty(saved);
      showSaved('Impostazioni aggiornate.');
      await refresh();
    } catch (e) {
      showApiError(e, form);
    } finally {
      setSaving(false);
    }
  }

  if (settings.error && !loaded) return <LoadError message={errorMessage(settings.error)} />;
  // Until the saved values arrive, nothing may be typed that they would overwrite.
  if (!loaded) return <Loader />;

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))}>
      <Stack maw={900}>
        <Title order={1}>Impostazioni</Title>
        <Card withBorder>
          <Stack>
            <Title order={4}>Questo sportello</Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Nome" withAsterisk {...form.getInputProps('office.name')} />
              <TextInput label="Codice" withAsterisk {...form.getInputProps('office.code')} />
              <Select label="Tipo" allowDeselect={false} data={OFFICE_KINDS.map((k) => ({ value: k, label: OFFICE_KIND_LABELS[k] }))} {...form.getInputProps('office.kind')} />
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Title order={4}>Ente promotore</Title>
            <PromoterFields form={form} prefix="promoter" />
          </Stack>
        </Card>
        <PromoterTutorsFields form={form} />
        <PrivacyFields form={form} />
        <Card withBorder>
          <Stack>
            <Title order={4}>Sicurezza</Title>
            <NumberField label="Blocco per inattività (minuti)" description="Dopo questo tempo senza attività serve di nuovo la password" w={300} {...form.getInputProps('idleLockMinutes')} />
          </Stack>
        </Card>
        <Group>
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            Salva le impostazioni
          </Button>
          {form.isDirty() && <Text size="sm" c="dimmed">Ci sono modifiche non salvate.</Text>}
        </Group>
        {/* Documenti Word: saved at once, apart from «Salva le impostazioni». */}
        <Title order={3} mt="md">
          Documenti Word
        </Title>
        <LogoCard />
        <TrustListCard />
        <Card withBorder component="section" aria-label="Modelli dei documenti">
          <Stack gap="xs" align="flex-start">
            <Title order={4}>Modelli dei documenti</Title>
            <Text size="sm" c="dimmed">
              Convenzione, progetto formativo, registro presenze, attestazione e informativa: si preparano con il testo incluso nel programma o con un modello
              Word dell’ufficio.
            </Text>
            <Anchor component={Link} to="/impostazioni/modelli" size="sm">
              Vedi e carica i modelli →
            </Anchor>
          </Stack>
        </Card>
        <Card withBorder component="section" aria-label="Classificazione delle professioni (ISTAT CP2011)">
          <Stack gap="xs" align="flex-start">
            <Title order={4}>Classificazione delle professioni (ISTAT CP2011)</Title>
            <Text size="sm" c="dimmed">
              L’elenco dell’ISTAT in cui la pratica di tirocinio cerca la professione di riferimento, stampata nel progetto formativo e nell’attestazione.
            </Text>
            <Anchor component={Link} to="/impostazioni/professioni" size="sm">
              Vedi e carica l’elenco →
            </Anchor>
          </Stack>
        </Card>
      </Stack>
    </form>
  );
}
