/**
 * `candidati/:id/unisci/:otherId`: merging two profiles of the same person. `:id` is the profile
 * that stays; swapping them only changes the address, so reopening the page shows the same choice.
 */
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { Candidate } from '@shared/api/candidates';
import { apiMutation, useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { MergeView } from './MergeView';

/** Why a profile cannot take part in a merge, in the desk's words; null when it can. */
function blockedReason(c: Candidate): string | null {
  if (c.mergedInto) return `Il profilo di ${c.lastName} ${c.firstName} è già stato unito a un altro.`;
  if (c.deletedAt) return `Il profilo di ${c.lastName} ${c.firstName} è eliminato: ripristinalo prima di unirlo.`;
  return null;
}

export function CandidateMergePage() {
  const { id = '', otherId = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const survivor = useApiQuery('candidates.get', { id });
  const absorbed = useApiQuery('candidates.get', { id: otherId });
  const merge = useMutation(apiMutation('candidates.merge'));

  const title = <Title order={1}>Unisci due profili della stessa persona</Title>;
  if (!session.can('candidates.merge')) {
    return (
      <Stack>
        {title}
        <Alert color="orange" title="Non puoi unire i profili">
          Solo un coordinatore o un amministratore può unire due profili. Se sono la stessa persona, chiedi a loro.
        </Alert>
      </Stack>
    );
  }
  if (id === otherId) {
    return (
      <Stack>
        {title}
        <Alert color="orange">Per unire servono due profili diversi.</Alert>
      </Stack>
    );
  }
  const error = survivor.error ?? absorbed.error;
  if (error) return <LoadError message={error} />;
  if (!survivor.data || !absorbed.data) return <Loader />;

  // A merge that went through refreshes both profiles before the page moves on, and the absorbed one
  // then reads «already merged»: that is this merge's own result, not a reason to block it.
  const ours = merge.isPending || merge.isSuccess;
  const blocked = ours ? [] : [survivor.data, absorbed.data].map(blockedReason).filter((r): r is string => r !== null);
  return (
    <Stack maw={1200}>
      <div>
        {title}
        <Text size="sm" c="dimmed">
          Scegli, per ogni dato diverso, quale tenere. Proponiamo quello del profilo che resta, o quello dell’altro dove il primo è vuoto.
        </Text>
      </div>
      {blocked.length > 0 ? (
        <Alert color="orange" title="Questi profili non si possono unire">
          <Stack gap={4} align="flex-start">
            {blocked.map((b) => (
              <Text key={b} size="sm">
                {b}
              </Text>
            ))}
            <Anchor component={Link} to={`/candidati/${id}`} size="sm">
              Torna al profilo
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <MergeView
          key={`${id}:${otherId}`}
          survivor={survivor.data}
          absorbed={absorbed.data}
          merge={merge}
          onSwap={() => void navigate(`/candidati/${otherId}/unisci/${id}`, { replace: true })}
        />
      )}
    </Stack>
  );
}
