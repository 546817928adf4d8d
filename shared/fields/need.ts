/** A need's fields, named once for the form, the page, the lists and the history. */
import type { NeedData } from '../api/need-fields';
import type { FieldInfo } from './field-info';

export const NEED_FIELDS = {
  associationId: { label: 'Associazione' },
  operatingSiteId: { label: 'Sede operativa', help: 'Vuoto: si lavora nella sede legale' },
  title: { label: 'Ruolo richiesto' },
  tasks: { label: 'Mansioni' },
  skills: { label: 'Competenze richieste', help: 'Scrivi e premi Invio; le proposte vengono dai profili dei candidati', format: 'list' },
  educationLevel: { label: 'Titolo di studio minimo' },
  licence: { label: 'Patente richiesta' },
  vehicleNeeded: { label: 'Serve un mezzo proprio', format: 'yesNo' },
  hoursPerWeek: { label: 'Ore settimanali' },
  shifts: { label: 'Turni', format: 'list' },
  schedule: { label: 'Orario' },
  periodFrom: { label: 'Periodo dal', format: 'date' },
  periodTo: { label: 'Periodo al', format: 'date' },
  positions: { label: 'Posti' },
  offers: { label: 'Cosa offre l’associazione', short: 'Cosa offre', format: 'list' },
  categories: { label: 'Categorie adatte', help: 'Facoltativo: per chi è pensata la posizione', format: 'list' },
  hostTutorAvailable: { label: 'Tutor dell’ospitante disponibile', format: 'yesNo' },
  receivedOn: { label: 'Data di ricezione', short: 'Ricevuto il', format: 'date' },
  operatorId: { label: 'Operatore di riferimento' },
  notes: { label: 'Note' },
} as const satisfies Record<keyof NeedData, FieldInfo>;

/** What only the history carries. */
export const NEED_HISTORY_FIELDS = {
  status: { label: 'Stato' },
  statusChangedOn: { label: 'Stato cambiato il', format: 'date' },
  deletedAt: { label: 'Eliminato il', format: 'dateTime' },
} as const satisfies Record<string, FieldInfo>;
