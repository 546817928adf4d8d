/**
 * `npm run crash-trials -- [--trials 500] [--lanes 4] [--dir DIR]`: the long run of the kill trials of
 * tests/integration/crash-writes.test.ts (issue 15): a child desk writing through the services is
 * SIGKILLed at a random moment, then the next start is checked (integrity, every acknowledged write
 * present, no stored file left without its record). Prints one line per trial and the summary that
 * docs/reliability.md quotes; exits 1 if any trial found a problem.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTrials, summarise } from '../tests/support/crash-trials';

const { values } = parseArgs({
  options: { trials: { type: 'string', default: '500' }, lanes: { type: 'string', default: '4' }, dir: { type: 'string' }, keep: { type: 'boolean', default: false } },
});
const trials = Number(values.trials);
const lanes = Number(values.lanes);
const root = values.dir ?? mkdtempSync(join(tmpdir(), 'exar-crash-'));

async function main(): Promise<number> {
  const started = Date.now();
  console.log(`${trials} kill trials over ${lanes} data folders in ${root} (${cpus().length} CPU, ${cpus()[0]?.model ?? '?'})`);
  const results = await runTrials(root, trials, lanes, (r) => {
    const verdict = r.problems.length === 0 ? 'ok' : `PROBLEMS: ${r.problems.join(' | ')}`;
    console.log(`#${r.trial} ${r.aim} +${r.killAfterMs} ms, last «${r.lastLine}», ${r.acknowledged} acknowledged, ${r.orphansMoved} orphans moved, ${r.backupsKept} backups: ${verdict}`);
  });
  const summary = summarise(results);
  console.log(JSON.stringify({ ...summary, seconds: Math.round((Date.now() - started) / 100) / 10 }));
  if (!values.keep && !values.dir) rmSync(root, { recursive: true, force: true });
  return summary.failed === 0 ? 0 : 1;
}

void main().then((code) => process.exit(code));
