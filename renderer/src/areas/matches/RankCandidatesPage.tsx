/**
 * "Candidati adatti" for one need: everyone available, best first, with the reasons; the desk
 * ticks the people to propose and proposes them in one step. The next step is always in view:
 * tick, then "Proponi".
 */
import { Alert, Button, Card, Group, Loader, Modal, Pagination, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { apiKey, useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { showApiError, showSaved } from '../../lib/form-errors';
import { NeedStatusBadge } from '../../components/NeedStatusBadge';
import { isProposable, RankedCandidatesTable } from './RankedCandidatesTable';
import { WeightsButton } from './WeightsPanel';
import { PROPOSABLE_NEED_STATUSES } from '@shared/api/need-fields';
import type { RankedCandidate } from '@shared/api/matches';
import { agree, groupSex } from '@shared/text/agreement';
import { plural } from '@shared/text/plural';

/** Who is ticked: the name to list, the sex to agree the words said of them (proposto/proposta). */
type Picked = Pick<RankedCandidate, 'name' | 'sex'>;

const PAGE_SIZE = 20;

export function RankCandidatesPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [includeUnavailable, setIncludeUnavailable] = useState(false);
  const [selected, setSelected] = useState<Map<string, Picked>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const need = useApiQuery('needs.get', { id });
  const weights = useApiQuery('matches.weights', {});
  const ranking = useApiQuery('matches.rankCandidates', { needId: id, includeUnavailable, page, pageSize: PAGE_SIZE });

  // Someone proposed meanwhile by a colleague, or no longer available, leaves the selection.
  const rows = ranking.data?.items;
  useEffect(() => {
    if (!rows) return;
    setSelected((current) => {
      const gone = rows.filter((r) => current.has(r.candidateId) && !isProposable(r));
      if (gone.length === 0) return current;
      const next = new Map(current);
      for (const r of gone) next.delete(r.candidateId);
      return next;
    });
  }, [rows]);

  if (need.error) return <LoadError message={need.error} />;
  if (ranking.error) return <LoadError message={ranking.error} />;
  if (!need.data) return <Loader aria-label="Caricamento del fabbisogno" />;
  const n = need.data;
  const open = PROPOSABLE_NEED_STATUSES.includes(n.status) && !n.deletedAt;
  const canPropose = open && session.can('matches.write');
  const r = ranking.data;
  const picked = [...selected.values()];
  const names = picked.map((p) => p.name).join(', ');
  // One person's own sex, or the group's for a plural («proposte» only when all are women).
  const sex = groupSex(picked.map((p) => p.sex));

  function toggle(candidateId: string) {
    const row = r?.items.find((i) => i.candidateId === candidateId);
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(candidateId)) next.delete(candidateId);
      else next.set(candidateId, { name: row?.name ?? '', sex: row?.sex ?? null });
      return next;
    });
  }

  async function propose() {
    setBusy(true);
    try {
      await api.call('matches.propose', { needId: id, candidateIds: [...selected.keys()], note });
      showSaved(
        plural(selected.size, 'Il/La candidato/a è stato/a proposto/a.', '# candidati/e sono stati/e proposti/e.', sex),
        'Proposta registrata',
      );
      void navigate(`/fabbisogni/${id}`);
    } catch (e) {
      showApiError(e);
      setConfirming(false);
      // A refused proposal refreshes nothing by itself; a colleague may have proposed someone meanwhile.
      void queryClient.invalidateQueries({ queryKey: apiKey('matches.rankCandidates') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack maw={1150}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm">
            <Link to={`/fabbisogni/${id}`}>← {n.title}</Link>
          </Text>
          <Title order={1}>Candidati adatti</Title>
          <Group gap="xs">
            <Text>
              {n.title} · {n.associationName} · {n.comune}
              {n.province ? ` (${n.province})` : ''}
            </Text>
            <NeedStatusBadge status={n.status} />
          </Group>
        </div>
        {weights.data && <WeightsButton weights={weights.data} />}
      </Group>

      {!open && (
        <Alert color="gray" title="Il fabbisogno non accetta nuove proposte">
          {n.deletedAt
            ? 'Il fabbisogno è stato eliminato: ripristinalo dalla sua pagina per proporre candidati.'
            : 'Si propongono candidati solo a fabbisogni nuovi, in analisi o con candidati già proposti: per proporre qualcuno riapri il fabbisogno dalla sua pagina.'}{' '}
          La classifica resta consultabile.
        </Alert>
      )}

      <Card withBorder>
        <Group justify="space-between">
          <Text size="sm" aria-live="polite">
            {r ? rankingSummary(r.total, r.unavailable) : 'Calcolo della classifica…'}
          </Text>
          <Switch
            label="Mostra anche i non disponibili"
            checked={includeUnavailable}
            onChange={(e) => {
              setIncludeUnavailable(e.currentTarget.checked);
              setPage(1);
            }}
          />
        </Group>
      </Card>

      {canPropose && (
        <Card withBorder bg={selected.size > 0 ? 'blue.0' : undefined} pos="sticky" top={0} style={{ zIndex: 2 }}>
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              {selected.size === 0
                ? 'Spunta i candidati da proporre all’associazione.'
                : `${agree(sex, 'Selezionati/e')}: ${names}`}
            </Text>
            <Button leftSection={<IconSend size={16} />} disabled={selected.size === 0} onClick={() => setConfirming(true)}>
              {selected.size === 0 ? 'Proponi' : plural(selected.size, 'Proponi il/la candidato/a', 'Proponi # candidati/e', sex)}
            </Button>
          </Group>
        </Card>
      )}

      {!r ? (
        <Loader aria-label="Calcolo della classifica" />
      ) : r.items.length === 0 ? (
        <Text c="dimmed">Nessun candidato da mostrare.</Text>
      ) : (
        <>
          <RankedCandidatesTable rows={r.items} firstPosition={(page - 1) * PAGE_SIZE + 1} selected={new Set(selected.keys())} onToggle={toggle} canPropose={canPropose} />
          {r.total > PAGE_SIZE && (
            <Pagination total={Math.ceil(r.total / PAGE_SIZE)} value={page} onChange={setPage} aria-label="Pagine della classifica" />
          )}
        </>
      )}

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Proponi ${plural(selected.size, names, agree(sex, '# candidati/e'))} per «${n.title}»`}
      >
        <Stack>
          <Text size="sm">
            {names} {plural(selected.size, 'sarà proposto/a', 'saranno proposti/e', sex)} per «{n.title}». Con la proposta resta
            registrato il punteggio di oggi, con i suoi motivi.
          </Text>
          <Textarea label="Nota (facoltativa)" placeholder="es. CV inviati alla presidente" autosize minRows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Annulla
            </Button>
            <Button loading={busy} onClick={() => void propose()}>
              Proponi
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function rankingSummary(total: number, unavailable: number): string {
  const ranked = plural(total, '1 candidato in classifica', '# candidati in classifica');
  if (unavailable === 0) return ranked;
  const left = plural(unavailable, '1 non disponibile escluso', '# non disponibili esclusi');
  return `${ranked} · ${left} (in tirocinio, occupati, non disponibili o archiviati)`;
}
