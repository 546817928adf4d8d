/**
 * The fields an office template can print, as `{{chiave}}` placeholders: for each its key, the
 * label and description the administrator reads beside the upload, the documents it is available
 * in, and how its value is printed from the DocumentContext. The same catalogue checks an uploaded
 * template (electron/core/documents/templates/) and fills it, so the list the administrator reads
 * is exactly what the app accepts. It is one list on purpose, and so longer than our usual file:
 * split by group, the order the administrator reads would live in several places.
 *
 * Two kinds of field:
 * - a value field, `{{tirocinante_nome}}`, printed once where it stands (text with several lines
 *   keeps its line breaks);
 * - a row field, `{{orario.giorno}}`, written in a row of a Word table: the row is repeated once per
 *   day of the weekly schedule (`orario.*`) or of the register's month (`giorni.*`).
 *
 * Printing: dates dd/mm/yyyy, amounts «1.234,50 €», hours «7,5», addresses «Via Po 2, 10124
 * Torino (TO)», and «—» where the file legitimately has nothing (a blank instead where the
 * register leaves a space to write by hand).
 */
import { formatAddress, formatSite, type AddressParts } from '../format/address';
import { formatCents } from '../format/money';
import { formatProfession } from '../format/profession';
import { agree } from '../text/agreement';
import type { PlannedDay } from '../rules/attendance-days';
import { registerDayNote } from './register-day';
import type { IsoWeekday } from '../rules/calendar';
import { formatHours as hoursText, formatShare as shareText } from '../format/numbers';
import { formatItalianDate } from '../validation/italian-time';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentContext, type DocumentKind, type TutorInfo } from './context';
import { plural } from '../text/plural';
import { CANDIDATE_FIELDS as CANDIDATE } from '../fields/candidate';
import { ASSOCIATION_FIELDS as HOST } from '../fields/association';

/** Printed where the file has no value. */
export const MISSING = '—';
/** Printed where the register leaves a total to write by hand. */
export const TO_FILL_BY_HAND = '__________';

/** The headings of the list the administrator reads, in order. */
export const FIELD_GROUPS = {
  documento: 'Documento',
  promotore: 'Soggetto promotore',
  ospitante: 'Soggetto ospitante',
  tirocinante: 'Tirocinante',
  tirocinio: 'Tirocinio',
  tutor: 'Tutor',
  orario: 'Orario settimanale (righe di tabella)',
  registro: 'Registro presenze',
  giorni: 'Giorni del registro (righe di tabella)',
  attestazione: 'Attestazione finale',
} as const;
export type FieldGroup = keyof typeof FIELD_GROUPS;

/** The tables whose rows a template repeats: `{{orario.giorno}}`, `{{giorni.data}}`. */
export const ROW_TABLES = ['orario', 'giorni'] as const;
export type RowTable = (typeof ROW_TABLES)[number];

/** A field as the administrator's list shows it. */
export interface TemplateField {
  /** What goes between the braces: `tirocinante_nome`, `orario.giorno`. */
  key: string;
  label: string;
  description: string;
  group: FieldGroup;
  /** The documents whose templates may use it. */
  kinds: readonly DocumentKind[];
  /** For a row field, the table whose rows repeat; null for a value printed once. */
  table: RowTable | null;
}

/** A field printed once, with its value. */
export interface ValueField extends TemplateField {
  table: null;
  value: (ctx: DocumentContext) => string;
}

/** A table of repeated rows: its fields and the printed values of each row. */
export interface RowTableDef {
  table: RowTable;
  label: string;
  kinds: readonly DocumentKind[];
  fields: readonly (TemplateField & { table: RowTable; name: string })[];
  /** One record per row, by field name (`giorno`, `ore`, …); never empty (a row of «—» stands for none). */
  rows: (ctx: DocumentContext) => Record<string, string>[];
}

// ---------------------------------------------------------------------------------------------
// How values are printed

const INTEGER = new Intl.NumberFormat('it-IT');

export const WEEKDAY_NAMES: Readonly<Record<IsoWeekday, string>> = {
  1: 'lunedì',
  2: 'martedì',
  3: 'mercoledì',
  4: 'giovedì',
  5: 'venerdì',
  6: 'sabato',
  7: 'domenica',
};

function text(value: string | null | undefined): string {
  const trimmed = value?.trim();
  return trimmed ? trimmed : MISSING;
}

