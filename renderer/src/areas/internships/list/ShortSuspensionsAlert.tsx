/**
 * For coordinators: suspensions recorded before the rule (issue 13) that are really absences,
 * shorter than the minimum of their file's rule set. They are not rewritten by the program: each
 * is listed here until a coordinator converts it into absences (the register then plans those
 * days again, and the days go in the month's attendance). Nothing shows when there are none.
 */
import { Alert, Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ShortSuspension } from '@shared/api/internships';
import { SUSPENSION_REASON_LABELS } from '@shared/api/internship-fields';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { count } from '@shared/text/plural';

export function ShortSuspensionsAlert() {
  const list = useApiQuery('internships.shortSuspensions', {});
  const items = list.data ?? [];
  if (items.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title="Sospensioni da convertire in assenze" data-testid="short-suspensions">
      <Stack gap="xs">
        <Text size="sm">
          Queste sospensioni sono più brevi del minimo (o per un motivo che non sospende il tirocinio): sono assenze. Finché non le converti il registro le conta
          ancora come sospensioni; convertite, i giorni tornano previsti e vanno registrati nelle presenze del mese.
        </Text>
        <Table aria-label="Sospensioni da convertire" verticalSpacing={4}>
          <Table.Tbody>
            {items.map((s) => (
              <Row key={s.suspensionId} item={s} />
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Alert>
  );
}

function Row({ item }: { item: ShortSuspension }) {
  const [busy, setBusy] = useState(false);
  const period = item.to ? `dal ${formatDate(item.from)} al ${formatDate(item.to)}` : `dal ${formatDate(item.from)}, in corso`;
  async function convert() {
    setBusy(true);
    try {
      await api.call('internships.convertSuspension', { id: item.internshipId, hlc: item.internshipHlc, suspensionId: item.suspensionId });
      showSaved(`La sospensione della pratica ${item.number} è ora un’assenza: registra i giorni nelle presenze del mese.`, 'Convertita in assenze');
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/tirocini/${item.internshipId}`}>
          {item.number}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {item.candidateName} – {item.associationName}
      </Table.Td>
      <Table.Td>
        {SUSPENSION_REASON_LABELS[item.reason]} {period}
        {item.days !== null && ` (${count(item.days, 'giorno', 'giorni')})`}
      </Table.Td>
      <Table.Td>
        <Group justify="flex-end">
          {item.to ? (
            <Button size="compact-xs" variant="light" loading={busy} onClick={() => void convert()}>
              Converti in assenze
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              Riprendi il tirocinio: i giorni diventano assenze
            </Text>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
