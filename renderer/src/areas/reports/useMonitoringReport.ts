/**
 * «Scarica il report (Excel)»: starts the core's monitoring job for the page's period, follows it
 * through its pushed `reports.job` events a sheet at a time, then fetches the file in pieces and
 * hands it over, as a list export does (lib/ListExportJob.ts) with the same helpers.
 */
import { useEffect } from 'react';
import { REPORT_JOB_EVENT, reportJobSchema, type ReportInput, type ReportJob } from '@shared/api/reports';
import { api } from '../../api/client';
import { apiQuery } from '../../api/query';
import type { JobSource } from '../../api/useFollowedJob';
import { useJobFile } from '../../lib/useJobFile';
import { notifyFailure } from './notify';

const source: JobSource<ReportJob> = { event: REPORT_JOB_EVENT, schema: reportJobSchema, query: (id) => apiQuery('reports.job', { id }) };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface MonitoringReport {
  job: ReportJob | null;
  busy: boolean;
  /** Where the work is, 0–100: the sheets written, then the file fetched. */
  progress: number | null;
  /** What is happening, in words, for the progress bar's label. */
  step: string | null;
  begin(): Promise<void>;
}

export function useMonitoringReport(input: ReportInput): MonitoringReport {
  const file = useJobFile<ReportJob>({
    source,
    piece: (id, offset) => api.call('reports.downloadChunk', { id, offset }),
    mimeType: () => XLSX,
    failed: notifyFailure,
    words: { notStarted: 'Il report non è partito. Riprova.', notFetched: 'Il file non si scarica. Crea di nuovo il report.' },
  });
  const { job, fetched, starting } = file;

  useEffect(() => {
    if (job?.state === 'fallito') notifyFailure(new Error(job.error ?? ''), job.error ?? 'Il report non è riuscito. Riprova.');
  }, [job?.state, job?.error]);

  const running = job?.state === 'in_corso';
  const progress = fetched !== null ? fetched : running && job ? Math.round((job.done / Math.max(1, job.total)) * 100) : starting ? 0 : null;
  const step = fetched !== null ? `Scaricamento del file… ${fetched}%` : running && job ? `Fogli scritti: ${job.done} di ${job.total}` : starting ? 'Preparazione del report…' : null;
  return { job, busy: file.busy, progress, step, begin: () => file.begin(() => api.call('reports.monitoring', input)) };
}
