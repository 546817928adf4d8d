import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ApiCallError } from '@shared/api/errors';
import { api } from '../api/client';
import { useAuth } from './AuthProvider';

export function LoginPage({ officeName, notice }: { officeName: string | null; notice: string | null }) {
  const { loggedIn } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : 'Inserisci il nome utente'),
      password: (v) => (v ? null : 'Inserisci la password'),
    },
  });

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      loggedIn(await api.call('auth.login', values));
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error.message : 'Accesso non riuscito. Riprova.');
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={380}>
        <form onSubmit={form.onSubmit((v) => void submit(v))}>
          <Stack>
            <div>
              <Title order={1}>Accedi</Title>
              <Text c="dimmed">{officeName ?? 'Exar – Sportello tirocini'}</Text>
            </div>
            {notice && <Alert color="yellow">{notice}</Alert>}
            {error && <Alert color="red">{error}</Alert>}
            <TextInput label="Nome utente" autoComplete="username" autoFocus {...form.getInputProps('username')} />
            <PasswordInput label="Password" autoComplete="current-password" {...form.getInputProps('password')} />
            <Button type="submit" loading={busy}>
              Accedi
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
