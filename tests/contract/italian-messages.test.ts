/**
 * Every message a refusal carries is the app's Italian (decision 0023). zod's own wording
 * («Troppo grande: string deve avere <=200 caratteri», «atteso object», «Invalid input») names
 * types and operators the desk does not know; shared/api/zod-italian.ts words every issue code,
 * and this suite proves it reaches every method: each is called with hostile inputs shaped from
 * its valid one (wrong types, huge texts and lists, made-up values, odd numbers, nulls, nested
 * garbage, unknown keys) and every message that comes back is read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/errors';
import { createHarness } from '../support/core-harness';
import { makeFixtures, PASSWORD, VALID_INPUT, type Fixtures } from '../support/valid-inputs';

/** Words of zod's English (and of its Italian locale's type names) that no message of ours uses. */
const ENGLISH =
  /\b(expected|invalid|received|string|object|must|required|too|characters?|items?|undefined|null|NaN|array|number|boolean|should|input|option|unrecognized|keys?|type|instanceof|vettore|atteso|ricevuto)\b/i;
/** What a stack trace, a file path or SQL looks like. */
const INTERNALS = /\n\s+at |\bat .+\(.+:\d+:\d+\)|\.(ts|js):\d+|\bError:|SQLITE_|\bSELECT\b|\bINSERT\b|<=|>=/;

const h = createHarness();
let admin: string;
let fx: Fixtures;

/** Methods that end or change the caller's session: each call gets a session of its own (a coordinator's). */
const OWN_SESSION: ReadonlySet<MethodName> = new Set(['auth.logout', 'auth.unlock', 'auth.changePassword']);

const HUGE_TEXT = 'x'.repeat(100_000);
const GARBAGE = { annidato: { ancora: [null, { x: 1 }, [[{}]]] }, altro: 'campo' };

type Leaf = string | number | boolean | null;

/** The value with each leaf replaced; `list` may replace whole lists too. */
function reshape(value: unknown, leaf: (v: Leaf) => unknown, list?: (v: unknown[]) => unknown): unknown {
  if (Array.isArray(value)) {
    const mapped = value.map((v) => reshape(v, leaf, list));
    return list ? list(mapped) : mapped;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reshape(v, leaf, list)]));
  }
  return leaf(value as Leaf);
}

/** Hostile inputs shaped from a valid one, each named for the failure message. */
function hostileInputs(valid: unknown): [string, unknown][] {
  return [
    ['a number', 42],
    ['a text', 'testo'],
    ['a list', [1, 2]],
    ['null', null],
    ['an empty object', {}],
    [
      'wrong types',
      reshape(
        valid,
        (v) => (typeof v === 'string' ? 12345 : typeof v === 'number' ? 'dieci' : typeof v === 'boolean' ? 'sì' : GARBAGE),
        () => 'non un elenco',
      ),
    ],
    ['huge texts and lists', reshape(valid, (v) => (typeof v === 'string' ? HUGE_TEXT : typeof v === 'number' ? 1e15 : v), (l) => Array<unknown>(5000).fill(l[0] ?? 'x'))],
    ['made-up values', reshape(valid, (v) => (typeof v === 'string' ? 'valore-inventato-ü' : typeof v === 'number' ? -1 : typeof v === 'boolean' ? 'forse' : 'niente'))],
    ['odd numbers', reshape(valid, (v) => (typeof v === 'number' ? 2.71828 : typeof v === 'string' ? '2026-02-31' : v), () => [])],
    ['not finite numbers', reshape(valid, (v) => (typeof v === 'number' ? Number.NaN : typeof v === 'string' ? '' : v))],
    ['every value null', reshape(valid, () => null, () => null)],
    ['nested garbage', reshape(valid, () => GARBAGE, (l) => [GARBAGE, ...l])],
    ['unknown keys', valid !== null && typeof valid === 'object' && !Array.isArray(valid) ? { ...valid, campoInventato: GARBAGE, __proto__x: 1 } : { campoInventato: 1 }],
  ];
}

/** Every message a refusal shows: its own and each field's. */
function messagesOf(result: ApiResult<unknown>): string[] {
  if (result.ok) return [];
  return [result.error.message, ...(result.error.issues ?? []).map((i) => i.message)];
}

function problemsWith(message: string): string | null {
  if (message.trim() === '') return 'empty';
  const english = ENGLISH.exec(message);
  if (english) return `English or type name «${english[0]}»`;
  if (INTERNALS.test(message)) return 'stack, path, SQL or operator';
  if (!/[a-zàèéìòù]{3,}/i.test(message)) return 'no word';
  return null;
}

beforeAll(async () => {
  await h.setup();
  admin = await h.sessionAs('amministratore');
  await h.sessionAs('coordinatore');
  fx = await makeFixtures(h, admin);
});
afterAll(() => h.dispose());

describe('every message of a refused call is the app’s Italian', () => {
  const seen = new Map<string, string>();

  for (const method of METHOD_NAMES) {
    it(method, async () => {
      const role = OWN_SESSION.has(method) ? 'coordinatore' : contract[method].access === 'public' ? null : 'amministratore';
      const valid = await VALID_INPUT[method]!({ role, fx, h, admin });
      const problems: string[] = [];
      let refused = 0;
      for (const [name, input] of hostileInputs(valid)) {
        const session = role === null ? null : OWN_SESSION.has(method) ? await h.login(role, PASSWORD[role]) : admin;
        const result = await h.core.invoke({ method, input, session });
        if (!result.ok) refused += 1;
        for (const message of messagesOf(result)) {
          seen.set(message, `${method} (${name})`);
          const problem = problemsWith(message);
          if (problem) problems.push(`${name}: ${problem}: ${JSON.stringify(message)}`);
        }
      }
      expect(problems).toEqual([]);
      // The non-object inputs alone are refused by every method.
      expect(refused).toBeGreaterThanOrEqual(3);
    });
  }

  it('the messages seen name limits the Italian way', () => {
    const all = [...seen.keys()];
    expect(all.some((m) => /^Al massimo [\d.]+ caratteri$/.test(m)), all.join('\n')).toBe(true);
    expect(all).toContain('Campo obbligatorio');
  });
});
