/**
 * The needs board: one column per status, the most recent requests first. Moving a need happens
 * on its page, where the allowed next statuses and their reasons are shown; here the desk sees
 * where everything stands and opens what needs attention, with the mouse or the keyboard alone.
 */
import { Stack, Text } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { NEED_STATUSES } from '@shared/api/need-fields';
import { BoardColumn } from './board/BoardColumn';
import { moveOnBoard } from './board/board-keys';
import { NeedsHeader } from './list/NeedsHeader';

export function NeedsBoardPage() {
  const board = useRef<HTMLDivElement>(null);

  // Counts are read from the cards on screen: each column loads on its own, whenever it answers.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
    const root = board.current;
    if (!card || !root) return;
    const counts = NEED_STATUSES.map((_, c) => root.querySelectorAll(`[data-col="${c}"]`).length);
    const to = moveOnBoard({ column: Number(card.dataset.col), row: Number(card.dataset.row) }, event.key, counts);
    if (!to) return;
    event.preventDefault();
    root.querySelector<HTMLElement>(`[data-col="${to.column}"][data-row="${to.row}"]`)?.focus();
  }

  return (
    <Stack>
      <NeedsHeader view="bacheca" />
      <Text size="sm" c="dimmed" id="board-help">
        Tab raggiunge le schede, le frecce si spostano tra le schede e tra le colonne, Invio apre il fabbisogno. Lo stato si cambia dalla pagina del fabbisogno.
      </Text>
      <div
        ref={board}
        role="group"
        aria-label="Bacheca dei fabbisogni per stato"
        aria-describedby="board-help"
        onKeyDown={onKeyDown}
        style={{ display: 'flex', gap: 'var(--mantine-spacing-sm)', overflowX: 'auto', alignItems: 'flex-start', paddingBottom: 4 }}
      >
        {NEED_STATUSES.map((status, column) => (
          <BoardColumn key={status} status={status} column={column} />
        ))}
      </div>
    </Stack>
  );
}
