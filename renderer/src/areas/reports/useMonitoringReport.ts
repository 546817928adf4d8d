/**
 * «Scarica il report (Excel)»: starts the core's monitoring job for the page's period, follows it
 * through its pushed `reports.job` events a sheet at a time, then fetches the file in pieces and
 * hands it over, as a list export does (lib/ListExportJob.ts) with the same helpers.
 */
import { useEffect, useRef, useState } from 'react';
import { REPORT_JOB_EVENT, reportJobSchema, type ReportInput, type ReportJob } from '@shared/api/reports';
import { api } from '../../api/client';
import { apiQuery } from '../../api/query';
import { useFollowedJob, type JobSource } from '../../api/useFollowedJob';
import { deliverBlob, fetchInPieces } from '../../lib/files';
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
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [fetched, setFetched] = useState<number | null>(null);
  const followed = useFollowedJob(jobId, source);
  const delivered = useRef<string | null>(null);
  const job = followed.job;

  useEffect(() => {
    if (!job || job.state !== 'completato' || delivered.current === job.id) return;
    // Once per job: the refreshes that follow the end must not save the file twice.
    delivered.current = job.id;
    const id = job.id;
    setFetched(0);
    void fetchInPieces(
      (offset) => api.call('reports.downloadChunk', { id, offset }),
      (done, total) => setFetched(total === 0 ? 100 : Math.round((done / total) * 100)),
      XLSX,
    )
      .then(({ fileName, blob }) => deliverBlob(blob, fileName))
      .then(() => setJobId((current) => (current === id ? null : current)))
      .catch((e: unknown) => notifyFailure(e, 'Il file non si scarica. Crea di nuovo il report.'))
      .finally(() => setFetched(null));
  }, [job]);

  useEffect(() => {
    if (job?.state === 'fallito') notifyFailure(new Error(job.error ?? ''), job.error ?? 'Il report non è riuscito. Riprova.');
  }, [job?.state, job?.error]);

  async function begin() {
    setStarting(true);
    try {
      const started = await api.call('reports.monitoring', input);
      setJobId(started.id);
      followed.update(started);
    } catch (e) {
      notifyFailure(e, 'Il report non è partito. Riprova.');
    } finally {
      setStarting(false);
    }
  }

  const running = job?.state === 'in_corso';
  const busy = starting || fetched !== null || running;
  const progress = fetched !== null ? fetched : running && job ? Math.round((job.done / Math.max(1, job.total)) * 100) : starting ? 0 : null;
  const step = fetched !== null ? `Scaricamento del file… ${fetched}%` : running && job ? `Fogli scritti: ${job.done} di ${job.total}` : starting ? 'Preparazione del report…' : null;
  return { job, busy, progress, step, begin };
}
