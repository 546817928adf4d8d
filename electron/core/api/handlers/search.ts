import { searchEverywhere } from '../../services/search/everywhere';
import type { AreaHandlers } from '../types';

export const searchHandlers: AreaHandlers<'search.everywhere'> = {
  'search.everywhere': (input, { read }) => searchEverywhere(read(), input.query, input.perGroup),
};
