import { describe, expect, it } from 'vitest';
import { moveOnBoard } from './board-keys';

const counts = [3, 0, 1, 2];

describe('needs board keyboard', () => {
  it('moves up and down within a column, stopping at its ends', () => {
    expect(moveOnBoard({ column: 0, row: 1 }, 'ArrowDown', counts)).toEqual({ column: 0, row: 2 });
    expect(moveOnBoard({ column: 0, row: 2 }, 'ArrowDown', counts)).toBeNull();
    expect(moveOnBoard({ column: 0, row: 0 }, 'ArrowUp', counts)).toBeNull();
    expect(moveOnBoard({ column: 0, row: 2 }, 'Home', counts)).toEqual({ column: 0, row: 0 });
    expect(moveOnBoard({ column: 3, row: 0 }, 'End', counts)).toEqual({ column: 3, row: 1 });
  });

  it('moves across columns, skipping empty ones and keeping the height when it can', () => {
    expect(moveOnBoard({ column: 0, row: 2 }, 'ArrowRight', counts)).toEqual({ column: 2, row: 0 });
    expect(moveOnBoard({ column: 2, row: 0 }, 'ArrowLeft', counts)).toEqual({ column: 0, row: 0 });
    expect(moveOnBoard({ column: 0, row: 1 }, 'ArrowLeft', counts)).toBeNull();
    expect(moveOnBoard({ column: 3, row: 1 }, 'ArrowRight', counts)).toBeNull();
  });

  it('ignores other keys', () => {
    expect(moveOnBoard({ column: 0, row: 0 }, 'Enter', counts)).toBeNull();
  });
});
