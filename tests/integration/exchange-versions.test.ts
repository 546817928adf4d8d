/**
 * A bundle written by an older version of the application is read through its own column list: a
 * field that version did not have takes its default; one that cannot be guessed refuses the file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST_PART } from '../../electron/core/exchange/manifest';
import { openBundle, resealed } from '../support/exchange-bundles';
import { exportBundle, importInto, openOffice, preview, type Office } from '../support/exchange-offices';
import { associationInput } from '../support/fixtures';

const opened: Office[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.h.dispose();
});

interface ManifestTable {
  table: string;
  part: string;
  count: number;
  columns: string[];
  sha256: string;
  bytes: number;
}

/** The same bundle as an older version would have written it: without `column` in `table`, one schema version back. */
async function withoutColumn(bytes: Buffer, table: string, column: string): Promise<Buffer> {
  const bundle = await openBundle(bytes);
  const manifest = JSON.parse(Buffer.from(bundle.parts[MANIFEST_PART]!).toString('utf8')) as { schemaVersion: number; tables: ManifestTable[] };
  const parts = { ...bundle.parts };
  for (const entry of manifest.tables.filter((t) => t.table === table)) {
    // A line is [seen, value, …] in the order of the part's columns.
    const at = entry.columns.indexOf(column) + 1;
    const lines = Buffer.from(bundle.parts[entry.part]!)
      .toString('utf8')
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => {
        const line = JSON.parse(l) as unknown[];
        line.splice(at, 1);
        return `${JSON.stringify(line)}\n`;
      })
      .join('');
    parts[entry.part] = Buffer.from(lines, 'utf8');
    entry.columns = entry.columns.filter((c) => c !== column);
  }
  manifest.schemaVersion -= 1;
  return resealed(bundle, { ...parts, [MANIFEST_PART]: Buffer.from(JSON.stringify(manifest), 'utf8') });
}

describe('bundles from an older version', () => {
  it('are imported with the fields that version lacked left empty', async () => {
    const to = await openOffice('TO01', 'sportello');
    const region = await openOffice('PIE', 'ufficio_regionale');
    opened.push(to, region);
    const a = await to.h.ok('associations.create', associationInput({ name: 'Circolo Vecchia Versione', ccnl: 'CCNL Sport' }), to.admin);
    const older = await withoutColumn(await exportBundle(to), 'associations', 'ccnl');
    const result = await importInto(region, older);
    expect(result.totals.new).toBeGreaterThan(0);
    const there = await region.h.ok('associations.get', { id: a.id }, region.admin);
    expect(there.name).toBe('Circolo Vecchia Versione');
    expect(there.ccnl).toBeNull();
  });

  it('are refused, with what to do, when a required field cannot be guessed', async () => {
    const to = await openOffice('TO01', 'sportello');
    const region = await openOffice('PIE', 'ufficio_regionale');
    opened.push(to, region);
    await to.h.ok('associations.create', associationInput(), to.admin);
    const older = await withoutColumn(await exportBundle(to), 'associations', 'legal_form');
    await expect(preview(region, older)).rejects.toThrow(/troppo vecchia[^"]*aggiorna l’applicazione dello sportello/);
    expect((await region.h.ok('associations.list', {}, region.admin)).total).toBe(0);
  });
});
