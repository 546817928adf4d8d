/**
 * Taking one row out of a list: a red confirmation first, the row's button spinning while the core
 * answers, a toast after. A refusal (someone changed or removed the row meanwhile) asks the list
 * again, because a refused write refreshes nothing by itself.
 */
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState, type ReactNode } from 'react';
import type { MethodName } from '@shared/api/contract';
import { apiKey, queryClient } from '../api/query';
import { showApiError } from './form-errors';

export interface RemovalQuestion {
  title: string;
  body: ReactNode;
  /** The confirm button's word: «Elimina», «Togli», «Rimuovi». */
  confirm: string;
}

/** The red «are you sure» before something is taken away. */
export function confirmRemoval({ title, body, confirm }: RemovalQuestion, onConfirm: () => void): void {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{body}</Text>,
    labels: { confirm, cancel: 'Annulla' },
    confirmProps: { color: 'red' },
    onConfirm,
  });
}

/**
 * `remove` writes and says what happened; `list` is the read to ask again after a refusal (none:
 * the page has nothing a stale row could confuse). `removing` is the key of the row being removed.
 */
export function useRemoval<T>(keyOf: (row: T) => string, remove: (row: T) => Promise<void>, list?: MethodName) {
  const [removing, setRemoving] = useState<string | null>(null);

  async function run(row: T) {
    setRemoving(keyOf(row));
    try {
      await remove(row);
    } catch (error) {
      showApiError(error);
      if (list) void queryClient.invalidateQueries({ queryKey: apiKey(list) });
    } finally {
      setRemoving(null);
    }
  }

  return { removing, confirm: (row: T, question: RemovalQuestion) => confirmRemoval(question, () => void run(row)) };
}
