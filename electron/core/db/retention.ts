/**
 * Which verified backups to keep: grandfather-father-son on the Italian calendar (decision 0022).
 * Pure: it sees only names, days and why each copy was taken, so it can be property-tested and
 * nothing about the disk can make it delete more than the rule says.
 */

export const RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

export type BackupReason = 'before-migration' | 'daily' | 'before-restore' | 'manual';

export interface DatedBackup {
  /** Names sort in the order the copies were taken (`exar-20261124-163005-123-000`). */
  name: string;
  /** 'YYYY-MM-DD' in Italy. */
  day: string;
  reason: BackupReason;
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Math.floor(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS);
}

/** Monday of the ISO week, as a day number: weeks never straddle two keys. */
function weekOf(day: string): number {
  const n = dayNumber(day);
  // Day 0 (1970-01-01) was a Thursday: (n + 3) % 7 is 0 on Mondays.
  return n - ((n + 3) % 7);
}

function monthOf(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/** The newest backup of each period in `periods`, where `periodOf` says which period a backup is in. */
function newestPerPeriod(backups: readonly DatedBackup[], periodOf: (b: DatedBackup) => number, periods: Set<number>): string[] {
  const newest = new Map<number, string>();
  for (const b of backups) {
    const period = periodOf(b);
    if (!periods.has(period)) continue;
    const current = newest.get(period);
    if (current === undefined || b.name > current) newest.set(period, b.name);
  }
  return [...newest.values()];
}

function lastPeriods(current: number, count: number, step = 1): Set<number> {
  return new Set(Array.from({ length: count }, (_, i) => current - i * step));
}

/**
 * The names to keep among `backups` on `today`: the newest of each of the last 7 days, of each of
 * the last 4 weeks and of each of the last 12 months; always the newest backup of all (a clock set
 * wrong must never leave zero copies) and the newest taken before a migration (the way back from an
 * update); and anything dated after today (the clock went back: what the rule cannot place it keeps).
 */
export function backupsToKeep(backups: readonly DatedBackup[], today: string): Set<string> {
  const keep = new Set<string>();
  if (backups.length === 0) return keep;
  const todayN = dayNumber(today);
  for (const name of newestPerPeriod(backups, (b) => dayNumber(b.day), lastPeriods(todayN, RETENTION.daily))) keep.add(name);
  for (const name of newestPerPeriod(backups, (b) => weekOf(b.day), lastPeriods(weekOf(today), RETENTION.weekly, 7))) keep.add(name);
  for (const name of newestPerPeriod(backups, (b) => monthOf(b.day), lastPeriods(monthOf(today), RETENTION.monthly))) keep.add(name);
  let newest = backups[0]!.name;
  let newestBeforeMigration: string | null = null;
  for (const b of backups) {
    if (b.name > newest) newest = b.name;
    if (b.reason === 'before-migration' && (newestBeforeMigration === null || b.name > newestBeforeMigration)) newestBeforeMigration = b.name;
    if (dayNumber(b.day) > todayN) keep.add(b.name);
  }
  keep.add(newest);
  if (newestBeforeMigration !== null) keep.add(newestBeforeMigration);
  return keep;
}
