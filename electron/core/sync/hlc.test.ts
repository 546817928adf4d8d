import { describe, expect, it } from 'vitest';
import { HybridLogicalClock, formatHlc, parseHlc } from './hlc';

function clockAt(times: number[], node = 'TO01') {
  let i = 0;
  return new HybridLogicalClock(node, () => times[Math.min(i++, times.length - 1)]!);
}

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    const clock = clockAt([1000, 2000]);
    expect(parseHlc(clock.now())).toEqual({ ms: 1000, counter: 0, node: 'TO01' });
    expect(parseHlc(clock.now())).toEqual({ ms: 2000, counter: 0, node: 'TO01' });
  });

  it('keeps increasing when the PC clock goes backwards', () => {
    const clock = clockAt([5000, 4000, 4000]);
    const a = clock.now();
    const b = clock.now();
    const c = clock.now();
    expect(b > a).toBe(true);
    expect(c > b).toBe(true);
    expect(parseHlc(c)).toEqual({ ms: 5000, counter: 2, node: 'TO01' });
  });

  it('orders as strings exactly as it orders as timestamps', () => {
    const early = formatHlc({ ms: 9_999, counter: 999, node: 'A' });
    const late = formatHlc({ ms: 10_000, counter: 0, node: 'A' });
    expect(late > early).toBe(true);
  });

  it('issues later timestamps after receiving one from another office', () => {
    const clock = clockAt([1000, 1000, 1000]);
    clock.now();
    const remote = formatHlc({ ms: 3000, counter: 7, node: 'CN01' });
    const merged = clock.receive(remote);
    expect(merged > remote).toBe(true);
    expect(parseHlc(clock.now())).toEqual({ ms: 3000, counter: 9, node: 'TO01' });
  });

  it('resumes after the last timestamp it issued before a restart', () => {
    const clock = new HybridLogicalClock('TO01', () => 100, formatHlc({ ms: 500, counter: 3, node: 'TO01' }));
    expect(parseHlc(clock.now())).toEqual({ ms: 500, counter: 4, node: 'TO01' });
  });

  it('refuses a remote clock more than a day ahead', () => {
    const clock = clockAt([1000]);
    expect(() => clock.receive(formatHlc({ ms: 1000 + 25 * 3600_000, counter: 0, node: 'X' }))).toThrow();
  });

  it('rejects malformed timestamps and node ids', () => {
    expect(() => parseHlc('yesterday')).toThrow();
    expect(() => new HybridLogicalClock('bad node!')).toThrow();
  });
});
