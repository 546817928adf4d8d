/**
 * The file's next steps, as buttons: only those its lifecycle allows. Each asks for what the step
 * needs (the notice to start, the outcome to conclude, who and why to interrupt, the reason of a
 * suspension); the core still checks, and its Italian reason is shown on the field.
 */
import { Alert, Anchor, Button, Card, Group, Modal, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  INTERNSHIP_OUTCOMES,
  INTERNSHIP_STATUS_LABELS,
  INTERRUPTED_BY,
  SUSPENSION_REASON_LABELS,
  SUSPENSION_REASONS,
  type Internship,
  type InternshipStatus,
} from '@shared/api/internship-fields';
import type { InternshipMoveInput } from '@shared/api/internships';
import { nextInternshipStatuses } from '@shared/rules/internship-lifecycle';
import { interruptedByOf, outcomeOf } from '@shared/text/person-labels';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { DateField } from '../../../lib/DateField';
import { ExtendButton } from './ExtendButton';
import { isStaleError, showApiError, showSaved } from '../../../lib/form-errors';
import { ApiCallError } from '@shared/api/errors';
import { useRefetchFile } from './useRefetchFile';

const ACTION: Record<InternshipStatus, string> = {
  bozza: 'Riporta in bozza',
  in_firma: 'Manda in firma',
  attivo: 'Avvia il tirocinio',
  sospeso: 'Sospendi',
  concluso: 'Concludi',
  interrotto: 'Interrompi',
};

type Move = Omit<InternshipMoveInput, 'id' | 'hlc' | 'to'>;

/** The dialog's title: the step being taken on this person's file, «Avvia il tirocinio di Rossi Maria», not the status to come. */
function dialogTitle(file: Internship, to: InternshipStatus): string {
  const of = `di ${file.candidateName}`;
  switch (to) {
    case 'bozza':
      return `Riporta in bozza la pratica ${file.number} ${of}`;
    case 'in_firma':
      return `Manda in firma la pratica ${file.number} ${of}`;
    case 'attivo':
      return `${file.status === 'sospeso' ? 'Riprendi' : 'Avvia'} il tirocinio ${of}`;
    case 'sospeso':
      return `Sospendi il tirocinio ${of}`;
    case 'concluso':
      return `Concludi il tirocinio ${of}`;
    case 'interrotto':
      return `Interrompi il tirocinio ${of}`;
  }
}

export function MoveButtons({ file }: { file: Internship }) {
  const [to, setTo] = useState<InternshipStatus | null>(null);
  const next = nextInternshipStatuses(file.status);
  if (next.length === 0) return null;
  // Signature and start need the rules cleared: the button waits, and says why.
  const blocked = file.findings.some((f) => f.severity === 'blocking' && !f.waiver);
  const waits = (s: InternshipStatus) => blocked && (s === 'in_firma' || (s === 'attivo' && file.status === 'in_firma'));
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>Prossimo passo</Title>
        {next.some(waits) && (
          <Text size="sm" c="red.8">
            Prima {file.status === 'bozza' ? 'di mandarla in firma' : 'di avviarla'} risolvi i blocchi della verifica delle regole
            {file.status === 'bozza' ? ' (con «Modifica»)' : ''}.
          </Text>
        )}
        <Group gap="xs">
          {next.map((s) => (
            <Button
              key={s}
              variant={s === 'interrotto' || s === 'bozza' ? 'default' : 'filled'}
              color={s === 'interrotto' ? 'red' : undefined}
              disabled={waits(s)}
              onClick={() => setTo(s)}
            >
              {file.status === 'sospeso' && s === 'attivo' ? 'Riprendi il tirocinio' : ACTION[s]}
            </Button>
          ))}
          <ExtendButton file={file} />
        </Group>
      </Stack>
      <Modal opened={to !== null} onClose={() => setTo(null)} title={to ? dialogTitle(file, to) : ''} size="lg">
        {to && <MoveForm file={file} to={to} onDone={() => setTo(null)} />}
      </Modal>
    </Card>
  );
}

