/**
 * The "How it grows" part of docs/benchmarks.md (issue 17), between two markers, so
 * `BENCH_ONLY=growth npm run bench` refreshes it alone and the rest of the file stays as it is.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchGrowth, GROWTH_PROFILES, type GrowthLine, type GrowthProfile, type GrowthResult } from './growth';
import type { Timing } from './measure';
import { writeMarkedSection } from './marked-section';

const START = '<!-- growth:start -->';
const END = '<!-- growth:end -->';

/** Issue 17's targets at 1,000,000 candidates (p95, ms), by line. */
export const GROWTH_TARGETS: Record<string, number> = {
  search0: 20, search1: 20, search2: 20, search3: 20, search4: 20, search5: 20, filters2: 20, filters1: 20,
  rank: 300,
  profile: 5,
};

const SIZE_LABEL: Record<GrowthProfile, string> = { piemonte1: '10k', piemonte10: '100k', piemonte100: '1M' };

const n = (value: number) => value.toLocaleString('en-GB');
const f2 = (value: number) => value.toFixed(2);
const loads = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ');
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

function cpuModel(): string {
  if (existsSync('/proc/cpuinfo')) {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1]!.trim();
  }
  return cpus()[0]?.model ?? 'unknown';
}

/** How a figure grows when the data grows ten times: the ratio and a word for it. */
export function growthWord(ratio: number): string {
  if (ratio >= 6) return 'linear';
  if (ratio >= 2.5) return 'sub-linear';
  return 'flat';
}

function ratioCell(from: number | undefined, to: number | undefined): string {
  if (from === undefined || to === undefined || from <= 0) return '—';
  const ratio = to / from;
  return `×${ratio.toFixed(1)} (${growthWord(ratio)})`;
}

interface Table {
  byProfile: Map<GrowthProfile, GrowthResult>;
  line(profile: GrowthProfile, key: string): Timing | undefined;
  ratio(key: string, from: GrowthProfile, to: GrowthProfile): number | undefined;
}

function table(results: GrowthResult[]): Table {
  const byProfile = new Map(results.map((r) => [r.profile, r]));
  const line = (profile: GrowthProfile, key: string) => byProfile.get(profile)?.lines.find((l) => l.key === key)?.timing;
  return {
    byProfile,
    line,
    ratio: (key, from, to) => {
      const a = line(from, key)?.p50;
      const b = line(to, key)?.p50;
      return a !== undefined && b !== undefined && a > 0 ? b / a : undefined;
    },
  };
}

function seedCell(r: GrowthResult | undefined): string {
  if (!r) return '—';
  const s = r.seed.report.seconds;
  const fast = r.seed.report.fastPath;
  const path = fast ? (fast.options.statements ? 'fast path' : 'plain path') : 'plain path (before the fast path existed)';
  const finish = s.finish !== undefined ? `, indexes and search tables ${s.finish.toFixed(0)} s` : '';
  return `**${s.total.toFixed(0)} s** (${path}: associations ${s.associations.toFixed(0)} s, candidates ${s.candidates.toFixed(0)} s, needs ${s.needs.toFixed(0)} s, proposals ${s.matches.toFixed(0)} s${finish})`;
}

/**
 * What the seed's fast path does and what each part of it paid, measured on 2026-12-07 on this machine
 * (CPU seconds, user + system: on a machine shared with other work they moved less than the wall time).
 */
