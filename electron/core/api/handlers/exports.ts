import { EXPORT_CHUNK_BYTES, type exportsMethods } from '@shared/api/exports';
import { associationsSource } from '../../services/exports/associations';
import { candidatesSource } from '../../services/exports/candidates';
import { cancelListExport, listExportChunk, listExportJob, startListExport } from '../../services/exports/exports';
import { internshipsSource } from '../../services/exports/internships';
import { needsSource } from '../../services/exports/needs';
import { assertCategoryFilterAllowed } from '../policy/candidates';
import type { AreaHandlers, HandlerContext } from '../types';

/** The export's surroundings: the event bus for its progress, the log, and whether the file may hold special data. */
const env = ({ state }: HandlerContext, seesSpecial: boolean) => ({ events: state.events, log: state.log, seesSpecial });

// Each list's export runs on the list's own filters; the file holds what the caller's clearance allows (decision 0019).
export const exportsHandlers: AreaHandlers<keyof typeof exportsMethods> = {
  // Nothing of a person in the associations: every role gets the same file.
  'exports.associations': (input, h) => startListExport(h.write(), env(h, false), associationsSource, input),
  'exports.candidates': (input, h) => {
    const { special } = h.clearance;
    // As `candidates.list` refuses it: filtering by a hidden category would list exactly the people it hides.
    if (!special) assertCategoryFilterAllowed(input.filters.targetCategory);
    return startListExport(h.write(), env(h, special), candidatesSource, input);
  },
  'exports.needs': (input, h) => startListExport(h.write(), env(h, h.clearance.special), needsSource, input),
  'exports.internships': (input, h) => startListExport(h.write(), env(h, h.clearance.special), internshipsSource, input),
  'exports.job': (input, { read }) => listExportJob(read(), input.id),
  'exports.cancelJob': (input, { read }) => cancelListExport(read(), input.id),
  'exports.downloadChunk': (input, { read }) => listExportChunk(read(), input.id, input.offset, EXPORT_CHUNK_BYTES),
};
