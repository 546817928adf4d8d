import type { savedFiltersMethods } from '@shared/api/saved-filters';
import { deleteSavedFilter, listSavedFilters, saveFilter } from '../../services/saved-filters/saved-filters';
import type { AreaHandlers } from '../types';

export const savedFiltersHandlers: AreaHandlers<keyof typeof savedFiltersMethods> = {
  'savedFilters.list': (input, { read, operator }) => listSavedFilters(read(), operator!.id, input.area),
  'savedFilters.save': (input, { write, operator }) => saveFilter(write(), operator!.id, input.area, input.name, input.params),
  'savedFilters.delete': (input, { write, operator }) => {
    deleteSavedFilter(write(), operator!.id, input.id);
    return { ok: true as const };
  },
};
