/**
 * Screens read through the query layer (decision 0018): a renderer file that calls `api.call` with a
 * method that only reads bypasses the cache, so a write elsewhere would not refresh what it shows.
 * The few reads that must not be cached are listed here, each with its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesData, isMethodName } from '@shared/api/contract';
import { inside, ROOT, sourceFiles } from './sources';

/** file → methods it may read without the cache, with why. */
const IMPERATIVE_READS: Record<string, { methods: string[]; why: string }> = {
  'renderer/src/auth/AuthProvider.tsx': { methods: ['setup.status', 'auth.me'], why: 'the session decides what the cache may hold' },
  'renderer/src/components/CandidateSelect.tsx': { methods: ['candidates.list'], why: 'a search supplier of SearchSelect, which caches through the query layer' },
  'renderer/src/components/AssociationSelect.tsx': { methods: ['associations.list'], why: 'a search supplier of SearchSelect' },
  'renderer/src/areas/internships/form/ProfessionFields.tsx': { methods: ['professions.search'], why: 'a search supplier of SearchSelect' },
  'renderer/src/areas/candidates/detail/SpecialDataCard.tsx': { methods: ['candidates.getSpecial'], why: 'every read of special data is audited: a cached refetch would log views nobody made' },
  'renderer/src/areas/candidates/detail/DocumentsTab.tsx': { methods: ['candidates.attachmentContent'], why: 'bytes saved or opened on a click, never shown from a cache' },
  'renderer/src/areas/internships/detail/documents/VersionRow.tsx': { methods: ['documents.content'], why: 'bytes saved or opened on a click' },
  'renderer/src/areas/documents/registers/JobFiles.tsx': { methods: ['documents.content'], why: 'bytes saved or opened on a click' },
  'renderer/src/areas/documents/registers/RegistersBatchPage.tsx': { methods: ['documents.jobZip'], why: 'bytes saved on a click' },
  'renderer/src/areas/documents/templates/TemplateKindCard.tsx': { methods: ['documents.templateContent'], why: 'bytes saved on a click' },
  'renderer/src/areas/exchange/transfer.ts': { methods: ['exchange.downloadChunk', 'exchange.uploadChunk'], why: 'a file moved in chunks' },
  'renderer/src/lib/ListExportJob.ts': { methods: ['exports.downloadChunk'], why: 'a list export fetched in chunks on a click' },
  'renderer/src/areas/reports/useMonitoringReport.ts': { methods: ['reports.downloadChunk'], why: 'the monitoring workbook fetched in chunks on a click' },
  'renderer/src/areas/exchange/import/useImportFlow.ts': { methods: ['exchange.preview'], why: 'one step of the import of the file just uploaded' },
};

export function uncachedReads(file: string, source: string): string[] {
  return [...source.matchAll(/api\.call\(\s*'([a-zA-Z]+\.[a-zA-Z]+)'/g)]
    .map((m) => m[1]!)
    .filter((method) => isMethodName(method) && !changesData(method) && !IMPERATIVE_READS[file]?.methods.includes(method))
    .map((method) => `${file} reads ${method} with api.call, not through the query layer`);
}

describe('screens read through the query layer', () => {
  it('no renderer file reads with api.call except the listed ones', () => {
    const problems = sourceFiles('renderer/src')
      .filter((file) => !inside(file, 'renderer/src/api'))
      .flatMap((file) => uncachedReads(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('catches a page that reads on its own, and lets a write through', () => {
    expect(uncachedReads('renderer/src/areas/needs/X.tsx', "const n = await api.call('needs.get', { id });")).toHaveLength(1);
    expect(uncachedReads('renderer/src/areas/needs/X.tsx', "await api.call('needs.update', { id, hlc, data });")).toEqual([]);
  });
});
