/**
 * What leaves the desk (GDPR): per kind of record, whether it travels to the regional office.
 * Special-category data and interview notes stay at the desk unless the administrator decides
 * otherwise; records the others depend on always travel.
 */
import { Badge, Button, Card, Group, Stack, Switch, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { EXCHANGE_AREA_LABELS, EXCHANGE_AREAS } from '@shared/api/exchange-tables';
import type { ExchangeStatus } from '@shared/api/exchange';
import { api } from '../../../api/client';
import { showApiError, showSaved } from '../../../lib/form-errors';

export function PolicyCard({ policy: unsorted }: { policy: ExchangeStatus['policy'] }) {
  // One block per area, in the order the exchange carries them.
  const policy = [...unsorted].sort((a, b) => EXCHANGE_AREAS.indexOf(a.area) - EXCHANGE_AREAS.indexOf(b.area));
  const saved = Object.fromEntries(policy.map((p) => [p.table, p.included]));
  const [included, setIncluded] = useState<Record<string, boolean>>(saved);
  const [saving, setSaving] = useState(false);
  const changed = Object.fromEntries(Object.entries(included).filter(([table, value]) => saved[table] !== value));
  const dirty = Object.keys(changed).length > 0;

  async function save() {
    setSaving(true);
    try {
      const status = await api.call('exchange.setPolicy', { included: changed });
      setIncluded(Object.fromEntries(status.policy.map((p) => [p.table, p.included])));
      showSaved('Le prossime esportazioni seguiranno queste scelte.', 'Scelte salvate');
    } catch (e) {
      showApiError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card withBorder component="section" aria-label="Cosa viaggia verso l’ufficio regionale">
      <Stack gap="sm">
        <Title order={4}>Cosa viaggia verso l’ufficio regionale</Title>
        <Text size="sm" c="dimmed" maw={820}>
          Per proteggere le persone (GDPR), i <b>dati particolari</b> (salute, disabilità, servizi sociali) e le <b>note di colloquio</b> restano allo
          sportello, salvo tua scelta diversa. I dati da cui dipendono gli altri (associazioni, candidati, fabbisogni, pratiche…) viaggiano sempre: senza,
          l’ufficio regionale non potrebbe leggere il resto. Le scelte valgono dalla prossima esportazione.
        </Text>
        <Table verticalSpacing={6} aria-label="Dati che viaggiano" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>Area</Table.Th>
              <Table.Th>Dati</Table.Th>
              <Table.Th w={240}>Viaggia verso l’ufficio regionale</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policy.map((p, i) => (
              <Table.Tr key={p.table}>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {i === 0 || policy[i - 1]!.area !== p.area ? EXCHANGE_AREA_LABELS[p.area] : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm">{p.label}</Text>
                    {p.leftOutByDefault && (
                      <Badge size="xs" color="grape" variant="light">
                        dato protetto
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Tooltip label="Sempre: gli altri dati dipendono da questi" disabled={p.optional} openDelay={300}>
                    <div>
                      <Switch
                        checked={included[p.table] ?? p.included}
                        disabled={!p.optional || saving}
                        onChange={(e) => {
                          const checked = e.currentTarget.checked;
                          setIncluded((v) => ({ ...v, [p.table]: checked }));
                        }}
                        label={!p.optional ? 'Sì, sempre' : (included[p.table] ?? p.included) ? 'Sì' : 'No, resta allo sportello'}
                        aria-label={`${p.label}: viaggia verso l’ufficio regionale`}
                      />
                    </div>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
            Salva le scelte
          </Button>
          {dirty && (
            <Text size="sm" c="dimmed">
              Ci sono scelte non salvate.
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
