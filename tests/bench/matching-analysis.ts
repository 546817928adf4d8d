/**
 * Where the time of a ranking goes, measured by this run on the same folder: the parts of
 * `services/matches` timed on their own (below the handler: no session check, no zod), so a
 * missed target points at the part to fix. The SQL below repeats what facts.ts reads, to time
 * the reading apart from the building of objects.
 */
import type { MatchWeights } from '@shared/api/matches';
import { prepareNeed } from '@shared/rules/matching';
import type { ReadCtx } from '../../electron/core/context';
import { scoreColumns } from '@shared/rules/matching-columns';
import { candidateColumns, candidateFacts, needFacts, openNeedFacts, requirementsSeen } from '../../electron/core/services/matches/facts';
import { rankCandidatesForNeed, rankNeedsForCandidate } from '../../electron/core/services/matches/rank';
import { needListStatements } from '../../electron/core/services/needs/list';
import { needListInput } from '@shared/api/needs';
import { decodeImage, encodeImage } from '../../electron/core/memory-image/image-codec';
import { IMAGE_FORMAT } from '../../electron/core/memory-image/image-store';
import { CandidateMemory, candidateMemory } from '../../electron/core/services/candidates/memory';
import { ms, type Timing } from './measure';
import type { MatchingResults } from './matching';
import { timeRuns } from './measure';

/** The columns facts.ts reads for every candidate on the first ranking. */
const CANDIDATE_COLUMNS = `id, name_sort, status, res_comune, res_province, hours_per_week, skills, shifts, driving_licences,
  own_vehicle, education_rank, target_category, available_from`;

/** The open needs as facts.ts reads them at every `rankNeeds` call. */
const OPEN_NEEDS = `SELECT n.id, n.title, n.title_sort, n.status, n.skills, n.education_level, n.licence, n.vehicle_needed,
    n.hours_per_week, n.shifts, n.period_from, n.categories, a.name AS association_name,
    coalesce(s.comune, a.comune) AS comune, coalesce(s.province, a.province) AS province
  FROM needs n JOIN associations a ON a.id = n.association_id LEFT JOIN association_sites s ON s.id = n.operating_site_id
  WHERE n.deleted_at IS NULL AND n.status IN ('nuovo', 'in_analisi', 'candidati_proposti')`;

/** The median of `runs` calls after one untimed. */
function median(run: (i: number) => unknown, runs = 21): number {
  return timeRuns(runs, run).p50;
}

export interface MatchingAnatomy {
  /** Median ms of each part, by key. */
  parts: Record<string, { label: string; ms: number }>;
  openNeeds: number;
  /** The size of the candidates' memory image. */
  imageMiB: number;
}

