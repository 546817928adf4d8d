/** Whether this office has exchanged a file yet (its code is then in other offices' records). */
import type { ReadCtx } from '../../context';

export function hasExchanged(ctx: ReadCtx): boolean {
  const row = ctx.sqlite.prepare('SELECT (SELECT count(*) FROM exchange_exports) + (SELECT count(*) FROM exchange_imports) AS n').get() as { n: number };
  return row.n > 0;
}
