/**
 * `npm run seed`: a small profile on an empty folder (first start included), the refusal on a
 * folder that already has candidates, and the premise of its speed: many service calls in one
 * transaction, where a refused one rolls back alone (better-sqlite3 nests them as savepoints).
 */
import { readCtxOf, writeCtxOf } from '../../electron/core/api/service-ctx';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { candidateFields } from '@shared/api/candidates';
import { checkNumericTaxCode, checkPersonTaxCode } from '@shared/validation/tax-codes';
import { createCandidate } from '../../electron/core/services/candidates/candidates';
import { findDuplicates } from '../../electron/core/services/candidates/duplicates';
import { SeedRefusedError, seedDataFolder } from '../../scripts/seed/index';
import { unknownRoleSkills } from '../../scripts/seed/need-roles';
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
      expect(findDuplicates(readCtxOf(h.core.state), pairs[0]!).similar.length).toBeGreaterThan(0);

      // Needs and proposals, written through the services: several statuses each, and they agree.
      expect(report.needs).toMatchObject({ created: 60, refused: 0 });
      expect(report.matches.refused).toBe(0);
      const byStatus = (sql: string) => Object.fromEntries((sqlite.prepare(sql).all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
      const needStatuses = byStatus('SELECT status, count(*) AS n FROM needs GROUP BY status');
      const matchStatuses = byStatus('SELECT status, count(*) AS n FROM matches GROUP BY status');
      expect(Object.keys(needStatuses).length).toBeGreaterThanOrEqual(5);
      expect(Object.keys(matchStatuses).length).toBeGreaterThanOrEqual(5);
      expect(needStatuses).toEqual(Object.fromEntries(Object.entries(report.needs.byStatus).filter(([, n]) => n > 0)));
      expect(matchStatuses).toEqual(Object.fromEntries(Object.entries(report.matches.byStatus).filter(([, n]) => n > 0)));
      for (const status of ['nuovo', 'in_analisi', 'candidati_proposti', 'coperto'] as const) expect(needStatuses[status]).toBeGreaterThan(0);
      for (const status of ['proposto', 'accettato'] as const) expect(matchStatuses[status]).toBeGreaterThan(0);
      const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
      const accepted = "SELECT count(*) FROM matches m WHERE m.need_id = n.id AND m.status = 'accettato'";
      const open = "SELECT count(*) FROM matches m WHERE m.need_id = n.id AND m.status IN ('proposto', 'colloquio_fissato')";
      // Covered exactly when someone was accepted, never more people than places; waiting needs have an open proposal;
      // new or in-analysis needs have none; closed or cancelled ones have nothing still open.
      expect(count(`SELECT count(*) AS n FROM needs n WHERE (n.status = 'coperto') <> ((${accepted}) > 0)`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM needs n WHERE (${accepted}) > n.positions`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM needs n WHERE n.status = 'candidati_proposti' AND (${open}) = 0`)).toBe(0);
      expect(count("SELECT count(*) AS n FROM needs n WHERE n.status IN ('nuovo', 'in_analisi') AND EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.id)")).toBe(0);
      expect(count(`SELECT count(*) AS n FROM needs n WHERE n.status IN ('chiuso_senza_esito', 'annullato') AND (${open}) > 0`)).toBe(0);
      expect(count("SELECT count(DISTINCT need_id) AS n FROM matches")).toBe(report.needs.withMatches);
      // The same through the handlers the desk uses.
      const covered = await h.ok('needs.list', { status: 'coperto', pageSize: 100 }, session);
      expect(covered.total).toBe(needStatuses.coperto);
      const proposals = await h.ok('matches.forNeed', { needId: covered.items[0]!.id }, session);
      expect(proposals.some((m) => m.status === 'accettato')).toBe(true);
      const need = await h.ok('needs.get', { id: covered.items[0]!.id }, session);
      expect(need.events.map((e) => e.to).at(-1)).toBe('coperto');
    } finally {
      h.core.close();
    }
  });

  it('asks needs only for skills candidates can have, so proposals and rankings make sense', () => {
    expect(unknownRoleSkills()).toEqual([]);
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
      const ctx = writeCtxOf(h.core.state, { id: null, name: 'Test' });
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
