/**
 * `npm run bench`: seeds (or reuses) a data folder of the `piemonte10` profile — 100,000
 * candidates and 10,000 associations written through the services — then times what
 * operators do most, through the handler table (the same path as the UI), and writes
 * docs/benchmarks.md with the machine and the figures. BENCH_PROFILE=small runs the same
 * code on the small profile in seconds (to check the bench itself, not to publish).
 * BENCH_ONLY=documents measures only the Word documents and refreshes their part of the report;
 * BENCH_ONLY=exchange the regional exchange (export, import, memory) on a copy of the piemonte10 desk;
 * BENCH_ONLY=exports the export of every candidate to Excel (time, peak memory) on a copy of it.
 * BENCH_ONLY=reports the «Report» figures and the monitoring workbook of the busiest year, on a copy of it.
 * BENCH_ONLY=start the web host's start up to the login screen, on a copy of it.
 * BENCH_ONLY=growth the same operations on 10k, 100k and 1M candidates (tests/bench/growth.ts).
 * BENCH_ONLY=main only the main part (search, lists, «Oggi», Ctrl+K, ranking, size, memory).
 * The full run refreshes every part.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakerIT as faker } from '@faker-js/faker';
import { CANDIDATE_STATUSES } from '@shared/api/candidates';
import type { MethodInput, MethodName } from '@shared/api/contract';
import { DATABASE_FILE } from '../../electron/core/core';
import { isSeedProfileName } from '../../scripts/seed/profiles';
import { createHarness, type Harness } from '../support/core-harness';
import { fakeAssociation } from '../fixtures/associations';
import { fakeCandidate } from '../fixtures/candidates';
import { PIEDMONT_PROVINCES } from '../fixtures/candidate-places';
import { likeScan, rawFts, searchShapes } from './candidate-queries';
import { benchDataset } from './dataset';
import { timeEach, WARM_UP, type Timing } from './measure';
import { renderReport, type Row, type SearchRow } from './report';
import { analysis } from './analysis';
import { listAnatomy } from './anatomy';
import { benchMatching } from './matching';
import { matchingAnalysis, matchingAnatomy } from './matching-analysis';
import { readMatchWeights } from '../../electron/core/services/matches/weights';
import { readCtxOf } from '../../electron/core/api/service-ctx';
import { benchDocuments } from './documents';
import { renderDocumentsSection, writeDocumentsSection } from './documents-report';
import { benchExchange } from './exchange';
import { renderExchangeSection, writeExchangeSection } from './exchange-report';
import { benchExports } from './exports';
import { renderExportsSection, writeExportsSection } from './exports-report';
import { benchReports, renderReportsSection, writeReportsSection } from './reports';
import { benchStart, renderStartSection, writeStartSection } from './start';
import { measureSize, renderSizeSection } from './size';
import { growthOnly } from './growth-report';

const RUNS = 200;
const LIKE_RUNS = 50;

function count(h: Harness, sql: string): number {
  return (h.core.state.database.sqlite.prepare(sql).get() as { n: number }).n;
}

const REPORT = join(__dirname, '..', '..', 'docs', 'benchmarks.md');

/** The documents' figures, on a folder of their own; written into the report's documents part. */
async function documentsOnly(): Promise<string> {
  const section = renderDocumentsSection(await benchDocuments(RUNS, (line) => console.log(line)));
  writeDocumentsSection(REPORT, section);
  return section;
}

/** The exchange's figures on a copy of the piemonte10 desk; written into the report's exchange part. */
async function exchangeOnly(): Promise<string> {
  const profile = process.env.BENCH_PROFILE ?? 'piemonte10';
  if (!isSeedProfileName(profile)) throw new Error(`Unknown BENCH_PROFILE ${profile}`);
  const dataset = await benchDataset(profile, (line) => console.log(line));
  const section = renderExchangeSection(await benchExchange(dataset.runDir, (line) => console.log(line)), loadavg());
  // Only the region-sized figures are published; a small run checks the bench itself.
  if (profile === 'piemonte10') writeExchangeSection(REPORT, section);
  return section;
}

/** The list export's figures on a copy of the piemonte10 desk; written into the report's exports part. */
async function exportsOnly(): Promise<string> {
  const profile = process.env.BENCH_PROFILE ?? 'piemonte10';
  if (!isSeedProfileName(profile)) throw new Error(`Unknown BENCH_PROFILE ${profile}`);
  const dataset = await benchDataset(profile, (line) => console.log(line));
  const section = renderExportsSection(benchExports(dataset.runDir, (line) => console.log(line)), loadavg());
  // Only the region-sized figures are published; a small run checks the bench itself.
  if (profile === 'piemonte10') writeExportsSection(REPORT, section);
  return section;
}

