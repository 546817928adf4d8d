/** The association's fields, named once for the form, the page, the list, the history and the documents. */
import type { AssociationData } from '../api/associations';
import type { FieldInfo } from './field-info';

export const ASSOCIATION_FIELDS = {
  name: { label: 'Denominazione' },
  legalForm: { label: 'Forma giuridica', short: 'Forma' },
  taxCode: { label: 'Codice fiscale', help: '11 cifre' },
  vatNumber: { label: 'Partita IVA', help: 'Se diversa o se presente' },
  aicsAffiliation: { label: 'N. affiliazione AICS' },
  committee: { label: 'Comitato AICS', short: 'Comitato' },
  registryNumber: { label: 'N. iscrizione RUNTS / RAS' },
  address: { label: 'Indirizzo sede legale', short: 'Indirizzo' },
  cap: { label: 'CAP' },
  comune: { label: 'Comune' },
  province: { label: 'Provincia' },
  legalRepName: { label: 'Legale rappresentante' },
  legalRepTaxCode: { label: 'Codice fiscale del legale rappresentante', help: '16 caratteri' },
  legalRepRole: { label: 'Qualifica del legale rappresentante', short: 'Qualifica' },
  contactName: { label: 'Referente per Exar' },
  phone: { label: 'Telefono' },
  email: { label: 'Email' },
  pec: { label: 'PEC' },
  employees: { label: 'Numero di dipendenti', short: 'Dipendenti' },
  ccnl: { label: 'CCNL applicato' },
  atecoCode: { label: 'Codice ATECO' },
  sector: { label: 'Settore di attività' },
  notes: { label: 'Note' },
  sites: { label: 'Sedi operative' },
  // The host's dated eligibility declarations (decision 0015).
  noLayoffsDeclaredOn: { label: 'Nessun licenziamento collettivo né cassa integrazione: dichiarato il', format: 'date' },
  safetyDeclaredOn: { label: 'Rispetto della sicurezza (D.Lgs. 81/2008): dichiarato il', format: 'date' },
  disabilityQuotaDeclaredOn: { label: 'Rispetto della L. 68/99 (disabili): dichiarato il', format: 'date' },
  stampDuty: { label: 'Imposta di bollo sulla convenzione' },
  stampDutyExemptionBasis: { label: 'Norma dell’esenzione dal bollo', short: 'Norma dell’esenzione' },
} as const satisfies Record<keyof AssociationData, FieldInfo>;

/** What only the history carries. */
export const ASSOCIATION_HISTORY_FIELDS = {
  deletedAt: { label: 'Eliminata il', format: 'dateTime' },
} as const satisfies Record<string, FieldInfo>;
