/**
 * An administrator or a coordinator loads ISTAT's CP2011 file: it replaces the whole list in one
 * transaction with its audit line, or, when any row is wrong, changes nothing. Files already
 * saved keep the code and name they have: the list only helps to fill them in.
 */
import { AppError } from '@shared/api/errors';
import { PROFESSIONS_FILE_MAX_BYTES, type ProfessionsStatus } from '@shared/api/professions';
import type { WriteCtx } from '../../context';
import { professions } from '../../db/schema';
import { cleanFileName, decodeBase64 } from '../../files/stored-files';
import { writeAudit } from '../audit/audit-log';
import { writeLocalValue } from '../settings/local-values';
import { readCp2011File } from './cp2011-file';
import { foldProfessionName, professionsStatus, PROFESSIONS_IMPORT_KEY, type ProfessionsImport } from './read';

/** Rows per INSERT: four values each stays far below SQLite's limit of bound parameters. */
const BATCH = 250;

export function importProfessions(ctx: WriteCtx, input: { fileName: string; contentBase64: string }): ProfessionsStatus {
  const bytes = decodeBase64(input.contentBase64);
  if (bytes.length > PROFESSIONS_FILE_MAX_BYTES) {
    throw new AppError('VALIDATION', `Il file supera ${PROFESSIONS_FILE_MAX_BYTES / 1024 / 1024} MB: non è il file della classificazione CP2011 dell’ISTAT.`);
  }
  const entries = readCp2011File(bytes);
  const fileName = cleanFileName(input.fileName, 'cp2011.csv');
  return ctx.db.transaction(() => {
    const before = professionsStatus(ctx);
    ctx.db.delete(professions).run();
    for (let i = 0; i < entries.length; i += BATCH) {
      const rows = entries.slice(i, i + BATCH).map((e) => ({ ...e, nameFold: foldProfessionName(e.name) }));
      ctx.db.insert(professions).values(rows).run();
    }
    const record: ProfessionsImport = { importedAt: ctx.now().toISOString(), importedBy: ctx.actor.name, fileName };
    writeLocalValue(ctx, PROFESSIONS_IMPORT_KEY, record);
    writeAudit(ctx, {
      entity: 'professions',
      entityId: 'cp2011',
      action: 'import',
      changes: [
        { field: 'voci', before: before.count, after: entries.length },
        { field: 'file', before: before.fileName, after: fileName },
      ],
    });
    return professionsStatus(ctx);
  });
}
