import type { settingsMethods } from '@shared/api/settings';
import { lastIssuedHlc } from '../../services/audit/audit-log';
import { HybridLogicalClock } from '../../sync/hlc';
import { readSettings, updateSettings } from '../../services/settings/site';
import type { AreaHandlers } from '../types';

export const settingsHandlers: AreaHandlers<keyof typeof settingsMethods> = {
  'settings.get': (_input, { read }) => readSettings(read()),
  'settings.update': (input, { write, state }) => {
    const ctx = write();
    const saved = updateSettings(ctx, input);
    // The office code is the clock's node id: later writes must carry the new one.
    if (state.site && state.site.clock.node !== saved.office.code) {
      const last = lastIssuedHlc(ctx);
      state.site = { id: state.site.id, clock: new HybridLogicalClock(saved.office.code, () => state.now().getTime(), last) };
    }
    return saved;
  },
};
