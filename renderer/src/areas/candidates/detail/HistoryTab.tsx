/** Interview notes first (what the desk reads most), then every change to the profile. */
import { Stack, Text } from '@mantine/core';
import type { Candidate } from '@shared/api/candidates';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth/AuthProvider';
import { MASCULINE_ACTION_LABELS } from '../../../lib/action-labels';
import { RecordHistory, type ChangeValue } from '../../../lib/RecordHistory';
import { CANDIDATE_FIELD_LABELS, formatCandidateValue } from '../labels';
import { InterviewNotes } from './InterviewNotes';

// Two profiles of one person merged: «Unione» alone would not say of what.
const ACTION_LABELS = { ...MASCULINE_ACTION_LABELS, merge: 'Unione di profili' };

export function HistoryTab({ candidate: c }: { candidate: Candidate }) {
  const session = useSession();
  // The history stores the operator's id; the names come from the same list the filters use.
  const options = useApiQuery('candidates.filterOptions', {});
  const operatorNames = Object.fromEntries((options.data?.operators ?? []).map((o) => [o.id, o.name]));
  const format = (field: string, value: ChangeValue) => formatCandidateValue(field, value, operatorNames);

  return (
    <Stack>
      <InterviewNotes candidate={c} />
      {session.can('audit.read') ? (
        <RecordHistory entity="candidates" id={c.id} fieldLabels={CANDIDATE_FIELD_LABELS} formatValue={format} actionLabels={ACTION_LABELS} />
      ) : (
        <Text size="sm" c="dimmed">
          Lo storico delle modifiche è visibile solo a chi ha accesso al registro delle attività.
        </Text>
      )}
    </Stack>
  );
}
