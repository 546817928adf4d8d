/** The candidate's fields, named once for the form, the profile, the history, the merge table and the documents. */
import type { CandidateData, CandidateSpecialData } from '../api/candidate-fields';
import type { FieldInfo } from './field-info';

export const CANDIDATE_FIELDS = {
  firstName: { label: 'Nome' },
  lastName: { label: 'Cognome' },
  taxCode: { label: 'Codice fiscale' },
  birthDate: { label: 'Data di nascita', format: 'date' },
  sex: { label: 'Sesso' },
  birthPlaceCode: { label: 'Codice catastale del luogo di nascita', short: 'Codice catastale', help: 'Una lettera e tre cifre' },
  birthPlace: { label: 'Luogo di nascita' },
  citizenship: { label: 'Cittadinanza' },
  permitType: { label: 'Permesso di soggiorno' },
  permitExpiry: { label: 'Scadenza del permesso di soggiorno', format: 'date' },
  resAddress: { label: 'Indirizzo di residenza' },
  resCap: { label: 'CAP di residenza', short: 'CAP' },
  resComune: { label: 'Comune di residenza' },
  resProvince: { label: 'Provincia di residenza' },
  domicileSame: { label: 'Il domicilio coincide con la residenza', format: 'yesNo' },
  domAddress: { label: 'Indirizzo di domicilio' },
  domCap: { label: 'CAP di domicilio', short: 'CAP' },
  domComune: { label: 'Comune di domicilio' },
  domProvince: { label: 'Provincia di domicilio' },
  phone: { label: 'Telefono' },
  email: { label: 'Email' },
  employmentStatus: { label: 'Condizione lavorativa' },
  didDate: { label: 'Data della DID', help: 'Dichiarazione di immediata disponibilità', format: 'date' },
  cpi: { label: 'Centro per l’impiego', help: 'Dove è stata resa la DID' },
  benefits: { label: 'Sostegni al reddito', help: 'Lascia tutto vuoto se non ne riceve', format: 'list' },
  targetCategory: { label: 'Categoria', help: 'Decide la durata massima del tirocinio' },
  educationLevel: { label: 'Titolo di studio' },
  educationTitle: { label: 'Titolo conseguito' },
  educationYear: { label: 'Anno del titolo' },
  experiences: { label: 'Esperienze di lavoro', format: 'list' },
  skills: { label: 'Competenze', format: 'list' },
  languages: { label: 'Lingue', format: 'list' },
  drivingLicences: { label: 'Patenti', format: 'list' },
  // A double form: the screens agree it with the person's sex.
  ownVehicle: { label: 'Automunito/a', help: 'ha un mezzo proprio per raggiungere il lavoro', format: 'yesNo' },
  hoursPerWeek: { label: 'Ore settimanali', help: 'Quante ore alla settimana può lavorare' },
  shifts: { label: 'Turni', help: 'Quando può lavorare', format: 'list' },
  availabilityArea: { label: 'Zona in cui può lavorare', help: 'Comuni o zone raggiungibili' },
  availableFrom: { label: 'Disponibile dal', help: 'Lascia vuoto se è disponibile da subito', format: 'date' },
  privacyNoticeDate: { label: 'Data dell’informativa privacy', short: 'Data dell’informativa', format: 'date' },
  privacyNoticeVersion: { label: 'Versione dell’informativa' },
  specialLegalBasis: { label: 'Base giuridica per i dati particolari' },
  consentContact: { label: 'Consenso a essere contattato/a', format: 'yesNo' },
  consentDate: { label: 'Data del consenso', format: 'date' },
  status: { label: 'Stato' },
  operatorId: { label: 'Operatore di riferimento' },
  notes: { label: 'Note' },
} as const satisfies Record<keyof CandidateData, FieldInfo>;

/** Art. 9 data: its own record, shown only to who may see it. */
export const CANDIDATE_SPECIAL_FIELDS = {
  disabilityPercent: { label: 'Percentuale di invalidità', format: 'percent' },
  healthNotes: { label: 'Note sanitarie' },
  socialServicesCare: { label: 'In carico ai servizi sociali', format: 'yesNo' },
  socialServicesNotes: { label: 'Note sui servizi sociali' },
} as const satisfies Record<keyof CandidateSpecialData, FieldInfo>;

/** What only the core writes into a candidate's history: no form field, a name all the same. */
export const CANDIDATE_HISTORY_FIELDS = {
  nonDuplicato: { label: 'Segnato come non duplicato di' },
  unitoDa: { label: 'Unito con il profilo' },
  mergedInto: { label: 'Unito nel profilo' },
  notaColloquio: { label: 'Nota di colloquio' },
  allegato: { label: 'Allegato' },
  deletedAt: { label: 'Eliminato il', format: 'dateTime' },
  anonimizzazione: { label: 'Anonimizzazione (art. 17 GDPR)' },
  accessoDati: { label: 'Esportazione dei dati della persona (art. 15 GDPR)' },
} as const satisfies Record<string, FieldInfo>;
