/**
 * The registers batch pushes where it is on the core's event channel, so a page follows it
 * without asking: one event per file treated, one at the end, each the same view
 * `documents.job` answers.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATA_CHANGED_EVENT, type BridgeEvent } from '@shared/api/bridge';
import type { JobView } from '@shared/api/documents';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { candidateInput, fullAssociationInput, internshipInput } from '../../../../tests/support/fixtures';
import { internships } from '../../db/schema';

let h: Harness;
let op: string;

beforeAll(async () => {
  h = createHarness({ now: () => new Date('2027-02-10T09:00:00Z') });
  await h.setup();
  op = await h.sessionAs('operatore');
  const host = await h.ok('associations.create', fullAssociationInput({ name: 'ASD Eventi' }), op);
  for (const lastName of ['Primo', 'Secondo']) {
    const person = await h.ok('candidates.create', candidateInput({ lastName }), op);
    await h.ok('internships.create', internshipInput(person.id, host.id), op);
  }
  // Running files are what the batch treats; the signing steps before the start are not the point here.
  h.core.state.database.db.update(internships).set({ status: 'attivo' }).run();
});
afterAll(() => h.dispose());

describe('the registers batch on the event channel', () => {
  it('pushes a documents.job event after each file and at the end, then tells the screens that data changed', async () => {
    const events: BridgeEvent[] = [];
    const stop = h.core.onEvent((event) => events.push(event));
    const started = await h.ok('documents.startRegisters', { month: '2027-01' }, op);
    expect(started).toMatchObject({ total: 2, state: 'in_corso' });
    await vi.waitFor(() => expect(events.at(-1)?.type).toBe(DATA_CHANGED_EVENT));
    stop();

    expect(events.map((e) => e.type)).toEqual(['documents.job', 'documents.job', 'documents.job', DATA_CHANGED_EVENT]);
    const steps = events.filter((e) => e.type === 'documents.job').map((e) => e.payload as JobView);
    expect(steps.map((s) => [s.id, s.done, s.state])).toEqual([
      [started.id, 1, 'in_corso'],
      [started.id, 2, 'in_corso'],
      [started.id, 2, 'completato'],
    ]);
    expect(steps.at(-1)).toEqual(await h.ok('documents.job', { id: started.id }, op));
  });
});
