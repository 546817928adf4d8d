import type { z } from 'zod';
import type { Access } from './permissions';

/**
 * What a method's answer or work may carry of a person's special-category data (art. 9 GDPR: a
 * disability, care by social services), so `dispatch` applies the visibility policy to it for a
 * caller without the clearance (electron/core/api/policy, decision 0019). Each names one rule:
 * - `candidate`: the answer is a profile; `candidateNew`: also a new profile, whose category the
 *   caller may not set to a restricted one; `candidateEdit`: also saved from a form that could not
 *   show a hidden category; `candidateList`: a page of profiles, filtered as the caller asks;
 * - `internship`: the answer is a file; `internshipCheck`: the findings of a draft;
 *   `internshipExtension`, `internshipTransition`: a file moved past a limit that would tell the category;
 * - `need`: the answer is a need, whose protected categories fold into one flag (decision 0026);
 *   `needNew`, `needEdit`: also a need the caller may not give a protected category, saved from a
 *   form that could not show one;
 * - `history`: audit lines;
 * - `handler`: the handler's own work depends on it (ranking, documents) and reads `ctx.clearance`.
 */
export const VISIBILITIES = [
  'candidate',
  'candidateNew',
  'candidateEdit',
  'candidateList',
  'internship',
  'internshipCheck',
  'internshipExtension',
  'internshipTransition',
  'need',
  'needNew',
  'needEdit',
  'history',
  'handler',
] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, V extends Visibility = Visibility> {
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
  /** What of a person this method may carry that not every role may see; left out, nothing. */
  visibility?: V;
}

/**
 * Identity helper that keeps each method's exact schema types, and its visibility as a literal so
 * the policy's rules are typed from the methods that declare them.
 */
export function method<I extends z.ZodType, O extends z.ZodType, V extends Visibility = never>(def: MethodDef<I, O, V>): MethodDef<I, O, V> {
  return def;
}