function date(iso: string | null | undefined): string {
  return iso ? formatItalianDate(iso) : MISSING;
}

function money(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? MISSING : formatCents(cents);
}

function address(parts: AddressParts | null | undefined): string {
  return parts ? formatAddress(parts) : MISSING;
}

/** Hours with up to two decimals and a comma (7,5), or the dash. */
export function formatHours(hours: number | null | undefined): string {
  return hours === null || hours === undefined ? MISSING : hoursText(hours);
}

/** A share (0..1) as a percentage cut to one decimal (0.6996 → «69,9%»), or the dash. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? MISSING : shareText(share);
}

function lines(items: readonly string[]): string {
  const kept = items.map((item) => item.trim()).filter(Boolean);
  return kept.length > 0 ? kept.join('\n') : MISSING;
}

function workingDays(ctx: DocumentContext) {
  return ctx.internship.schedule.filter((day) => day.hours > 0);
}

// ---------------------------------------------------------------------------------------------
// The catalogue

const ALL = DOCUMENT_KINDS;

type FieldSpec = [key: string, label: string, description: string, value: (ctx: DocumentContext) => string, kinds?: readonly DocumentKind[]];

function group(name: FieldGroup, specs: readonly FieldSpec[]): ValueField[] {
  return specs.map(([key, label, description, value, kinds = ALL]) => ({ key, label, description, group: name, kinds, table: null, value }));
}

function tutorSpecs(prefix: string, who: string, pick: (ctx: DocumentContext) => TutorInfo): FieldSpec[] {
  return [
    [`${prefix}_nome`, `Tutor ${who}: nome`, `Nome e cognome del tutor ${who}.`, (c) => text(pick(c).name)],
    [`${prefix}_codice_fiscale`, `Tutor ${who}: codice fiscale`, `Codice fiscale del tutor ${who}.`, (c) => text(pick(c).taxCode)],
    [`${prefix}_ruolo`, `Tutor ${who}: ruolo`, `Ruolo o qualifica del tutor ${who}.`, (c) => text(pick(c).role)],
    [`${prefix}_anni_esperienza`, `Tutor ${who}: anni di esperienza`, `Anni di esperienza del tutor ${who}, es. 5.`, (c) => {
      const years = pick(c).years;
      return years === null ? MISSING : INTEGER.format(years);
    }],
    [`${prefix}_email`, `Tutor ${who}: email`, `Indirizzo email del tutor ${who}.`, (c) => text(pick(c).email)],
    [`${prefix}_telefono`, `Tutor ${who}: telefono`, `Telefono del tutor ${who}.`, (c) => text(pick(c).phone)],
  ];
}

export const VALUE_FIELDS: readonly ValueField[] = [
  ...group('documento', [
    ['data_documento', 'Data del documento', 'Il giorno in cui il documento è preparato, es. 24/11/2026 (non quello della firma).', (c) => date(c.generatedOn)],
    ['tipo_documento', 'Tipo di documento', 'Il nome del documento, es. «Progetto formativo individuale».', (c) => DOCUMENT_KIND_LABELS[c.kind]],
  ]),
  ...group('promotore', [
    ['promotore_denominazione', 'Denominazione', 'Ragione sociale del soggetto promotore.', (c) => text(c.promoter.name)],
    ['promotore_codice_fiscale', 'Codice fiscale', 'Codice fiscale del soggetto promotore.', (c) => text(c.promoter.taxCode)],
    ['promotore_partita_iva', 'Partita IVA', 'Partita IVA del soggetto promotore.', (c) => text(c.promoter.vatNumber)],
    ['promotore_sede_legale', 'Sede legale', 'Indirizzo della sede legale, es. «Via Po 2, 10124 Torino (TO)».', (c) => address(c.promoter.address)],
    ['promotore_rappresentante_legale', 'Legale rappresentante', 'Nome e cognome del legale rappresentante del promotore.', (c) => text(c.promoter.legalRepName)],
    ['promotore_rappresentante_ruolo', 'Ruolo del legale rappresentante', 'Es. «Presidente».', (c) => text(c.promoter.legalRepRole)],
    ['promotore_accreditamento', 'Accreditamento', 'Estremi dell’accreditamento regionale del promotore.', (c) => text(c.promoter.accreditationRef)],
    ['promotore_email', 'Email', 'Email del soggetto promotore.', (c) => text(c.promoter.email)],
    ['promotore_pec', 'PEC', 'Posta elettronica certificata del promotore.', (c) => text(c.promoter.pec)],
    ['promotore_telefono', 'Telefono', 'Telefono del soggetto promotore.', (c) => text(c.promoter.phone)],
    ['sportello', 'Sportello', 'Lo sportello che ha preparato il documento, es. «Sportello Torino».', (c) => text(c.promoter.officeName)],
    ['sportello_codice', 'Codice dello sportello', 'Es. «TO01».', (c) => text(c.promoter.officeCode)],
  ]),
  ...group('ospitante', [
    ['ospitante_denominazione', HOST.name.label, 'Ragione sociale del soggetto ospitante.', (c) => text(c.host.name)],
    ['ospitante_forma_giuridica', HOST.legalForm.label, 'Es. «Associazione sportiva dilettantistica (ASD)».', (c) => text(c.host.legalForm)],
    ['ospitante_codice_fiscale', HOST.taxCode.label, 'Codice fiscale dell’ospitante.', (c) => text(c.host.taxCode)],
    ['ospitante_partita_iva', HOST.vatNumber.label, 'Partita IVA dell’ospitante.', (c) => text(c.host.vatNumber)],
    ['ospitante_sede_legale', 'Sede legale', 'Indirizzo della sede legale dell’ospitante.', (c) => address(c.host.registeredOffice)],
    ['sede_tirocinio', 'Sede del tirocinio', 'Dove si svolge il tirocinio: la sede operativa, o la sede legale se non ce n’è una.', (c) => (c.host.operatingSite ? formatSite(c.host.operatingSite) : address(c.host.registeredOffice))],
    ['ospitante_rappresentante_legale', HOST.legalRepName.label, 'Nome e cognome del legale rappresentante dell’ospitante.', (c) => text(c.host.legalRepName)],
    ['ospitante_rappresentante_codice_fiscale', HOST.legalRepTaxCode.label, 'Codice fiscale del legale rappresentante dell’ospitante.', (c) => text(c.host.legalRepTaxCode)],
    ['ospitante_rappresentante_ruolo', 'Ruolo del legale rappresentante', 'Es. «Presidente».', (c) => text(c.host.legalRepRole)],
    ['ospitante_pec', HOST.pec.label, 'Posta elettronica certificata dell’ospitante.', (c) => text(c.host.pec)],
    ['ospitante_email', HOST.email.label, 'Email dell’ospitante.', (c) => text(c.host.email)],
    ['ospitante_telefono', HOST.phone.label, 'Telefono dell’ospitante.', (c) => text(c.host.phone)],
    ['ospitante_ateco', HOST.atecoCode.label, 'Codice ATECO dell’attività prevalente.', (c) => text(c.host.atecoCode)],
    ['ospitante_ccnl', HOST.ccnl.label, 'Contratto collettivo applicato dall’ospitante.', (c) => text(c.host.ccnl)],
    ['ospitante_dipendenti', HOST.employees.label, 'Dipendenti dell’ospitante alla data della pratica, es. 3.', (c) => INTEGER.format(c.host.employees)],
    ['ospitante_dipendenti_sede', 'Dipendenti nella sede del tirocinio', 'Dipendenti della sede operativa, se l’associazione li ha indicati (decidono la quota lì), es. 4.', (c) => (c.host.siteEmployees === null ? MISSING : INTEGER.format(c.host.siteEmployees))],
    ['ospitante_affiliazione_aics', 'Affiliazione AICS', 'Numero o estremi dell’affiliazione AICS.', (c) => text(c.host.aicsAffiliation)],
    ['ospitante_numero_registro', 'Numero di iscrizione al registro', 'Iscrizione al registro delle attività sportive o al RUNTS.', (c) => text(c.host.registryNumber)],
    [
      'ospitante_dichiarazioni',
      'Dichiarazioni dell’ospitante',
      'Una per riga, con la data in cui è stata resa, es. «di essere in regola con la normativa sulla sicurezza (dichiarato il 12/01/2027)».',
      (c) => lines(c.host.declarations.map((d) => `${d.words} (${d.declaredOn ? `dichiarato il ${date(d.declaredOn)}` : 'non ancora dichiarato'})`)),
    ],
    [
      'imposta_bollo',
      'Imposta di bollo',
      '«assolta», o «esente – » con il riferimento normativo; «—» se non indicata.',
      (c) => (c.host.stampDuty === null ? MISSING : c.host.stampDuty.paid ? 'assolta' : `esente${c.host.stampDuty.basis ? ` – ${c.host.stampDuty.basis}` : ''}`),
    ],
  ]),
  ...group('tirocinante', [
    ['tirocinante_nome', 'Nome e cognome', 'Nome e cognome del tirocinante, es. «Mario Rossi».', (c) => text(`${c.intern.firstName} ${c.intern.lastName}`)],
    ['tirocinante_nome_proprio', CANDIDATE.firstName.label, 'Solo il nome del tirocinante.', (c) => text(c.intern.firstName)],
    ['tirocinante_cognome', CANDIDATE.lastName.label, 'Solo il cognome del tirocinante.', (c) => text(c.intern.lastName)],
    ['tirocinante_codice_fiscale', CANDIDATE.taxCode.label, 'Codice fiscale del tirocinante.', (c) => text(c.intern.taxCode)],
    ['tirocinante_nato_nata', '«nato» o «nata»', '«nato», «nata» secondo il sesso, o «nato/a» se non indicato: «{{tirocinante_nato_nata}} a …».', (c) => agree(c.intern.sex, 'nato/a')],
    ['tirocinante_data_nascita', CANDIDATE.birthDate.label, 'Es. 05/04/2001.', (c) => date(c.intern.birthDate)],
    ['tirocinante_luogo_nascita', CANDIDATE.birthPlace.label, 'Comune (o Stato estero) di nascita.', (c) => text(c.intern.birthPlace)],
    ['tirocinante_cittadinanza', CANDIDATE.citizenship.label, 'Es. «italiana».', (c) => text(c.intern.citizenship)],
    ['tirocinante_residenza', 'Residenza', 'Indirizzo di residenza.', (c) => address(c.intern.residence)],
    ['tirocinante_domicilio', 'Domicilio', 'Indirizzo di domicilio; la residenza se coincide.', (c) => address(c.intern.domicile ?? c.intern.residence)],
    ['tirocinante_telefono', CANDIDATE.phone.label, 'Telefono del tirocinante.', (c) => text(c.intern.phone)],
    ['tirocinante_email', CANDIDATE.email.label, 'Email del tirocinante.', (c) => text(c.intern.email)],
    ['tirocinante_titolo_studio', CANDIDATE.educationLevel.label, 'Es. «Diploma di scuola secondaria superiore».', (c) => text(c.intern.education)],
    ['tirocinante_categoria', 'Categoria di destinatari', 'La categoria del tirocinante (dato riservato: solo nel progetto formativo).', (c) => text(c.intern.targetCategory), ['pfi']],
    ['tirocinante_data_informativa', CANDIDATE.privacyNoticeDate.label, 'Quando il tirocinante ha ricevuto l’informativa.', (c) => date(c.intern.privacyNoticeDate)],
  ]),
  ...group('tirocinio', [
    ['tirocinio_numero', 'Numero della pratica', 'Il numero del tirocinio, es. «TO01-2027-0012».', (c) => text(c.internship.number)],
    ['convenzione_numero', 'Numero della convenzione', 'Il numero della convenzione; il numero della pratica se la convenzione non ne ha uno suo.', (c) => text(c.internship.agreementNumber ?? c.internship.number)],
    ['convenzione_data', 'Data della convenzione', 'La data della convenzione; una riga da compilare a mano se non è indicata.', (c) => (c.internship.agreementDate ? date(c.internship.agreementDate) : TO_FILL_BY_HAND)],
    ['tirocinio_tipo', 'Tipo di tirocinio', 'Es. «Tirocinio formativo e di orientamento».', (c) => text(c.internship.typeLabel)],
    ['tirocinio_riferimento_normativo', 'Riferimento normativo', 'La norma che regola questo tipo di tirocinio.', (c) => text(c.internship.legalBasis)],
    ['tirocinio_regole', 'Regole regionali applicate', 'Il nome della versione delle regole regionali.', (c) => text(c.internship.ruleSetName)],
    ['data_inizio', 'Data di inizio', 'Es. 01/03/2027.', (c) => date(c.internship.startDate)],
    ['data_fine_prevista', 'Data di fine prevista', 'La fine prevista, proroghe comprese.', (c) => date(c.internship.plannedEndDate)],
    ['data_fine_effettiva', 'Data di fine effettiva', 'Quando il tirocinio è concluso o interrotto.', (c) => date(c.internship.actualEndDate)],
    ['ore_settimanali', 'Ore settimanali', 'Es. 20 o 22,5.', (c) => formatHours(c.internship.weeklyHours)],
    [
      'orario_settimanale',
      'Orario settimanale (testo)',
      'Una riga per giorno con ore e fascia oraria, es. «Lunedì: 4 ore (9–13)»; per una tabella usa i campi orario.*.',
      (c) => lines(workingDays(c).map((d) => `${d.label}: ${formatHours(d.hours)} ${plural(d.hours, 'ora', 'ore')}${d.slot ? ` (${d.slot})` : ''}`)),
    ],
    ['orario_note', 'Note sull’orario', 'Note sull’articolazione dell’orario.', (c) => text(c.internship.scheduleNotes)],
    ['indennita_mensile', 'Indennità mensile', 'Es. «450,00 €».', (c) => money(c.internship.monthlyAllowanceCents)],
    ['indennita_erogata_da', 'Chi eroga l’indennità', 'Es. «Soggetto ospitante», o la ripartizione tra ospitante e progetto.', (c) => text(c.internship.fundingText)],
    ['indennita_quota_ospitante', 'Quota mensile dell’ospitante', 'Con finanziamento misto, la parte a carico dell’ospitante.', (c) => money(c.internship.hostMonthlyCents)],
    ['indennita_quota_progetto', 'Quota mensile del progetto', 'Con finanziamento misto, la parte a carico del progetto.', (c) => money(c.internship.projectMonthlyCents)],
    ['progetto_nome', 'Progetto', 'Il progetto che finanzia l’indennità, se c’è.', (c) => text(c.internship.projectName)],
    ['soglia_frequenza', 'Soglia di frequenza mensile', 'La quota delle ore del mese che dà diritto all’indennità piena, es. «70%».', (c) => formatShare(c.internship.attendanceThreshold)],
    ['soglia_attestazione', 'Frequenza per l’attestazione', 'La quota delle ore previste necessaria per l’attestazione finale, es. «70%».', (c) => formatShare(c.internship.finalCertificateAttendance)],
    ['portale_tirocini_riferimento', 'Riferimento del Portale Tirocini', 'Il riferimento della pratica sul Portale Tirocini della Regione Piemonte; «—» finché non c’è.', (c) => text(c.internship.portalReference)],
    ['ore_previste_totali', 'Ore previste in tutto', 'Le ore previste dall’inizio alla fine prevista (proroghe comprese, sospensioni escluse), es. «650».', (c) => formatHours(c.internship.plannedHours)],
    ['assicurazione_a_carico', 'Chi assicura il tirocinante', '«soggetto promotore» o «soggetto ospitante» (INAIL e responsabilità civile).', (c) => (c.internship.insurer === 'ospitante' ? 'soggetto ospitante' : 'soggetto promotore')],
    ['posizione_inail', 'Posizione INAIL', 'La posizione assicurativa INAIL.', (c) => text(c.internship.inailPosition)],
    ['polizza_rc', 'Polizza di responsabilità civile', 'Compagnia e numero della polizza RC.', (c) => text(c.internship.liabilityPolicy)],
    ['comunicazione_obbligatoria_data', 'Data della comunicazione obbligatoria', 'Es. 25/02/2027.', (c) => date(c.internship.noticeDate)],
    ['comunicazione_obbligatoria_numero', 'Numero della comunicazione obbligatoria', 'Il numero della comunicazione.', (c) => text(c.internship.noticeNumber)],
    ['obiettivi', 'Obiettivi', 'Gli obiettivi formativi, anche su più righe.', (c) => text(c.internship.goals)],
    ['attivita', 'Attività', 'Le attività previste, anche su più righe.', (c) => text(c.internship.activities)],
    ['competenze_da_acquisire', 'Competenze da acquisire', 'Una competenza per riga.', (c) => lines(c.internship.skillsToAcquire)],
    ['competenze_acquisite', 'Competenze acquisite', 'Una competenza per riga (per l’attestazione).', (c) => lines(c.internship.skillsAcquired)],
    ['professione', 'Professione (ISTAT CP2011)', 'Codice e nome della professione di riferimento, es. «5.1.2.2.0 – Commessi delle vendite al minuto».', (c) => text(formatProfession(c.internship.professionCode, c.internship.professionName))],
    ['professione_codice', 'Codice della professione (ISTAT CP2011)', 'Il codice CP2011 della professione di riferimento, es. «5.1.2.2.0».', (c) => text(c.internship.professionCode)],
    ['professione_nome', 'Nome della professione (ISTAT CP2011)', 'Il nome della professione di riferimento, es. «Commessi delle vendite al minuto».', (c) => text(c.internship.professionName)],
    ['riferimento_atlante', 'Riferimento all’Atlante del lavoro', 'Il riferimento all’Atlante del lavoro e delle qualificazioni.', (c) => text(c.internship.atlanteRef)],
    ['formazione_sicurezza', 'Formazione sulla sicurezza', 'La formazione su salute e sicurezza prevista.', (c) => text(c.internship.safetyTraining)],
    ['esito', 'Esito', 'Com’è finito il tirocinio, es. «Assunto dall’ente ospitante».', (c) => text(c.internship.outcome)],
    [
      'sospensioni',
      'Sospensioni',
      'Una per riga, es. «dal 01/06/2027 al 15/06/2027: Malattia».',
      (c) => lines(c.internship.suspensions.map((s) => `dal ${date(s.from)}${s.to ? ` al ${date(s.to)}` : ' (in corso)'}: ${s.reason}`)),
    ],
    [
      'proroghe',
      'Proroghe',
      'Una per riga, con la comunicazione se c’è.',
      (c) =>
        lines(
          c.internship.extensions.map((e) => {
            const notice = e.noticeDate || e.noticeNumber ? ` (comunicazione${e.noticeNumber ? ` n. ${e.noticeNumber}` : ''}${e.noticeDate ? ` del ${date(e.noticeDate)}` : ''})` : '';
            return `dal ${date(e.from)} al ${date(e.to)}${notice}`;
          }),
        ),
    ],
  ]),
  ...group('tutor', [
    ...tutorSpecs('tutor_promotore', 'del promotore', (c) => c.internship.promoterTutor),
    ...tutorSpecs('tutor_ospitante', 'dell’ospitante', (c) => c.internship.hostTutor),
  ]),
  ...group('registro', [
    ['registro_mese', 'Mese', 'Il mese del foglio presenze, es. «marzo 2027».', (c) => text(c.register?.label), ['registro']],
    ['registro_ore_previste', 'Ore previste nel mese', 'Totale delle ore previste dall’orario nel mese.', (c) => formatHours(c.register?.plannedHours), ['registro']],
    [
      'registro_ore_svolte',
      'Ore svolte nel mese',
      'Totale delle ore inserite; una riga da compilare a mano se non sono ancora inserite.',
      (c) => (c.register?.attendedHours === null || c.register?.attendedHours === undefined ? TO_FILL_BY_HAND : formatHours(c.register.attendedHours)),
      ['registro'],
    ],
  ]),
  ...group('attestazione', [
    ['totale_ore_previste', 'Ore previste in tutto', 'Ore previste su tutto il tirocinio.', (c) => formatHours(c.totals?.plannedHours), ['attestazione']],
    ['totale_ore_svolte', 'Ore svolte in tutto', 'Ore svolte su tutto il tirocinio.', (c) => formatHours(c.totals?.attendedHours), ['attestazione']],
    ['percentuale_frequenza', 'Frequenza', 'Quota delle ore previste effettivamente svolte, es. «92,5%».', (c) => formatShare(c.totals?.attendance), ['attestazione']],
  ]),
];

/**
 * The hours done on a day of the register, as both the built-in register and an office template
 * print them: «—» on a day outside the internship or suspended; the hours entered, «0» included,
 * when the day was entered; otherwise a blank to write by hand on a working day (a day not entered
 * is not an absence) and «—» on a rest day or a holiday.
 */
