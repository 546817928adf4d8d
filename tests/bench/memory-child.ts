/**
 * The core's memory with warm caches (issue 17), in a process of its own: the core opened on the
 * desk, a coordinator logged in, both matching caches loaded, one ranking and one reverse ranking
 * done, a profile opened. Prints one JSON line: the RSS and the V8 heap at each step, in MB, and
 * where the candidates' memory came from (its image, written by the last clean close, or the rows).
 * Usage: node --import tsx tests/bench/memory-child.ts <dataDir> (size.ts runs it bundled, as the app runs its core)
 */
import { createHarness } from '../support/core-harness';
import { readCtxOf } from '../../electron/core/api/service-ctx';
import { warmMatchingCaches } from '../../electron/core/services/matches/facts';
import { candidateMemoryOrigin } from '../../electron/core/services/candidates/memory';

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
function sample() {
  global.gc?.();
  const m = process.memoryUsage();
  return { rss: mb(m.rss), heap: mb(m.heapUsed) };
}

async function main() {
  const [dataDir] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: memory-child.ts <dataDir>');
  const bare = sample();
  const h = createHarness({ dataDir });
  const session = await h.sessionAs('coordinatore');
  const open = sample();
  warmMatchingCaches(readCtxOf(h.core.state));
  const { sqlite } = h.core.state.database;
  const need = (sqlite.prepare("SELECT id FROM needs WHERE deleted_at IS NULL AND status = 'nuovo' LIMIT 1").get() as { id: string }).id;
  const person = (sqlite.prepare("SELECT id FROM candidates WHERE deleted_at IS NULL AND status = 'attivo' LIMIT 1").get() as { id: string }).id;
  await h.ok('matches.rankCandidates', { needId: need, includeUnavailable: false, page: 1, pageSize: 20 }, session);
  await h.ok('matches.rankNeeds', { candidateId: person, page: 1, pageSize: 20 }, session);
  await h.ok('candidates.get', { id: person }, session);
  const warm = sample();
  const origin = candidateMemoryOrigin(sqlite);
  h.core.close();
  console.log(JSON.stringify({ bare, open, warm, peak: Math.round(process.resourceUsage().maxRSS / 1024), origin }));
}

void main();
