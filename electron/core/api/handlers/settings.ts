import type { settingsMethods } from '../../../../shared/api/settings';
import { readSettings, updateSettings } from '../../services/settings/site';
import type { AreaHandlers } from '../types';

export const settingsHandlers: AreaHandlers<keyof typeof settingsMethods> = {
  'settings.get': (_input, { state }) => readSettings(state.database.db),
  'settings.update': (input, { service }) => updateSettings(service(), input),
};
