/**
 * The contract: every method the UI can call, once. Both transports (Electron IPC and the
 * web host) dispatch through the same handler table built from this object.
 */
import type { z } from 'zod';
import type { MethodDef } from './define';
import { associationsMethods } from './associations';
import { auditMethods } from './audit';
import { backupsMethods } from './backups';
import { authMethods } from './auth';
import { candidatesMethods } from './candidates';
import { committeesMethods } from './committees';
import { patronDaysMethods } from './patron-days';
import { privacyMethods } from './privacy';
import { documentsMethods } from './documents';
import { exchangeMethods } from './exchange';
import { exportsMethods } from './exports';
import { internshipsMethods } from './internships';
import { matchesMethods } from './matches';
import { needsMethods } from './needs';
import { professionsMethods } from './professions';
import { operatorsMethods } from './operators';
import { referenceMethods } from './reference';
import { ruleSetsMethods } from './rule-sets';
import { savedFiltersMethods } from './saved-filters';
import { settingsMethods } from './settings';
import { searchMethods } from './search';
import { todayMethods } from './today';
import { reportsMethods } from './reports';

export const contract = {
  ...authMethods,
  ...settingsMethods,
  ...operatorsMethods,
  ...associationsMethods,
  ...candidatesMethods,
  ...needsMethods,
  ...matchesMethods,
  ...internshipsMethods,
  ...documentsMethods,
  ...ruleSetsMethods,
  ...committeesMethods,
  ...professionsMethods,
  ...patronDaysMethods,
  ...savedFiltersMethods,
  ...referenceMethods,
  ...auditMethods,
  ...exchangeMethods,
  ...exportsMethods,
  ...backupsMethods,
  ...privacyMethods,
  ...todayMethods,
  ...searchMethods,
  ...reportsMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults and transforms). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
/** What a caller receives. */
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
/** What a handler may return before the output schema shapes it. */
export type HandlerOutput<M extends MethodName> = z.input<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, value);
}

/** True when a successful call may have changed records a screen shows (see `MethodDef.reads`). */
export function changesData(method: MethodName): boolean {
  const def: MethodDef = contract[method];
  return !(def.reads ?? def.access.endsWith('.read'));
}
