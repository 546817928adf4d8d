import type { z } from 'zod';
import type { Access } from './permissions';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** One line for the generated method list and for reviewers. */
  summary: string;
}

/** Identity helper that keeps each method's exact schema types. */
export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
