/**
 * A core job that ends in a file (a list export, the monitoring report), from the click to the file
 * on the operator's computer: the job started, followed through its pushed events, and once it is
 * complete its file fetched in pieces and handed over once (a save dialog in the desktop app, a
 * download in the browser). The two hooks that use it say only how their job starts and where its
 * pieces come from.
 */
import { useEffect, useRef, useState } from 'react';
import { useFollowedJob, type JobSource } from '../api/useFollowedJob';
import { deliverBlob, fetchInPieces, type FilePiece } from './files';

interface FileJob {
  id: string;
  state: string;
  done: number;
}

export interface JobFileOptions<J extends FileJob> {
  source: JobSource<J>;
  /** One piece of the finished file, from `offset`. */
  piece(id: string, offset: number): Promise<FilePiece>;
  mimeType(job: J): string;
  /** Says in a notification that the file could not be fetched (or the job not started), with the fallback words. */
  failed(error: unknown, fallback: string): void;
  words: { notStarted: string; notFetched: string };
}

export interface JobFile<J extends FileJob> {
  job: J | null;
  starting: boolean;
  /** The share of the finished file fetched so far (0–100), while it is fetched. */
  fetched: number | null;
  /** Starting, running, or fetching the file. */
  busy: boolean;
  begin(start: () => Promise<J>): Promise<void>;
  /** Shows the job as the core answered it (after a cancel, say). */
  update(job: J): void;
  dismiss(): void;
}

export function useJobFile<J extends FileJob>(options: JobFileOptions<J>): JobFile<J> {
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [fetched, setFetched] = useState<number | null>(null);
  const followed = useFollowedJob(jobId, options.source);
  const delivered = useRef<string | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const job = followed.job;

  useEffect(() => {
    if (!job || job.state !== 'completato' || delivered.current === job.id) return;
    // Once per job: the refreshes that follow the end must not save the file twice.
    delivered.current = job.id;
    const id = job.id;
    const o = latest.current;
    setFetched(0);
    void fetchInPieces(
      (offset) => o.piece(id, offset),
      (done, total) => setFetched(total === 0 ? 100 : Math.round((done / total) * 100)),
      o.mimeType(job),
    )
      .then(({ fileName, blob }) => deliverBlob(blob, fileName))
      .then(() => setJobId((current) => (current === id ? null : current)))
      .catch((e: unknown) => o.failed(e, o.words.notFetched))
      .finally(() => setFetched(null));
  }, [job]);

  async function begin(start: () => Promise<J>) {
    setStarting(true);
    try {
      const started = await start();
      setJobId(started.id);
      followed.update(started);
    } catch (e) {
      options.failed(e, options.words.notStarted);
    } finally {
      setStarting(false);
    }
  }

  return {
    job,
    starting,
    fetched,
    busy: starting || fetched !== null || job?.state === 'in_corso',
    begin,
    update: followed.update,
    dismiss: () => setJobId(null),
  };
}
