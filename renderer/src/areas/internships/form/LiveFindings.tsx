/**
 * The regional rules checked while the operator types: after a pause, the values on screen (only
 * when they parse) go to `internships.check`, and the findings show beside the form, in view while
 * it scrolls (FindingsAside). The answer is cached under the values sent, so the card always matches
 * the last values sent; while the next answer is on the way, or while the values do not parse, the
 * last answer stays.
 */
import { Badge, Card, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { internshipFields, type FindingView, type InternshipInput } from '@shared/api/internships';
import { errorMessage } from '../../../api/client';
import { apiKey, apiQuery } from '../../../api/query';
import { count } from '@shared/text/plural';

const CHECK_DELAY_MS = 400;

interface LiveFindingsProps {
  /** The file being edited (null for a new one): the core also weighs what is saved on it. */
  id: string | null;
  /** What the form holds now, as the contract's input. */
  input: InternshipInput;
  /** Findings already known (those of the saved file), shown until the first check answers. */
  initial?: FindingView[];
}

/** The check of the values last settled on, or none while they do not parse (the key holds no answer). */
function checkOf(id: string | null, settled: string | null) {
  if (settled === null) return queryOptions<FindingView[]>({ queryKey: apiKey('internships.check'), queryFn: skipToken });
  return apiQuery('internships.check', { id, data: JSON.parse(settled) as InternshipInput });
}

export function LiveFindings({ id, input, initial }: LiveFindingsProps) {
  // Only values that parse are worth checking; the key (a string, so the pause is not restarted by
  // every render's new object) also tells when they changed.
  const parses = internshipFields.safeParse(input).success;
  const key = parses ? JSON.stringify(input) : null;
  const [settled] = useDebouncedValue(key, CHECK_DELAY_MS);
  const check = useQuery({ ...checkOf(id, settled), placeholderData: (previous) => previous ?? initial });
  const findings = check.data ?? null;
  const checking = check.isFetching;
  const error = check.error ? errorMessage(check.error) : null;

  const blocking = (findings ?? []).filter((f) => f.severity === 'blocking' && !f.waiver);
  const warnings = (findings ?? []).filter((f) => f.severity === 'warning' && !f.waiver);
  const waived = (findings ?? []).filter((f) => f.waiver);
  const color = blocking.length > 0 ? 'red' : warnings.length > 0 ? 'yellow' : 'teal';

  return (
    <Card withBorder style={{ borderColor: `var(--mantine-color-${color}-4)` }} aria-live="polite" data-testid="live-findings">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>Verifiche delle regole regionali</Title>
          <Group gap="xs">
            {checking && <Loader size="xs" aria-label="Verifica in corso" />}
            {blocking.length > 0 && <Badge color="red">{count(blocking.length, 'bloccante', 'bloccanti')}</Badge>}
            {warnings.length > 0 && <Badge color="yellow">{count(warnings.length, 'avviso', 'avvisi')}</Badge>}
          </Group>
        </Group>
        {!parses && (
          <Text size="sm" c="dimmed">
            Le verifiche si aggiornano quando i dati del modulo sono completi e validi (candidato, associazione, tipo, campi evidenziati).
          </Text>
        )}
        {error && (
          <Text size="sm" c="red">
            Verifica non riuscita: {error}
          </Text>
        )}
        {findings !== null && findings.length === 0 && (
          <Text size="sm" c="teal">
            Nessun problema rilevato con i dati inseriti.
          </Text>
        )}
        {/* While the values do not parse, the last answer stays, dimmed: it is about earlier values. */}
        <Stack gap="xs" opacity={parses ? 1 : 0.55}>
          {[...blocking, ...warnings, ...waived].map((f) => (
            <FindingLine key={f.rule} finding={f} />
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

function FindingLine({ finding }: { finding: FindingView }) {
  const color = finding.waiver ? 'gray' : finding.severity === 'blocking' ? 'red' : 'yellow';
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon color={color} size="sm" radius="xl" mt={2} aria-hidden>
        {finding.severity === 'blocking' ? '!' : 'i'}
      </ThemeIcon>
      <div>
        <Text size="sm" fw={500}>
          {finding.ruleLabel}
          {!finding.waiver && (
            <Text span size="xs" c={color === 'red' ? 'red' : 'yellow.8'} ml="xs">
              {finding.severity === 'blocking' ? 'bloccante' : 'avviso'}
            </Text>
          )}
        </Text>
        <Text size="sm">{finding.message}</Text>
        {finding.waiver ? (
          <Text size="xs" c="dimmed">
            Derogata da {finding.waiver.grantedBy}: {finding.waiver.reason}
          </Text>
        ) : (
          finding.waivable && (
            <Text size="xs" c="dimmed">
              derogabile dal coordinatore
            </Text>
          )
        )}
      </div>
    </Group>
  );
}
