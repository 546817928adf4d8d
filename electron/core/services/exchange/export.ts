/**
 * «Esporta per l'ufficio regionale» (a desk's records) and «Pubblica per gli sportelli» (the regional
 * office's rule sets, templates, committees list and associations register): what goes in, the job
 * that writes it, and the log. The "since" mark of the next export is the hlc bound of the last
 * finished one.
 */
import { APP_VERSION } from '@shared/app-version';
import { join } from 'node:path';
import { AppError } from '@shared/api/errors';
import type { ExchangeJob } from '@shared/api/exchange';
import type { ReadCtx, WriteCtx } from '../../context';
import type { EventBus } from '../../events';
import { EXCHANGE_OUT_FOLDER, writeBundle, type ExportEnv, type ExportPart, type ExportScope } from '../../exchange/export';
import { exchangeJobs } from '../../exchange/jobs';
import { fileChunk } from '../../jobs';
import { TRAVELLING_TABLES, travellingTable } from '../../exchange/tables';
import type { Logger } from '../../log';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { requireLocalSite } from '../settings/site';
import { leftOutTables, requireOfficeKey } from './settings';


export interface LastExport {
  id: string;
  at: string;
  hlcTo: string | null;
  fileName: string;
  full: boolean;
}

export function lastDataExport(ctx: ReadCtx): LastExport | null {
  const row = ctx.sqlite
    .prepare("SELECT id, at, hlc_to AS hlcTo, file_name AS fileName, full FROM exchange_exports WHERE kind = 'dati' ORDER BY hlc_to DESC LIMIT 1")
    .get() as (Omit<LastExport, 'full'> & { full: number }) | undefined;
  return row ? { ...row, full: row.full === 1 } : null;
}

/** Rows of a table this office sends: written here, after the mark (or all of them for a full export). */
function dataParts(siteId: string, since: string | null, hlcTo: string, leftOut: Set<string>, withOwnOffice = true): ExportPart[] {
  const parts: ExportPart[] = [];
  for (const table of TRAVELLING_TABLES) {
    if (leftOut.has(table.table)) continue;
    const conditions = ['t.hlc <= ?'];
    const params: (string | number)[] = [hlcTo];
    if (table.table === 'sites') conditions.push('t.is_local = 1');
    else if (table.table === 'operators') {
      conditions.push('t.site_id = ?');
      params.push(siteId);
    }
    // The office's own row and its operators travel every time, small as they are: a regional office
    // meeting this desk for the first time through a file of changes registers it from them.
    const always = withOwnOffice && (table.table === 'sites' || table.table === 'operators');
    if (since !== null && !always) {
      // Written here: not the version received from another office (which that office already has).
      conditions.push('t.hlc > ?', `NOT EXISTS (SELECT 1 FROM exchange_known r WHERE r.table_name = '${table.table}' AND r.record_id = t.id AND r.hlc = t.hlc)`);
      params.push(since);
    }
    parts.push({ table, where: conditions.join(' AND '), params });
  }
  return parts;
}

export function changedSinceLastExport(ctx: ReadCtx): number {
  const since = lastDataExport(ctx)?.hlcTo ?? null;
  const leftOut = leftOutTables(ctx);
  let total = 0;
  for (const part of dataParts(requireLocalSite(ctx).id, since, '999999999999999', leftOut, false)) {
    total += (ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${part.table.table} t WHERE ${part.where}`).get(...part.params) as { n: number }).n;
  }
  return total;
}

function env(ctx: ReadCtx): ExportEnv {
  const local = requireLocalSite(ctx);
  return {
    ctx,
    site: { id: local.id, code: local.code, name: local.name, kind: local.kind },
    officeKey: requireOfficeKey(ctx),
    schemaVersion: Number(ctx.sqlite.pragma('user_version', { simple: true })),
    appVersion: APP_VERSION,
  };
}

function launch(ctx: WriteCtx, events: EventBus, log: Logger, scope: ExportScope, label: string): ExchangeJob {
  const environment = env(ctx);
  const job = exchangeJobs.start(events, { kind: 'esportazione', label, result: null });
  const exportId = newId();
  void writeBundle(job, environment, scope, exportId)
    .then((outcome) => {
      if (!outcome) return exchangeJobs.finish(job, 'annullato');
      ctx.sqlite.transaction(() => {
        ctx.sqlite
          .prepare(
            `INSERT INTO exchange_exports (id, at, operator_name, kind, full, hlc_from, hlc_to, counts, files, file_name, sha256, size)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(outcome.exportId, ctx.now().toISOString(), ctx.actor.name, scope.kind, scope.full ? 1 : 0, scope.hlcFrom, scope.hlcTo, JSON.stringify(outcome.counts), outcome.files, outcome.fileName, outcome.sha256, outcome.size);
        const records = Object.values(outcome.counts).reduce((a, b) => a + b, 0);
        writeAudit(ctx, {
          entity: 'settings',
          entityId: ctx.siteId,
          action: 'export',
          changes: [{ field: scope.kind === 'dati' ? 'esportazione' : 'pubblicazione', before: scope.hlcFrom, after: `${outcome.fileName}: ${records} record, ${outcome.files} file, sha256 ${outcome.sha256}` }],
        });
      })();
      job.view.result = { exportId: outcome.exportId, fileName: outcome.fileName, size: outcome.size, sha256: outcome.sha256 };
      exchangeJobs.finish(job, 'completato');
    })
    .catch((error: unknown) => {
      log.error('export failed', error);
      const message = error instanceof AppError ? error.message : 'L’esportazione non è riuscita (vedi il registro dell’applicazione): nessun file è stato lasciato a metà. Riprova.';
      exchangeJobs.finish(job, 'fallito', message);
    });
  return { ...job.view };
}

