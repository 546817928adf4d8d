/** First start: this office, the promoter organisation, the first administrator. */
import { Alert, Button, Center, Group, Paper, PasswordInput, Select, SimpleGrid, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { setupSchema, type SetupInput } from '@shared/api/auth';
import { OFFICE_KIND_LABELS, OFFICE_KINDS } from '@shared/api/settings';
import { api } from '../api/client';
import { showApiError } from '../lib/form-errors';
import { PromoterFields } from '../areas/settings/PromoterFields';
import { useAuth } from './AuthProvider';

const STEPS = ['office', 'promoter', 'admin'] as const;

export function SetupWizard() {
  const { refresh } = useAuth();
  const [step, setStep] = useState(0);
  const [saving, setSaving] = useState(false);
  const form = useForm<SetupInput>({
    mode: 'controlled',
    initialValues: {
      office: { name: '', code: '', kind: 'sportello' },
      promoter: { name: 'Exar Società Cooperativa Sociale', taxCode: '' },
      admin: { username: '', fullName: '', password: '', passwordConfirm: '' },
    },
    validate: zod4Resolver(setupSchema),
  });

  /** Validates only the fields of the current step, so later steps do not shout early. */
  function stepIsValid(index: number): boolean {
    const prefix = `${STEPS[index]}.`;
    const { errors } = form.validate();
    const own = Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith(prefix)));
    form.setErrors(own);
    return Object.keys(own).length === 0;
  }

  async function finish() {
    if (!stepIsValid(2)) return;
    setSaving(true);
    try {
      await api.call('setup.complete', form.getValues());
      await refresh();
    } catch (error) {
      showApiError(error, form);
      const firstStep = STEPS.findIndex((s) => Object.keys(form.errors).some((k) => k.startsWith(`${s}.`)));
      if (firstStep >= 0) setStep(firstStep);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={760}>
        <Stack>
          <div>
            <Title order={1}>Benvenuto: configuriamo lo sportello</Title>
            <Text c="dimmed">Tre passi, da fare una sola volta. Potrai cambiare tutto in seguito da «Impostazioni».</Text>
          </div>
          <Stepper active={step} onStepClick={(i) => i < step && setStep(i)} allowNextStepsSelect={false}>
            <Stepper.Step label="Sportello" description="Questa sede">
              <Stack mt="md">
                <TextInput label="Nome dello sportello" placeholder="Sportello di Torino" withAsterisk {...form.getInputProps('office.name')} />
                <SimpleGrid cols={2}>
                  <TextInput label="Codice sportello" description="Breve e unico tra le sedi, es. TO01" withAsterisk {...form.getInputProps('office.code')} />
                  <Select
                    label="Tipo di sede"
                    withAsterisk
                    allowDeselect={false}
                    data={OFFICE_KINDS.map((k) => ({ value: k, label: OFFICE_KIND_LABELS[k] }))}
                    {...form.getInputProps('office.kind')}
                  />
                </SimpleGrid>
              </Stack>
            </Stepper.Step>
            <Stepper.Step label="Ente promotore" description="Dati sui documenti">
              <Stack mt="md">
                <Text size="sm" c="dimmed">Questi dati compaiono nelle convenzioni e nei progetti formativi.</Text>
                <PromoterFields form={form} prefix="promoter" />
              </Stack>
            </Stepper.Step>
            <Stepper.Step label="Amministratore" description="Il primo utente">
              <Stack mt="md">
                <SimpleGrid cols={2}>
                  <TextInput label="Nome e cognome" withAsterisk {...form.getInputProps('admin.fullName')} />
                  <TextInput label="Nome utente" description="Servirà per accedere" withAsterisk autoComplete="username" {...form.getInputProps('admin.username')} />
                  <PasswordInput label="Password" description="Almeno 10 caratteri" withAsterisk autoComplete="new-password" {...form.getInputProps('admin.password')} />
                  <PasswordInput label="Ripeti la password" withAsterisk autoComplete="new-password" {...form.getInputProps('admin.passwordConfirm')} />
                </SimpleGrid>
                <Alert color="blue" variant="light">
                  L’amministratore crea gli altri operatori e gestisce le impostazioni. Conserva la password: non è recuperabile.
                </Alert>
              </Stack>
            </Stepper.Step>
          </Stepper>
          <Group justify="space-between">
            <Button variant="default" disabled={step === 0} onClick={() => setStep((s) => s - 1)}>
              Indietro
            </Button>
            {step < 2 ? (
              <Button onClick={() => stepIsValid(step) && setStep((s) => s + 1)}>Avanti</Button>
            ) : (
              <Button loading={saving} onClick={() => void finish()}>
                Completa la configurazione
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
