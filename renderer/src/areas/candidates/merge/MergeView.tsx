/**
 * The merge itself: the two profiles, the choice of every differing value, a plain account of
 * what happens to the rest, and a confirmation before the step that cannot be undone.
 */
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowsLeftRight, IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { candidateFields, type Candidate } from '@shared/api/candidates';
import type { MethodInput } from '@shared/api/contract';
import { ApiCallError, type ApiError } from '@shared/api/errors';
import { apiKey } from '../../../api/query';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { CANDIDATE_FIELD_LABELS } from '../labels';
import { composeMergeData, type MergeChoice, type MergeField } from './merge-fields';
import { MergeTable } from './MergeTable';
import { ProfileSummary } from './ProfileSummary';

interface MergeViewProps {
  survivor: Candidate;
  absorbed: Candidate;
  /** Owned by the page, which must know a merge is under way (see CandidateMergePage). */
  merge: UseMutationResult<Candidate, Error, MethodInput<'candidates.merge'>>;
  onSwap(): void;
}

const fullName = (c: Candidate) => `${c.lastName} ${c.firstName}`;
/** Name and code: two profiles of one person usually share the name, so the code tells them apart. */
const identify = (c: Candidate) => `${fullName(c)} (${c.taxCode})`;

export function MergeView({ survivor, absorbed, merge: mutation, onSwap }: MergeViewProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Only the rows the coordinator touched; the others follow the proposed default. Kept here, not in
  // the profiles' answers, so reading the two profiles again (after any write) leaves them as chosen.
  const [choices, setChoices] = useState<Partial<Record<MergeField, MergeChoice>>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState<ApiError | null>(null);

  const operatorNames: Record<string, string> = {};
  for (const c of [survivor, absorbed]) if (c.operatorId && c.operatorName) operatorNames[c.operatorId] = c.operatorName;

  async function merge() {
    setConflict(null);
    try {
      const saved = await mutation.mutateAsync({
        survivorId: survivor.id,
        survivorHlc: survivor.hlc,
        absorbedId: absorbed.id,
        absorbedHlc: absorbed.hlc,
        data: composeMergeData(survivor, absorbed, choices),
      });
      showSaved(`Il profilo ${identify(absorbed)} è stato unito a ${identify(saved)}.`, 'Profili uniti');
      void navigate(`/candidati/${saved.id}`);
    } catch (error) {
      const apiError = error instanceof ApiCallError ? error.error : null;
      // The core's stale message speaks of the edit form; here the way out is reading both profiles again.
      if (apiError?.details?.reason === 'stale') {
        setConflict({ ...apiError, message: 'Nel frattempo qualcuno ha modificato uno dei due profili. Ricaricali per vedere i dati attuali: le scelte fatte qui restano.' });
        return;
      }
      showApiError(error);
      if (apiError?.code === 'CONFLICT') setConflict(apiError);
    }
  }

  // A refused write refreshes nothing by itself: ask again for the two profiles this page shows.
  function readBothAgain() {
    setConflict(null);
    for (const id of [survivor.id, absorbed.id]) void queryClient.invalidateQueries({ queryKey: apiKey('candidates.get', { id }) });
  }

  function confirm() {
    // The chosen data must make a valid profile (e.g. at most 30 experiences once joined).
    const parsed = candidateFields.safeParse(composeMergeData(survivor, absorbed, choices));
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((i) => `${CANDIDATE_FIELD_LABELS[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`));
      return;
    }
    setProblems([]);
    modals.openConfirmModal({
      title: 'Unire i due profili?',
      centered: true,
      children: (
        <Text size="sm">
          Resta il profilo <strong>{identify(survivor)}</strong> con i dati scelti. Il profilo <strong>{identify(absorbed)}</strong> diventa un rimando e non si
          potrà più modificare. L’unione non si può annullare.
        </Text>
      ),
      labels: { confirm: 'Unisci i profili', cancel: 'Annulla' },
      confirmProps: { color: 'orange' },
      onConfirm: () => void merge(),
    });
  }

  return (
    <Stack>
      <Group align="stretch" wrap="nowrap">
        <ProfileSummary candidate={survivor} kept />
        <Button variant="default" onClick={onSwap} leftSection={<IconArrowsLeftRight size={16} />} style={{ alignSelf: 'center' }}>
          Tieni l’altro profilo
        </Button>
        <ProfileSummary candidate={absorbed} kept={false} />
      </Group>

      <Alert color="blue" icon={<IconInfoCircle size={20} />} title="Cosa succede unendo i profili">
        <List size="sm" spacing={2}>
          <List.Item>Resta il profilo di sinistra, con i dati che scegli qui sotto riga per riga.</List.Item>
          <List.Item>Note di colloquio, allegati, proposte, pratiche di tirocinio, documenti e cronologia dell’altro profilo passano al profilo che resta.</List.Item>
          <List.Item>I dati particolari (salute, disabilità, servizi sociali) passano al profilo che resta: quelli che gli mancano sono presi dall’altro, le note di entrambi restano una sotto l’altra.</List.Item>
          <List.Item>L’altro profilo non viene cancellato: diventa un rimando a quello che resta, così chi lo apre arriva al profilo giusto.</List.Item>
        </List>
      </Alert>

      <MergeTable
        survivor={survivor}
        absorbed={absorbed}
        choices={choices}
        onChoose={(field, choice) => setChoices((c) => ({ ...c, [field]: choice }))}
        operatorNames={operatorNames}
      />

      {problems.length > 0 && (
        <Alert color="red" title="Con questi dati il profilo non sarebbe valido">
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {conflict && (
        <Alert color="orange" title="Profili non uniti">
          <Stack gap={4} align="flex-start">
            <Text size="sm">{conflict.message}</Text>
            {conflict.details?.reason === 'stale' && (
              <Button
                size="xs"
                variant="white"
                color="orange"
                onClick={readBothAgain}
              >
                Ricarica i due profili
              </Button>
            )}
          </Stack>
        </Alert>
      )}

      <Group>
        <Button color="orange" onClick={confirm} loading={mutation.isPending}>
          Unisci i profili…
        </Button>
        <Button variant="default" onClick={() => void navigate(`/candidati/${survivor.id}`)}>
          Annulla
        </Button>
      </Group>
    </Stack>
  );
}
