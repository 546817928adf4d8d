import { EXCHANGE_CHUNK_BYTES, type exchangeMethods } from '@shared/api/exchange';
import { exchangeJobs } from '../../exchange/jobs';
import { listConflicts, conflictDetail, resolveConflict } from '../../services/exchange/conflicts';
import { dismissDuplicate, listDuplicates } from '../../services/exchange/duplicates';
import { exportChunk, jobOf, startDataExport, startPublication } from '../../services/exchange/export';
import { importBundle, previewImport } from '../../services/exchange/import';
import { exportLog, importLog } from '../../services/exchange/logs';
import { createKeyFile, loadKeyFile, setLeftOutTables, setPassphrase } from '../../services/exchange/settings';
import { exchangeStatus } from '../../services/exchange/status';
import { receiveChunk } from '../../services/exchange/uploads';
import type { AreaHandlers } from '../types';

export const exchangeHandlers: AreaHandlers<keyof typeof exchangeMethods> = {
  'exchange.status': (_input, { read }) => exchangeStatus(read()),
  'exchange.setPassphrase': (input, { write }) => setPassphrase(write(), input.passphrase),
  'exchange.createKeyFile': (_input, { write }) => createKeyFile(write()),
  'exchange.loadKeyFile': (input, { write }) => loadKeyFile(write(), input.contentBase64),
  'exchange.setPolicy': (input, { write }) => {
    const ctx = write();
    setLeftOutTables(ctx, input.included);
    return exchangeStatus(ctx);
  },
  'exchange.startExport': (input, { write, state }) => startDataExport(write(), state.events, state.log, input),
  'exchange.startPublication': (input, { write, state }) => startPublication(write(), state.events, state.log, input),
  'exchange.job': (input) => jobOf(input.id),
  'exchange.cancelJob': (input) => exchangeJobs.cancel(input.id),
  'exchange.downloadChunk': (input, { read }) => exportChunk(read(), input.exportId, input.offset, EXCHANGE_CHUNK_BYTES),
  'exchange.uploadChunk': (input, { write }) => receiveChunk(write(), input),
  'exchange.preview': (input, { read }) => previewImport(read(), input.uploadId),
  'exchange.import': (input, { write }) => importBundle(write(), input.uploadId, input.registerOffice),
  'exchange.exports': (_input, { read }) => exportLog(read()),
  'exchange.imports': (_input, { read }) => importLog(read()),
  'exchange.conflicts': (input, { read }) => listConflicts(read(), input.resolved),
  'exchange.conflict': (input, { read }) => conflictDetail(read(), input.id),
  'exchange.resolveConflict': (input, { write }) => resolveConflict(write(), input.id, input.choice, input.takeTheirs),
  'exchange.duplicates': (input, { read }) => listDuplicates(read(), input.status),
  'exchange.dismissDuplicate': (input, { write }) => dismissDuplicate(write(), input.firstId, input.secondId, input.note),
};
