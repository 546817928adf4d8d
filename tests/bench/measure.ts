/** Timing helpers: each figure is many runs after a warm-up, reported as percentiles. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

export const WARM_UP = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summarise(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/**
 * Runs the first WARM_UP inputs untimed, then times `run` once per remaining input. Inputs are
 * made beforehand, so making them is not timed, and none is used twice (a create could not be).
 */
export async function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): Promise<Timing> {
  for (const input of inputs.slice(0, WARM_UP)) await run(input);
  const times: number[] = [];
  for (const input of inputs.slice(WARM_UP)) {
    const t0 = performance.now();
    await run(input);
    times.push(performance.now() - t0);
  }
  return summarise(times);
}

export function ms(value: number): string {
  return value.toFixed(2);
}

/**
 * Like `timeEach`, for a measure that needs a step before it (a write, then the read that must
 * see it): `prepare` runs untimed before each `run`, and is timed on its own too.
 */
export async function timeAfter<T>(inputs: readonly T[], prepare: (input: T) => unknown, run: (input: T) => unknown): Promise<{ prepare: Timing; run: Timing }> {
  for (const input of inputs.slice(0, WARM_UP)) {
    await prepare(input);
    await run(input);
  }
  const before: number[] = [];
  const times: number[] = [];
  for (const input of inputs.slice(WARM_UP)) {
    const t0 = performance.now();
    await prepare(input);
    const t1 = performance.now();
    await run(input);
    before.push(t1 - t0);
    times.push(performance.now() - t1);
  }
  return { prepare: summarise(before), run: summarise(times) };
}

/** A handful of single measures (e.g. the first call after each start), as p50 / p95 / max. */
export function summariseRuns(times: number[]): Timing {
  return summarise(times);
}

/** `count` calls of a synchronous step after one untimed (a floor, a part timed on its own). */
export function timeRuns(count: number, run: (i: number) => unknown): Timing {
  run(0);
  const times: number[] = [];
  for (let i = 1; i <= count; i++) {
    const t0 = performance.now();
    run(i);
    times.push(performance.now() - t0);
  }
  return summarise(times);
}
