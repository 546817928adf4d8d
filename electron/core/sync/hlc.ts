/**
 * Hybrid logical clock. Every write gets a timestamp that is (a) close to wall-clock time,
 * (b) strictly greater than every timestamp this office issued or received before, even if
 * the PC clock goes backwards, and (c) comparable as a plain string, so the regional merge can
 * pick the last writer with `a > b`.
 *
 * Format: 15-digit milliseconds, 6-digit counter, node id: `001732450000000:000000:node`.
 */

const MS_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
/** Remote clocks further ahead than this are refused: a wrong PC date must not poison everyone. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export interface HlcTimestamp {
  ms: number;
  counter: number;
  node: string;
}

export function formatHlc(t: HlcTimestamp): string {
  return `${String(t.ms).padStart(MS_DIGITS, '0')}:${String(t.counter).padStart(COUNTER_DIGITS, '0')}:${t.node}`;
}

export function parseHlc(value: string): HlcTimestamp {
  const match = /^(\d{15}):(\d{6}):([A-Za-z0-9_-]{1,64})$/.exec(value);
  if (!match) throw new Error(`Invalid HLC timestamp: ${value}`);
  return { ms: Number(match[1]), counter: Number(match[2]), node: match[3]! };
}

export class HybridLogicalClock {
  private last: HlcTimestamp;

  constructor(
    readonly node: string,
    private readonly wallClock: () => number = Date.now,
    lastIssued?: string | null,
  ) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(node)) throw new Error(`Invalid HLC node id: ${node}`);
    this.last = lastIssued ? parseHlc(lastIssued) : { ms: 0, counter: 0, node };
  }

  /** A new timestamp for a local write. */
  now(): string {
    const wall = this.wallClock();
    if (wall > this.last.ms) {
      this.last = { ms: wall, counter: 0, node: this.node };
    } else {
      this.last = this.bump(this.last.ms, this.last.counter + 1);
    }
    return formatHlc(this.last);
  }

  /** Folds in a timestamp received from another office, so later local writes sort after it. */
  receive(remote: string): string {
    const r = parseHlc(remote);
    const wall = this.wallClock();
    if (r.ms - wall > MAX_DRIFT_MS) {
      throw new Error(`Remote clock too far ahead: ${remote}`);
    }
    const ms = Math.max(wall, this.last.ms, r.ms);
    let counter = 0;
    if (ms === this.last.ms && ms === r.ms) counter = Math.max(this.last.counter, r.counter) + 1;
    else if (ms === this.last.ms) counter = this.last.counter + 1;
    else if (ms === r.ms) counter = r.counter + 1;
    this.last = this.bump(ms, counter);
    return formatHlc(this.last);
  }

  private bump(ms: number, counter: number): HlcTimestamp {
    // Over a million writes in one millisecond: borrow the next millisecond rather than overflow.
    if (counter > MAX_COUNTER) return { ms: ms + 1, counter: 0, node: this.node };
    return { ms, counter, node: this.node };
  }
}
