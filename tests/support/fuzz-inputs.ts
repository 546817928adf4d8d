/**
 * fast-check arbitraries for tests/contract/fuzz.test.ts: hostile values (huge, unicode, control
 * characters, SQL and HTML fragments, odd numbers, wrong types, nulls, deep nesting), values
 * shaped by a method's zod input schema, mutations of a method's valid input, and arbitrary JSON.
 * The schema is read through zod's classic classes (instanceof), so a new method's input is
 * understood without a line here.
 */
import fc from 'fast-check';
import { z } from 'zod';

/** A key path inside an input: object keys and list indexes. */
export type Path = readonly (string | number)[];

const HUGE_TEXT = 'x'.repeat(100_000);

/** Texts an attacker or a careless paste would send. */
const NASTY_TEXTS = [
  "'; DROP TABLE candidates; --",
  "' OR '1'='1",
  'Robert"); DELETE FROM operators; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{tirocinante_nome}}{{#each}}',
  '${process.exit(1)}',
  '../../../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  'C:\\CON\\AUX',
  '%s%s%n%x',
  '\u0000',
  '\u0000nul in mezzo',
  '\r\n\t\u000b\u000c',
  '\u202e\u200b\u200d\ufeff',
  '\ud800',
  '\udfff\ud800',
  '🙂'.repeat(2000),
  'ẞ Ǆ ﬁ İ ı ǅ',
  'Àèìòù ÇÑ ß',
  '   ',
  '',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '2026-02-31',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31T23:59:59.999Z',
  '2026-10',
  '00000000-0000-0000-0000-000000000000',
  '0190a1b2-0000-7000-8000-000000000001',
  'RSSMRA85T10A562S',
  'AAAAAAAAAAAAAAAA',
  '=)(/&%$£"!',
  'JVBERi0xLjQK',
  '////',
  HUGE_TEXT,
];

/** Numbers at and past every edge a field might have. */
const NASTY_NUMBERS = [
  0,
  -0,
  -1,
  1,
  2.5,
  -2.5,
  0.1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e15,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
];

/** A list or object nested `depth` levels deep: parsers and serialisers that recurse meet it. */
function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = 'fondo';
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

const controlText = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 40 });

/** Any hostile value, of any type. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NASTY_TEXTS),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  controlText,
  fc.constantFrom(...NASTY_NUMBERS),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.constantFrom<unknown>('x', 1, null, {}, []), { maxLength: 5000 }),
  fc.tuple(fc.integer({ min: 20, max: 2000 }), fc.boolean()).map(([depth, asObject]) => nested(depth, asObject)),
  fc.constant<unknown>({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }),
  fc.date({ noInvalidDate: false }),
);

/** Unwraps optional, nullable, default and the like to the schema that says what the value is. */
function core(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return core(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault || schema instanceof z.ZodReadonly || schema instanceof z.ZodNonOptional) {
    return core(schema.def.innerType as z.ZodType);
  }
  if (schema instanceof z.ZodCatch) return core(schema.def.innerType as z.ZodType);
  if (schema instanceof z.ZodPipe) return core(schema.in as z.ZodType);
  if (schema instanceof z.ZodLazy) return core(schema.def.getter() as z.ZodType);
  return schema;
}

/** The schema of the value at `path`, where the input's schema says (null where it says nothing). */
export function schemaAt(schema: z.ZodType, path: Path): z.ZodType | null {
  let current: z.ZodType | null = schema;
  for (const key of path) {
    if (!current) return null;
    const c = core(current);
    if (c instanceof z.ZodObject && typeof key === 'string') current = (c.shape as Record<string, z.ZodType>)[key] ?? null;
    else if (c instanceof z.ZodArray && typeof key === 'number') current = c.element as z.ZodType;
    else if (c instanceof z.ZodRecord) current = c.valueType as z.ZodType;
    else if (c instanceof z.ZodUnion) {
      // The first branch that knows the key: enough to shape a value, not to prove it valid.
      const options = c.options as readonly z.ZodType[];
      current = options.map((o) => schemaAt(o, [key])).find((s) => s !== null) ?? null;
    } else return null;
  }
  return current;
}

/**
 * Values the schema itself describes (an enum's options, a number within its bounds, a text of
 * allowed length), so a mutated input often parses and reaches the service's own checks.
 */
