/**
 * `npm run seed`: a small profile on an empty folder (first start included), the refusal on a
 * folder that already has candidates, and the premise of its speed: many service calls in one
 * transaction, where a refused one rolls back alone (better-sqlite3 nests them as savepoints).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { candidateFields } from '../../shared/api/candidates';
import { checkNumericTaxCode, checkPersonTaxCode } from '../../shared/validation/tax-codes';
import { createCandidate } from '../../electron/core/services/candidates/candidates';
import { findDuplicates } from '../../electron/core/services/candidates/duplicates';
import { SeedRefusedError, seedDataFolder } from '../../scripts/seed/index';
import { createHarness } from '../support/core-harness';
import { candidateInput } from '../support/fixtures';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function emptyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'exar-seed-'));
  dirs.push(dir);
  return dir;
}

describe('seedDataFolder', () => {
  it('fills an empty folder with the small profile, completing the first start', async () => {
    const dataDir = emptyFolder();
    const report = await seedDataFolder({ dataDir, profile: 'small' });
    expect(report.setUpNow).toBe(true);
    expect(report.associations).toBe(50);
    expect(report.candidates).toMatchObject({ created: 200, refused: 0, duplicatePairs: 10 });
    expect(report.credentials.map((c) => c.username)).toEqual(['admin', 'operatore1', 'operatore2', 'operatore3']);

    const h = createHarness({ dataDir });
    try {
      const admin = report.credentials[0]!;
      const session = await h.login(admin.username, admin.password);
      const list = await h.ok('candidates.list', { pageSize: 100 }, session);
      expect(list.total).toBe(200);
      const sqlite = h.core.state.database.sqlite;
      const codes = sqlite.prepare('SELECT tax_code AS c FROM candidates').all() as { c: string }[];
      for (const { c } of codes) expect(checkPersonTaxCode(c).ok || checkNumericTaxCode(c).ok).toBe(true);
      const fts = sqlite.prepare('SELECT count(*) AS n FROM candidates_fts').get() as { n: number };
      expect(fts.n).toBe(200);
      // Every near-duplicate pair is found by the duplicate check.
      const pairs = sqlite
        .prepare('SELECT a.first_name AS firstName, a.last_name AS lastName, a.birth_date AS birthDate, a.tax_code AS taxCode FROM candidates a JOIN candidates b ON a.duplicate_key = b.duplicate_key AND a.birth_date = b.birth_date AND a.id < b.id')
        .all() as { firstName: string; lastName: string; birthDate: string; taxCode: string }[];
      expect(pairs.length).toBeGreaterThanOrEqual(10);
      expect(findDuplicates(h.core.state.database.db, pairs[0]!).similar.length).toBeGreaterThan(0);
    } finally {
      h.core.close();
    }
  });

  it('refuses a folder that already has candidates unless forced', async () => {
    const dataDir = emptyFolder();
    await seedDataFolder({ dataDir, profile: 'small' });
    await expect(seedDataFolder({ dataDir, profile: 'small' })).rejects.toBeInstanceOf(SeedRefusedError);
    const forced = await seedDataFolder({ dataDir, profile: 'small', force: true });
    expect(forced.setUpNow).toBe(false);
    expect(forced.credentials).toEqual([]);
    expect(forced.candidates.created).toBe(200);
  });
});

describe('service calls batched in one transaction', () => {
  it('keeps the others when one is refused inside the batch', async () => {
    const h = createHarness();
    try {
      await h.setup();
      const { db, sqlite } = h.core.state.database;
      const ctx = { db, sqlite, clock: h.core.state.site!.clock, siteId: h.core.state.site!.id, actor: { id: null, name: 'Test' }, now: () => new Date() };
      const first = candidateFields.parse(candidateInput());
      const second = candidateFields.parse(candidateInput());
      let refused = 0;
      db.transaction(() => {
        createCandidate(ctx, first);
        try {
          createCandidate(ctx, { ...second, taxCode: first.taxCode });
        } catch {
          refused++;
        }
        createCandidate(ctx, second);
      });
      expect(refused).toBe(1);
      const rows = sqlite.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number };
      const audit = sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'candidates'").get() as { n: number };
      const fts = sqlite.prepare('SELECT count(*) AS n FROM candidates_fts').get() as { n: number };
      expect([rows.n, audit.n, fts.n]).toEqual([2, 2, 2]);
    } finally {
      h.dispose();
    }
  });
});
