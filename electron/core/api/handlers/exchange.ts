import { EXCHANGE_CHUNK_BYTES, type exchangeMethods } from '../../../../shared/api/exchange';
import { cancelJob } from '../../exchange/jobs';
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
  'exchange.status': (_input, { service }) => exchangeStatus(service()),
  'exchange.setPassphrase': (input, { service }) => setPassphrase(service(), input.passphrase),
  'exchange.createKeyFile': (_input, { service }) => createKeyFile(service()),
  'exchange.loadKeyFile': (input, { service }) => loadKeyFile(service(), input.contentBase64),
  'exchange.setPolicy': (input, { service }) => {
    const ctx = service();
    setLeftOutTables(ctx, input.included);
    return exchangeStatus(ctx);
  },
  'exchange.startExport': (input, { service, state }) => startDataExport(service(), state.dataDir, state.events, state.log, input),
  'exchange.startPublication': (input, { service, state }) => startPublication(service(), state.dataDir, state.events, state.log, input),
  'exchange.job': (input) => jobOf(input.id),
  'exchange.cancelJob': (input) => cancelJob(input.id),
  'exchange.downloadChunk': (input, { service, state }) => exportChunk(service(), state.dataDir, input.exportId, input.offset, EXCHANGE_CHUNK_BYTES),
  'exchange.uploadChunk': (input, { state }) => receiveChunk(state.dataDir, input),
  'exchange.preview': (input, { service, state }) => previewImport(service(), state.dataDir, input.uploadId),
  'exchange.import': (input, { service, state }) => importBundle(service(), state.dataDir, input.uploadId, input.registerOffice),
  'exchange.exports': (_input, { service }) => exportLog(service()),
  'exchange.imports': (_input, { service }) => importLog(service()),
  'exchange.conflicts': (input, { service }) => listConflicts(service(), input.resolved),
  'exchange.conflict': (input, { service }) => conflictDetail(service(), input.id),
  'exchange.resolveConflict': (input, { service }) => resolveConflict(service(), input.id, input.choice, input.takeTheirs),
  'exchange.duplicates': (input, { service }) => listDuplicates(service(), input.status),
  'exchange.dismissDuplicate': (input, { service }) => dismissDuplicate(service(), input.firstId, input.secondId, input.note),
};