/** Each part of a ranking on its own, median of 21 runs (5 for the full scans), the first call untimed. */
export function matchingAnatomy(ctx: ReadCtx, weights: MatchWeights, needIds: string[], candidateIds: string[]): MatchingAnatomy {
  const { sqlite } = ctx;
  const need = (i: number) => needIds[i % needIds.length]!;
  const person = (i: number) => candidateIds[i % candidateIds.length]!;
  const parts: MatchingAnatomy['parts'] = {};
  const part = (key: string, label: string, run: (i: number) => unknown, runs?: number) => {
    parts[key] = { label, ms: median(run, runs) };
  };
  part('scanOne', 'cold: read one column not in any index (`available_from`) of every live candidate', () => sqlite.prepare('SELECT available_from FROM candidates WHERE deleted_at IS NULL').all(), 5);
  part('scanFacts', 'cold: read the 13 columns the ranking uses, as row objects (`.all()`)', () => sqlite.prepare(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE deleted_at IS NULL`).all(), 5);
  part('scanFactsRaw', 'cold: the same, as arrays (`.raw()`, as the memory reads them)', () => sqlite.prepare(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE deleted_at IS NULL`).raw().all(), 5);
  part('scanFactsJson', 'cold: the same, with the three JSON lists of each person parsed', () => {
    for (const r of sqlite.prepare(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE deleted_at IS NULL`).all() as { skills: string; shifts: string; driving_licences: string }[]) {
      JSON.parse(r.skills);
      JSON.parse(r.shifts);
      JSON.parse(r.driving_licences);
    }
  }, 5);
  // The image a clean close writes and the next start reads (decision 0036), in its two halves.
  const memory = candidateMemory(ctx);
  let bytes: Buffer = Buffer.alloc(0);
  const header = { format: IMAGE_FORMAT, token: 'bench', seq: 0, schema: 'bench' };
  part('imageWrite', 'close: the memory as an image, in bytes (`CandidateMemory.image` + `encodeImage`, before the file is written)', () => {
    bytes = encodeImage(header, memory.image());
  }, 5);
  part('imageRead', 'start: the memory back from those bytes (`decodeImage` + `CandidateMemory.of`, after the file is read)', () => CandidateMemory.of(decodeImage(bytes)!.parts), 5);
  const imageMiB = bytes.length / 2 ** 20;
  part('columns', 'warm: the columns, change log checked (`candidateColumns`)', () => candidateColumns(ctx).count);
  // The floor: one bare pass over one typed column of everyone, the least any ranking must do.
  part('floor', 'floor: a bare loop over one column of every person (100,000 comparisons)', () => {
    const { comune, count } = candidateColumns(ctx);
    let same = 0;
    for (let i = 0; i < count; i++) if (comune[i] === 7) same++;
    return same;
  });
  part('score', 'warm: `scoreColumns` alone (every person scored for the need, no page)', (i) => {
    const facts = needFacts(ctx, need(i))!;
    return scoreColumns(candidateColumns(ctx), requirementsSeen(facts, true), weights, { includeUnavailable: false, seesRestricted: true });
  });
  part('rank', 'warm: `rankCandidatesForNeed` (score everyone, top 20, reasons, names, proposals)', (i) =>
    rankCandidatesForNeed(ctx, { needId: need(i), includeUnavailable: false, page: 1, pageSize: 20 }, weights, true));
  part('rankAll', 'warm: the same with `includeUnavailable: true`', (i) =>
    rankCandidatesForNeed(ctx, { needId: need(i + 50), includeUnavailable: true, page: 1, pageSize: 20 }, weights, true));
  const openNeeds = openNeedFacts(ctx);
  part('needsSql', 'without the cache: the SQL of the open needs (needs joined to associations and sites)', () => sqlite.prepare(OPEN_NEEDS).all());
  part('needsSqlAlone', 'without the cache: the same columns of the open needs without the joins', () =>
    sqlite.prepare(`SELECT id, title, title_sort, status, skills, education_level, licence, vehicle_needed, hours_per_week, shifts, period_from, categories
      FROM needs WHERE deleted_at IS NULL AND status IN ('nuovo', 'in_analisi', 'candidati_proposti')`).all());
  part('needsFacts', '`rankNeeds`: `openNeedFacts`, the open needs from the cache (change log checked)', () => openNeedFacts(ctx));
  part('needsPrepare', 'without the memo: `prepareNeed` for every open need', () => openNeeds.map((n) => prepareNeed(n.requirements, weights)));
  const prepared = openNeeds.map((n) => prepareNeed(n.requirements, weights));
  const facts = candidateFacts(ctx, person(0), true)!;
  part('needsScore', '`rankNeeds`: score one person against every prepared need', () => prepared.map((p) => p.score(facts)));
  part('rankNeeds', '`rankNeedsForCandidate`, all of it', (i) => rankNeedsForCandidate(ctx, { candidateId: person(i), page: 1, pageSize: 20 }, weights, true));
  const list = needListStatements(needListInput.parse({}), new Date());
  part('listPage', '`needs.list` without filters: the page statement (50 newest)', () => sqlite.prepare(list.page.sql).all(...list.page.params));
  part('listCount', '`needs.list` without filters: the count statement', () => sqlite.prepare(list.count.sql).get(...list.count.params));
  return { parts, openNeeds: openNeeds.length, imageMiB };
}

const p = (t: Timing) => `p50 ${ms(t.p50)} / p95 ${ms(t.p95)} ms`;
const n = (value: number) => value.toLocaleString('en-GB');

export function matchingAnalysis(results: MatchingResults, anatomy: MatchingAnatomy): string {
  const byName = (start: string) => results.rows.find((r) => r.name.startsWith(start))!;
  const warm = byName('Classifica dei candidati').timing;
  const all = byName('Classifica con anche').timing;
  const needs = byName('Fabbisogni adatti');
  const afterEdit = byName('Classifica subito dopo').timing;
  const a = (key: string) => ms(anatomy.parts[key]!.ms);
  const table = ['| part (service level, no handler) | median ms |', '|---|---:|', ...Object.values(anatomy.parts).map((x) => `| ${x.label} | ${ms(x.ms)} |`)].join('\n');
  const needsMissed = needs.timing.p95 > needs.target;
  return `
## Where the time goes: abbinamenti

Each part of a ranking timed on its own in this run (service functions called directly on the bench's connection,
median of 21 calls, 5 for the full scans; ${n(anatomy.openNeeds)} open needs):

${table}

- **Warm ranking** (${p(warm)} through the handler, ${a('rank')} ms in the service): the candidates' facts are already in
  memory as typed columns (\`shared/rules/matching-columns.ts\`: each comune, skill, shift, licence and category interned
  as a number); the need is compiled into numbers and each factor is one pass over a column (${a('score')} ms for everyone;
  the floor, one bare pass over one column, ${a('floor')} ms). A histogram of the scores finds the lowest score that reaches
  the page, so only those people become objects and are sorted, and \`matching.ts\` writes the reasons for the 20 shown,
  from their rows read again (the same formulas: a property test checks both give every person the same score). With the people not available as well (${p(all)};
  ${a('rankAll')} ms in the service) about a fifth more people are scored and sorted, ${ms(anatomy.parts.rankAll!.ms - anatomy.parts.rank!.ms)} ms more in
  the service; through the handler the two lines are within each other's noise.
- **After an edit** (${p(afterEdit)}): the trigger on \`candidates\` logs the edited person in \`candidate_changes\`; the next
  ranking reads back only that row and empties the log, so it costs the same as a warm ranking.
- **Cold** (the first ranking after a start). After a clean close (${results.cold.map((t) => `${ms(t)} ms`).join(', ')}) the core reads the
  people back from the image its close wrote (decision 0036: \`memory-image/\`, \`cache/candidates.img\` beside the database,
  ${anatomy.imageMiB.toFixed(1)} MiB): the bytes back into the columns take ${a('imageRead')} ms after the file is read, then the change log since the image
  is applied, then the ranking runs warm. Writing it at the close costs ${a('imageWrite')} ms plus the file's write. Without a valid image (after a crash,
  an upgrade, a restore, a damaged file: ${results.rebuilt.map((t) => `${ms(t)} ms`).join(', ')}) it reads every live profile and builds its facts. Just
  visiting every row of \`candidates\` for a column that no index holds costs ${a('scanOne')} ms (the rows are
  wide: ~60 columns with addresses, experiences, notes); fetching the 13 columns as JavaScript row objects ${a('scanFacts')} ms, as arrays
  ${a('scanFactsRaw')} ms (how the memory reads them since decision 0035); with the JSON lists parsed ${a('scanFactsJson')} ms; the rest is
  interning the texts into the columns, the list's filters and the skills in use. That path is paid once per start, and not by the operator: the app
  loads the caches 1.5 s after start (\`Core.warmUp\`, called by the web host and by Electron), while the login screen is
  waiting for a password; the bench opens the core without that warm-up to show the cost.
- **Needs list** (first page ${p(byName('Fabbisogni: elenco, prima').timing)}; by status ${p(byName('Fabbisogni: elenco filtrato').timing)};
  target ${byName('Fabbisogni: elenco, prima').target} ms, chosen here as for the other lists of thousands of records with a total): the page is read in
  order from \`needs_received_idx\` (${a('listPage')} ms); the total counts the ${n(results.needsTotal)} needs (${a('listCount')} ms): without a
  committee or province filter it reads the needs alone, since joining every need to its association and site cost ~24 ms
  (2026-11-24). A status filter narrows both with \`needs_status_idx\` (\`services/needs/list.ts\`).
- **Needs for a candidate** (${p(needs.timing)}${needsMissed ? `, **target of ${needs.target} ms missed**` : ''}): the open needs are kept
  in memory like the candidates (\`need_changes\`, filled by triggers on \`needs\`, \`associations\` and \`association_sites\`), and
  each one keeps its prepared form until it changes or the weights do, so a call walks the cache (\`openNeedFacts\`,
  ${a('needsFacts')} ms), scores the one person against every open need (${a('needsScore')} ms) and explains the page. Without the caches a call
  would pay the open-needs SQL (${a('needsSql')} ms; ${a('needsSqlAlone')} ms without the joins to associations and sites) and preparing every
  need (${a('needsPrepare')} ms) each time, as it did before them (p95 677 ms on 2026-11-24). The ${needs.target} ms target is the bench's
  choice (the same as the ranking for a need: a page opened by a click).
`;
}
