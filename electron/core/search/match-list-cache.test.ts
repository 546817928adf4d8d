/**
 * The kept match lists are exact only if FTS5 rewrites its structure record at every change of
 * the index. Held to that on the candidates' own FTS table (created from its migration): after
 * any sequence of inserts, rewrites of a document under the same rowid and deletes, each short
 * word's kept list is what FTS5 answers, newest first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isShortWordQuery, matchListStatements, shortWordMatches } from './match-list-cache';

const MIGRATION = join(__dirname, '../db/migrations/0003_candidates_search.sql');

function freshIndex(): Database.Database {
  const sqlite = new Database(':memory:');
  const create = /CREATE VIRTUAL TABLE `candidates_fts`[\s\S]*?\);/.exec(readFileSync(MIGRATION, 'utf8'))![0];
  sqlite.exec(create);
  return sqlite;
}

const WORDS = ['bar', 'bàrbara', 'baudo', 'ros', 'rossi', 'àrea', 'amato', 'b', 'ro', 'z'];
const QUERIES = ['"b"*', '"ba"*', '"r"*', '"ro"*', '"a"*', '"ar"*', '"z"*'];

type Op = { kind: 'insert'; words: string[] } | { kind: 'rewrite' | 'delete'; pick: number; words: string[] };

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), words }),
  fc.record({ kind: fc.constantFrom('rewrite' as const, 'delete' as const), pick: fc.nat(), words }),
);

function fromFts(sqlite: Database.Database, fts: string): number[] {
  return sqlite.prepare('SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ? ORDER BY rowid DESC').pluck().all(fts) as number[];
}

describe('match lists kept in memory', () => {
  it('follow every insert, rewrite and delete of the index, as FTS5 answers', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const sqlite = freshIndex();
        const live: number[] = [];
        for (const o of ops) {
          const body = o.words.join(' ');
          if (o.kind === 'insert') {
            live.push(Number(sqlite.prepare('INSERT INTO candidates_fts (body) VALUES (?)').run(body).lastInsertRowid));
          } else if (live.length > 0) {
            const rowid = live[o.pick % live.length]!;
            sqlite.prepare('DELETE FROM candidates_fts WHERE rowid = ?').run(rowid);
            if (o.kind === 'rewrite') sqlite.prepare('INSERT INTO candidates_fts (rowid, body) VALUES (?, ?)').run(rowid, body);
            else live.splice(live.indexOf(rowid), 1);
          }
          for (const q of QUERIES) expect([...shortWordMatches(sqlite, 'candidates_fts', q)!], `${q} after ${o.kind}`).toEqual(fromFts(sqlite, q));
        }
        sqlite.close();
      }),
      { numRuns: 150 },
    );
  });

  it('are kept only for one word of one or two letters, and never inside a transaction', () => {
    expect(['"a"*', '"ba"*', '"àr"*'].every(isShortWordQuery)).toBe(true);
    expect(['"bar"*', '"ba"* "ro"*', '"rossi"*'].some(isShortWordQuery)).toBe(false);
    const sqlite = freshIndex();
    sqlite.prepare('INSERT INTO candidates_fts (body) VALUES (?)').run('barbara');
    expect(shortWordMatches(sqlite, 'candidates_fts', '"bar"*')).toBeNull();
    // A write still open may be undone: its state is never kept.
    sqlite.transaction(() => {
      sqlite.prepare('INSERT INTO candidates_fts (body) VALUES (?)').run('baudo');
      expect(shortWordMatches(sqlite, 'candidates_fts', '"ba"*')).toBeNull();
    })();
    expect([...shortWordMatches(sqlite, 'candidates_fts', '"ba"*')!]).toEqual([2, 1]);
  });

  it('read the index version by its key and the matches in FTS5\'s own order, with no sort', () => {
    const sqlite = freshIndex();
    const plan = (sql: string, ...params: unknown[]) =>
      (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    const statements = matchListStatements('candidates_fts');
    expect(plan(statements.version)).toMatch(/^SEARCH candidates_fts_data USING INTEGER PRIMARY KEY/);
    const matches = plan(statements.matches, '"ba"*');
    expect(matches).toMatch(/^SCAN candidates_fts VIRTUAL TABLE INDEX/);
    expect(matches).not.toContain('TEMP B-TREE');
  });
});
