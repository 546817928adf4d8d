/**
 * One candidate's profile: header, warnings that need a decision (merged, possible duplicates),
 * then the profile in tabs. The open tab is kept in the address, so "back" returns to it.
 */
import { Alert, Badge, Button, Loader, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowRight, IconArrowsJoin } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { AnagraficaTab } from './detail/AnagraficaTab';
import { CandidateHeader } from './detail/CandidateHeader';
import { CompetenzeTab } from './detail/CompetenzeTab';
import { DisponibilitaTab } from './detail/DisponibilitaTab';
import { DocumentsTab } from './detail/DocumentsTab';
import { DuplicatesCard } from './detail/DuplicatesCard';
import { HistoryTab } from './detail/HistoryTab';
import { PrivacyTab } from './detail/PrivacyTab';
import { SituazioneTab } from './detail/SituazioneTab';
import { InternshipsCard } from '../internships/InternshipsCard';
import { CandidateMatchesTab } from '../matches/CandidateMatchesTab';

const TABS = [
  { value: 'anagrafica', label: 'Anagrafica' },
  { value: 'situazione', label: 'Situazione' },
  { value: 'competenze', label: 'Competenze' },
  { value: 'disponibilita', label: 'Disponibilità' },
  { value: 'documenti', label: 'Documenti' },
  { value: 'privacy', label: 'Privacy' },
  { value: 'abbinamenti', label: 'Abbinamenti' },
  { value: 'tirocini', label: 'Tirocini' },
  { value: 'storico', label: 'Storico' },
] as const;

export function CandidateDetailPage() {
  const { id = '' } = useParams();
  const query = useApiQuery('candidates.get', { id });
  const [params, setParams] = useSearchParams();
  const c = query.data;

  if (query.error) return <LoadError message={query.error} />;
  if (!c) return <Loader aria-label="Caricamento del profilo" />;

  const tab = TABS.find((t) => t.value === params.get('scheda'))?.value ?? 'anagrafica';
  const live = !c.deletedAt && !c.mergedInto;

  return (
    <Stack maw={1150}>
      <CandidateHeader candidate={c} />

      {c.mergedInto && (
        <Alert color="blue" variant="light" icon={<IconArrowsJoin size={20} />} title="Profilo unito a un altro: non è più in uso">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Questa persona era registrata due volte. I suoi dati, le note e i documenti sono ora nel profilo che resta: lavora su quello.
            </Text>
            <Button size="xs" component={Link} to={`/candidati/${c.mergedInto}`} leftSection={<IconArrowRight size={14} />}>
              Apri il profilo che resta
            </Button>
          </Stack>
        </Alert>
      )}

      {/* An anonymised profile has a placeholder code shared with the other anonymised ones: no duplicates to look for. */}
      {live && !c.anonymisedAt && <DuplicatesCard candidate={c} />}

      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'anagrafica' ? { scheda: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((t) => (
            <Tabs.Tab
              key={t.value}
              value={t.value}
              rightSection={
                // The count is a visual hint; the tab's accessible name stays just its label.
                t.value === 'documenti' && c.attachments.length > 0 ? (
                  <Badge size="xs" variant="light" circle aria-hidden>
                    {c.attachments.length}
                  </Badge>
                ) : undefined
              }
            >
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="anagrafica">
          <AnagraficaTab candidate={c} />
        </Tabs.Panel>
        <Tabs.Panel value="situazione">
          <SituazioneTab candidate={c} />
        </Tabs.Panel>
        <Tabs.Panel value="competenze">
          <CompetenzeTab candidate={c} />
        </Tabs.Panel>
        <Tabs.Panel value="disponibilita">
          <DisponibilitaTab candidate={c} />
        </Tabs.Panel>
        <Tabs.Panel value="documenti">
          <DocumentsTab candidate={c} />
        </Tabs.Panel>
        <Tabs.Panel value="privacy">
          <PrivacyTab candidate={c} />
        </Tabs.Panel>
        <Tabs.Panel value="abbinamenti">
          <CandidateMatchesTab candidate={c} />
        </Tabs.Panel>
        <Tabs.Panel value="tirocini">
          <InternshipsCard of={{ candidateId: c.id }} newFileLink={live && c.status === 'attivo' ? `/tirocini/nuovo?candidato=${c.id}` : null} />
        </Tabs.Panel>
        <Tabs.Panel value="storico">
          <HistoryTab candidate={c} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
