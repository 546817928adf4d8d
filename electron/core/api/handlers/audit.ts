import type { AuditedEntity, auditMethods } from '../../../../shared/api/audit';
import { AppError } from '../../../../shared/api/errors';
import { roleCan, type Permission } from '../../../../shared/api/permissions';
import { auditForRecord } from '../../services/audit/audit-log';
import type { AreaHandlers } from '../types';

/** Reading a record's history needs the right to manage that kind of record, beyond audit.read. */
const ENTITY_PERMISSION: Record<AuditedEntity, Permission> = {
  associations: 'associations.read',
  operators: 'operators.manage',
  settings: 'settings.manage',
};

export const auditHandlers: AreaHandlers<keyof typeof auditMethods> = {
  'audit.forRecord': (input, { service, operator }) => {
    if (!roleCan(operator!.role, ENTITY_PERMISSION[input.entity])) {
      throw new AppError('FORBIDDEN', 'Il tuo ruolo non permette di vedere questo storico.');
    }
    return auditForRecord(service(), input.entity, input.id);
  },
};
