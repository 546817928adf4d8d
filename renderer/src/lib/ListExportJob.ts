/**
 * A list's export, from the click to the file on the operator's computer: starts the core's job on
 * the list's current filters, follows it through its pushed `exports.job` events, and once it is
 * complete fetches the file in pieces and hands it over (a save dialog in the desktop app, a
 * download in the browser). One hook for the four lists: each passes its name and its input.
 */
import type { MethodInput } from '@shared/api/contract';
import { LIST_EXPORT_JOB_EVENT, listExportJobSchema, type ExportFormat, type ExportList, type ListExportJob } from '@shared/api/exports';
import { api } from '../api/client';
import { apiQuery } from '../api/query';
import type { JobSource } from '../api/useFollowedJob';
import { showApiError } from './form-errors';
import { useJobFile } from './useJobFile';

/** Which list, and its filters exactly as its `*.list` method takes them (the page's own input). */
export type ListExportTarget = { [L in ExportList]: { list: L; filters: MethodInput<`exports.${L}`>['filters'] } }[ExportList];

const source: JobSource<ListExportJob> = { event: LIST_EXPORT_JOB_EVENT, schema: listExportJobSchema, query: (id) => apiQuery('exports.job', { id }) };

const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

function start(target: ListExportTarget, format: ExportFormat): Promise<ListExportJob> {
  switch (target.list) {
    case 'associations':
      return api.call('exports.associations', { format, filters: target.filters });
    case 'candidates':
      return api.call('exports.candidates', { format, filters: target.filters });
    case 'needs':
      return api.call('exports.needs', { format, filters: target.filters });
    case 'internships':
      return api.call('exports.internships', { format, filters: target.filters });
  }
}

export interface ListExport {
  /** The job being followed (running, or just ended), null before the first click. */
  job: ListExportJob | null;
  /** Starting, running, or fetching the file: the menu waits. */
  busy: boolean;
  /** The share of the finished file fetched so far (0–100), while it is fetched. */
  fetched: number | null;
  begin(format: ExportFormat): Promise<void>;
  /** Asks the running job to stop; false when the request did not get through (said in a notification). */
  cancel(): Promise<boolean>;
  /** Closes the window of an ended job. */
  dismiss(): void;
}

export function useListExport(target: ListExportTarget): ListExport {
  const file = useJobFile<ListExportJob>({
    source,
    piece: (id, offset) => api.call('exports.downloadChunk', { id, offset }),
    mimeType: (job) => MIME[job.format],
    failed: (e, fallback) => showApiError(e, undefined, fallback),
    words: { notStarted: 'L’esportazione non è partita. Riprova.', notFetched: 'Il file non si scarica. Esporta di nuovo.' },
  });
  const job = file.job;

  async function cancel() {
    if (!job) return false;
    try {
      file.update(await api.call('exports.cancelJob', { id: job.id }));
      return true;
    } catch (e) {
      showApiError(e, undefined, 'Non è stato possibile annullare. Riprova.');
      return false;
    }
  }

  return { job, busy: file.busy, fetched: file.fetched, begin: (format) => file.begin(() => start(target, format)), cancel, dismiss: file.dismiss };
}
