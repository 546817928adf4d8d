/**
 * The query plan of every candidates list query, as SQLite will run it. A lost index, or a
 * change that makes the planner sort or scan 100,000 rows, fails here instead of in an office.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateListInput, type CandidateListInput } from '@shared/api/candidates';
import { listStatements } from './list';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { candidateInput } from '../../../../tests/support/fixtures';

let h: Harness;
/** An office id other than this desk's: the plan must not depend on whose rows they are. */
const OTHER_SITE = '0190a1b2-0000-7000-8000-0000000000cb';

beforeAll(async () => {
  h = createHarness();
  await h.setup();
  const admin = await h.sessionAs('amministratore');
  for (let i = 0; i < 20; i++) await h.ok('candidates.create', candidateInput({ resProvince: i % 2 ? 'TO' : 'CN' }), admin);
});
afterAll(() => h.dispose());

function plan(q: { sql: string; params: unknown[] }): string[] {
  const rows = h.core.state.database.sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

function statements(input: CandidateListInput) {
  return listStatements(candidateListInput.parse(input), new Date('2026-11-24T10:00:00Z'));
}

/** Reads the page in order off the named index: no table scan, no sort of the whole set. */
function expectOrderedBy(lines: string[], index: string) {
  expect(lines.join('\n')).toContain(`SEARCH c USING INDEX ${index}`);
  expect(lines.join('\n')).not.toMatch(/SCAN c\b|TEMP B-TREE/);
}

describe('list without search text', () => {
  it.each([
    [{}, 'candidates_name_idx'],
    [{ direction: 'desc' as const }, 'candidates_name_idx'],
    [{ sort: 'updated' as const }, 'candidates_updated_idx'],
    [{ sort: 'age' as const }, 'candidates_birth_idx'],
    [{ sort: 'age' as const, direction: 'desc' as const }, 'candidates_birth_idx'],
    [{ sort: 'comune' as const }, 'candidates_comune_idx'],
    [{ status: 'attivo' as const }, 'candidates_status_idx'],
    [{ province: 'TO' }, 'candidates_province_idx'],
    [{ targetCategory: 'neet' as const }, 'candidates_category_idx'],
    [{ operatorId: '0190a1b2-0000-7000-8000-000000000000' }, 'candidates_operator_idx'],
    // The «Sportello» filter at a regional office, in the default order.
    [{ site: OTHER_SITE }, 'candidates_site_idx'],
  ])('%j reads its page off %s', (input, index) => {
    expectOrderedBy(plan(statements(input).plain.page), index);
  });

  it.each([[{}], [{ status: 'attivo' as const }], [{ province: 'TO' }], [{ deleted: true }], [{ site: OTHER_SITE }]])('%j counts on an index, never the table', (input) => {
    expect(plan(statements(input).plain.count).join('\n')).toMatch(/^SEARCH c USING (COVERING )?INDEX/);
  });

  it.each([
    [{ status: 'attivo' as const, province: 'TO' }],
    [{ province: 'TO', targetCategory: 'neet' as const }],
    [{ status: 'attivo' as const, operatorId: '0190a1b2-0000-7000-8000-000000000000' }],
  ])('%j counts on the covering filters index, without reading table rows', (input) => {
    expect(plan(statements(input).plain.count).join('\n')).toMatch(/USING COVERING INDEX candidates_filters_idx/);
  });

  it('the deleted profiles are found through the deleted_at range, not a scan', () => {
    const lines = plan(statements({ deleted: true }).plain.page).join('\n');
    expect(lines).toMatch(/SEARCH c USING INDEX candidates_\w+_idx \(deleted_at>\?\)/);
  });
});

describe('search', () => {
  it('probes the FTS index without ranking, filters applied along the way', () => {
    for (const input of [{ query: 'ros' }, { query: 'ros', status: 'archiviato' as const, province: 'VB' }]) {
      const lines = plan(statements(input).probe('"ros"*'));
      expect(lines[0]).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M/);
      expect(lines[1]).toBe('SEARCH c USING INDEX candidates_search_rowid_idx (search_rowid=?)');
      expect(lines.join('\n')).not.toContain('TEMP B-TREE');
    }
  });

  it.each([
    [{ ageMin: 50 }, 'candidates_name_idx'],
    [{ ageMax: 30, sort: 'updated' as const }, 'candidates_updated_idx'],
    [{ educationMin: 'diploma' as const, ownVehicle: true, sort: 'comune' as const }, 'candidates_comune_idx'],
    [{ availableBy: '2026-12-31', sort: 'age' as const }, 'candidates_birth_idx'],
  ])('%j without words, over the cap, walks %s and checks the other filters along it', (input, index) => {
    expectOrderedBy(plan(statements(input).walked()), index);
  });

  it('a list without words whose filters memory answered reaches its rows by id, sorted after', () => {
    for (const input of [{ ageMin: 30 }, { educationMin: 'laurea' as const, status: 'attivo' as const, sort: 'age' as const }]) {
      const lines = plan(statements(input).byIds(['a', 'b']));
      expect(lines[0]).toMatch(/^SCAN m VIRTUAL TABLE/);
      expect(lines[1]).toMatch(/^SEARCH c USING INDEX sqlite_autoindex_candidates_1 \(id=\?\)/);
      expect(lines.join('\n')).not.toMatch(/SCAN c\b/);
    }
  });

  it('under the cap, reaches the matched rows through search_rowid, filters included', () => {
    for (const input of [{ query: 'ros' }, { query: 'ros', province: 'TO', status: 'attivo' as const }]) {
      const matched = statements(input).matched([1, 2, 3]);
      for (const q of [matched.page, matched.count]) {
        const lines = plan(q);
        expect(lines[0]).toMatch(/^SCAN m VIRTUAL TABLE/);
        expect(lines[1]).toBe('SEARCH c USING INDEX candidates_search_rowid_idx (search_rowid=?)');
      }
    }
  });

  it('inside a small filtered set, starts from the filters’ index and checks each row against FTS5', () => {
    const first = statements({ query: 'r', status: 'archiviato' as const, province: 'VB' }).filterFirst('"r"*');
    for (const q of [first.page, first.count]) {
      const lines = plan(q).join('\n');
      expect(lines).toMatch(/^SEARCH c USING (COVERING )?INDEX candidates_(filters|status|province)_idx \(/);
      expect(lines).not.toMatch(/SCAN c\b|LIST SUBQUERY/);
      // One FTS5 lookup by rowid (=) and MATCH (M) per filtered row.
      expect(lines).toMatch(/SCAN f (EXISTS )?VIRTUAL TABLE INDEX \d+:=M/);
    }
    expect(plan(first.size).join('\n')).toContain('USING COVERING INDEX candidates_filters_idx');
  });

  it('inside one office’s small set, starts from candidates_site_idx, counted on it too', () => {
    const first = statements({ query: 'r', site: OTHER_SITE }).filterFirst('"r"*');
    for (const q of [first.page, first.count]) {
      const lines = plan(q).join('\n');
      expect(lines).toMatch(/^SEARCH c USING INDEX candidates_site_idx \(site_id=\? AND deleted_at=\?\)/);
      expect(lines).not.toMatch(/SCAN c\b|TEMP B-TREE/);
    }
    expect(plan(first.size).join('\n')).toContain('USING COVERING INDEX candidates_site_idx');
  });

  it('over the cap with the page chosen in memory, reads just those rows through search_rowid', () => {
    const lines = plan(statements({ query: 'r', status: 'attivo' }).newestPage([3, 2, 1]));
    expect(lines[0]).toMatch(/^SCAN m VIRTUAL TABLE/);
    expect(lines[1]).toBe('SEARCH c USING INDEX candidates_search_rowid_idx (search_rowid=?)');
    // Sorting the page's own rows (at most a page) is the only sort.
    expect(lines.join('\n')).not.toMatch(/SCAN c\b/);
  });

  it('the newest matches are read off the FTS index alone, newest first, without a sort', () => {
    const lines = plan({ sql: 'SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?', params: ['"r"*', 1e9, 2048] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^SCAN candidates_fts VIRTUAL TABLE INDEX \d+:M/);
  });

  it('over the cap, walks the FTS index newest first and stops at the page', () => {
    const lines = plan(statements({ query: 'r' }).broad('"r"*').page);
    expect(lines[0]).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M/);
    expect(lines[1]).toBe('SEARCH c USING INDEX candidates_search_rowid_idx (search_rowid=?)');
    expect(lines.join('\n')).not.toContain('TEMP B-TREE');
  });
});

describe('lookups behind the form', () => {
  it('the codice fiscale and duplicate lookups use their indexes', () => {
    const sqlite = h.core.state.database.sqlite;
    const explain = (sql: string, ...params: unknown[]) =>
      (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(explain('SELECT id FROM candidates WHERE tax_code = ? AND deleted_at IS NULL', 'X')).toContain('candidates_tax_code_idx');
    expect(explain('SELECT id FROM candidates WHERE duplicate_key = ? AND birth_date = ?', 'rossi mario', '1980-01-01')).toContain(
      'candidates_duplicate_idx',
    );
    expect(explain('SELECT id FROM candidates WHERE merged_into = ?', 'x')).toContain('candidates_merged_into_idx');
  });
});
