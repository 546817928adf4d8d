/**
 * A list page's filters as they live in the address, read into its `*.list` input by the method's
 * own zod input schema: one reader for every list instead of one hand-written parser per area.
 * The area names each parameter (Italian, so a copied link or a saved filter reads plainly); the
 * schema says what a value must be. A value the list would refuse (an unknown code, a half-typed
 * number, a page below 1) is left out, so the field takes its default instead of failing the list.
 */
import { z } from 'zod';

type Input<S extends z.ZodObject> = z.input<S>;
type Field<S extends z.ZodObject> = keyof Input<S> & keyof S['shape'] & string;

export interface ListAddressOptions<S extends z.ZodObject> {
  /** Values the address cannot change (the page size). */
  fixed?: Partial<Input<S>>;
  /**
   * Where the schema accepts more than the page offers (any number of days), the values the page
   * offers: a hand-edited address with another one is ignored, not obeyed.
   */
  choices?: { [K in Field<S>]?: readonly (string | number)[] };
}

/** What an address word means before the schema reads it («oggi» is today's date). */
export type AddressWords<S extends z.ZodObject> = { [K in Field<S>]?: (raw: string) => string };

export interface ListAddress<S extends z.ZodObject, N extends { [K in Field<S>]?: string }> {
  /** The address parameter of each field. */
  names: N;
  /** The list's input from the address. */
  read(params: URLSearchParams, words?: AddressWords<S>): z.output<S>;
  /** The address of a list narrowed by `input` (a link to it); defaults and empty values are left out. */
  toParams(input: Partial<Input<S>>): URLSearchParams;
}

/** The kind of value under the wrappers (optional, nullable, default, transform). */
function baseOf(type: z.core.$ZodType): z.core.$ZodType {
  if (type instanceof z.ZodOptional || type instanceof z.ZodNullable || type instanceof z.ZodDefault) return baseOf(type.unwrap());
  if (type instanceof z.ZodPipe) return baseOf(type.in);
  return type;
}

/** The raw text as the value its field takes: numbers as numbers, a switch set as «1». */
function fromText(type: z.core.$ZodType, raw: string): unknown {
  const base = baseOf(type);
  if (base instanceof z.ZodNumber) return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
  if (base instanceof z.ZodBoolean) return raw === '1' ? true : undefined;
  return raw;
}

function toText(value: unknown): string | null {
  if (value === null || value === undefined || value === '' || value === false) return null;
  if (value === true) return '1';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

export function listAddress<S extends z.ZodObject, const N extends { [K in Field<S>]?: string }>(
  schema: S,
  names: N,
  options: ListAddressOptions<S> = {},
): ListAddress<S, N> {
  const fields = Object.entries(names).filter((entry): entry is [Field<S>, string] => typeof entry[1] === 'string');
  const shape: Record<string, z.ZodType> = schema.shape;
  const choices: Partial<Record<string, readonly (string | number)[]>> = options.choices ?? {};
  const fieldOf = (key: string): z.ZodType => {
    const type = shape[key];
    if (!type) throw new Error(`${key} is not a field of this list's input`);
    return type;
  };

  function readField(key: Field<S>, raw: string | null): unknown {
    const type = fieldOf(key);
    const fallback = type.safeParse(undefined);
    const offered = choices[key];
    const value = raw === null || raw === '' ? undefined : fromText(type, raw);
    const parsed = value === undefined || (offered && !offered.includes(value as string | number)) ? fallback : type.safeParse(value);
    const data: unknown = parsed.success ? parsed.data : fallback.success ? fallback.data : undefined;
    // An absent parameter reads as `null`, as `params.get` says it, where the field accepts it.
    return data === undefined && type.safeParse(null).success ? null : data;
  }

  return {
    names,
    read(params, words = {}) {
      const input: Record<string, unknown> = {};
      for (const [key, param] of fields) {
        const raw = params.get(param);
        const word: ((raw: string) => string) | undefined = (words as Partial<Record<string, (raw: string) => string>>)[key];
        input[key] = readField(key, raw !== null && word ? word(raw) : raw);
      }
      // The schema parsed every field; the object is its output by construction.
      return { ...input, ...options.fixed } as z.output<S>;
    },
    toParams(input) {
      const params = new URLSearchParams();
      for (const [key, param] of fields) {
        const text = toText((input as Record<string, unknown>)[key]);
        const fallback = fieldOf(key).safeParse(undefined);
        if (text !== null && !(fallback.success && toText(fallback.data) === text)) params.set(param, text);
      }
      return params;
    },
  };
}

/** How many of these parameters the address sets. */
export function countSet(params: URLSearchParams, keys: readonly string[]): number {
  return keys.filter((k) => (params.get(k) ?? '') !== '').length;
}

/**
 * The parameters that narrow a list, as against those that only arrange it (order, page, the
 * deleted switch): whether any is set, and the address with them cleared, back on the first page.
 */
export function narrowing(keys: readonly string[], pageParam: string) {
  return {
    any: (params: URLSearchParams): boolean => countSet(params, keys) > 0,
    clear(params: URLSearchParams): URLSearchParams {
      const next = new URLSearchParams(params);
      for (const key of [...keys, pageParam]) next.delete(key);
      return next;
    },
  };
}
