import { describe, expect, it } from 'vitest';
import { compareRanked } from '@shared/rules/matching';
import { topRanked } from './rank';

function people(count: number, seed: number) {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, index) => ({
    score: Math.floor(next() * 101),
    nameKey: ['rossi mario', 'bianchi anna', 'verdi luca', 'rossi mario'][index % 4]!,
    id: `id-${Math.floor(next() * 1e9)}-${index}`,
    index,
  }));
}

describe('topRanked', () => {
  it('gives exactly the first N of the full ranking, ties included, for any N', () => {
    const all = people(5_000, 7);
    const full = [...all].sort(compareRanked);
    for (const n of [1, 20, 40, 137, 4_999, 5_000, 6_000]) {
      expect(topRanked(all, n).map((p) => p.index)).toEqual(full.slice(0, n).map((p) => p.index));
    }
  });

  it('handles everyone on the same score (the threshold is the lowest score)', () => {
    const same = people(300, 3).map((p) => ({ ...p, score: 40 }));
    expect(topRanked(same, 25)).toEqual([...same].sort(compareRanked).slice(0, 25));
    expect(topRanked([], 10)).toEqual([]);
  });
});
