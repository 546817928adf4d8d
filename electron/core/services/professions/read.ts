/**
 * The imported CP2011 list as the internship form asks it: by the start of a code («5.1.2») or by
 * words of the name in any order, without accents or case («commessi vendite»); the unità
 * professionali (level 5) first, since a file names one of them. Also what was imported, when, by whom.
 */
import { and, asc, count, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Profession, ProfessionsStatus } from '@shared/api/professions';
import { foldText } from '@shared/validation/text';
import type { ReadCtx } from '../../context';
import { professions } from '../../db/schema';
import { readLocalValue } from '../settings/local-values';

/** The settings key of the last import: when, by whom, which file. */
export const PROFESSIONS_IMPORT_KEY = 'professionsImport';

export interface ProfessionsImport {
  importedAt: string;
  importedBy: string;
  fileName: string;
}

/** The name as searched: words of letters and digits only («all’ingrosso» → «all ingrosso»). */
export function foldProfessionName(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const CODE_START = /^\d+(\.\d*)*$/;

export function searchProfessions(ctx: ReadCtx, query: string, limit: number): Profession[] {
  const conditions: SQL[] = [];
  const words: string[] = [];
  for (const token of query.trim().split(/\s+/).filter(Boolean)) {
    if (CODE_START.test(token)) conditions.push(like(professions.code, `${token}%`));
    else words.push(token);
  }
  // Folded words hold only letters and digits: nothing in them is a LIKE wildcard.
  for (const word of foldProfessionName(words.join(' ')).split(' ').filter(Boolean)) {
    conditions.push(sql`(' ' || ${professions.nameFold}) LIKE ${`% ${word}%`}`);
  }
  return ctx.db
    .select({ code: professions.code, name: professions.name, level: professions.level })
    .from(professions)
    .where(and(...conditions))
    .orderBy(sql`${professions.level} = 5 DESC`, asc(professions.code))
    .limit(limit)
    .all();
}

function lastImport(ctx: ReadCtx): ProfessionsImport | null {
  const value = readLocalValue(ctx, PROFESSIONS_IMPORT_KEY) as Partial<ProfessionsImport> | null | undefined;
  return value && typeof value.importedAt === 'string' && typeof value.importedBy === 'string' && typeof value.fileName === 'string' ? (value as ProfessionsImport) : null;
}

export function professionsStatus(ctx: ReadCtx): ProfessionsStatus {
  const total = ctx.db.select({ n: count() }).from(professions).get()?.n ?? 0;
  const units = ctx.db.select({ n: count() }).from(professions).where(eq(professions.level, 5)).get()?.n ?? 0;
  const last = total > 0 ? lastImport(ctx) : null;
  return { count: total, units, importedAt: last?.importedAt ?? null, importedBy: last?.importedBy ?? null, fileName: last?.fileName ?? null };
}
