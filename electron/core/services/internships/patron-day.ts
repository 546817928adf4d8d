/**
 * The patron day of the comune where the intern works: the file's operating site, or the host's
 * registered office when the file names no site. The planned hours, the register and the PFI's
 * total all take it from here, so they agree.
 */
import { eq } from 'drizzle-orm';
import type { PatronDay } from '../../../../shared/rules/patron-days';
import type { Db } from '../../db/connection';
import { associationSites, associations } from '../../db/schema';
import { patronDayOfPlace } from '../patron-days/read';

export function patronDayOfFile(db: Db, file: { associationId: string; operatingSiteId: string | null }): PatronDay | null {
  const site = file.operatingSiteId
    ? db.select({ comune: associationSites.comune, province: associationSites.province }).from(associationSites).where(eq(associationSites.id, file.operatingSiteId)).get()
    : undefined;
  const place = site ?? db.select({ comune: associations.comune, province: associations.province }).from(associations).where(eq(associations.id, file.associationId)).get();
  return place ? patronDayOfPlace(db, place.comune, place.province) : null;
}
