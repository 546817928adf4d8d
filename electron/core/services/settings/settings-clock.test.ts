import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, SETUP_INPUT, type Harness } from '../../../../tests/support/core-harness';
import { associationInput } from '../../../../tests/support/fixtures';

describe('office code and the clock', () => {
  let h: Harness;
  beforeAll(async () => {
    h = createHarness();
    await h.setup();
  });
  afterAll(() => h.dispose());

  it('stamps writes with the new office code right after it changes, and later than before', async () => {
    const admin = await h.sessionAs('amministratore');
    const before = await h.ok('associations.create', associationInput(), admin);
    expect(before.hlc.endsWith(':TO01')).toBe(true);
    const settings = await h.ok('settings.get', {}, admin);
    await h.ok('settings.update', { ...settings, office: { ...SETUP_INPUT.office, code: 'TO02' } }, admin);
    const after = await h.ok('associations.update', { id: before.id, hlc: before.hlc, data: associationInput({ phone: '011 999 0000' }) }, admin);
    expect(after.hlc.endsWith(':TO02')).toBe(true);
    expect(after.hlc > before.hlc).toBe(true);
  });
});
