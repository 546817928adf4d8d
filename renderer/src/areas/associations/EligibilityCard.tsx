/**
 * The host's eligibility declarations and stamp duty on its page: each declaration with its date or
 * «non dichiarato» in red, since the files at this host are blocked until the three are there.
 */
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { STAMP_DUTY_LABELS, type Association } from '@shared/api/associations';
import type { HostDeclaration } from '@shared/rules/host-eligibility';
import { formatDate } from '../../lib/format';
import { DECLARATION_LABELS } from './labels';
import { plural } from '@shared/text/plural';

const DECLARATIONS: readonly HostDeclaration[] = ['noLayoffsDeclaredOn', 'safetyDeclaredOn', 'disabilityQuotaDeclaredOn'];

export function EligibilityCard({ association: a }: { association: Association }) {
  const missing = DECLARATIONS.filter((d) => !a[d]).length;
  const stamp = a.stampDuty === null ? null : a.stampDuty === 'esente' ? `Esente: ${a.stampDutyExemptionBasis ?? 'norma non indicata'}` : STAMP_DUTY_LABELS.assolta;
  return (
    <Card withBorder data-testid="eligibility-card">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>Idoneità e imposta di bollo</Title>
          <Badge color={missing === 0 ? 'teal' : 'red'} variant="light">
            {missing === 0 ? 'Dichiarazioni complete' : plural(missing, '1 dichiarazione mancante', '# dichiarazioni mancanti')}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {DECLARATIONS.map((d) => (
            <div key={d}>
              <Text size="xs" c="dimmed">
                {DECLARATION_LABELS[d]}
              </Text>
              <Text size="sm" c={a[d] ? undefined : 'red'}>
                {a[d] ? formatDate(a[d]) : 'non dichiarato'}
              </Text>
            </div>
          ))}
          <div>
            <Text size="xs" c="dimmed">
              Imposta di bollo sulla convenzione
            </Text>
            <Text size="sm">{stamp ?? '—'}</Text>
          </div>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
