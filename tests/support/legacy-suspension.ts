/**
 * A suspension as files saved before issue 13 may hold one: closed, shorter than the minimum (or
 * for another reason), not left out of the maximum. The core no longer records such a thing, so
 * tests write the row straight into the database, with the file's own office and version.
 */
import { randomUUID } from 'node:crypto';
import type { SuspensionReason } from '@shared/rules/suspensions';
import type { Harness } from './core-harness';

export function insertLegacySuspension(h: Harness, internshipId: string, period: { from: string; to: string | null }, reason: SuspensionReason): string {
  const sqlite = h.core.state.database.sqlite;
  const file = sqlite.prepare('SELECT site_id AS siteId, hlc FROM internships WHERE id = ?').get(internshipId) as { siteId: string; hlc: string } | undefined;
  if (!file) throw new Error(`no internship ${internshipId}`);
  const id = randomUUID();
  const at = new Date().toISOString();
  sqlite
    .prepare(
      `INSERT INTO internship_suspensions (id, site_id, created_at, updated_at, updated_by, hlc, deleted_at, internship_id, from_date, to_date, reason, excluded, note)
       VALUES (?, ?, ?, ?, 'versione precedente', ?, NULL, ?, ?, ?, ?, 0, NULL)`,
    )
    .run(id, file.siteId, at, at, file.hlc, internshipId, period.from, period.to, reason);
  return id;
}
