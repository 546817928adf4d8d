/**
 * One version of the rules: its numbers, why it cannot be changed when it cannot, and for a
 * coordinator the way to correct or remove it (or to start a newer one from it); its history.
 */
import { Alert, Anchor, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { RuleSetFieldsInput, RuleSetView } from '@shared/api/rule-sets';
import { api } from '../../../api/client';
import { apiQuery, queryClient, useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate } from '../../../lib/format';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { RecordHistory } from '../../../lib/RecordHistory';
import { formatRuleSetValue, RULE_SET_FIELD_LABELS } from './labels';
import { RuleSetBadge, usageText } from './RuleSetBadge';
import { RuleSetForm } from './RuleSetForm';
import { toFields } from './RuleSetNewPage';

const ACTIONS = { create: 'Creata', update: 'Modificata', delete: 'Eliminata', restore: 'Ripristinata', login: 'Accesso', view: 'Consultata', merge: 'Unita', import: 'Arrivata con lo scambio dati', export: 'Esportata', resolve: 'Conflitto risolto' } as const;

export function RuleSetPage() {
  const { id = '' } = useParams();
  const set = useApiQuery('ruleSets.get', { id });
  const canManage = useSession().can('rules.manage');
  const [editing, setEditing] = useState(false);
  /** The version taken in with «Carica la versione attuale»: the next save is made over it. */
  const takenHlc = useRef<string | null>(null);
  if (set.error) return <LoadError message={set.error} />;
  if (!set.data) return <Loader />;
  const s = set.data;
  const editable = canManage && s.lockedReason === null;

  async function update(values: RuleSetFieldsInput) {
    await api.call('ruleSets.update', { id: s.id, hlc: takenHlc.current ?? s.hlc!, data: values });
    takenHlc.current = null;
    showSaved('Le pratiche in bozza seguono già i nuovi numeri.', 'Versione corretta');
    setEditing(false);
  }

  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/impostazioni/regole" size="sm">
        ← Tutte le versioni
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{s.name}</Title>
          <Group gap="xs" mt={4}>
            <Text size="sm">In vigore dal {formatDate(s.validFrom)}</Text>
            <RuleSetBadge set={s} />
            <Text size="sm" c="dimmed">
              Pratiche: {usageText(s.usage)}
            </Text>
          </Group>
        </div>
        {canManage && !editing && (
          <Group>
            {editable && <Button onClick={() => setEditing(true)}>Modifica</Button>}
            {editable && <RemoveButton set={s} />}
            <Button variant="default" component={Link} to={`/impostazioni/regole/nuova?da=${encodeURIComponent(s.id)}`}>
              Nuova versione da questa
            </Button>
          </Group>
        )}
      </Group>
      {s.lockedReason && (
        <Alert color="gray" title="Sola lettura">
          {s.lockedReason}
        </Alert>
      )}
      {!canManage && !s.lockedReason && <Alert color="gray">Solo un coordinatore può modificare le regole.</Alert>}
      <RuleSetForm
        key={`${s.hlc ?? 'base'}-${editing}`}
        initial={toFields(s)}
        readOnly={!editing}
        submitLabel="Salva la correzione"
        onSubmit={update}
        onCancel={() => {
          takenHlc.current = null;
          setEditing(false);
        }}
        loadCurrent={async () => {
          const current = await queryClient.fetchQuery({ ...apiQuery('ruleSets.get', { id: s.id }), staleTime: 0 });
          takenHlc.current = current.hlc;
          return toFields(current);
        }}
      />
      {!s.builtIn && <RecordHistory key={s.hlc} entity="rule_sets" id={s.id} fieldLabels={RULE_SET_FIELD_LABELS} formatValue={formatRuleSetValue} actionLabels={ACTIONS} />}
    </Stack>
  );
}

function RemoveButton({ set }: { set: RuleSetView }) {
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    try {
      await api.call('ruleSets.remove', { id: set.id, hlc: set.hlc! });
      showSaved(`«${set.name}» è stata eliminata; le pratiche in bozza seguono la versione in vigore alla loro data di inizio.`, 'Versione eliminata');
      void navigate('/impostazioni/regole');
    } catch (e) {
      showApiError(e);
      setBusy(false);
    }
  }

  return (
    <>
      <Button color="red" variant="light" onClick={() => setOpened(true)}>
        Elimina
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Eliminare questa versione?" centered>
        <Text size="sm">
          «{set.name}» non sarà più usata. {set.usage.drafts === 1
            ? 'La pratica in bozza che la usa passerà alla versione in vigore alla sua data di inizio.'
            : set.usage.drafts > 1
              ? `Le ${set.usage.drafts} pratiche in bozza che la usano passeranno alla versione in vigore alla loro data di inizio.`
              : ''}
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setOpened(false)}>
            Annulla
          </Button>
          <Button color="red" loading={busy} onClick={() => void remove()}>
            Elimina
          </Button>
        </Group>
      </Modal>
    </>
  );
}
