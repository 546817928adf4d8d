import type { z } from 'zod';
import type { Access } from './permissions';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** One line for the generated method list and for reviewers. */
  summary: string;
  /**
   * Whether a successful call leaves the records as they were, so the screens need not ask again
   * (decision 0018). Left out, it follows the permission: a `*.read` method reads, any other writes.
   */
  reads?: boolean;
}

/** Identity helper that keeps each method's exact schema types. */
export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
