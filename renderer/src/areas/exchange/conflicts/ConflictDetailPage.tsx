/**
 * One conflict (`scambio/conflitti/:id`): the version in force here and the one that arrived, field
 * by field; the coordinator keeps the current one, takes the arrived one, or combines them as
 * chosen. The decision is written as a new version of the record, and recorded in its history.
 */
import { Alert, Anchor, Card, Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../lib/format';
import { count } from '../words';
import { FieldsTable, type Side } from './FieldsTable';
import { ResolveButtons } from './ResolveButtons';
import { RESOLUTION_LABELS } from './resolution';

export function ConflictDetailPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const detail = useApiQuery('exchange.conflict', { id });
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [showEqual, setShowEqual] = useState(false);

  const back = (
    <Anchor component={Link} to="/scambio/conflitti" size="sm">
      ← Conflitti
    </Anchor>
  );
  if (!session.can('exchange.resolve')) return <Alert color="gray">Solo un coordinatore o un amministratore rivede i conflitti dello scambio dati.</Alert>;
  if (detail.error) {
    return (
      <Stack align="flex-start">
        {back}
        <LoadError message={detail.error} />
      </Stack>
    );
  }
  const d = detail.data;
  if (!d) return <Loader />;

  const differing = d.fields.filter((f) => f.differs);
  const shown = showEqual ? d.fields : differing;
  const takeTheirs = differing.filter((f) => choices[f.column] === 'arrivata').map((f) => f.column);
  const open = d.resolvedAt === null;

  return (
    <Stack>
      {back}
      <div>
        <Text size="sm" c="dimmed">
          {d.what}
        </Text>
        <Title order={3}>{d.title}</Title>
      </div>
      <Text size="sm" maw={820}>
        Modificato in due sedi dall’ultimo scambio. La <b>versione attuale</b> (di {d.current.officeCode}, modificata il {formatDateTime(d.current.at || null)}) è
        quella in vigore qui; la <b>versione arrivata</b> (di {d.theirs.officeCode}, modificata il {formatDateTime(d.theirs.at || null)}) è stata ricevuta il{' '}
        {formatDateTime(d.receivedAt)} e non è applicata. {open ? 'Scegli quale tenere, campo per campo o per intero.' : ''}
      </Text>
      {!open && (
        <Alert color="gray" title={d.resolution ? RESOLUTION_LABELS[d.resolution] : 'Risolto'}>
          Risolto il {formatDateTime(d.resolvedAt)} da {d.resolvedBy ?? '—'}.
        </Alert>
      )}
      <Card withBorder>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={600} size="sm">
              {differing.length === 0 ? 'Le due versioni hanno gli stessi dati.' : `${count(differing.length, 'campo diverso', 'campi diversi')}, evidenziati in giallo`}
            </Text>
            <Switch
              label={`Mostra anche i campi uguali (${d.fields.length - differing.length})`}
              checked={showEqual}
              onChange={(e) => setShowEqual(e.currentTarget.checked)}
            />
          </Group>
          {shown.length > 0 && (
            <FieldsTable
              detail={d}
              fields={shown}
              choices={choices}
              onChoose={open ? (column, side) => setChoices((c) => ({ ...c, [column]: side })) : undefined}
            />
          )}
        </Stack>
      </Card>
      {open && <ResolveButtons detail={d} takeTheirs={takeTheirs} differing={differing.length} />}
    </Stack>
  );
}
