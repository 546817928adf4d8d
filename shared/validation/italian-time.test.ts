import { describe, expect, it } from 'vitest';
import { formatItalianDate, italianDate, italianDateTime, today } from './italian-time';

describe('italianDate', () => {
  it('is the Italian calendar day, not the UTC one, around midnight (winter and summer time)', () => {
    expect(italianDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(italianDate(new Date('2026-07-14T22:15:00Z'))).toBe('2026-07-15');
    expect(italianDate(new Date('2026-07-14T21:59:00Z'))).toBe('2026-07-14');
  });

  it('gives the Italian local time to the minute', () => {
    expect(italianDateTime(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25T00:30');
    expect(italianDateTime(new Date('2026-07-14T08:05:00Z'))).toBe('2026-07-14T10:05');
  });

  it('writes a date, or the date of a timestamp, day first', () => {
    expect(formatItalianDate('2027-01-09')).toBe('09/01/2027');
    expect(formatItalianDate('2026-11-24T10:00:00.000Z')).toBe('24/11/2026');
  });
});

describe('today', () => {
  it('is Rome’s day whatever the computer’s time zone: 23:30 UTC on 5 January is already the 6th', () => {
    expect(today(new Date('2025-01-05T23:30:00Z'))).toBe('2025-01-06');
    expect(today(new Date('2025-07-05T21:59:00Z'))).toBe('2025-07-05');
    expect(today(new Date('2025-07-05T22:00:00Z'))).toBe('2025-07-06');
  });
});