export function fromSchema(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const optional = schema instanceof z.ZodOptional ? [fc.constant(undefined)] : [];
  const nullable = schema instanceof z.ZodNullable ? [fc.constant(null)] : [];
  const c = core(schema);
  const shaped = ((): fc.Arbitrary<unknown> => {
    if (depth > 4) return fc.constant(null);
    if (c instanceof z.ZodEnum) return fc.constantFrom(...(c.options as (string | number)[]));
    if (c instanceof z.ZodLiteral) return fc.constantFrom(...([...c.values] as unknown[]));
    if (c instanceof z.ZodBoolean) return fc.boolean();
    if (c instanceof z.ZodNumber) {
      const min = Number.isFinite(c.minValue ?? Number.NaN) ? c.minValue! : -1e6;
      const max = Number.isFinite(c.maxValue ?? Number.NaN) ? c.maxValue! : 1e6;
      const lo = Math.max(min, -1e9);
      const hi = Math.min(max, 1e9);
      const integer = fc.integer({ min: Math.ceil(lo), max: Math.max(Math.ceil(lo), Math.floor(hi)) });
      return c.isInt ? integer : fc.oneof(integer, fc.double({ min: lo, max: hi, noNaN: true }));
    }
    if (c instanceof z.ZodString) {
      const max = Math.min(c.maxLength ?? 80, 400);
      const min = Math.min(c.minLength ?? 0, max);
      return fc.oneof(
        fc.string({ minLength: min, maxLength: max }),
        fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
        fc.constantFrom('2026-10-01', '2026-10', '2027-02-28T10:00', 'TO', '10121', 'A074', 'Mario', 'rossi'),
      );
    }
    if (c instanceof z.ZodArray) return fc.array(fromSchema(c.element as z.ZodType, depth + 1), { maxLength: 4 });
    if (c instanceof z.ZodObject) {
      const shape = c.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, fromSchema(s, depth + 1)]));
      return fc.record(fields, { requiredKeys: [] });
    }
    if (c instanceof z.ZodUnion) return fc.oneof(...(c.options as readonly z.ZodType[]).map((o) => fromSchema(o, depth + 1)));
    if (c instanceof z.ZodRecord) return fc.dictionary(fc.string({ maxLength: 20 }), fromSchema(c.valueType as z.ZodType, depth + 1), { maxKeys: 4 });
    if (c instanceof z.ZodNull) return fc.constant(null);
    return fc.jsonValue({ maxDepth: 2 });
  })();
  return fc.oneof(shaped, ...optional, ...nullable);
}

/** Every path in a value, the root's own fields first: where a mutation may land. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (out.length > 400) return out;
  if (Array.isArray(value)) {
    value.slice(0, 8).forEach((v, i) => {
      out.push([...prefix, i]);
      pathsOf(v, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      pathsOf(v, [...prefix, k], out);
    }
  }
  return out;
}

/** A deep copy of JSON-like data (inputs are plain data, Buffers are not among them). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  }
  return value;
}

type Edit = { kind: 'set'; path: Path; value: unknown } | { kind: 'remove'; path: Path } | { kind: 'extra'; path: Path; key: string; value: unknown };

function apply(seed: unknown, edits: readonly Edit[]): unknown {
  const root = { v: copy(seed) } as Record<string, unknown>;
  for (const edit of edits) {
    const full: Path = ['v', ...edit.path];
    let parent: unknown = root;
    for (const key of full.slice(0, -1)) {
      parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    }
    if (parent === null || typeof parent !== 'object') continue;
    const last = full[full.length - 1]!;
    const target = parent as Record<string | number, unknown>;
    if (edit.kind === 'set') target[last] = edit.value;
    else if (edit.kind === 'remove') delete target[last];
    else {
      const host = target[last];
      // defineProperty: an own "__proto__" key, as JSON.parse would make it, not a prototype change.
      if (host !== null && typeof host === 'object' && !Array.isArray(host)) Object.defineProperty(host, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return root.v;
}

const UNKNOWN_KEYS = ['__proto__', 'constructor', 'prototype', 'campoInventato', 'id', 'hlc', 'deletedAt', 'siteId', 'role', 'admin', ''];

/**
 * Schema-shaped inputs: the valid input with one to three fields changed (to a hostile value or to
 * another value its schema allows), removed, or joined by unknown keys.
 */
export function mutationsOf(seed: unknown, schema: z.ZodType): fc.Arbitrary<unknown> {
  const paths = pathsOf(seed);
  const containers: Path[] = [[], ...paths.filter((p) => schemaAt(schema, p) !== null)];
  if (paths.length === 0) {
    return fc.oneof(fromSchema(schema), fc.dictionary(fc.constantFrom(...UNKNOWN_KEYS), hostileValue, { maxKeys: 3 }));
  }
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...paths), hostileValue).map(([path, value]): Edit => ({ kind: 'set', path, value })) },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...paths)
        .chain((path) => {
          const s = schemaAt(schema, path);
          return (s ? fromSchema(s) : hostileValue).map((value): Edit => ({ kind: 'set', path, value }));
        }),
    },
    { weight: 1, arbitrary: fc.constantFrom(...paths).map((path): Edit => ({ kind: 'remove', path })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...containers), fc.constantFrom(...UNKNOWN_KEYS), hostileValue).map(([path, key, value]): Edit => ({ kind: 'extra', path, key, value })),
    },
  );
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => apply(seed, edits));
}

/** The top-level field names of an object schema: hostile objects use them so they get past the root. */
export function keysOf(schema: z.ZodType): string[] {
  const c = core(schema);
  return c instanceof z.ZodObject ? Object.keys(c.shape as Record<string, unknown>) : [];
}

/** Arbitrary JSON: any value, objects with the method's own keys and others, deep nesting. */
export function hostileInput(keys: readonly string[]): fc.Arbitrary<unknown> {
  const key = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 12 })) : fc.string({ maxLength: 12 });
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(key, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }),
    fc.dictionary(key, hostileValue, { maxKeys: 5 }),
    hostileValue,
  );
}
