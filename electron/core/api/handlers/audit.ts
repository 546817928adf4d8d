import type { auditMethods } from '../../../../shared/api/audit';
import { auditForRecord } from '../../services/audit/audit-log';
import type { AreaHandlers } from '../types';

export const auditHandlers: AreaHandlers<keyof typeof auditMethods> = {
  'audit.forRecord': (input, { service }) => auditForRecord(service(), input.entity, input.id),
};
