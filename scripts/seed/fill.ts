/**
 * Writes the demo records through the same service functions the handlers call (validation by
 * the contract's schemas, search index, skill vocabulary, audit log), many per transaction:
 * each service opens its own transaction, which better-sqlite3 turns into a savepoint inside
 * ours, so a refused record rolls back alone and one commit covers a whole batch.
 */
import type { Faker } from '@faker-js/faker';
import { associationFields } from '@shared/api/associations';
import { candidateFields, candidateSpecialFields, type CandidateData, type CandidateInput } from '@shared/api/candidates';
import { AppError } from '@shared/api/errors';
import { writeCtx, type Actor, type WriteCtx } from '../../electron/core/context';
import { createAssociation } from '../../electron/core/services/associations/associations';
import { createCandidate } from '../../electron/core/services/candidates/candidates';
import { markNotDuplicate } from '../../electron/core/services/candidates/duplicates';
import { addNote } from '../../electron/core/services/candidates/notes';
import { updateSpecial } from '../../electron/core/services/candidates/special';
import { fakeAssociation } from '../../tests/fixtures/associations';
import { fakeCandidate, fakeNearDuplicate } from '../../tests/fixtures/candidates';
import { INTERVIEW_NOTES } from '../../tests/fixtures/candidate-vocabulary';
import type { SeedActors } from './first-start';

export type Progress = (done: number, total: number) => void;

/** Service context without the parts that change per record. */
export type BaseContext = Omit<WriteCtx, 'actor' | 'now' | 'today'>;

const DAY = 86_400_000;

/**
 * Records are dated as if written one after the other over the last `years` years, so lists
 * sorted by last change and "newest first" searches look like a real office's, not one instant.
 */
export function timeline(today: Date, total: number, years: number): (index: number) => Date {
  const start = today.getTime() - years * 365 * DAY;
  const step = (today.getTime() - start) / Math.max(1, total);
  return (index) => new Date(start + index * step);
}

export function inBatches(ctx: BaseContext, total: number, batchSize: number, write: (index: number) => void, progress: Progress): void {
  for (let from = 0; from < total; from += batchSize) {
    const to = Math.min(total, from + batchSize);
    ctx.db.transaction(() => {
      for (let i = from; i < to; i++) write(i);
    });
    progress(to, total);
  }
}

/** Runs one service call: null when the service refuses it (AppError); anything else stops the seed. */
export function attempt<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

export function fillAssociations(base: BaseContext, actor: Actor, count: number, at: (i: number) => Date, progress: Progress, batchSize = 1000): number {
  let created = 0;
  inBatches(base, count, batchSize, (i) => {
    const ctx = writeCtx({ ...base, actor, now: () => at(i) });
    // A random 11-digit code may repeat one already used: the service refuses it, so try another.
    for (let tries = 0; tries < 3; tries++) {
      if (attempt(() => createAssociation(ctx, associationFields.parse(fakeAssociation()))) !== null) {
        created++;
        return;
      }
    }
  }, progress);
  return created;
}

export interface CandidateFillOptions {
  count: number;
  duplicatePairs: number;
  today: Date;
  at: (i: number) => Date;
  usedTaxCodes: Set<string>;
  batchSize: number;
}

export interface CandidateFillReport {
  created: number;
  refused: number;
  duplicatePairs: number;
  notes: number;
  special: number;
}

function specialFor(faker: Faker, data: CandidateData) {
  if (data.targetCategory === 'disabile') {
    return candidateSpecialFields.parse({ disabilityPercent: faker.helpers.arrayElement([46, 50, 60, 67, 75, 80, 100]) });
  }
  if (data.targetCategory === 'servizi') {
    return candidateSpecialFields.parse({ socialServicesCare: true, socialServicesNotes: `In carico ai servizi sociali di ${data.resComune ?? 'residenza'}` });
  }
  return null;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Interview notes: the first on the day the person came in, later ones in the weeks after. */
function noteDates(faker: Faker, registered: Date, today: Date): string[] {
  const count = faker.number.int({ min: 1, max: 3 });
  return Array.from({ length: count }, (_, n) => {
    const later = n === 0 ? 0 : faker.number.int({ min: 7 * n, max: 45 * n });
    return isoDay(new Date(Math.min(today.getTime(), registered.getTime() + later * DAY)));
  });
}

/**
 * A made-up person, or null when all eight omocodic variants of their codice fiscale are taken
 * already (the fixture refuses to invent a ninth): the caller draws another person. At 1,000,000
 * people about 500 need a first variant and one in a million a second, so this is insurance.
 */
function orNull<T>(make: () => T): T | null {
  try {
    return make();
  } catch (error) {
    if (error instanceof Error && error.message.includes('omocodic variants')) return null;
    throw error;
  }
}

export function fillCandidates(base: BaseContext, faker: Faker, actors: SeedActors, options: CandidateFillOptions, progress: Progress): CandidateFillReport {
  const report: CandidateFillReport = { created: 0, refused: 0, duplicatePairs: 0, notes: 0, special: 0 };
  const byId = new Map(actors.desk.map((a) => [a.id, a]));
  const fixtureOptions = { today: options.today, usedTaxCodes: options.usedTaxCodes, operatorIds: actors.desk.map((a) => a.id!) };
  // Every `twinEvery`-th profile gets a near-duplicate in the next slot, so they spread through the run.
  const twinEvery = options.duplicatePairs > 0 ? Math.max(1, Math.floor((options.count - options.duplicatePairs) / options.duplicatePairs)) : Infinity;
  let originals = 0;
  let twinsPlanned = 0;
  let twinOf: { input: CandidateInput; id: string } | null = null;

  const create = (input: CandidateInput, at: Date): string | null => {
    const data = candidateFields.parse(input);
    const actor = (data.operatorId ? byId.get(data.operatorId) : undefined) ?? actors.admin;
    const ctx = writeCtx({ ...base, actor, now: () => at });
    const created = attempt(() => createCandidate(ctx, data).id);
    if (created === null) {
      report.refused++;
      return null;
    }
    report.created++;
    const special = specialFor(faker, data);
    if (special && attempt(() => updateSpecial(ctx, created, null, special)) !== null) report.special++;
    if (faker.number.float() < 0.16) {
      const texts = faker.helpers.arrayElements(INTERVIEW_NOTES, 3);
      noteDates(faker, at, options.today).forEach((date, n) => {
        if (attempt(() => addNote(ctx, created, date, texts[n]!)) !== null) report.notes++;
      });
    }
    return created;
  };

  inBatches(base, options.count, options.batchSize, (i) => {
    const at = options.at(i);
    if (twinOf) {
      const original = twinOf;
      twinOf = null;
      const twinInput = orNull(() => fakeNearDuplicate(faker, original.input, fixtureOptions));
      if (twinInput === null) return;
      const twin = create(twinInput, at);
      if (twin === null) return;
      report.duplicatePairs++;
      // An operator checked one pair in five and found two different people.
      if (faker.number.float() < 0.2) attempt(() => markNotDuplicate(writeCtx({ ...base, actor: actors.admin, now: () => at }), original.id, twin));
      return;
    }
    let input = orNull(() => fakeCandidate(faker, fixtureOptions));
    while (input === null) input = orNull(() => fakeCandidate(faker, fixtureOptions));
    const id = create(input, at);
    if (id === null) return;
    originals++;
    if (originals % twinEvery === 0 && twinsPlanned < options.duplicatePairs && i + 1 < options.count) {
      twinsPlanned++;
      twinOf = { input, id };
    }
  }, progress);
  return report;
}
