/**
 * «Pubblica» (regional office): the rule sets, Word templates, committees list and associations
 * register in one encrypted file for the desks, which import it in their «Importa» tab.
 */
import { Alert, Button, Card, Checkbox, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { showApiError } from '../../../lib/form-errors';
import { KeyMissingAlert } from '../KeyMissingAlert';
import { useExchangeStatus } from '../status-store';
import { ExportLog } from './ExportLog';
import { JobCard } from './JobCard';
import { JobLostAlert } from './JobLostAlert';
import { useJobInAddress } from './useJobInAddress';

const PARTS = [
  {
    key: 'ruleSets',
    label: 'Regole regionali e feste patronali',
    help: 'Le versioni delle regole scritte qui, con la loro data di validità, e le feste patronali dei comuni aggiunte o corrette qui e negli sportelli.',
  },
  { key: 'templates', label: 'Modelli Word', help: 'I modelli dei documenti caricati qui (convenzione, progetto formativo…), con i loro file.' },
  {
    key: 'committees',
    label: 'Elenco dei comitati AICS',
    help: 'I comitati dell’elenco regionale, suggeriti nella scheda dell’associazione; quelli tolti qui spariscono anche negli sportelli.',
  },
  { key: 'associations', label: 'Anagrafica delle associazioni', help: 'Tutte le associazioni e le loro sedi operative, comprese quelle arrivate dagli sportelli.' },
] as const;

type Parts = Record<(typeof PARTS)[number]['key'], boolean>;

export function PublishPage() {
  const session = useSession();
  const { status } = useExchangeStatus(false);
  const { job, error, update, busy, follow, forget } = useJobInAddress();
  const [parts, setParts] = useState<Parts>({ ruleSets: true, templates: true, committees: true, associations: true });
  const [starting, setStarting] = useState(false);

  if (!status) return null;
  if (status.office.kind !== 'ufficio_regionale' || !session.can('exchange.publish')) {
    return (
      <Alert color="gray" title="La pubblicazione è dell’ufficio regionale">
        Solo un coordinatore o un amministratore dell’ufficio regionale pubblica regole, modelli, comitati e anagrafica per gli sportelli.
      </Alert>
    );
  }

  async function start() {
    setStarting(true);
    try {
      follow((await api.call('exchange.startPublication', parts)).id);
    } catch (e) {
      showApiError(e, undefined, 'La pubblicazione non è partita. Riprova.');
    } finally {
      setStarting(false);
    }
  }

  const nothing = !Object.values(parts).some(Boolean);
  return (
    <Stack>
      {!status.key.set && <KeyMissingAlert />}
      <Card withBorder>
        <Stack gap="md">
          <div>
            <Title order={4}>Pubblica per gli sportelli</Title>
            <Text size="sm" c="dimmed" maw={760}>
              Prepara un file cifrato con ciò che scegli qui sotto; scaricalo e invialo agli sportelli, che lo importano nella loro scheda «Importa». I dati
              che uno sportello ha scritto per sé restano suoi.
            </Text>
          </div>
          <Stack gap="sm">
            {PARTS.map((p) => (
              <Checkbox
                key={p.key}
                label={p.label}
                description={p.help}
                checked={parts[p.key]}
                disabled={busy || starting}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setParts((v) => ({ ...v, [p.key]: checked }));
                }}
              />
            ))}
          </Stack>
          <div>
            <Button leftSection={<IconSend size={16} />} onClick={() => void start()} loading={starting} disabled={busy || nothing || !status.key.set}>
              Prepara la pubblicazione
            </Button>
            {nothing && (
              <Text size="sm" c="dimmed" mt={6}>
                Scegli almeno una cosa da pubblicare.
              </Text>
            )}
          </div>
        </Stack>
      </Card>
      {error && <JobLostAlert message={error} onRestart={forget} />}
      {job && <JobCard job={job} onUpdate={update} destination="agli sportelli" noun="pubblicazione" />}
      <ExportLog kind="pubblicazione" />
    </Stack>
  );
}