export function registerDayHoursDone(day: PlannedDay, daily: Readonly<Record<string, number>> | null): string {
  if (day.kind === 'fuori' || day.kind === 'sospeso') return MISSING;
  const entered = daily?.[day.date];
  if (entered !== undefined) return formatHours(entered);
  return day.kind === 'lavorativo' ? '' : MISSING;
}

function registerDayRow(day: PlannedDay, daily: Readonly<Record<string, number>> | null, suspensions: DocumentContext['internship']['suspensions']): Record<string, string> {
  const working = day.kind === 'lavorativo';
  return {
    data: date(day.date),
    giorno: WEEKDAY_NAMES[day.weekday],
    ore_previste: working ? formatHours(day.plannedHours) : MISSING,
    ore_svolte: registerDayHoursDone(day, daily),
    nota: registerDayNote(day, suspensions, daily) ?? '',
  };
}

function rowFields(table: RowTable, group: FieldGroup, kinds: readonly DocumentKind[], specs: readonly [name: string, label: string, description: string][]) {
  return specs.map(([name, label, description]) => ({ key: `${table}.${name}`, name, label, description, group, kinds, table }));
}

export const ROW_TABLE_DEFS: readonly RowTableDef[] = [
  {
    table: 'orario',
    label: 'Orario settimanale',
    kinds: ALL,
    fields: rowFields('orario', 'orario', ALL, [
      ['giorno', 'Giorno', 'Il giorno della settimana, es. «Lunedì»: una riga per ogni giorno con ore previste.'],
      ['ore', 'Ore', 'Le ore previste quel giorno, es. 4.'],
      ['fascia', 'Fascia oraria', 'La fascia oraria, es. «9–13»; «—» se non indicata.'],
    ]),
    rows: (c) => {
      const days = workingDays(c);
      if (days.length === 0) return [{ giorno: MISSING, ore: MISSING, fascia: MISSING }];
      return days.map((d) => ({ giorno: d.label, ore: formatHours(d.hours), fascia: text(d.slot) }));
    },
  },
  {
    table: 'giorni',
    label: 'Giorni del mese',
    kinds: ['registro'],
    fields: rowFields('giorni', 'giorni', ['registro'], [
      ['data', 'Data', 'Ogni giorno del mese, es. 01/03/2027: una riga per giorno.'],
      ['giorno', 'Giorno della settimana', 'Es. «lunedì».'],
      ['ore_previste', 'Ore previste', 'Le ore previste dall’orario; «—» nei giorni senza ore.'],
      ['ore_svolte', 'Ore svolte', 'Le ore inserite; vuoto per scriverle a mano se non inserite, «—» nei giorni senza ore.'],
      ['nota', 'Nota', 'Perché il giorno non prevede ore: festivo (con il nome della festa), non lavorativo, sospeso, fuori dal tirocinio.'],
    ]),
    rows: (c) => {
      if (!c.register || c.register.days.length === 0) return [{ data: MISSING, giorno: MISSING, ore_previste: MISSING, ore_svolte: MISSING, nota: '' }];
      return c.register.days.map((day) => registerDayRow(day, c.register?.daily ?? null, c.internship.suspensions));
    },
  },
];

