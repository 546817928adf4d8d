/**
 * Patron days travel (decision 0017), on real SQLite files and real sealed bundles: one desk's
 * coordinator adds a comune, its export brings it to the regional office, and the regional
 * office's publication of the rules brings it to another desk, where the files in that comune lose
 * the day's hours. A removal travels as a tombstone the same way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBundle, importInto, openOffice, publish, type Office } from '../support/exchange-offices';

const opened: Office[] = [];
async function office(code: string, kind: 'sportello' | 'ufficio_regionale' = 'sportello') {
  const o = await openOffice(code, kind);
  opened.push(o);
  return o;
}
afterEach(() => {
  for (const o of opened.splice(0)) o.h.dispose();
});

const ONLY_RULES = { ruleSets: true, templates: false, associations: false, committees: false };
const ivreaAt = async (o: Office) => (await o.h.ok('patronDays.list', {}, o.admin)).items.find((d) => d.comune === 'Ivrea');

describe('patron days between offices', () => {
  it('a desk’s addition reaches the regional office and, with the rules, the other desks; so does its removal', async () => {
    const region = await office('PIE', 'ufficio_regionale');
    const first = await office('TO01');
    const second = await office('TO02');
    const added = await first.h.ok('patronDays.create', { comuneCode: 'E379', rule: '06-24', saint: 'Santo di prova' }, first.admin);

    await importInto(region, await exportBundle(first, { full: true }));
    expect(await ivreaAt(region)).toMatchObject({ id: added.id, rule: '06-24', origin: { code: 'TO01', kind: 'sportello' } });

    await importInto(second, await publish(region, ONLY_RULES));
    // The other desk does not know TO01 (a publication carries the regional office only): written elsewhere, not here.
    expect(await ivreaAt(second)).toMatchObject({ id: added.id, ruleText: '24 giugno', saint: 'Santo di prova', writtenHere: false });

    // The desk that wrote it removes it: the tombstone goes the same way.
    const current = (await ivreaAt(first))!;
    await first.h.ok('patronDays.delete', { id: current.id!, hlc: current.hlc! }, first.admin);
    await importInto(region, await exportBundle(first, { full: false }));
    await importInto(second, await publish(region, ONLY_RULES));
    expect(await ivreaAt(region)).toBeUndefined();
    expect(await ivreaAt(second)).toBeUndefined();
  });
});
