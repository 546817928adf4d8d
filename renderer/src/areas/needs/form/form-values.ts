/**
 * What the need form holds and the two conversions around it: a saved need → form values (null →
 * empty text, so inputs stay controlled) and form values → the contract's input.
 */
import type { DrivingLicence, EducationLevel, Shift, TargetCategory } from '@shared/api/candidates';
import type { Need, NeedInput, NeedOffer } from '@shared/api/needs';

/** Dates are 'YYYY-MM-DD' or null; numbers may be '' while the box is empty. */
export interface NeedFormValues {
  associationId: string | null;
  operatingSiteId: string | null;
  title: string;
  tasks: string;
  skills: string[];
  educationLevel: EducationLevel | null;
  licence: DrivingLicence | null;
  vehicleNeeded: boolean;
  hoursPerWeek: number | string;
  shifts: Shift[];
  schedule: string;
  periodFrom: string | null;
  periodTo: string | null;
  positions: number | string;
  offers: NeedOffer[];
  categories: TargetCategory[];
  hostTutorAvailable: boolean;
  receivedOn: string | null;
  operatorId: string | null;
  notes: string;
}

export function emptyNeed(operatorId: string, associationId: string | null, today: string): NeedFormValues {
  return {
    associationId,
    operatingSiteId: null,
    title: '',
    tasks: '',
    skills: [],
    educationLevel: null,
    licence: null,
    vehicleNeeded: false,
    hoursPerWeek: '',
    shifts: [],
    schedule: '',
    periodFrom: null,
    periodTo: null,
    positions: 1,
    offers: [],
    categories: [],
    hostTutorAvailable: false,
    receivedOn: today,
    operatorId,
    notes: '',
  };
}

export function toFormValues(n: Need): NeedFormValues {
  return {
    associationId: n.associationId,
    operatingSiteId: n.operatingSiteId,
    title: n.title,
    tasks: n.tasks ?? '',
    skills: n.skills,
    educationLevel: n.educationLevel,
    licence: n.licence,
    vehicleNeeded: n.vehicleNeeded,
    hoursPerWeek: n.hoursPerWeek ?? '',
    shifts: n.shifts,
    schedule: n.schedule ?? '',
    periodFrom: n.periodFrom,
    periodTo: n.periodTo,
    positions: n.positions,
    offers: n.offers,
    categories: n.categories,
    hostTutorAvailable: n.hostTutorAvailable,
    receivedOn: n.receivedOn,
    operatorId: n.operatorId,
    notes: n.notes ?? '',
  };
}

function optionalNumber(value: number | string): number | null {
  return value === '' ? null : Number(value);
}

/** An empty "posti" box goes as NaN, which the schema refuses with «Indica quante persone servono». */
export function toNeedInput(v: NeedFormValues): NeedInput {
  return {
    ...v,
    associationId: v.associationId ?? '',
    hoursPerWeek: optionalNumber(v.hoursPerWeek),
    positions: v.positions === '' ? Number.NaN : Number(v.positions),
    receivedOn: v.receivedOn ?? '',
  };
}
