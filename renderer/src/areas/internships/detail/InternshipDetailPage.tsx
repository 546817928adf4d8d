/**
 * One internship file: who, where and when in the header; the rules checked; the next step; the
 * register of attendance and allowance; the data and the timeline.
 */
import { formatCents } from '../../../../../shared/format/money';
import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Tabs, Text, Timeline, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  FUNDING_KIND_LABELS,
  INTERNSHIP_OUTCOME_LABELS,
  INTERNSHIP_STATUS_LABELS,
  INTERNSHIP_TYPE_LABELS,
  SUSPENSION_REASON_LABELS,
  type Internship,
} from '../../../../../shared/api/internship-fields';
import { RESTRICTED_LABEL, TARGET_CATEGORY_LABELS } from '../../../../../shared/api/candidate-fields';
import { useApiQuery } from '../../../api/useApiQuery';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate, formatDateTime, orDash } from '../../../lib/format';
import { InternshipStatusBadge } from '../InternshipStatusBadge';
import { AttendanceCard } from './AttendanceCard';
import { FindingsCard } from './FindingsCard';
import { MoveButtons } from './MoveButtons';

const DAYS = ['Lun', 'Mar', 'Mer', 'Gio', 'Ven', 'Sab', 'Dom'];
const euros = (cents: number | null) => (cents === null ? '—' : formatCents(cents));

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

function schedule(file: Internship): string {
  if (!file.weeklySchedule) return '—';
  const s = file.weeklySchedule;
  return DAYS.map((d, i) => {
    const h = s[(i + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7];
    const slot = file.weeklySlots?.[(i + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7];
    return h > 0 ? `${d} ${String(h).replace('.', ',')} h${slot ? ` (${slot})` : ''}` : null;
  })
    .filter(Boolean)
    .join(' · ');
}

function funding(file: Internship): string {
  const f = file.funding;
  if (!f) return '—';
  if (f.kind === 'misto') return `${FUNDING_KIND_LABELS.misto}: ospitante ${euros(f.hostMonthlyCents)}, progetto «${f.projectName}» ${euros(f.projectMonthlyCents)}`;
  return f.kind === 'progetto' ? `${FUNDING_KIND_LABELS.progetto} «${f.projectName}»` : FUNDING_KIND_LABELS.ospitante;
}

export function InternshipDetailPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const query = useApiQuery('internships.get', { id });
  const f = query.data;
  if (query.error) return <LoadError message={query.error} />;
  if (!f) return <Loader aria-label="Caricamento della pratica" />;
  const tab = params.get('scheda') ?? 'pratica';

  return (
    <Stack maw={1150}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm">
            <Link to="/tirocini">← Tirocini</Link>
          </Text>
          <Title order={2}>
            Tirocinio {f.number}: {f.candidateName}
          </Title>
          <Text>
            <Anchor component={Link} to={`/candidati/${f.candidateId}`}>
              {f.candidateName}
            </Anchor>{' '}
            presso{' '}
            <Anchor component={Link} to={`/associazioni/${f.associationId}`}>
              {f.associationName}
            </Anchor>
          </Text>
          <Group gap="xs" mt={4}>
            <InternshipStatusBadge status={f.status} size="lg" />
            <Text size="sm" c="dimmed">
              {INTERNSHIP_TYPE_LABELS[f.type]} · dal {formatDate(f.startDate)} al {formatDate(f.plannedEndDate)}
              {f.actualEndDate ? ` (finito il ${formatDate(f.actualEndDate)})` : ''}
            </Text>
            {f.protocolException && <Badge color="grape" variant="light">Eccezione del protocollo AICS–Exar</Badge>}
          </Group>
        </div>
        {f.status === 'bozza' && session.can('internships.write') && (
          <Button component={Link} to={`/tirocini/${f.id}/modifica`} leftSection={<IconPencil size={16} />}>
            Modifica
          </Button>
        )}
      </Group>

      <FindingsCard file={f} onChanged={query.reload} />
      {session.can('internships.write') && <MoveButtons file={f} onChanged={query.reload} />}

      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'pratica' ? { scheda: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="pratica">Dati della pratica</Tabs.Tab>
          <Tabs.Tab value="presenze">Presenze e indennità</Tabs.Tab>
          <Tabs.Tab value="cronologia">Cronologia</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pratica">
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Field label="Base normativa">{f.legalBasis}</Field>
              <Field label="Categoria del tirocinante">{f.targetCategoryHidden ? RESTRICTED_LABEL : f.targetCategory ? TARGET_CATEGORY_LABELS[f.targetCategory] : '—'}</Field>
              <Field label="Tutor del promotore">{orDash(f.promoterTutorName)}</Field>
              <Field label="Tutor dell’ospitante">
                {[f.hostTutorName, f.hostTutorRole, f.hostTutorTaxCode].filter(Boolean).join(' · ') || '—'}
              </Field>
              <Field label="Orario settimanale">{schedule(f)}</Field>
              <Field label="Indennità mensile">{euros(f.monthlyAllowanceCents)}</Field>
              <Field label="Chi paga">{funding(f)}</Field>
              <Field label="Posizione INAIL">{orDash(f.inailPosition)}</Field>
              <Field label="Polizza RC">{orDash(f.liabilityPolicy)}</Field>
              <Field label="Comunicazione obbligatoria">{f.noticeDate ? `${formatDate(f.noticeDate)} n. ${f.noticeNumber}` : '—'}</Field>
              <Field label="Esito">{f.outcome ? INTERNSHIP_OUTCOME_LABELS[f.outcome] : '—'}</Field>
              <Field label="Dipendenti dell’ospitante">{orDash(f.hostEmployees)}</Field>
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
              <Field label="Obiettivi formativi">{orDash(f.goals)}</Field>
              <Field label="Attività">{orDash(f.activities)}</Field>
              <Field label="Competenze da acquisire">{f.skillsToAcquire.join(', ') || '—'}</Field>
              <Field label="Formazione sulla sicurezza">{orDash(f.safetyTraining)}</Field>
            </SimpleGrid>
            {f.suspensions.length > 0 && (
              <Stack gap={2} mt="md">
                <Text size="xs" c="dimmed">
                  Sospensioni
                </Text>
                {f.suspensions.map((s) => (
                  <Text key={s.id} size="sm">
                    {formatDate(s.from)} – {s.to ? formatDate(s.to) : 'in corso'}: {SUSPENSION_REASON_LABELS[s.reason]}
                    {s.excluded ? ' (non conta nella durata massima)' : ''}
                  </Text>
                ))}
              </Stack>
            )}
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="presenze">
          <AttendanceCard file={f} />
        </Tabs.Panel>
        <Tabs.Panel value="cronologia">
          <Card withBorder>
            <Timeline bulletSize={14} lineWidth={2} active={f.events.length - 1}>
              {f.events.map((e) => (
                <Timeline.Item
                  key={e.id}
                  title={
                    <Text size="sm" fw={600}>
                      {e.kind === 'stato'
                        ? e.from
                          ? `${INTERNSHIP_STATUS_LABELS[e.from]} → ${INTERNSHIP_STATUS_LABELS[e.to!]}`
                          : `Aperta come «${INTERNSHIP_STATUS_LABELS[e.to!]}»`
                        : e.kind === 'proroga'
                          ? 'Proroga'
                          : 'Deroga'}
                    </Text>
                  }
                >
                  <Text size="xs" c="dimmed">
                    {formatDateTime(e.at)} · {e.operatorName}
                  </Text>
                  {e.note && <Text size="sm">{e.note}</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          </Card>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