/** The protocol report's figures on a copy of the piemonte10 desk; written into the report's reports part. */
async function reportsOnly(): Promise<string> {
  const profile = process.env.BENCH_PROFILE ?? 'piemonte10';
  if (!isSeedProfileName(profile)) throw new Error(`Unknown BENCH_PROFILE ${profile}`);
  const dataset = await benchDataset(profile, (line) => console.log(line));
  const section = renderReportsSection(await benchReports(dataset.runDir, (line) => console.log(line)), loadavg());
  if (profile === 'piemonte10') writeReportsSection(REPORT, section);
  return section;
}

/** Start → login screen on a copy of the piemonte10 desk; written into the report's start part. */
async function startOnly(): Promise<string> {
  const profile = process.env.BENCH_PROFILE ?? 'piemonte10';
  if (!isSeedProfileName(profile)) throw new Error(`Unknown BENCH_PROFILE ${profile}`);
  const dataset = await benchDataset(profile, (line) => console.log(line));
  const section = renderStartSection(await benchStart(dataset.runDir, 5, (line) => console.log(line)), loadavg());
  if (profile === 'piemonte10') writeStartSection(REPORT, section);
  return section;
}

/** The parts measured on their own (between markers), kept when the main part is written again. */
function keptSections(): string {
  if (!existsSync(REPORT)) return '';
  const text = readFileSync(REPORT, 'utf8');
  return [...text.matchAll(/<!-- (\w+):start -->[\s\S]*?<!-- \1:end -->/g)].map((m) => m[0]).join('\n\n');
}

