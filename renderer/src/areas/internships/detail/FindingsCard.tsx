/**
 * The rules checked on the file: what blocks (red), what to watch (yellow), each with its rule;
 * a coordinator may waive a rule that allows it, writing why. Nothing found says so, in green.
 */
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FindingView, Internship } from '@shared/api/internship-fields';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { count } from '@shared/text/plural';

export function FindingItem({ finding, action }: { finding: FindingView; action?: React.ReactNode }) {
  const blocking = finding.severity === 'blocking' && !finding.waiver;
  return (
    <Alert color={finding.waiver ? 'gray' : blocking ? 'red' : 'yellow'} variant="light" title={finding.ruleLabel}>
      <Stack gap={4}>
        <Text size="sm">{finding.message}</Text>
        {finding.waiver && (
          <Text size="xs">
            Deroga di {finding.waiver.grantedBy}: «{finding.waiver.reason}»
          </Text>
        )}
        {!finding.waiver && finding.waivable && finding.severity === 'blocking' && (
          <Text size="xs" c="dimmed">
            Derogabile dal coordinatore, con un motivo scritto.
          </Text>
        )}
        {action}
      </Stack>
    </Alert>
  );
}

export function FindingsCard({ file }: { file: Internship }) {
  const session = useSession();
  const [waiving, setWaiving] = useState<FindingView | null>(null);
  const [reason, setReason] = useState('');
  // The minimum duration is waived only for a seasonal activity: the coordinator says it is one.
  const [seasonal, setSeasonal] = useState(false);
  const [busy, setBusy] = useState(false);
  const blocking = file.findings.filter((f) => f.severity === 'blocking' && !f.waiver).length;

  async function waive() {
    if (!waiving) return;
    setBusy(true);
    try {
      await api.call('internships.waive', { id: file.id, rule: waiving.rule, reason, seasonal: waiving.rule === 'durata-minima' && seasonal });
      showSaved(`Deroga registrata per «${waiving.ruleLabel}».`, 'Deroga registrata');
      setWaiving(null);
      setReason('');
      setSeasonal(false);
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>Verifica delle regole</Title>
          <Badge color={blocking > 0 ? 'red' : 'green'} variant="light">
            {blocking === 0 ? 'Nessun blocco' : count(blocking, 'blocco', 'blocchi')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          Regole:{' '}
          <Anchor component={Link} to={`/impostazioni/regole/${file.ruleSetId}`} size="xs">
            {file.ruleSetName}
          </Anchor>
        </Text>
        {file.findings.length === 0 && (
          <Text size="sm" c="green.8">
            La pratica rispetta tutte le regole verificate.
          </Text>
        )}
        {file.findings.map((f) => (
          <FindingItem
            key={f.rule}
            finding={f}
            action={
              f.waivable && !f.waiver && !file.deletedAt && f.severity === 'blocking' && session.can('internships.waive') ? (
                <Group>
                  <Button size="compact-sm" variant="default" onClick={() => setWaiving(f)}>
                    Concedi una deroga
                  </Button>
                </Group>
              ) : undefined
            }
          />
        ))}
      </Stack>
      <Modal opened={waiving !== null} onClose={() => setWaiving(null)} title={waiving ? `Concedi una deroga: ${waiving.ruleLabel}` : ''}>
        <Stack>
          <Text size="sm">{waiving?.message}</Text>
          <Textarea label="Motivo della deroga" description="Resta nella cronologia e nello storico della pratica" autosize minRows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          {waiving?.rule === 'durata-minima' && (
            <Checkbox
              label="L’attività è stagionale"
              description="La durata minima si deroga solo per le attività stagionali"
              checked={seasonal}
              onChange={(e) => setSeasonal(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setWaiving(null)}>
              Annulla
            </Button>
            <Button loading={busy} onClick={() => void waive()}>
              Concedi la deroga
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
