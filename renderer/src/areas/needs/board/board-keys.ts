/**
 * Where the arrow keys take the focus on the needs board: ←/→ to the next column that has cards
 * (empty ones are skipped, or the focus would have nowhere to land), ↑/↓ within the column.
 * Pure, so it is tested without a browser.
 */
export interface BoardPosition {
  column: number;
  row: number;
}

/** `counts[i]` is how many cards column i shows. Null: the key does not move the focus. */
export function moveOnBoard(from: BoardPosition, key: string, counts: readonly number[]): BoardPosition | null {
  const inColumn = counts[from.column] ?? 0;
  switch (key) {
    case 'ArrowUp':
      return from.row > 0 ? { column: from.column, row: from.row - 1 } : null;
    case 'ArrowDown':
      return from.row < inColumn - 1 ? { column: from.column, row: from.row + 1 } : null;
    case 'Home':
      return { column: from.column, row: 0 };
    case 'End':
      return inColumn > 0 ? { column: from.column, row: inColumn - 1 } : null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let c = from.column + step; c >= 0 && c < counts.length; c += step) {
        const n = counts[c] ?? 0;
        // Same height if the column is long enough, otherwise its last card.
        if (n > 0) return { column: c, row: Math.min(from.row, n - 1) };
      }
      return null;
    }
    default:
      return null;
  }
}