export function startDataExport(ctx: WriteCtx, events: EventBus, log: Logger, input: { full: boolean; includeFiles: boolean }): ExchangeJob {
  const local = requireLocalSite(ctx);
  if (local.kind !== 'sportello') throw new AppError('CONFLICT', 'L’ufficio regionale non esporta i dati per sé: pubblica regole, modelli e anagrafica per gli sportelli.');
  requireOfficeKey(ctx);
  const since = input.full ? null : (lastDataExport(ctx)?.hlcTo ?? null);
  const hlcTo = ctx.clock.now();
  const leftOut = leftOutTables(ctx);
  const scope: ExportScope = {
    kind: 'dati',
    full: input.full || since === null,
    includeFiles: input.includeFiles,
    parts: dataParts(ctx.siteId, since, hlcTo, leftOut),
    leftOut: [...leftOut].sort(),
    hlcFrom: since,
    hlcTo,
  };
  return launch(ctx, events, log, scope, scope.full ? 'Esportazione completa per l’ufficio regionale' : 'Esportazione delle modifiche per l’ufficio regionale');
}

export interface PublicationParts {
  ruleSets: boolean;
  templates: boolean;
  associations: boolean;
  committees: boolean;
}

export function startPublication(ctx: WriteCtx, events: EventBus, log: Logger, input: PublicationParts): ExchangeJob {
  const local = requireLocalSite(ctx);
  if (local.kind !== 'ufficio_regionale') throw new AppError('CONFLICT', 'Solo l’ufficio regionale pubblica regole, modelli e anagrafica per gli sportelli.');
  requireOfficeKey(ctx);
  if (!input.ruleSets && !input.templates && !input.associations && !input.committees) throw new AppError('VALIDATION', 'Scegli almeno una cosa da pubblicare.');
  const hlcTo = ctx.clock.now();
  const part = (name: string, where: string, params: (string | number)[]): ExportPart => ({ table: travellingTable(name)!, where: `t.hlc <= ? AND ${where}`, params: [hlcTo, ...params] });
  const parts: ExportPart[] = [part('sites', 't.is_local = 1', [])];
  // The committees list is the regional office's own, tombstones included: a committee removed here leaves the desks' lists too.
  if (input.committees) parts.push(part('committees', 't.site_id = ?', [local.id]));
  if (input.associations) parts.push(part('associations', '1 = 1', []), part('association_sites', '1 = 1', []));
  // What the regional office itself wrote: a desk's own rule sets and templates stay the desk's.
  if (input.ruleSets) parts.push(part('rule_sets', 't.site_id = ?', [local.id]));
  // Patron days go with the rules, whoever wrote them: a desk's correction reaches the other desks through here (decision 0017).
  if (input.ruleSets) parts.push(part('patron_days', '1 = 1', []));
  if (input.templates) parts.push(part('document_templates', 't.site_id = ?', [local.id]));
  const scope: ExportScope = { kind: 'pubblicazione', full: true, includeFiles: input.templates, parts, leftOut: [], hlcFrom: null, hlcTo };
  return launch(ctx, events, log, scope, 'Pubblicazione per gli sportelli');
}

export function exportChunk(ctx: ReadCtx, exportId: string, offset: number, chunkBytes: number) {
  const row = ctx.sqlite.prepare('SELECT file_name AS fileName FROM exchange_exports WHERE id = ?').get(exportId) as { fileName: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Esportazione non trovata nel registro.');
  const path = join(ctx.dataDir, EXCHANGE_OUT_FOLDER, `${exportId}.exar`);
  return fileChunk(path, row.fileName, offset, chunkBytes, 'Il file di questa esportazione non è più nella cartella dei dati: esporta di nuovo.');
}

export function jobOf(id: string): ExchangeJob {
  return exchangeJobs.view(id);
}
