import type { backupsMethods } from '@shared/api/backups';
import { listBackups, restoreBackup, startBackup, type BackupsHost } from '../../services/backups/backups';
import { removeOffsite, setOffsite } from '../../services/backups/offsite';
import type { AreaHandlers, CoreState } from '../types';

/** The parts of the running core the backup calls use: read when the call comes, a restart replaces them. */
function hostOf(state: CoreState): BackupsHost {
  return { scheduler: state.backups, events: state.events, log: state.log, restartCore: state.restartCore, nativeBinding: state.nativeBinding };
}

export const backupsHandlers: AreaHandlers<keyof typeof backupsMethods> = {
  'backups.list': (_input, { read, state }) => listBackups(read(), hostOf(state)),
  'backups.create': (_input, { read, state }) => startBackup(read(), hostOf(state)),
  'backups.restore': (input, { read, state }) => restoreBackup(read(), hostOf(state), input.name),
  'backups.setOffsite': (input, { write, state }) => setOffsite(write(), state.backups, { folder: input.folder, passphrase: input.passphrase }),
  'backups.removeOffsite': (_input, { write, state }) => removeOffsite(write(), state.backups),
};
