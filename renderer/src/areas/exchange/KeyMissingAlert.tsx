/** Shown wherever the exchange key is needed and not set yet: who sets it, and where. */
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../../auth/AuthProvider';

export function KeyMissingAlert() {
  const session = useSession();
  const admin = session.can('settings.manage');
  return (
    <Alert color="orange" title="Manca la chiave di scambio" icon={<IconKey size={18} />} data-testid="key-missing">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          I file di scambio sono cifrati: senza la chiave non si possono né preparare né leggere. La chiave è una frase segreta concordata con l’ufficio
          regionale (o un file chiave che l’ufficio regionale consegna a mano).
        </Text>
        {admin ? (
          <Button component={Link} to="/scambio/impostazioni" size="xs" leftSection={<IconKey size={14} />}>
            Imposta la chiave
          </Button>
        ) : (
          <Text size="sm" fw={500}>
            Chiedi a un amministratore dello sportello di impostarla in «Scambio dati» → «Impostazioni scambio».
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
