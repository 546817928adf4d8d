/**
 * The next steps of one proposal, as buttons: only those its lifecycle allows. Fixing an
 * interview asks for the date and time (and place); the others ask for an optional note.
 */
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import type { Match, MatchStatus } from '@shared/api/matches';
import { nextMatchStatuses } from '@shared/rules/match-lifecycle';
import { agree, type PersonSex } from '@shared/text/agreement';
import { matchStatusOf } from '@shared/text/person-labels';
import { api } from '../../api/client';
import { DateField } from '../../lib/DateField';
import { isUnreadableDate } from '../../lib/italian-date';
import { isStaleError, showApiError, showSaved } from '../../lib/form-errors';

/** What the button says: the action, not the status it leads to (gendered words agreed with the person). */
const ACTION_LABELS: Record<MatchStatus, string> = {
  proposto: 'Proponi',
  colloquio_fissato: 'Fissa il colloquio',
  accettato: 'Segna come accettato/a',
  rifiutato_ente: 'Rifiuto dell’ente',
  rifiutato_candidato: 'Rifiuto del/della candidato/a',
  ritirato: 'Ritira la proposta',
};

/**
 * The dialog's title: the action on this person, «Fissa il colloquio con Rossi Maria», not the
 * status to come. The name is put in after the agreement, so nothing in it is ever read as a pair.
 */
function dialogTitle(to: MatchStatus, moving: boolean, name: string, sex: PersonSex): string {
  switch (to) {
    case 'colloquio_fissato':
      return `${moving ? 'Sposta' : 'Fissa'} il colloquio con ${name}`;
    case 'accettato':
      return `Segna ${name} ${agree(sex, 'come accettato/a')}`;
    case 'rifiutato_ente':
      return `Registra il rifiuto dell’ente per ${name}`;
    case 'rifiutato_candidato':
      return `Registra il rifiuto di ${name}`;
    case 'ritirato':
      return `Ritira la proposta di ${name}`;
    case 'proposto':
      return `Proponi ${name}`;
  }
}

const FINAL_NOTE = 'L’esito resta registrato e non si cambia: per riprovare si fa una nuova proposta.';

export function MatchActions({ match }: { match: Match }) {
  const [target, setTarget] = useState<MatchStatus | null>(null);
  const next = nextMatchStatuses(match.status);
  if (next.length === 0) return null;
  return (
    <>
      {match.status === 'accettato' && <OpenInternship match={match} />}
      {match.status === 'accettato' && (
        <Text size="xs" c="dimmed" mb={4}>
          Se la persona non inizia più:
        </Text>
      )}
      <Group gap={6}>
        {next.map((to) => (
          <Button
            key={to}
            size="compact-sm"
            variant={to === 'accettato' ? 'filled' : to === 'colloquio_fissato' ? 'light' : 'default'}
            color={to === 'accettato' ? 'green' : undefined}
            onClick={() => setTarget(to)}
          >
            {to === 'colloquio_fissato' && match.status === 'colloquio_fissato' ? 'Sposta il colloquio' : agree(match.candidateSex, ACTION_LABELS[to])}
          </Button>
        ))}
      </Group>
      <Modal opened={target !== null} onClose={() => setTarget(null)} title={target ? dialogTitle(target, match.status === target, match.candidateName, match.candidateSex) : ''}>
        {target && (
          <MoveForm
            match={match}
            to={target}
            onDone={() => setTarget(null)}
            onCancel={() => setTarget(null)}
          />
        )}
      </Modal>
    </>
  );
}

/** The way from an accepted proposal to its internship file: open it, or go to the one already open. */
function OpenInternship({ match }: { match: Match }) {
  const navigate = useNavigate();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  if (match.internshipId) {
    return (
      <Button component={Link} to={`/tirocini/${match.internshipId}`} size="compact-sm" variant="light" mb={6}>
        Vai alla pratica di tirocinio
      </Button>
    );
  }
  if (!session.can('internships.write')) return null;
  async function open() {
    setBusy(true);
    try {
      const file = await api.call('internships.createFromMatch', { matchId: match.id });
      showSaved(`Pratica ${file.number} aperta in bozza: completa i dati e verifica le regole.`, 'Pratica aperta');
      void navigate(`/tirocini/${file.id}`);
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button size="compact-sm" mb={6} loading={busy} onClick={() => void open()}>
      Apri la pratica di tirocinio
    </Button>
  );
}

function MoveForm({ match, to, onDone, onCancel }: { match: Match; to: MatchStatus; onDone(): void; onCancel(): void }) {
  const queryClient = useQueryClient();
  const interview = to === 'colloquio_fissato';
  const [day, setDay] = useState<string | null>(match.interviewAt?.slice(0, 10) ?? null);
  const [time, setTime] = useState(match.interviewAt?.slice(11, 16) ?? '');
  const [place, setPlace] = useState(match.interviewPlace ?? '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ day?: string; time?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (interview) {
      const problems = {
        day: !day ? 'Indica il giorno' : isUnreadableDate(day) ? 'Giorno del colloquio: data non valida' : undefined,
        time: /^\d{2}:\d{2}$/.test(time) ? undefined : 'Indica l’ora (es. 10:30)',
      };
      setErrors(problems);
      if (problems.day || problems.time) return;
    }
    setBusy(true);
    try {
      await api.call('matches.transition', {
        id: match.id,
        hlc: match.hlc,
        to,
        interviewAt: interview ? `${day}T${time}` : null,
        interviewPlace: interview ? place : null,
        note,
      });
      showSaved(`La proposta di ${match.candidateName} ora è «${matchStatusOf(to, match.candidateSex)}».`, 'Proposta aggiornata');
      onDone();
    } catch (e) {
      showApiError(e);
      // Someone else moved this proposal: show the current one rather than retry with the old version
      // (a refused write refreshes nothing by itself, so the screen is read again here).
      // Otherwise the form stays open with what was typed; the reason is in the message.
      if (isStaleError(e)) {
        void queryClient.invalidateQueries();
        onDone();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      {to === 'accettato' && (
        <Text size="sm">
          L’associazione e {match.candidateName} hanno detto sì. Da questa proposta partirà la pratica di tirocinio; poi potrai segnare il
          fabbisogno come «Coperto».
        </Text>
      )}
      {(to === 'rifiutato_ente' || to === 'rifiutato_candidato' || to === 'ritirato') && (
        <Text size="sm">
          {match.status === 'accettato' ? 'La persona era stata accettata: se il fabbisogno era «Coperto» torna «In analisi». ' : ''}
          {FINAL_NOTE}
        </Text>
      )}
      {interview && (
        <Group grow align="flex-start">
          <DateField
            label="Giorno del colloquio"
            required
            minDate={new Date()}
            value={day}
            onChange={(v) => {
              setDay(v);
              setErrors((e) => ({ ...e, day: undefined }));
            }}
            error={errors.day}
          />
          <TimeInput
            label="Ora"
            required
            value={time}
            onChange={(e) => {
              setTime(e.currentTarget.value);
              setErrors((old) => ({ ...old, time: undefined }));
            }}
            error={errors.time}
          />
        </Group>
      )}
      {interview && <TextInput label="Luogo (facoltativo)" placeholder="es. sede dell’associazione" maxLength={200} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />}
      <Textarea label="Nota (facoltativa)" autosize minRows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Annulla
        </Button>
        <Button loading={busy} onClick={() => void submit()} color={to === 'accettato' ? 'green' : undefined}>
          Conferma
        </Button>
      </Group>
    </Stack>
  );
}
