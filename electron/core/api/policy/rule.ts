/**
 * The shape of one visibility rule. A rule runs only for a caller without the clearance, and is
 * typed from the methods whose contract entry names it: declaring `visibility: 'candidate'` on a
 * method that does not answer a profile is a type error here, not a leak at run time.
 */
import type { Contract, MethodName, MethodOutput, ParsedInput } from '@shared/api/contract';
import type { Visibility } from '@shared/api/define';
import type { ReadCtx } from '../../context';

/** What a rule reads with: the caller's read context, as any service (decision 0021). */
export type PolicyContext = ReadCtx;

export interface Rule<I, O> {
  /** Refuses, or completes, what the caller sends before the handler sees it. */
  guard?: (input: I, ctx: PolicyContext) => I;
  /** Reworded when the handler's refusal would tell what the caller may not see. */
  refusal?: (error: unknown, input: I, ctx: PolicyContext) => unknown;
  /** The answer as the caller may see it (after the output schema has shaped it). */
  answer?: (output: O, input: I, ctx: PolicyContext) => O;
}

/** The methods whose contract entry declares the visibility `V`. */
export type Declaring<V extends Visibility> = {
  [M in MethodName]: V extends NonNullable<Contract[M]['visibility']> ? M : never;
}[MethodName];

/** A rule over exactly what the methods declaring `V` receive and answer. */
export type RuleOf<V extends Visibility> = Rule<ParsedInput<Declaring<V>>, MethodOutput<Declaring<V>>>;
