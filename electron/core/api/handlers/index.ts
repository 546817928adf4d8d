import type { HandlerTable } from '../types';
import { associationsHandlers } from './associations';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { operatorsHandlers } from './operators';
import { settingsHandlers } from './settings';

/** The one handler table both transports dispatch to. */
export const handlers: HandlerTable = {
  ...authHandlers,
  ...settingsHandlers,
  ...operatorsHandlers,
  ...associationsHandlers,
  ...auditHandlers,
};
