/**
 * The patron day of the comune where the intern works: the file's operating site, or the host's
 * registered office when the file names no site. The planned hours, the register and the PFI's
 * total all take it from here, so they agree.
 */
import { eq } from 'drizzle-orm';
import type { PatronDay } from '@shared/rules/patron-days';
import type { ReadCtx } from '../../context';
import { associationSites, associations } from '../../db/schema';
import { patronDayOfPlace } from '../patron-days/read';

export function patronDayOfFile(ctx: ReadCtx, file: { associationId: string; operatingSiteId: string | null }): PatronDay | null {
  const site = file.operatingSiteId
    ? ctx.db.select({ comune: associationSites.comune, province: associationSites.province }).from(associationSites).where(eq(associationSites.id, file.operatingSiteId)).get()
    : undefined;
  const place = site ?? ctx.db.select({ comune: associations.comune, province: associations.province }).from(associations).where(eq(associations.id, file.associationId)).get();
  return place ? patronDayOfPlace(ctx, place.comune, place.province) : null;
}