function MoveForm({ file, to, onDone }: { file: Internship; to: InternshipStatus; onDone(): void }) {
  const refetchFile = useRefetchFile(file.id);
  const [move, setMove] = useState<Move>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Move) => {
    setMove((m) => ({ ...m, ...patch }));
    setErrors({});
  };
  const starting = to === 'attivo' && file.status === 'in_firma';

  async function submit() {
    setBusy(true);
    try {
      await api.call('internships.transition', { id: file.id, hlc: file.hlc, to, ...move });
      showSaved(`La pratica ${file.number} ora è «${INTERNSHIP_STATUS_LABELS[to]}».`, 'Pratica aggiornata');
      onDone();
    } catch (e) {
      showApiError(e);
      if (e instanceof ApiCallError) setErrors(Object.fromEntries((e.error.issues ?? []).map((i) => [i.path, i.message])));
      if (isStaleError(e)) {
        refetchFile();
        onDone();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      {to === 'in_firma' && <Text size="sm">La convenzione e il progetto formativo vanno firmati da promotore, ospitante e tirocinante. Se ci sono blocchi nella verifica delle regole, il passaggio non è possibile.</Text>}
      {to === 'bozza' && <Text size="sm">La pratica torna modificabile; i documenti andranno firmati di nuovo.</Text>}
      {starting && <PackReminder internshipId={file.id} />}
      {starting && (
        <Group grow align="flex-start">
          <DateField label="Data della comunicazione obbligatoria" required value={move.noticeDate ?? null} onChange={(v) => set({ noticeDate: v })} error={errors.noticeDate} />
          <TextInput label="Numero della comunicazione" required value={move.noticeNumber ?? ''} onChange={(e) => set({ noticeNumber: e.currentTarget.value })} error={errors.noticeNumber} />
        </Group>
      )}
      {to === 'sospeso' && (
        <Group grow align="flex-start">
          <Select
            label="Motivo"
            required
            data={SUSPENSION_REASONS.map((r) => ({ value: r, label: SUSPENSION_REASON_LABELS[r] }))}
            value={move.suspensionReason ?? null}
            onChange={(v) => set({ suspensionReason: v as Move['suspensionReason'] })}
            error={Boolean(errors.suspensionReason)}
          />
          <DateField label="Dal giorno" value={move.suspensionFrom ?? null} onChange={(v) => set({ suspensionFrom: v })} error={errors.suspensionFrom ? true : undefined} description="Vuoto: da oggi" />
          <DateField
            label="Fino al (previsto)"
            required
            value={move.suspensionTo ?? null}
            onChange={(v) => set({ suspensionTo: v })}
            error={errors.suspensionTo ? true : undefined}
            description="Dal certificato o dalla comunicazione"
          />
        </Group>
      )}
      {to === 'sospeso' && <SuspensionRefusal message={errors.suspensionReason ?? errors.suspensionFrom ?? errors.suspensionTo ?? null} />}
      {to === 'sospeso' && <SuspensionRule ruleSetId={file.ruleSetId} />}
      {to === 'concluso' && (
        <Group grow align="flex-start">
          <Select
            label="Esito"
            required
            data={INTERNSHIP_OUTCOMES.map((o) => ({ value: o, label: outcomeOf(o, file.candidateSex) }))}
            value={move.outcome ?? null}
            onChange={(v) => set({ outcome: v as Move['outcome'] })}
            error={errors.outcome}
          />
          <DateField label="Fine effettiva" required value={move.actualEndDate ?? null} onChange={(v) => set({ actualEndDate: v })} error={errors.actualEndDate} />
        </Group>
      )}
      {to === 'interrotto' && (
        <>
          <Group grow align="flex-start">
            <Select
              label="Chi lo interrompe"
              required
              data={INTERRUPTED_BY.map((b) => ({ value: b, label: interruptedByOf(b, file.candidateSex) }))}
              value={move.interruptedBy ?? null}
              onChange={(v) => set({ interruptedBy: v as Move['interruptedBy'] })}
              error={errors.interruptedBy}
            />
            <DateField label="Ultimo giorno" required value={move.actualEndDate ?? null} onChange={(v) => set({ actualEndDate: v })} error={errors.actualEndDate} />
          </Group>
          <Textarea label="Motivo" required autosize minRows={2} maxLength={1000} value={move.interruptionReason ?? ''} onChange={(e) => set({ interruptionReason: e.currentTarget.value })} error={errors.interruptionReason} />
          <Group grow align="flex-start">
            <DateField label="Comunicazione di cessazione: data" value={move.endNoticeDate ?? null} onChange={(v) => set({ endNoticeDate: v })} />
            <TextInput label="Numero" value={move.endNoticeNumber ?? ''} onChange={(e) => set({ endNoticeNumber: e.currentTarget.value })} />
          </Group>
        </>
      )}
      <Textarea label="Nota (facoltativa)" autosize minRows={1} maxLength={1000} value={move.note ?? ''} onChange={(e) => set({ note: e.currentTarget.value })} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Annulla
        </Button>
        <Button loading={busy} color={to === 'interrotto' ? 'red' : undefined} onClick={() => void submit()}>
          {file.status === 'sospeso' && to === 'attivo' ? 'Riprendi il tirocinio' : ACTION[to]}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Why the core refused the suspension, across the dialog: the refusal of a short one is a long
 * sentence (what suspends, which days to enter as absences and where), too long under a field.
 */
function SuspensionRefusal({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid="suspension-refusal">
      {message}
    </Alert>
  );
}

/**
 * What suspends a tirocinio and what is only an absence, with the day counts of the file's rule
 * set: the core refuses a shorter «sospensione» with the same words.
 */
function SuspensionRule({ ruleSetId }: { ruleSetId: string }) {
  const set = useApiQuery('ruleSets.get', { id: ruleSetId });
  const days = set.data?.suspension ?? null;
  return (
    <Text size="xs" c="dimmed" data-testid="suspension-rule">
      {days
        ? `Si sospende solo per maternità, malattia o infortunio di almeno ${days.healthMinDays} giorni o per chiusura dell’ospitante di almeno ${days.closureMinDays} giorni di calendario: quei giorni non contano nella durata massima e alla ripresa la fine prevista si sposta.`
        : 'Si sospende solo per maternità, malattia o infortunio lunghi o per chiusura dell’ospitante: alla ripresa la fine prevista si sposta.'}{' '}
      Un periodo più breve è un’assenza: registrala nelle presenze del mese.
    </Text>
  );
}

/** Before the notice is typed: says at once when the signed pack is missing, rather than after the click. */
function PackReminder({ internshipId }: { internshipId: string }) {
  const docs = useApiQuery('documents.forInternship', { internshipId });
  if (!docs.data || docs.data.signaturesComplete) return null;
  return (
    <Alert color="yellow" variant="light">
      Mancano la convenzione e il progetto formativo firmati sui dati attuali della pratica: preparali e allega le scansioni nella scheda{' '}
      <Anchor component={Link} to={`/tirocini/${internshipId}?scheda=documenti`}>
        Documenti
      </Anchor>
      , altrimenti l’avvio sarà rifiutato (salvo deroga di un coordinatore).
    </Alert>
  );
}
