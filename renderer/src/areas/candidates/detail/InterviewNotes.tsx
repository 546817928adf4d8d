/** Interview notes: dated, signed by who wrote them, newest first; a new one is one line away. */
import { ActionIcon, Button, Card, Group, Stack, Text, Textarea, Timeline, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconMessagePlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { Candidate, CandidateNote } from '@shared/api/candidates';
import { isIsoDate } from '@shared/api/fields';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { DateField } from '../../../lib/DateField';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { today } from '@shared/validation/italian-time';

export function InterviewNotes({ candidate: c }: { candidate: Candidate }) {
  const session = useSession();
  const canWrite = session.can('candidates.write') && !c.deletedAt;
  const [date, setDate] = useState<string | null>(today());
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ date?: string; text?: string }>({});
  const [saving, setSaving] = useState(false);
  const notes = [...c.notesLog].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));

  // The note carries its author's name, not id: the name is what can be compared. Coordinators may delete any note.
  const canDelete = (n: CandidateNote) => canWrite && (session.can('candidates.merge') || n.authorName === session.operator.fullName);

  async function add(event: FormEvent) {
    event.preventDefault();
    const problems = {
      date: !date ? 'Indica la data del colloquio' : isIsoDate(date) ? undefined : 'Data del colloquio: data non valida',
      text: text.trim() ? undefined : 'Scrivi il testo della nota',
    };
    setErrors(problems);
    if (!date || problems.date || problems.text) return;
    setSaving(true);
    try {
      await api.call('candidates.addNote', { candidateId: c.id, date, text: text.trim() });
      showSaved('La nota è nello storico dei colloqui.', 'Nota aggiunta');
      setText('');
      setDate(today());
    } catch (e) {
      showApiError(e);
    } finally {
      setSaving(false);
    }
  }

  async function remove(n: CandidateNote) {
    try {
      await api.call('candidates.deleteNote', { id: n.id });
      showSaved(`La nota del ${formatDate(n.date)} è stata eliminata.`, 'Nota eliminata');
    } catch (e) {
      showApiError(e);
    }
  }

  const confirmRemove = (n: CandidateNote) =>
    modals.openConfirmModal({
      title: 'Eliminare la nota?',
      children: <Text size="sm">La nota del {formatDate(n.date)} scritta da {n.authorName} sarà eliminata. Resterà traccia dell’eliminazione nello storico.</Text>,
      labels: { confirm: 'Elimina', cancel: 'Annulla' },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove(n),
    });

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>Colloqui</Title>
        {canWrite && (
          <form onSubmit={(e) => void add(e)} aria-label="Nuova nota di colloquio">
            <Group align="flex-start" gap="sm">
              <DateField
                label="Data del colloquio"
                value={date}
                onChange={setDate}
                maxDate={today()}
                error={errors.date}
                w={170}
              />
              <Textarea
                label="Testo della nota"
                placeholder="Cosa è emerso dal colloquio, cosa è stato concordato, prossimi passi…"
                autosize
                minRows={2}
                maxRows={10}
                maxLength={4000}
                value={text}
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  setErrors((prev) => ({ ...prev, text: undefined }));
                }}
                error={errors.text}
                style={{ flex: 1 }}
              />
            </Group>
            <Group justify="flex-end" mt="xs">
              <Button type="submit" leftSection={<IconMessagePlus size={16} />} loading={saving}>
                Aggiungi nota
              </Button>
            </Group>
          </form>
        )}
        {notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nessuna nota di colloquio.
          </Text>
        ) : (
          <Timeline bulletSize={12} lineWidth={2}>
            {notes.map((n) => (
              <Timeline.Item
                key={n.id}
                title={
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {formatDate(n.date)} · {n.authorName}
                    </Text>
                    {canDelete(n) && (
                      <Tooltip label="Elimina la nota">
                        <ActionIcon variant="subtle" color="red" size="sm" aria-label={`Elimina la nota del ${formatDate(n.date)}`} onClick={() => confirmRemove(n)}>
                          <IconTrash size={14} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                }
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {n.text}
                </Text>
                <Text size="xs" c="dimmed" mt={2}>
                  Scritta il {formatDateTime(n.createdAt)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}