export function fastPathNotes(results: GrowthResult[]): string {
  const p10 = results.find((r) => r.profile === 'piemonte10')?.seed.report;
  const p10Fast = p10?.fastPath?.options.statements ? `${p10.seconds.total.toFixed(0)} s (the piemonte10 row above)` : '—';
  return `### Seeding: the fast path

The desks above were seeded by the seed's fast path (\`scripts/seed/fast-path.ts\`; \`npm run seed -- --profile piemonte100\`,
or \`--fast\` for any profile). Every record still goes through the services' own functions (\`createCandidate\`, \`addNote\`,
\`createNeed\`, \`transitionNeed\`, \`proposeCandidates\`, …: the contract's zod schemas, the rules, the search documents, the
audit rows and the change logs are the real ones); only the connection is set up for a load:

- **statements compiled once**: the connection's \`prepare\` keeps each statement by its SQL text (61 distinct ones in a whole
  seed), so a query drizzle builds anew at every call is no longer compiled anew by SQLite too;
- **plain indexes set aside** on the tables the seed fills (44 of them) and built again at the end from their own
  \`CREATE INDEX\` statements in \`sqlite_master\`, each in one sorted pass. An index one of the seed's statements searches
  by is built again the moment that statement is first prepared (its plan is read on an empty copy of the schema):
  10 of the 44, e.g. \`candidates_tax_code_idx\` for the rule against a second profile with the same codice fiscale;
- **PRAGMAs for a load** (\`synchronous = OFF\`, a 1 GiB page cache, \`temp_store = MEMORY\`) and 20,000 records per transaction,
  put back at the end;
- **FTS5 merging** fewer, larger segments while loading (\`automerge\` 16, \`crisismerge\` 64), one \`'optimize'\` at the end,
  then FTS5's defaults (4, 16) again.

\`scripts/seed/fast-path.test.ts\` seeds the small profile both ways and checks the same rows in every table, every index of
a database migrated from scratch, \`integrity_check\`, FTS5's own integrity check and a search that finds a seeded surname.
A seed killed half-way (no \`finally\` runs) leaves some indexes aside; the next \`npm run seed\` on the folder builds them.

What each part pays, on piemonte1 (CPU seconds of the whole seed, two runs each): plain path 32.8 / 31.5; statements
compiled once 26.5 / 26.1 (−18%); with the PRAGMAs 25.1 / 25.0; with 20,000 records per transaction 25.0 / 25.3 (nothing);
with the indexes set aside 24.0 / 24.2; with the FTS5 merging 24.4 / 24.4 (nothing at 10,000). The index and cache parts pay
as the tables grow: 1,000,000 candidate rows inserted alone (one savepoint per row, as the services write them) cost
167 s of CPU with every index and SQLite's default 2 MB cache, 112 s with the 1 GiB cache, and 18 s with the plain indexes
set aside plus 16 s to build them at the end. FTS5 documents of 300,000 people: 13.2 s with the default merging, 10.8 s
with the load's (the \`'optimize'\` after it 3–4 s). The fast path also leaves a smaller file, its indexes packed full
in one pass rather than grown by page splits: piemonte10 424 MiB against 572 MiB by the plain path, same rows.

**piemonte10 in 180 s.** The fast path seeded it in ${p10Fast} in this run. A CPU profile of it on 2026-12-07 found drizzle
building each query's SQL anew at 22% and mapping rows at 5%, zod 10%, garbage collection 9%, SQLite about 14%; since
2026-12-08 the inserts, updates and reads every create or move repeats are compiled once (\`preparedInsert\`,
\`preparedUpdateById\`, decision 0034) and a create reads its row back once, which brought piemonte10 to ~170 s by the fast
path (the main bench's «Seeding»): the fast path is now the default for piemonte10 and piemonte100.
`;
}

