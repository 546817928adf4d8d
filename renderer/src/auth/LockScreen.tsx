/**
 * Shown over the current page after the idle time: the page underneath (and any half-filled
 * form) stays as it was, and comes back once the password is typed again.
 */
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiCallError } from '@shared/api/errors';
import { api } from '../api/client';
import { useAuth, useSession } from './AuthProvider';

export function LockScreen() {
  const { unlocked, logout } = useAuth();
  const { operator } = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function unlock() {
    setBusy(true);
    try {
      await api.call('auth.unlock', { password });
      setPassword('');
      setError(null);
      unlocked();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error.message : 'Sblocco non riuscito.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} centered title="Sblocca la sessione" overlayProps={{ blur: 8, backgroundOpacity: 0.6 }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void unlock();
        }}
      >
        <Stack>
          <Text size="sm">
            Per proteggere i dati, la sessione di <b>{operator.fullName}</b> è stata bloccata per inattività. Il lavoro in corso non è andato perso.
          </Text>
          <PasswordInput label="Password" autoFocus value={password} error={error} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Group justify="space-between">
            <Button variant="subtle" color="gray" onClick={() => void logout()}>
              Esci
            </Button>
            <Button type="submit" loading={busy}>
              Sblocca
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
