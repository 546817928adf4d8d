/**
 * Delete (recoverably) and restore a record from its page: a red confirmation first, a toast
 * after. One mechanism for associations, candidates and needs; the client's refresh after the
 * write shows the record's new state wherever it is on screen.
 */
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { showApiError, showSaved } from './form-errors';

type Area = 'associations' | 'candidates' | 'needs';

export interface SoftDeleteTexts {
  /** Toast title and message after deleting, then after restoring. */
  deleted: [title: string, message: string];
  restored: [title: string, message: string];
}

export function useSoftDelete(area: Area, id: string, texts: SoftDeleteTexts) {
  const [busy, setBusy] = useState(false);

  async function setDeleted(deleted: boolean) {
    setBusy(true);
    try {
      await api.call(deleted ? `${area}.delete` : `${area}.restore`, { id });
      const [title, message] = deleted ? texts.deleted : texts.restored;
      showSaved(message, title);
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }

  const confirmDelete = (title: string, body: ReactNode) =>
    modals.openConfirmModal({
      title,
      children: <Text size="sm">{body}</Text>,
      labels: { confirm: 'Elimina', cancel: 'Annulla' },
      confirmProps: { color: 'red' },
      onConfirm: () => void setDeleted(true),
    });

  return { busy, confirmDelete, restore: () => void setDeleted(false) };
}