export function renderGrowthSection(results: GrowthResult[], analysis: string): string {
  const t = table(results);
  const profiles = GROWTH_PROFILES.filter((p) => t.byProfile.has(p));
  const at = (p: GrowthProfile) => t.byProfile.get(p);
  const cells = (key: string) =>
    GROWTH_PROFILES.map((p) => {
      const timing = t.line(p, key);
      return timing ? `${f2(timing.p50)} / ${f2(timing.p95)}` : '—';
    });
  const ratios = (key: string) => [ratioCell(t.line('piemonte1', key)?.p50, t.line('piemonte10', key)?.p50), ratioCell(t.line('piemonte10', key)?.p50, t.line('piemonte100', key)?.p50)];
  const target = (key: string) => {
    const goal = GROWTH_TARGETS[key];
    if (goal === undefined) return ['', ''];
    const big = t.line('piemonte100', key);
    return [`≤ ${goal} ms`, big ? (big.p95 <= goal ? 'yes' : '**no**') : '—'];
  };
  // Each figure followed by its floors.
  const reference = results[0]!.lines.filter((l) => !l.floorOf).flatMap((l) => [l, ...results[0]!.lines.filter((f) => f.floorOf === l.key)]);
  const row = (l: GrowthLine) => {
    const name = l.floorOf ? `  ↳ ${l.name}` : l.name;
    return `| ${name} | ${[...cells(l.key), ...ratios(l.key), ...target(l.key)].join(' | ')} |`;
  };
  const bytes = (p: GrowthProfile) => at(p)?.fileBytes;
  const rss = (p: GrowthProfile) => at(p)?.memory.warm.rss;
  const warm = (p: GrowthProfile) => at(p)?.warmUpMs;
  const single = (label: string, value: (p: GrowthProfile) => number | undefined, show: (v: number) => string) =>
    `| ${label} | ${GROWTH_PROFILES.map((p) => (value(p) === undefined ? '—' : show(value(p)!))).join(' | ')} | ${ratioCell(value('piemonte1'), value('piemonte10'))} | ${ratioCell(value('piemonte10'), value('piemonte100'))} | | |`;

  return `${START}
## How it grows

Measured on ${new Date().toISOString().slice(0, 10)} by tests/bench/growth.ts (\`BENCH_ONLY=growth npm run bench\`), ${cpuModel()},
${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()}, Node ${process.version}. The machine was shared with
other work: load average (1 / 5 / 15 min) ${profiles.map((p) => `${SIZE_LABEL[p]}: ${loads(at(p)!.load.start)} at the start, ${loads(at(p)!.load.end)} at the end`).join('; ')}.
On 2 cores anything above ~1 means another process competed with the bench: the tails (p95) suffer first.

The three desks, each seeded once by the seed's fast path and kept in the system temp folder (\`exar-bench-<profile>-fast\`),
measured on a copy:

| profile | candidates | associations | needs | proposals | database file | seeding |
|---|---:|---:|---:|---:|---:|---|
${profiles.map((p) => {
    const r = at(p)!;
    return `| \`${p}\` | ${n(r.counts.candidates)} | ${n(r.counts.associations)} | ${n(r.counts.needs)} | ${n(r.counts.matches)} | ${mib(r.fileBytes)} MiB | ${seedCell(r)} |`;
  }).join('\n')}

Every handler figure is a call through the handler table (\`core.invoke\` with a coordinator's session: permission,
zod input and output included), ${results[0]!.lines[0]!.timing.runs} calls per line after 10 warm-up calls, each with its own input;
p50 / p95 in milliseconds. Below a figure (↳), what it is compared with, measured in the same run on the same folder: its floor
(and under one letter, the same search asked again at once). The growth
columns divide the p50 of the bigger desk by the smaller one's: the data grows ten times at each step, so ×10
is linear and ×1 does not grow at all ("flat": under ×2.5; "sub-linear": ×2.5 to ×6; "linear": ×6 and more).

| operation | 10k | 100k | 1M | 10k → 100k | 100k → 1M | target at 1M (p95) | met |
|---|---:|---:|---:|---|---|---|---|
${reference.map(row).join('\n')}
${single('Loading every live profile and open need into memory (once after a start, ms)', warm, (v) => v.toFixed(0))}
${single('Database file (MiB)', bytes, mib)}
${single('Core memory, caches warm (RSS, MB; tests/bench/memory-child.ts)', rss, (v) => String(v))}

${analysis}

${fastPathNotes(results)}${END}`;
}

export function writeGrowthSection(file: string, section: string): void {
  writeMarkedSection(file, START, END, section);
}


/** The match-list cache's capacity, read from its source so the text follows the code (null if not found). */
function matchListCap(): number | null {
  const file = join(__dirname, '..', '..', 'electron', 'core', 'search', 'match-list-cache.ts');
  if (!existsSync(file)) return null;
  const found = /const MAX_ROWIDS = ([\d_]+)/.exec(readFileSync(file, 'utf8'));
  return found ? Number(found[1]!.replace(/_/g, '')) : null;
}

