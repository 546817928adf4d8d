import type { HandlerTable } from '../types';
import { associationsHandlers } from './associations';
import { auditHandlers } from './audit';
import { backupsHandlers } from './backups';
import { authHandlers } from './auth';
import { candidatesHandlers } from './candidates';
import { committeesHandlers } from './committees';
import { patronDaysHandlers } from './patron-days';
import { privacyHandlers } from './privacy';
import { documentsHandlers } from './documents';
import { exchangeHandlers } from './exchange';
import { exportsHandlers } from './exports';
import { internshipsHandlers } from './internships';
import { matchesHandlers } from './matches';
import { needsHandlers } from './needs';
import { operatorsHandlers } from './operators';
import { professionsHandlers } from './professions';
import { referenceHandlers } from './reference';
import { ruleSetsHandlers } from './rule-sets';
import { savedFiltersHandlers } from './saved-filters';
import { settingsHandlers } from './settings';
import { searchHandlers } from './search';
import { todayHandlers } from './today';
import { reportsHandlers } from './reports';

/** The one handler table both transports dispatch to. */
export const handlers: HandlerTable = {
  ...authHandlers,
  ...settingsHandlers,
  ...operatorsHandlers,
  ...associationsHandlers,
  ...candidatesHandlers,
  ...needsHandlers,
  ...matchesHandlers,
  ...internshipsHandlers,
  ...documentsHandlers,
  ...ruleSetsHandlers,
  ...committeesHandlers,
  ...professionsHandlers,
  ...patronDaysHandlers,
  ...savedFiltersHandlers,
  ...referenceHandlers,
  ...auditHandlers,
  ...exchangeHandlers,
  ...exportsHandlers,
  ...backupsHandlers,
  ...privacyHandlers,
  ...todayHandlers,
  ...searchHandlers,
  ...reportsHandlers,
};
