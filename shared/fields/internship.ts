/** An internship file's fields, named once for the form, the exchange's conflicts and the history. */
import type { InternshipData } from '../api/internship-fields';
import type { FieldInfo } from './field-info';

export const INTERNSHIP_FIELDS = {
  candidateId: { label: 'Candidato' },
  associationId: { label: 'Associazione ospitante' },
  operatingSiteId: { label: 'Sede del tirocinio' },
  needId: { label: 'Fabbisogno a cui risponde' },
  matchId: { label: 'Proposta accettata' },
  type: { label: 'Tipo di tirocinio' },
  promoterTutorId: { label: 'Tutor del soggetto promotore', help: 'L’operatore Exar che segue il tirocinio' },
  hostTutorName: { label: 'Tutor dell’ospitante: nome e cognome', short: 'Nome e cognome' },
  hostTutorTaxCode: { label: 'Tutor dell’ospitante: codice fiscale', short: 'Codice fiscale' },
  hostTutorRole: { label: 'Tutor dell’ospitante: ruolo nell’associazione', short: 'Ruolo nell’associazione' },
  hostTutorYears: { label: 'Tutor dell’ospitante: anni di esperienza', short: 'Anni di esperienza' },
  startDate: { label: 'Data di inizio', format: 'date' },
  plannedEndDate: { label: 'Fine prevista', format: 'date' },
  weeklySchedule: { label: 'Orario settimanale' },
  weeklySlots: { label: 'Fasce orarie' },
  scheduleNotes: { label: 'Note sull’orario' },
  monthlyAllowanceCents: { label: 'Indennità mensile' },
  funding: { label: 'Chi finanzia l’indennità' },
  inailPosition: { label: 'Posizione INAIL' },
  liabilityPolicy: { label: 'Polizza di responsabilità civile' },
  noticeDate: { label: 'Data della comunicazione obbligatoria', format: 'date' },
  noticeNumber: { label: 'Numero della comunicazione obbligatoria' },
  goals: { label: 'Obiettivi' },
  activities: { label: 'Attività' },
  skillsToAcquire: { label: 'Competenze da acquisire', help: 'Scrivi una competenza e premi Invio', format: 'list' },
  skillsAcquired: { label: 'Competenze acquisite', format: 'list' },
  safetyTraining: { label: 'Formazione sulla sicurezza' },
  atlanteRef: { label: 'Riferimento all’Atlante del lavoro' },
  professionCode: { label: 'Professione: codice ISTAT CP2011' },
  professionName: { label: 'Professione: nome ISTAT CP2011' },
  notes: { label: 'Note' },
  portalReference: { label: 'Riferimento sul Portale Tirocini', help: 'Il codice della pratica sul portale della Regione Piemonte' },
  insurer: { label: 'Chi assicura il tirocinante', help: 'INAIL e responsabilità civile, come dice la convenzione' },
  workedForHost: { label: 'Ha lavorato per l’ospitante negli ultimi 2 anni', format: 'yesNo' },
  workedForHostDeclaredOn: { label: 'Data della dichiarazione sul lavoro presso l’ospitante', short: 'Data della dichiarazione', help: 'Quando la persona l’ha firmata', format: 'date' },
  hostOtherPromoterInterns: {
    label: 'Tirocinanti di altri promotori nella sede',
    help: 'Già presenti nella sede del tirocinio in queste date: contano nel limite dell’ospitante',
  },
} as const satisfies Record<keyof InternshipData, FieldInfo>;

/** What a file's row carries beyond the form, where a screen names it (the exchange's conflicts). */
export const INTERNSHIP_RECORD_FIELDS = {
  number: { label: 'Numero della pratica' },
  protocolException: { label: 'Eccezione del protocollo AICS–Exar', format: 'yesNo' },
} as const satisfies Record<string, FieldInfo>;
