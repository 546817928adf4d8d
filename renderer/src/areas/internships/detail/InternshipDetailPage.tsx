/**
 * One internship file: who, where and when in the header; the rules checked; the next step; the
 * tabs for the data, the schedule and period, attendance and allowance, the timeline and the documents.
 */
import { Anchor, Badge, Button, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { INTERNSHIP_TYPE_LABELS } from '@shared/api/internship-fields';
import { errorMessage } from '../../../api/client';
import { apiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate } from '../../../lib/format';
import { RecordHeader } from '../../../components/RecordHeader';
import { InternshipStatusBadge } from '../InternshipStatusBadge';
import { closingText } from '../status-text';
import { AttendanceCard } from './AttendanceCard';
import { DeleteDraftButton, DeletedNotice } from './DraftRemoval';
import { DataPanel } from './panels/DataPanel';
import { DocumentsPanel } from './panels/DocumentsPanel';
import { SchedulePanel } from './panels/SchedulePanel';
import { TimelinePanel } from './panels/TimelinePanel';
import { FindingsCard } from './FindingsCard';
import { MoveButtons } from './MoveButtons';
import { PortalReferenceCard } from './PortalReferenceCard';

export function InternshipDetailPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  // Unlocking the screen empties the cache (decision 0018): this file stays shown while it is read
  // again, so the tabs below are not unmounted with the hours typed in the register. Another file's
  // answer never stands in for this one's.
  const query = useQuery({ ...apiQuery('internships.get', { id }), placeholderData: (previous) => (previous?.id === id ? previous : undefined) });
  const f = query.data;
  if (query.error) return <LoadError message={errorMessage(query.error)} />;
  if (!f) return <Loader aria-label="Caricamento della pratica" />;
  const tab = params.get('scheda') ?? 'pratica';
  const canWrite = session.can('internships.write');
  const closing = closingText(f);

  return (
    <Stack maw={1150}>
      <RecordHeader
        trail={[{ to: '/tirocini', label: 'Tirocini' }]}
        crumb={`${f.number} · ${f.candidateName}`}
        title={`Tirocinio ${f.number}: ${f.candidateName}`}
        actions={
          f.status === 'bozza' &&
          !f.deletedAt &&
          canWrite && (
            <Group>
              <Button component={Link} to={`/tirocini/${f.id}/modifica`} leftSection={<IconPencil size={16} />}>
                Modifica
              </Button>
              <DeleteDraftButton file={f} />
            </Group>
          )
        }
      >
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
          <InternshipStatusBadge status={f.status} startDate={f.startDate} size="lg" />
          <Text size="sm" c="dimmed">
            {INTERNSHIP_TYPE_LABELS[f.type]} · dal {formatDate(f.startDate)} al {formatDate(f.plannedEndDate)}
          </Text>
          {f.protocolException && <Badge color="grape" variant="light">Eccezione del protocollo AICS–Exar</Badge>}
        </Group>
        {/* A closed file says at once how it ended: the outcome, or who interrupted it and why. */}
        {closing && (
          <Text size="sm" fw={500} mt={4} data-testid="internship-closing">
            {closing}
          </Text>
        )}
      </RecordHeader>

      {/* The cards write through api.call, which refreshes this file (and all else shown) before they go on. */}
      {f.deletedAt && <DeletedNotice file={f} canRestore={canWrite} />}
      <FindingsCard file={f} />
      {canWrite && !f.deletedAt && <MoveButtons file={f} />}
      {f.status !== 'bozza' && <PortalReferenceCard file={f} canWrite={canWrite} />}

      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'pratica' ? { scheda: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="pratica">Dati della pratica</Tabs.Tab>
          <Tabs.Tab value="orario">Orario e periodo</Tabs.Tab>
          <Tabs.Tab value="presenze">Presenze e indennità</Tabs.Tab>
          <Tabs.Tab value="cronologia">Cronologia</Tabs.Tab>
          <Tabs.Tab value="documenti">Documenti</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pratica">
          <DataPanel file={f} />
        </Tabs.Panel>
        <Tabs.Panel value="orario">
          <SchedulePanel file={f} />
        </Tabs.Panel>
        {/* Kept mounted: hours typed in the register and not saved survive a look at another tab. */}
        <Tabs.Panel value="presenze" keepMounted>
          <AttendanceCard file={f} />
        </Tabs.Panel>
        <Tabs.Panel value="cronologia">
          <TimelinePanel file={f} />
        </Tabs.Panel>
        <Tabs.Panel value="documenti">
          <DocumentsPanel file={f} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
