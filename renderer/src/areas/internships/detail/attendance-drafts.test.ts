import { describe, expect, it } from 'vitest';
import { draftToType, draftUnsaved, liveDraft, versionToSend, withoutSaved, type MonthDraft } from './attendance-drafts';
import type { AttendanceMonthView } from '@shared/api/internships';

/** A month as the register shows it; only what the drafts read matters. */
function month(version: string | null, stored: Partial<AttendanceMonthView> = {}): AttendanceMonthView {
  return { month: '2026-03', version, attendedHours: null, daily: null, ...stored } as AttendanceMonthView;
}

describe('a draft across refetches of the register', () => {
  it('keeps what was typed when a refetch brings the month saved meanwhile elsewhere', () => {
    const draft: MonthDraft = { typedOn: 'v1', days: { '2026-03-02': 0 } };
    const refetched = month('v3', { attendedHours: 10 });
    expect(liveDraft(draft, refetched)).toBe(draft);
    expect(draftUnsaved(draft, refetched)).toBe(true);
    expect(withoutSaved({ '2026-03': draft }, [refetched])).toEqual({ '2026-03': draft });
  });

  it('saves on the version the hours were typed on, so hours saved meanwhile are refused as stale, not overwritten', () => {
    const draft = draftToType(undefined, month('v1'));
    expect(draft).toEqual({ typedOn: 'v1' });
    expect(versionToSend({ ...draft, total: 12 }, month('v3'))).toBe('v1');
    expect(versionToSend(undefined, month('v3'))).toBe('v3');
    // Nothing recorded yet when typed: the save says so (null), and a month recorded meanwhile refuses it.
    expect(versionToSend(draftToType(undefined, month(null)), month('v3'))).toBeNull();
  });

  it('goes on typing into the draft it has, and starts a new one on the version shown once saved', () => {
    const typing: MonthDraft = { typedOn: 'v1', total: 8 };
    expect(draftToType(typing, month('v3'))).toBe(typing);
    expect(draftToType({ ...typing, savedAs: 'v2' }, month('v2'))).toEqual({ typedOn: 'v2' });
  });

  it('is dropped for good once the register shows its save: a later version never brings it back', () => {
    const saved: MonthDraft = { typedOn: 'v1', total: 8, savedAs: 'v2' };
    const other: MonthDraft = { typedOn: 'v1', total: 4 };
    const drafts = { '2026-03': saved, '2026-04': other };
    // Until the refetch shows the saved version, the draft is still what the screen shows.
    expect(withoutSaved(drafts, [month('v1'), { ...month('v1'), month: '2026-04' }])).toBe(drafts);
    const after = withoutSaved(drafts, [month('v2'), { ...month('v1'), month: '2026-04' }]);
    expect(after).toEqual({ '2026-04': other });
    // Closed by a coordinator afterwards (a newer version): the hours saved do not come back as typed.
    expect(liveDraft(after['2026-03'], month('v5'))).toBeUndefined();
  });
});
