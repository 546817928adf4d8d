import { describe, expect, it } from 'vitest';
import { ruleOf, valuesOf } from './rule-values';

describe('patron-day rule in the dialog', () => {
  it.each([
    [{ mode: 'data', month: '6', day: '24', nth: '1', weekday: '1' }, '06-24'],
    [{ mode: 'settimana', month: '5', day: '', nth: '1', weekday: '2' }, '05-W1-2'],
    [{ mode: 'nessuna', month: '', day: '', nth: '1', weekday: '1' }, null],
    [{ mode: 'data', month: '6', day: '', nth: '1', weekday: '1' }, ''],
  ] as const)('%o → %s', (values, rule) => {
    expect(ruleOf(values)).toBe(rule);
  });

  it('reads back what it wrote', () => {
    for (const rule of ['06-24', '05-W1-2', '12-26', null]) expect(ruleOf(valuesOf(rule))).toBe(rule);
  });
});
