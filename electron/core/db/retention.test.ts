/**
 * The grandfather-father-son rule as properties over any list of backups and any «today»: it only
 * ever chooses among what exists, never drops the newest, keeps one per recent day, week and
 * month, stays within 7 + 4 + 12 (+ the newest before a migration), and applying it twice changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, RETENTION, type BackupReason, type DatedBackup } from './retention';

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2024, 0, 1);
const dayOf = (n: number) => new Date(BASE + n * DAY_MS).toISOString().slice(0, 10);
const reasons: BackupReason[] = ['daily', 'before-migration', 'before-restore', 'manual'];

/** Backups over ~2 years, several per day possible; names sort by day then by a counter, like the real ones. */
const backupsArb = fc
  .array(fc.record({ day: fc.integer({ min: 0, max: 800 }), seq: fc.integer({ min: 0, max: 999 }), reason: fc.constantFrom(...reasons) }), { maxLength: 120 })
  .map((raw) => {
    const seen = new Set<string>();
    const list: DatedBackup[] = [];
    for (const r of raw) {
      const name = `exar-${dayOf(r.day).replace(/-/g, '')}-120000-000-${String(r.seq).padStart(3, '0')}`;
      if (seen.has(name)) continue;
      seen.add(name);
      list.push({ name, day: dayOf(r.day), reason: r.reason });
    }
    return list;
  });
const todayArb = fc.integer({ min: 0, max: 820 }).map(dayOf);

function newest(list: DatedBackup[]): string | undefined {
  return [...list].sort((a, b) => (a.name < b.name ? 1 : -1))[0]?.name;
}

function mondayOf(day: string): number {
  const n = Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
  return n - ((n + 3) % 7);
}

describe('backupsToKeep (grandfather-father-son)', () => {
  it('chooses only among the backups given, and always keeps the newest one', () => {
    fc.assert(
      fc.property(backupsArb, todayArb, (backups, today) => {
        const keep = backupsToKeep(backups, today);
        const names = new Set(backups.map((b) => b.name));
        for (const k of keep) expect(names.has(k)).toBe(true);
        if (backups.length > 0) expect(keep.has(newest(backups)!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the newest backup of each of the last 7 days, 4 weeks and 12 months that have one', () => {
    fc.assert(
      fc.property(backupsArb, todayArb, (backups, today) => {
        const keep = backupsToKeep(backups, today);
        const todayN = Math.floor(Date.parse(`${today}T00:00:00Z`) / DAY_MS);
        const past = backups.filter((b) => b.day <= today);
        const groups = new Map<string, DatedBackup[]>();
        for (const b of past) {
          const n = Math.floor(Date.parse(`${b.day}T00:00:00Z`) / DAY_MS);
          const months = (Number(today.slice(0, 4)) - Number(b.day.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(b.day.slice(5, 7));
          const keys = [
            todayN - n < RETENTION.daily ? `d${n}` : null,
            (mondayOf(today) - mondayOf(b.day)) / 7 < RETENTION.weekly ? `w${mondayOf(b.day)}` : null,
            months < RETENTION.monthly ? `m${b.day.slice(0, 7)}` : null,
          ];
          for (const key of keys) if (key) groups.set(key, [...(groups.get(key) ?? []), b]);
        }
        for (const group of groups.values()) expect(keep.has(newest(group)!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps at most 7 + 4 + 12 + 2 backups not dated in the future, and every one dated after today', () => {
    fc.assert(
      fc.property(backupsArb, todayArb, (backups, today) => {
        const keep = backupsToKeep(backups, today);
        const future = backups.filter((b) => b.day > today);
        for (const b of future) expect(keep.has(b.name)).toBe(true);
        expect(keep.size - future.length).toBeLessThanOrEqual(RETENTION.daily + RETENTION.weekly + RETENTION.monthly + 2);
      }),
      { numRuns: 300 },
    );
  });

  it('is stable: applying it to what it kept keeps all of it (a restart never removes more)', () => {
    fc.assert(
      fc.property(backupsArb, todayArb, (backups, today) => {
        const keep = backupsToKeep(backups, today);
        const again = backupsToKeep(backups.filter((b) => keep.has(b.name)), today);
        expect([...again].sort()).toEqual([...keep].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the newest backup taken before a migration, however old', () => {
    fc.assert(
      fc.property(backupsArb, todayArb, (backups, today) => {
        const keep = backupsToKeep(backups, today);
        const beforeMigration = newest(backups.filter((b) => b.reason === 'before-migration'));
        if (beforeMigration) expect(keep.has(beforeMigration)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a year of daily backups leaves 7 daily, 4 weekly and 12 monthly ones (fewer where they coincide)', () => {
    const backups: DatedBackup[] = Array.from({ length: 400 }, (_, i) => ({ name: `exar-${String(i).padStart(4, '0')}`, day: dayOf(i), reason: 'daily' }));
    const keep = backupsToKeep(backups, dayOf(399));
    const days = backups.filter((b) => keep.has(b.name)).map((b) => b.day);
    expect(days.slice(-7)).toEqual(Array.from({ length: 7 }, (_, i) => dayOf(393 + i)));
    expect(keep.size).toBeGreaterThanOrEqual(12 + 7);
    expect(keep.size).toBeLessThanOrEqual(7 + 4 + 12);
  });
});
