/**
 * Kill trials in `npm test` (issue 15, «Standing checks»): 50 times, a child desk writing through
 * the services (people, attachments with real bytes, associations, needs, updates, removals) is
 * SIGKILLed at a random moment, a third of the times during its start (the before-migration
 * backup, the migration, the sweep of stored files). The next start must find 0 integrity problems,
 * every acknowledged write, each acknowledged attachment's bytes, and no stored file left without
 * its record. Four data folders run side by side to stay within a minute; `npm run crash-trials`
 * runs 500 (tests/support/crash-trials.ts has the trial itself).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTrials, summarise } from '../support/crash-trials';

const TRIALS = 50;
const LANES = 4;
const root = mkdtempSync(join(tmpdir(), 'exar-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a desk killed while writing loses nothing it acknowledged', () => {
  it(`${TRIALS} SIGKILLs at random moments, then the next start`, async () => {
    const started = Date.now();
    const results = await runTrials(root, TRIALS, LANES);
    const summary = summarise(results);
    console.log(`crash trials: ${JSON.stringify({ ...summary, seconds: (Date.now() - started) / 1000 })}`);
    const failures = results.filter((r) => r.problems.length > 0).map((r) => `#${r.trial} (${r.aim} +${r.killAfterMs} ms, last «${r.lastLine}»): ${r.problems.join(' | ')}`);
    expect(failures).toEqual([]);
    expect(summary.trials).toBe(TRIALS);
    // The trials did write: most kills land after some acknowledged writes.
    expect(summary.acknowledged).toBeGreaterThan(TRIALS);
    expect(summary.aimedAtStart).toBeGreaterThan(0);
  }, 120_000);
});
