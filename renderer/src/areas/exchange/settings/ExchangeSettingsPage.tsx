/** «Impostazioni scambio» (administrators): the exchange key, and at a desk what travels (GDPR). */
import { Alert, Stack } from '@mantine/core';
import { useSession } from '../../../auth/AuthProvider';
import { useExchangeStatus } from '../status-store';
import { KeyCard } from '../overview/KeyCard';
import { KeyFileCard } from './KeyFileCard';
import { PassphraseCard } from './PassphraseCard';
import { PolicyCard } from './PolicyCard';

export function ExchangeSettingsPage() {
  const session = useSession();
  const { status } = useExchangeStatus(false);
  if (!session.can('settings.manage')) {
    return <Alert color="gray">Solo un amministratore imposta la chiave di scambio e cosa viaggia verso l’ufficio regionale.</Alert>;
  }
  if (!status) return null;
  const regional = status.office.kind === 'ufficio_regionale';
  return (
    <Stack>
      {status.key.set && <KeyCard keyState={status.key} />}
      <PassphraseCard keySet={status.key.set} />
      <KeyFileCard regional={regional} keySet={status.key.set} />
      {/* Policy keyed by the saved choices: a save elsewhere (another tab) starts the switches again from them. */}
      {!regional && <PolicyCard key={status.policy.map((p) => `${p.table}:${p.included}`).join(',')} policy={status.policy} />}
    </Stack>
  );
}