/** The paragraph on what grows linearly and why, from the figures this run measured. */
export function growthAnalysis(results: GrowthResult[]): string {
  const t = table(results);
  const big = t.byProfile.has('piemonte100');
  const [from, to]: [GrowthProfile, GrowthProfile] = big ? ['piemonte10', 'piemonte100'] : ['piemonte1', 'piemonte10'];
  const step = `${SIZE_LABEL[from]} to ${SIZE_LABEL[to]}`;
  const ratio = (key: string) => t.ratio(key, from, to);
  const x = (key: string) => {
    const r = ratio(key);
    return r === undefined ? '—' : `×${r.toFixed(1)}`;
  };
  const p50 = (p: GrowthProfile, key: string) => t.line(p, key)?.p50;
  const ms = (v: number | undefined) => (v === undefined ? '—' : `${f2(v)} ms`);
  const classes = (word: string) =>
    results[0]!.lines
      .filter((l) => !l.floorOf)
      .map((l) => ({ l, r: ratio(l.key) }))
      .filter((c): c is { l: GrowthLine; r: number } => c.r !== undefined && growthWord(c.r) === word)
      .map((c) => `${c.l.name.replace(/ \(`[^`]*`\)$/, '')} ×${c.r.toFixed(1)}`)
      .join('; ');
  const per = (p: GrowthProfile) => t.byProfile.get(p);
  const each = (value: (r: GrowthResult) => string) => GROWTH_PROFILES.filter((p) => per(p)).map((p) => `${SIZE_LABEL[p]} ${value(per(p)!)}`).join(', ');
  const single = (value: (r: GrowthResult) => number) => {
    const a = per(from);
    const b = per(to);
    return a && b && value(a) > 0 ? `×${(value(b) / value(a)).toFixed(1)}` : '—';
  };
  const above = (r: GrowthResult) => r.memory.warm.rss - r.memory.bare.rss;
  const cap = matchListCap();
  const rows = (v: number) => n(Math.round(v));
  const share = (r: GrowthResult, shape: string) => `${Math.round((r.broadShare[shape] ?? 0) * 100)}%`;
  const last = per(to);
  const perPersonKb = last && per(from) ? ((above(last) - above(per(from)!)) * 1024) / (last.counts.candidates - per(from)!.counts.candidates) : undefined;
  const rankP95 = t.line(to, 'rank')?.p95;

  return `### What grows linearly, and why

From ${step} (p50, the data ×10): **linear** ${classes('linear') || 'none'}; **sub-linear** ${classes('sub-linear') || 'none'};
**flat** ${classes('flat') || 'none'}.

