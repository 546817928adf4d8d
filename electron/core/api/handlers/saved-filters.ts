import type { savedFiltersMethods } from '../../../../shared/api/saved-filters';
import { deleteSavedFilter, listSavedFilters, saveFilter } from '../../services/saved-filters/saved-filters';
import type { AreaHandlers } from '../types';

export const savedFiltersHandlers: AreaHandlers<keyof typeof savedFiltersMethods> = {
  'savedFilters.list': (input, { state, operator }) => listSavedFilters(state.database.db, operator!.id, input.area),
  'savedFilters.save': (input, { state, operator }) =>
    saveFilter(state.database.db, operator!.id, input.area, input.name, input.params, state.now()),
  'savedFilters.delete': (input, { state, operator }) => {
    deleteSavedFilter(state.database.db, operator!.id, input.id);
    return { ok: true as const };
  },
};
