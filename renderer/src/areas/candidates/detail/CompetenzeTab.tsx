/** Education, work experience, skills and languages: what the person can offer a host. */
import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { CEFR_LABELS, type Candidate } from '@shared/api/candidates';
import { CANDIDATE_FIELD_LABELS as L, formatCandidateValue } from '../labels';
import { DetailField, FieldGrid } from '../../../components/DetailField';

function Empty({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export function CompetenzeTab({ candidate: c }: { candidate: Candidate }) {
  const addHint = 'Si aggiungono con «Modifica».';
  return (
    <Stack>
      <Card withBorder>
        <Title order={4} mb="sm">
          Istruzione
        </Title>
        <FieldGrid>
          <DetailField label={L.educationLevel!} value={formatCandidateValue('educationLevel', c.educationLevel)} />
          <DetailField label={L.educationTitle!} value={c.educationTitle} />
          <DetailField label={L.educationYear!} value={c.educationYear} />
        </FieldGrid>
      </Card>

      <Card withBorder>
        <Title order={4} mb="sm">
          {L.experiences}
        </Title>
        {c.experiences.length === 0 ? (
          <Empty>{`Nessuna esperienza registrata. ${addHint}`}</Empty>
        ) : (
          <Table withTableBorder fz="sm" aria-label={L.experiences}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Mansione</Table.Th>
                <Table.Th>Datore di lavoro</Table.Th>
                <Table.Th>Periodo</Table.Th>
                <Table.Th>Descrizione</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.experiences.map((e, i) => (
                <Table.Tr key={i}>
                  <Table.Td fw={500}>{e.role}</Table.Td>
                  <Table.Td>{e.employer ?? '—'}</Table.Td>
                  <Table.Td>{e.period ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.description ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      <Card withBorder>
        <Title order={4} mb="sm">
          {L.skills}
        </Title>
        {c.skills.length === 0 ? (
          <Empty>{`Nessuna competenza registrata. ${addHint}`}</Empty>
        ) : (
          <Group gap="xs">
            {c.skills.map((s) => (
              <Badge key={s} variant="light" tt="none" size="lg" fw={500}>
                {s}
              </Badge>
            ))}
          </Group>
        )}
      </Card>

      <Card withBorder>
        <Title order={4} mb="sm">
          {L.languages}
        </Title>
        {c.languages.length === 0 ? (
          <Empty>{`Nessuna lingua registrata. ${addHint}`}</Empty>
        ) : (
          <Stack gap={4}>
            {c.languages.map((l) => (
              <Text key={l.language} size="sm">
                <b>{l.language}</b>: {CEFR_LABELS[l.level]}
              </Text>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
