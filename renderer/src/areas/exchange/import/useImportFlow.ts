/**
 * «Importa», step by step: the chosen file goes to the core in pieces, the core verifies it and says
 * what importing would do (nothing written yet), the operator confirms, the core imports it in one
 * transaction. Any error leaves the operator where they were, with the core's message, free to
 * choose another file; nothing is written until the import itself succeeds.
 */
import { useEffect, useRef, useState } from 'react';
import { EXCHANGE_MAX_BUNDLE_BYTES, type ImportPreview, type ImportResult } from '@shared/api/exchange';
import { api, errorMessage } from '../../../api/client';
import { extensionOf } from '../../../lib/files';
import { uploadBundle } from '../transfer';

export type ImportStep =
  | { step: 'choose' }
  | { step: 'uploading'; fileName: string; done: number; total: number }
  | { step: 'checking'; fileName: string }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'importing'; preview: ImportPreview }
  | { step: 'done'; preview: ImportPreview; result: ImportResult };

export interface ImportFlow {
  state: ImportStep;
  /** The last failure, in the core's words; cleared by the next attempt. */
  error: string | null;
  choose(file: File): Promise<void>;
  importNow(registerOffice: boolean): Promise<void>;
  reset(): void;
}

function fileProblem(file: File): string | null {
  if (extensionOf(file.name) !== 'exar') return `«${file.name}» non è un file di scambio: scegli un file che termina con .exar.`;
  if (file.size === 0) return `«${file.name}» è vuoto: fattelo inviare di nuovo.`;
  if (file.size > EXCHANGE_MAX_BUNDLE_BYTES) return `«${file.name}» è troppo grande per essere un file di scambio.`;
  return null;
}

export function useImportFlow(): ImportFlow {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  async function choose(file: File) {
    setError(null);
    const problem = fileProblem(file);
    if (problem) {
      setError(problem);
      setState({ step: 'choose' });
      return;
    }
    setState({ step: 'uploading', fileName: file.name, done: 0, total: file.size });
    try {
      const uploadId = await uploadBundle(
        file,
        (done, total) => {
          if (alive.current) setState({ step: 'uploading', fileName: file.name, done, total });
        },
        () => !alive.current,
      );
      if (!uploadId || !alive.current) return;
      setState({ step: 'checking', fileName: file.name });
      const preview = await api.call('exchange.preview', { uploadId });
      if (alive.current) setState({ step: 'preview', preview });
    } catch (e) {
      if (!alive.current) return;
      setError(errorMessage(e));
      setState({ step: 'choose' });
    }
  }

  async function importNow(registerOffice: boolean) {
    if (state.step !== 'preview') return;
    const { preview } = state;
    setError(null);
    setState({ step: 'importing', preview });
    try {
      const result = await api.call('exchange.import', { uploadId: preview.uploadId, registerOffice });
      if (alive.current) setState({ step: 'done', preview, result });
    } catch (e) {
      if (!alive.current) return;
      setError(errorMessage(e));
      setState({ step: 'preview', preview });
    }
  }

  return {
    state,
    error,
    choose,
    importNow,
    reset: () => {
      setError(null);
      setState({ step: 'choose' });
    },
  };
}
