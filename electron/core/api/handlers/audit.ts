import type { AuditedEntity, auditMethods } from '@shared/api/audit';
import { AppError } from '@shared/api/errors';
import { roleCan, type Permission } from '@shared/api/permissions';
import { auditForRecord, writeAudit } from '../../services/audit/audit-log';
import { exportAudit, searchAudit } from '../../services/audit/audit-viewer';
import { mergedHistoryIds } from '../../services/candidates/merge';
import type { AreaHandlers } from '../types';

/** Reading a record's history needs the right to manage that kind of record, beyond audit.read. */
const ENTITY_PERMISSION: Record<AuditedEntity, Permission> = {
  associations: 'associations.read',
  candidates: 'candidates.read',
  candidate_special: 'candidates.special',
  needs: 'needs.read',
  matches: 'matches.read',
  internships: 'internships.read',
  operators: 'operators.manage',
  settings: 'settings.manage',
  rule_sets: 'internships.read',
  committees: 'associations.read',
  patron_days: 'internships.read',
  professions: 'internships.read',
};

export const auditHandlers: AreaHandlers<keyof typeof auditMethods> = {
  'audit.forRecord': (input, { read, write, operator }) => {
    if (!roleCan(operator!.role, ENTITY_PERMISSION[input.entity])) {
      throw new AppError('FORBIDDEN', 'Il tuo ruolo non permette di vedere questo storico.');
    }
    if (input.entity === 'candidates') {
      // A merged profile's history goes on in the survivor's; a hidden category in it is masked by the policy.
      const ctx = read();
      return auditForRecord(ctx, 'candidates', mergedHistoryIds(ctx, input.id));
    }
    if (input.entity === 'candidate_special') {
      // The history of special data shows the data itself: reading it is a view like any other.
      const ctx = write();
      return ctx.db.transaction(() => {
        writeAudit(ctx, { entity: 'candidate_special', entityId: input.id, action: 'view', changes: [] });
        return auditForRecord(ctx, 'candidate_special', mergedHistoryIds(ctx, input.id));
      });
    }
    return auditForRecord(read(), input.entity, input.id);
  },
  'audit.search': (input, { read }) => searchAudit(read(), input),
  'audit.export': (input, { write }) => exportAudit(write(), input),
};
