/**
 * What operators type in the candidates' search box, drawn from the people actually in the
 * folder (so "a surname" is a surname someone has, with the frequencies real names have), and
 * the two baselines each query is also run as: the raw FTS5 probe and a LIKE '%…%' scan.
 */
import type { Faker } from '@faker-js/faker';
import type BetterSqlite3 from 'better-sqlite3';
import { toFtsQuery } from '../../electron/core/search/fts-query';

export interface SearchShape {
  name: string;
  /** Shown in the report: what one of the queries looks like. */
  example: string;
  queries: string[];
}

interface Sample {
  firstName: string;
  lastName: string;
  taxCode: string;
  skills: string;
}

/** About `size` live profiles spread evenly over the table (deterministic, no ORDER BY random()). */
function sampleRows(sqlite: BetterSqlite3.Database, size: number): Sample[] {
  const { n } = sqlite.prepare('SELECT count(*) AS n FROM candidates WHERE deleted_at IS NULL').get() as { n: number };
  const step = Math.max(1, Math.floor(n / size));
  return sqlite
    .prepare(
      `SELECT first_name AS firstName, last_name AS lastName, tax_code AS taxCode, skills
       FROM candidates WHERE deleted_at IS NULL AND rowid % ? = 0 LIMIT ?`,
    )
    .all(step, size) as Sample[];
}

export function searchShapes(sqlite: BetterSqlite3.Database, faker: Faker, runs: number): SearchShape[] {
  const rows = sampleRows(sqlite, runs);
  const pick = <T>(make: (row: Sample) => T): T[] => Array.from({ length: runs }, () => make(faker.helpers.arrayElement(rows)));
  const lower = (s: string) => s.toLocaleLowerCase('it');
  const shapes: SearchShape[] = [
    { name: 'Una lettera', example: '', queries: pick((r) => lower(r.lastName).charAt(0)) },
    { name: 'Due lettere', example: '', queries: pick((r) => lower(r.lastName).slice(0, 2)) },
    { name: 'Un cognome', example: '', queries: pick((r) => lower(r.lastName)) },
    { name: 'Cognome + inizio del nome', example: '', queries: pick((r) => `${lower(r.lastName)} ${lower(r.firstName).slice(0, 2)}`) },
    { name: 'Pezzo di codice fiscale (6–10)', example: '', queries: pick((r) => r.taxCode.slice(0, faker.number.int({ min: 6, max: 10 }))) },
    { name: 'Una competenza', example: '', queries: pick((r) => lower(faker.helpers.arrayElement(JSON.parse(r.skills) as string[]))) },
  ];
  for (const shape of shapes) shape.example = shape.queries[0] ?? '';
  return shapes;
}

/**
 * The same text as a bare FTS5 query for one page of rows plus one: no filters, no join, no
 * count. The floor the handler figure is compared with (the service's own probe goes to 1,001).
 */
export function rawFts(sqlite: BetterSqlite3.Database): (query: string) => unknown {
  const statement = sqlite.prepare('SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ? LIMIT 51');
  return (query) => statement.all(toFtsQuery(query));
}

/** What search would cost without the index: every word somewhere in surname, name or code. */
export function likeScan(sqlite: BetterSqlite3.Database): (query: string) => unknown {
  const statements = new Map<number, BetterSqlite3.Statement>();
  return (query) => {
    const words = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    let statement = statements.get(words.length);
    if (!statement) {
      const each = '(c.last_name LIKE ? OR c.first_name LIKE ? OR c.tax_code LIKE ?)';
      const where = words.map(() => each).join(' AND ');
      statement = sqlite.prepare(`SELECT c.rowid FROM candidates c WHERE c.deleted_at IS NULL AND ${where} LIMIT 51`);
      statements.set(words.length, statement);
    }
    return statement.all(...words.flatMap((w) => [`%${w}%`, `%${w}%`, `%${w}%`]));
  };
}
