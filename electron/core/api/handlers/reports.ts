import { REPORT_CHUNK_BYTES, type reportsMethods } from '@shared/api/reports';
import { reportFigures } from '../../services/reports/figures';
import { monitoringReportChunk, monitoringReportJob, startMonitoringReport } from '../../services/reports/monitoring';
import type { AreaHandlers } from '../types';

// The category breakdown folds the protected categories for a role without the clearance (decision 0026).
export const reportsHandlers: AreaHandlers<keyof typeof reportsMethods> = {
  'reports.figures': (input, { read, clearance }) => reportFigures(read(), input, clearance.special),
  'reports.monitoring': (input, h) => startMonitoringReport(h.write(), { events: h.state.events, log: h.state.log, seesSpecial: h.clearance.special }, input),
  'reports.job': (input, { read }) => monitoringReportJob(read(), input.id),
  'reports.downloadChunk': (input, { read }) => monitoringReportChunk(read(), input.id, input.offset, REPORT_CHUNK_BYTES),
};
