/**
 * Where the time of a list call goes: each SQL statement of list.ts timed on its own, with the
 * plan SQLite chose for it, so a missed target points at the statement to fix.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { candidateListInput, type CandidateListInput } from '@shared/api/candidates';
import { listStatements } from '../../electron/core/services/candidates/list';
import { ms } from './measure';

interface Statement {
  sql: string;
  params: unknown[];
}

function median(sqlite: BetterSqlite3.Database, q: Statement, runs = 21): number {
  const statement = sqlite.prepare(q.sql);
  statement.all(...q.params);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    statement.all(...q.params);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function plan(sqlite: BetterSqlite3.Database, q: Statement): string {
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[];
  return rows.map((r) => r.detail).join('; ');
}

/** A markdown table: for each filtered list, the page statement and the count statement. */
export function listAnatomy(sqlite: BetterSqlite3.Database, inputs: CandidateListInput[], today: Date): string {
  const lines = ['| filters | statement | median ms | plan |', '|---|---|---:|---|'];
  for (const input of inputs) {
    const { plain } = listStatements(candidateListInput.parse(input), today);
    for (const [name, q] of [['page', plain.page], ['count', plain.count]] as const) {
      lines.push(`| \`${JSON.stringify(input)}\` | ${name} | ${ms(median(sqlite, q))} | \`${plan(sqlite, q)}\` |`);
    }
  }
  return lines.join('\n');
}
