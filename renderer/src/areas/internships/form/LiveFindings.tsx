/**
 * The regional rules checked while the operator types: after a pause, the values on screen (only
 * when they parse) go to `internships.check`, and the findings show beside the form, in view while
 * it scrolls (FindingsAside). Answers that arrive out of order are dropped, so the card always
 * matches the last values sent.
 */
import { Badge, Card, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { internshipFields, type FindingView, type InternshipInput } from '../../../../../shared/api/internships';
import { api, errorMessage } from '../../../api/client';

const CHECK_DELAY_MS = 400;

interface LiveFindingsProps {
  /** The file being edited (null for a new one): the core also weighs what is saved on it. */
  id: string | null;
  /** What the form holds now, as the contract's input. */
  input: InternshipInput;
  /** Findings already known (those of the saved file), shown until the first check answers. */
  initial?: FindingView[];
}

export function LiveFindings({ id, input, initial }: LiveFindingsProps) {
  // Only values that parse are worth checking; the key also tells when they changed.
  const parses = internshipFields.safeParse(input).success;
  const key = parses ? JSON.stringify(input) : null;
  const [debouncedKey] = useDebouncedValue(key, CHECK_DELAY_MS);
  const [findings, setFindings] = useState<FindingView[] | null>(initial ?? null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (debouncedKey === null) return;
    const request = ++latest.current;
    setChecking(true);
    api
      .call('internships.check', { id, data: JSON.parse(debouncedKey) as InternshipInput })
      .then((result) => {
        if (request !== latest.current) return;
        setFindings(result);
        setError(null);
      })
      .catch((e: unknown) => {
        if (request === latest.current) setError(errorMessage(e));
      })
      .finally(() => {
        if (request === latest.current) setChecking(false);
      });
  }, [id, debouncedKey]);

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
            {blocking.length > 0 && <Badge color="red">{blocking.length === 1 ? '1 bloccante' : `${blocking.length} bloccanti`}</Badge>}
            {warnings.length > 0 && <Badge color="yellow">{warnings.length === 1 ? '1 avviso' : `${warnings.length} avvisi`}</Badge>}
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
