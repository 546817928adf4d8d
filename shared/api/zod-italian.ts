import { z } from 'zod';

/** Zod's own messages (for checks without a custom one) in Italian, on both sides. */
export function configureItalianZodMessages(): void {
  z.config(z.locales.it());
}
