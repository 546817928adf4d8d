/** Proroga: a new planned end within the maximum, with its own mandatory notice filed by the old end. */
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ApiCallError } from '@shared/api/errors';
import type { Internship } from '@shared/api/internship-fields';
import { api } from '../../../api/client';
import { DateField } from '../../../lib/DateField';
import { formatDate } from '../../../lib/format';
import { isStaleError, showApiError, showSaved } from '../../../lib/form-errors';
import { useRefetchFile } from './useRefetchFile';

export function ExtendButton({ file }: { file: Internship }) {
  const refetchFile = useRefetchFile(file.id);
  const [open, setOpen] = useState(false);
  const [newEndDate, setNewEndDate] = useState<string | null>(null);
  const [noticeDate, setNoticeDate] = useState<string | null>(null);
  const [noticeNumber, setNoticeNumber] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  if (file.status !== 'attivo' && file.status !== 'sospeso') return null;

  async function submit() {
    setBusy(true);
    try {
      await api.call('internships.extend', { id: file.id, hlc: file.hlc, newEndDate: newEndDate ?? '', noticeDate, noticeNumber, reason });
      showSaved(`Tirocinio prorogato al ${formatDate(newEndDate)}.`, 'Proroga registrata');
      setOpen(false);
    } catch (e) {
      showApiError(e);
      if (e instanceof ApiCallError) setErrors(Object.fromEntries((e.error.issues ?? []).map((i) => [i.path, i.message])));
      if (isStaleError(e)) {
        setOpen(false);
        refetchFile();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Proroga
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Proroga il tirocinio di ${file.candidateName}`}>
        <Stack>
          <Text size="sm">
            Fine prevista oggi: {formatDate(file.plannedEndDate)}. La proroga resta entro la durata massima e richiede la comunicazione
            obbligatoria, fatta entro la fine prevista.
          </Text>
          <DateField label="Nuova fine prevista" required value={newEndDate} onChange={(v) => { setNewEndDate(v); setErrors({}); }} error={errors.newEndDate} />
          <Group grow align="flex-start">
            <DateField label="Comunicazione di proroga: data" required value={noticeDate} onChange={(v) => { setNoticeDate(v); setErrors({}); }} error={errors.noticeDate} />
            <TextInput label="Numero" required value={noticeNumber} onChange={(e) => setNoticeNumber(e.currentTarget.value)} error={errors.noticeNumber} />
          </Group>
          <Textarea label="Motivo (facoltativo)" autosize minRows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Annulla
            </Button>
            <Button loading={busy} onClick={() => void submit()}>
              Registra la proroga
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
