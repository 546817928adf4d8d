/**
 * A backup taken through the API, waited for: `backups.create` answers at once and the copy runs in
 * the background (the page follows it), so a test asks the list until the copy is there.
 */
import { mkdirSync } from 'node:fs';
import type { Harness } from './core-harness';

/** A second folder for a harness (decision 0028): beside its data folder, since it must be outside it. */
export function offsiteFolder(h: Harness): string {
  const folder = `${h.dataDir}-seconda-copia`;
  mkdirSync(folder, { recursive: true });
  return folder;
}

export async function takeBackupNow(h: Harness, session: string): Promise<string> {
  const before = new Set((await h.ok('backups.list', {}, session)).items.map((b) => b.name));
  await h.ok('backups.create', {}, session);
  for (let i = 0; i < 600; i++) {
    const list = await h.ok('backups.list', {}, session);
    const taken = list.items.find((b) => !before.has(b.name) && b.reason === 'manual');
    if (taken && list.running === null) return taken.name;
    if (list.running === null && list.lastFailure) throw new Error(`backup failed: ${list.lastFailure.message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('backup not taken within 12 s');
}