- **The ranking** (${x('rank')}; p95 ${ms(t.line(to, 'rank')?.p95)} at ${SIZE_LABEL[to]}, target 300 ms: ${rankP95 !== undefined && rankP95 <= 300 ? 'met' : 'missed'}) is linear because it
  scores every live person for the need: one pass per factor over typed columns of everyone
  (\`shared/rules/matching-columns.ts\`), then only those who can reach the page of 20 are sorted and explained. Its floor, a
  bare pass over one column of everyone, grows ${x('rank-floor')}; from 10k to 100k the ranking grew less (${t.ratio('rank', 'piemonte1', 'piemonte10')?.toFixed(1) ?? '—'}×)
  because at 10k its fixed part (the need, the reasons, names and proposals of the 20 shown) is most of its ${ms(p50('piemonte1', 'rank'))}.
- **Loading the caches after a start** (${single((r) => r.warmUpMs)}: ${each((r) => `${(r.warmUpMs / 1000).toFixed(1)} s`)}) reads every live profile and
  open need once, and **the core's memory** above Node's own (${single(above)}: ${each((r) => `${above(r)} MB`)}) keeps typed columns and list
  filters for each live person${perPersonKb !== undefined ? ` (~${perPersonKb.toFixed(1)} KB a person)` : ''}: both linear by construction. The RSS itself grows less
  (${single((r) => r.memory.warm.rss)}) only because Node with the modules is ~${per(from)?.memory.bare.rss ?? '—'} MB at any size.
  At 1M the core holds ${last?.memory.warm.rss ?? '—'} MB warm: the caches are the first thing to rethink for a national desk.
- **The database file** (${single((r) => r.fileBytes)}) is rows, their index entries and search documents: linear.
- **One or two letters** (${x('search0')} and ${x('search1')}; with filters ${x('filters1')} and ${x('filters2')}). Without filters a short
  word stops at the 1,000-match cap after reading its newest matches, whatever the size of the desk. With filters set,
  every match must be tested: the first such search of a word after a write walks all its matches in FTS5 (~0.1 µs
  a match; at 1M a two-letter word has hundreds of thousands) and keeps the list (\`search/match-list-cache.ts\`, up to
  ${cap === null ? 'a fixed number of' : n(cap)} rowids in all); the next keystrokes walk that array. The lists of the 26 single letters sum to
  ${each((r) => `${rows(r.shortLists.oneLetter)}`)} rowids, those of the 48 two-letter prefixes the filtered search types to
  ${each((r) => rows(r.shortLists.twoLetters))}: at 1M they do not all fit together, and the least recently used are dropped.
  So the p95 of a filtered short word at 1M is those first walks; the same letter asked again at once, its list in memory:
  ${each((r) => ms(r.lines.find((l) => l.key === 'search0-again')?.timing.p50))} (p50) — flat. For a national desk the next step would be room for
  every short list (~${last ? Math.ceil(((last.shortLists.oneLetter + last.shortLists.twoLetters) * 4) / 2 ** 20) : '—'} MB of rowids at 1M) or each person's one- and two-letter prefixes as a bitmap.
- **A surname, a surname with the start of a name, a skill** (${x('search2')}, ${x('search3')}, ${x('search5')}) grow sub-linearly: a bigger desk has more
  people per surname or skill, so more queries pass the 1,000-match cap and are answered newest first from the FTS index
  (\`broad\`; surnames: ${each((r) => share(r, 'Un cognome'))}; skills: ${each((r) => share(r, 'Una competenza'))}), while under the cap the matches
  are sorted and counted exactly; either way a page is 50 rows. Their floor, one raw FTS5 page, grows ${x('search2-floor')}, ${x('search3-floor')} and ${x('search5-floor')}:
  words typed together make FTS5 intersect their lists of matches, and those lists grow with the desk (most for skills,
  which thousands share). The search tables here were optimized at the end of the seed (one segment each); against the
  main bench's plain-seeded desk the raw pages are at most half as long to read, a difference the handler figures do not show
  (the probe is a few hundredths of a call).
- **A piece of codice fiscale, opening a profile, a create** (${x('search4')}, ${x('profile')}, ${x('create')}) are flat: lookups and inserts in
  B-trees whose depth grows as log n (the bare row read by its id: ${x('profile-floor')}). At 1M a profile opens in ${ms(p50('piemonte100', 'profile'))} (p50)
  and a create with its index, search document and audit row takes ${ms(p50('piemonte100', 'create'))}.
- **Seeding** (${single((r) => r.seed.report.seconds.total)} in all) is linear per record once the plain indexes are set aside: candidates
  ${single((r) => r.seed.report.seconds.candidates)}, needs ${single((r) => r.seed.report.seconds.needs)}, proposals ${single((r) => r.seed.report.seconds.matches)}. The 1M desk of 2026-12-07 was seeded under a load average of 3–5
  from other work, and before a fix to the seed's own choice of people to propose: it copied the lists of the need's
  province and skills at every need, 3.3 ms a need at 1M (measured on that folder; 0.002 ms without the copy, 90,676
  needs with proposals), about 300 s of that phase's 755 s. The services' own proposal steps still cost more per need at 1M.`;
}

/** `BENCH_ONLY=growth`: measures the profiles and, when all three were measured, writes the section. */
export async function growthOnly(report: string): Promise<string> {
  const results = await benchGrowth((line) => console.log(line));
  if (results.length === 0) return 'Seeded; nothing measured (GROWTH_SEED_ONLY).';
  // Kept for a look at the raw figures (every line's p50, p95, max) after the run.
  writeFileSync(join(tmpdir(), 'exar-bench-growth-results.json'), JSON.stringify(results, null, 2));
  const section = renderGrowthSection(results, growthAnalysis(results));
  if (GROWTH_PROFILES.every((p) => results.some((r) => r.profile === p))) writeGrowthSection(report, section);
  else console.log('(Not all three profiles measured: docs/benchmarks.md left as it is.)');
  return section;
}