/** Every field, value and row, in the order of the administrator's list. */
export const TEMPLATE_FIELDS: readonly TemplateField[] = [...VALUE_FIELDS, ...ROW_TABLE_DEFS.flatMap((t) => t.fields)].map(
  ({ key, label, description, group, kinds, table }) => ({ key, label, description, group, kinds, table }),
);

const BY_KEY = new Map(TEMPLATE_FIELDS.map((f) => [f.key, f]));

export function findTemplateField(key: string): TemplateField | undefined {
  return BY_KEY.get(key);
}

/** The fields a template of this kind may use, in list order. */
export function templateFieldsFor(kind: DocumentKind): TemplateField[] {
  return TEMPLATE_FIELDS.filter((f) => f.kinds.includes(kind));
}

/** The fields of this kind by group heading, for the administrator's list. */
export function templateFieldGroups(kind: DocumentKind): { group: FieldGroup; label: string; fields: TemplateField[] }[] {
  const fields = templateFieldsFor(kind);
  return (Object.keys(FIELD_GROUPS) as FieldGroup[])
    .map((group) => ({ group, label: FIELD_GROUPS[group], fields: fields.filter((f) => f.group === group) }))
    .filter((g) => g.fields.length > 0);
}

/** How the field is written in a template: `{{tirocinante_nome}}`. */
export function placeholderOf(key: string): string {
  return `{{${key}}}`;
}

/** The printed value of every value field available for the context's kind, by key. */
export function fieldValues(ctx: DocumentContext): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of VALUE_FIELDS) if (field.kinds.includes(ctx.kind)) values[field.key] = field.value(ctx);
  return values;
}

/** The printed rows of a table for the context, by field name. */
export function tableRows(ctx: DocumentContext, table: RowTable): Record<string, string>[] {
  const def = ROW_TABLE_DEFS.find((t) => t.table === table);
  return def ? def.rows(ctx) : [];
}