async function main() {
  if (process.env.BENCH_ONLY === 'growth') {
    console.log(await growthOnly(REPORT));
    return;
  }
  if (process.env.BENCH_ONLY === 'start') {
    console.log(await startOnly());
    return;
  }
  if (process.env.BENCH_ONLY === 'reports') {
    console.log(await reportsOnly());
    return;
  }
  if (process.env.BENCH_ONLY === 'exports') {
    console.log(await exportsOnly());
    return;
  }
  if (process.env.BENCH_ONLY === 'documents') {
    console.log(await documentsOnly());
    return;
  }
  if (process.env.BENCH_ONLY === 'exchange') {
    console.log(await exchangeOnly());
    return;
  }
  const profile = process.env.BENCH_PROFILE ?? 'piemonte10';
  if (!isSeedProfileName(profile)) throw new Error(`Unknown BENCH_PROFILE ${profile}`);
  const dataset = await benchDataset(profile, (line) => console.log(line));
  // Other work on the machine shows in every figure: the report says how busy it was.
  const loadStart = loadavg();
  const h = createHarness({ dataDir: dataset.runDir });
  let session = await h.sessionAs('coordinatore');
  const { sqlite } = h.core.state.database;
  faker.seed(2027);

  /** `RUNS` calls of one method through the handler table, each with an input made beforehand. */
  async function handler<M extends MethodName>(method: M, make: () => MethodInput<M>, seen?: (value: unknown) => void): Promise<Timing> {
    const inputs = Array.from({ length: WARM_UP + RUNS }, make);
    return timeEach(inputs, async (input) => {
      const value = await h.ok(method, input, session);
      seen?.(value);
    });
  }
  const log = (name: string, t: Timing) => console.log(`${name}: p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`);

  const search: SearchRow[] = [];
  const fts = rawFts(sqlite);
  const like = likeScan(sqlite);
  for (const shape of searchShapes(sqlite, faker, WARM_UP + RUNS)) {
    let broad = 0;
    const queries = [...shape.queries];
    const result = await timeEach(queries, async (query) => {
      const value = await h.ok('candidates.list', { query }, session);
      if (value.broad) broad++;
    });
    // A LIKE scan reads the whole table every time: fewer runs tell as much, in a fraction of the time.
    const row = { shape, handler: result, fts: await timeEach(queries, fts), like: await timeEach(queries.slice(0, WARM_UP + LIKE_RUNS), like), broadShare: broad / queries.length };
    search.push(row);
    log(`search ${shape.name}`, row.handler);
    console.log(`  raw FTS p95 ${row.fts.p95.toFixed(2)} ms, LIKE p95 ${row.like.p95.toFixed(2)} ms, broad ${Math.round(row.broadShare * 100)}%`);
  }

  const ids = (sqlite.prepare('SELECT id FROM candidates WHERE deleted_at IS NULL AND rowid % 97 = 0').all() as { id: string }[]).map((r) => r.id);
  const usedTaxCodes = new Set((sqlite.prepare('SELECT tax_code AS c FROM candidates').all() as { c: string }[]).map((r) => r.c));
  const candidates: Row[] = [];
  const candidateRow = async <M extends MethodName>(name: string, target: number, method: M, make: () => MethodInput<M>) => {
    const timing = await handler(method, make);
    candidates.push({ name, target, timing });
    log(name, timing);
  };
  await candidateRow('Apertura di un profilo (candidates.get)', 20, 'candidates.get', () => ({ id: faker.helpers.arrayElement(ids) }));
  await candidateRow('Elenco, prima pagina (ordine alfabetico)', 20, 'candidates.list', () => ({}));
  await candidateRow('Elenco filtrato: stato + provincia', 20, 'candidates.list', () => ({ status: 'attivo', province: faker.helpers.arrayElement(PIEDMONT_PROVINCES) }));
  // Search typed with filters already set: rare combinations start from the filters, common ones from the words.
  const operatorIds = (sqlite.prepare('SELECT id FROM operators WHERE deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id);
  const initial = () => faker.helpers.arrayElement(['a', 'b', 'c', 'd', 'f', 'g', 'l', 'm', 'p', 'r', 's', 't', 'v']);
  await candidateRow('Ricerca (due lettere) + stato + provincia', 15, 'candidates.list', () => ({
    query: `${initial()}${faker.helpers.arrayElement(['a', 'e', 'i', 'o'])}`,
    status: faker.helpers.arrayElement(CANDIDATE_STATUSES),
    province: faker.helpers.arrayElement(PIEDMONT_PROVINCES),
  }));
  await candidateRow('Ricerca (una lettera) + operatore di riferimento', 15, 'candidates.list', () => ({
    query: initial(),
    operatorId: faker.helpers.arrayElement(operatorIds),
  }));
  // Filters no index answers (issue 17: one letter with an age range took seconds); with and without words.
  const ageFrom = () => faker.number.int({ min: 18, max: 55 });
  await candidateRow('Ricerca (una lettera) + fascia d’età', 15, 'candidates.list', () => {
    const ageMin = ageFrom();
    return { query: initial(), ageMin, ageMax: ageMin + 10 };
  });
  await candidateRow('Ricerca (due lettere) + età + provincia + titolo di studio', 15, 'candidates.list', () => ({
    query: `${initial()}${faker.helpers.arrayElement(['a', 'e', 'i', 'o'])}`,
    ageMax: faker.number.int({ min: 25, max: 60 }),
    province: faker.helpers.arrayElement(PIEDMONT_PROVINCES),
    educationMin: faker.helpers.arrayElement(['media', 'diploma', 'laurea'] as const),
  }));
  await candidateRow('Elenco senza parole: età + patente + mezzo proprio', 15, 'candidates.list', () => ({
    ageMin: ageFrom(),
    licence: faker.helpers.arrayElement(['B', 'C'] as const),
    ownVehicle: faker.datatype.boolean(),
  }));
  await candidateRow('Elenco senza parole: titolo di studio + stato + disponibile entro', 15, 'candidates.list', () => ({
    educationMin: faker.helpers.arrayElement(['diploma', 'laurea'] as const),
    status: faker.helpers.arrayElement(CANDIDATE_STATUSES),
    availableBy: '2027-03-31',
  }));
  await candidateRow('Nuovo candidato (scrittura + indice + audit)', 20, 'candidates.create', () => fakeCandidate(faker, { usedTaxCodes }));
  // Issue 16: «Oggi» at the handler (target 100 ms) and Ctrl+K per keystroke (target 30 ms p95).
  await candidateRow('«Oggi», tutto l’ufficio (today.agenda)', 100, 'today.agenda', () => ({ scope: 'office', entries: 5 }));
  await candidateRow('«Oggi» di un operatore (today.agenda)', 100, 'today.agenda', () => ({ scope: 'operator', operatorId: faker.helpers.arrayElement(operatorIds), entries: 5 }));
  const sample = sqlite.prepare('SELECT last_name AS n, tax_code AS c FROM candidates WHERE deleted_at IS NULL AND rowid % 97 = 0 LIMIT 500').all() as { n: string; c: string }[];
  const surnames = sample.map((r) => r.n);
  const taxCodes = sample.map((r) => r.c);
  await candidateRow('Ctrl+K: un cognome', 30, 'search.everywhere', () => ({ query: faker.helpers.arrayElement(surnames) }));
  await candidateRow('Ctrl+K: le prime due lettere', 30, 'search.everywhere', () => ({ query: `${initial()}${faker.helpers.arrayElement(['a', 'e', 'i', 'o'])}` }));
  await candidateRow('Ctrl+K: un codice fiscale', 30, 'search.everywhere', () => ({ query: faker.helpers.arrayElement(taxCodes) }));

  const associationIds = (sqlite.prepare('SELECT id FROM associations WHERE deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id);
  const associations: Row[] = [];
  const associationRow = async <M extends MethodName>(name: string, target: number, method: M, make: () => MethodInput<M>) => {
    const timing = await handler(method, make);
    associations.push({ name, target, timing });
    log(name, timing);
  };
  const letters = 'abcdefgilmnoprstv';
  const prefixes2 = ['po', 'ci', 'as', 'ca', 'te', 'at', 'mo', 'sa', 'to', 'pa', 'ba', 'ma'];
  const words = ['polisportiva', 'circolo', 'teatro', 'saluzzo', 'moncalieri', 'ginnastica', 'volontari', 'aics cuneo'];
  await associationRow('Elenco, prima pagina (ordine alfabetico)', 20, 'associations.list', () => ({}));
  await associationRow('Elenco ordinato per comune, pagina a caso', 20, 'associations.list', () => ({ sort: 'comune', page: faker.number.int({ min: 1, max: 100 }) }));
  await associationRow('Ricerca: una lettera', 20, 'associations.list', () => ({ query: faker.helpers.arrayElement([...letters]) }));
  await associationRow('Ricerca: due lettere', 20, 'associations.list', () => ({ query: faker.helpers.arrayElement(prefixes2) }));
  await associationRow('Ricerca: una parola intera', 20, 'associations.list', () => ({ query: faker.helpers.arrayElement(words) }));
  await associationRow('Ricerca: nome + prefisso del comune', 20, 'associations.list', () => ({ query: `${faker.helpers.arrayElement(['polisportiva', 'circolo', 'teatro'])} ${faker.helpers.arrayElement(['to', 'mon', 'al', 'sa'])}` }));
  await associationRow('Filtri: provincia + senza dipendenti', 20, 'associations.list', () => ({ province: faker.helpers.arrayElement(['TO', 'CN', 'AL']), employees: 'none' }));
  await associationRow('Apertura di una scheda', 10, 'associations.get', () => ({ id: faker.helpers.arrayElement(associationIds) }));
  await associationRow('Storico di una scheda', 10, 'audit.forRecord', () => ({ entity: 'associations', id: faker.helpers.arrayElement(associationIds) }));
  await associationRow('Nuova associazione (scrittura + indice + audit)', 20, 'associations.create', () => fakeAssociation());

  // Last: its cold samples restart the core (a new connection and session).
  const matching = await benchMatching({
    h,
    faker,
    runs: RUNS,
    handler,
    relogin: async () => {
      session = await h.sessionAs('coordinatore');
      return session;
    },
    session: () => session,
    log,
  });

  const matchingParts = matchingAnalysis(matching, matchingAnatomy(readCtxOf(h.core.state), readMatchWeights(readCtxOf(h.core.state)), matching.needIds, matching.candidateIds));
  const listParts = analysis(listAnatomy(h.core.state.database.sqlite, [{ status: 'attivo', province: 'TO' }, { status: 'attivo', province: 'BI' }, {}], new Date()));
  console.log(`(${count(h, 'SELECT count(*) AS n FROM candidates')} candidates in the measured copy after the creates)`);
  const loadEnd = loadavg();
  // Closed, not disposed: the memory is measured on this copy, then it goes.
  h.core.close();
  // The seeded file as it is kept (before this run's writes), and the core's memory on the measured copy.
  const size = measureSize(join(tmpdir(), `exar-bench-${profile}`, DATABASE_FILE), dataset.runDir);
  rmSync(dataset.runDir, { recursive: true, force: true });
  console.log(`database ${(size.fileBytes / 2 ** 20).toFixed(0)} MiB; core memory warm ${size.memory.warm.rss} MB RSS`);
  const doc = renderReport({
    seed: dataset.seed,
    reused: dataset.reused,
    seededAt: dataset.seededAt,
    databaseBytes: size.fileBytes,
    counts: {
      // Before this run's creates: what was seeded.
      candidates: dataset.seed.candidates.created,
      associations: dataset.seed.associations,
      notes: dataset.seed.candidates.notes,
      duplicatePairs: dataset.seed.candidates.duplicatePairs,
      needs: dataset.seed.needs.created,
      matches: dataset.seed.matches.created,
    },
    search,
    candidates,
    associations,
    matching,
    analysis: matchingParts + listParts + renderSizeSection(size),
    load: { start: loadStart, end: loadEnd },
  });
  if (profile === 'piemonte10') {
    writeFileSync(REPORT, `${doc}\n${keptSections()}`);
    if (process.env.BENCH_ONLY === 'main') return;
    await documentsOnly();
    await exchangeOnly();
    await exportsOnly();
    await reportsOnly();
    await startOnly();
    console.log('Wrote docs/benchmarks.md');
  } else {
    console.log(doc);
  }
}

void main();
