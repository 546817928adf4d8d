import { describe, expect, it } from 'vitest';
import { needFields } from '@shared/api/needs';
import { emptyNeed, toNeedInput } from './form-values';

describe('need form values', () => {
  it('a new need starts today, with the operator, one position and the association from its page', () => {
    const v = emptyNeed('op1', 'a1', '2026-11-24');
    expect(v).toMatchObject({ receivedOn: '2026-11-24', operatorId: 'op1', positions: 1, associationId: 'a1' });
  });

  it('an empty form gets the schema’s Italian errors beside the fields', () => {
    const v = { ...emptyNeed('op1', null, '2026-11-24'), positions: '' };
    const result = needFields.safeParse(toNeedInput(v));
    expect(result.success).toBe(false);
    const byField = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(byField.associationId).toBe("Scegli l'associazione");
    expect(byField.positions).toBe('Indica quante persone servono');
  });

  it('an empty hours box is no value, not zero', () => {
    expect(toNeedInput(emptyNeed('op1', null, '2026-11-24')).hoursPerWeek).toBeNull();
  });
});
