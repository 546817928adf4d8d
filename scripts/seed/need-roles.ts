/**
 * What associations ask the desk for: roles of sport, culture and social associations, each with
 * skills taken from the candidates' vocabulary (tests/fixtures/candidate-vocabulary.ts), so the
 * ranking finds people who really fit, and with the hours, shifts and extras such a job has.
 */
import type { LegalForm } from '@shared/api/associations';
import type { DrivingLicence, EducationLevel, Shift } from '@shared/api/candidate-fields';
import type { NeedOffer } from '@shared/api/needs';
import { WORK_FAMILIES } from '../../tests/fixtures/candidate-vocabulary';

export interface NeedRole {
  title: string;
  /** The first is always asked for; one or two of the others often. */
  skills: [string, ...string[]];
  tasks: string[];
  hours: [min: number, max: number];
  shifts: Shift[];
  /** Legal forms that ask for it, with a weight each. */
  forms: Partial<Record<LegalForm, number>>;
  education?: EducationLevel;
  licence?: DrivingLicence;
  /** Offers beside the internship that fit the role. */
  offers?: NeedOffer[];
  /** Summer camps run June to September: the period follows. */
  summer?: boolean;
}

export const NEED_ROLES: NeedRole[] = [
  {
    title: 'Istruttore/trice di nuoto', skills: ['Istruttore nuoto', 'Assistente bagnanti', 'Primo soccorso'],
    tasks: ['Corsi di nuoto per bambini e ragazzi, in affiancamento al capo istruttore.', 'Lezioni di acquaticità e corsi per adulti principianti.'],
    hours: [8, 20], shifts: ['pomeriggio', 'sera'], forms: { ASD: 4, SSD: 6 }, offers: ['collaborazione_sportiva'],
  },
  {
    title: 'Assistente bagnanti', skills: ['Assistente bagnanti', 'Primo soccorso', 'Istruttore nuoto'],
    tasks: ['Sorveglianza della vasca durante il nuoto libero e i corsi.', 'Sorveglianza in piscina scoperta nella stagione estiva.'],
    hours: [12, 30], shifts: ['mattina', 'pomeriggio', 'weekend'], forms: { ASD: 2, SSD: 5 }, offers: ['collaborazione_sportiva', 'contratto'],
  },
  {
    title: 'Istruttore/trice fitness e ginnastica dolce', skills: ['Istruttore fitness', 'Ginnastica dolce'],
    tasks: ['Corsi di ginnastica dolce per over 65 e assistenza in sala pesi.', 'Lezioni di gruppo e schede di allenamento di base.'],
    hours: [6, 18], shifts: ['mattina', 'sera'], forms: { ASD: 4, SSD: 5, APS: 1 }, offers: ['collaborazione_sportiva'], education: 'diploma',
  },
  {
    title: 'Allenatore/trice di calcio giovanile', skills: ['Allenatore calcio giovanile', 'Primo soccorso'],
    tasks: ['Allenamenti della categoria pulcini ed esordienti, partite nel fine settimana.'],
    hours: [6, 12], shifts: ['pomeriggio', 'weekend'], forms: { ASD: 6 }, offers: ['collaborazione_sportiva'],
  },
  {
    title: 'Istruttore/trice di minibasket', skills: ['Istruttore minibasket', 'Animazione bambini'],
    tasks: ['Corsi di minibasket per bambini dai 6 ai 10 anni.'],
    hours: [6, 12], shifts: ['pomeriggio'], forms: { ASD: 4 }, offers: ['collaborazione_sportiva'],
  },
  {
    title: 'Addetto/a alla reception della palestra', skills: ['Reception palestra', 'Accoglienza', 'Informatica di base', 'Cassa'],
    tasks: ['Accoglienza degli iscritti, controllo accessi, iscrizioni e incassi.', 'Front office, telefono e prenotazione dei campi.'],
    hours: [15, 30], shifts: ['mattina', 'pomeriggio', 'sera'], forms: { ASD: 3, SSD: 5 }, offers: ['contratto'],
  },
  {
    title: 'Custode impianto sportivo', skills: ['Custode impianti sportivi', 'Manutenzione', 'Piccole riparazioni', 'Pulizie'],
    tasks: ['Apertura e chiusura dell’impianto, piccola manutenzione, controllo degli spogliatoi.', 'Custodia del campo e della palestra, preparazione delle attrezzature.'],
    hours: [15, 36], shifts: ['mattina', 'sera', 'weekend'], forms: { ASD: 4, SSD: 3, ETS: 1 }, offers: ['contratto'], licence: 'B',
  },
  {
    title: 'Addetto/a alla segreteria', skills: ['Segreteria', 'Excel', 'Archiviazione', 'Front office', 'Gestione agenda'],
    tasks: ['Tesseramenti, iscrizioni ai corsi, archivio e rapporti con i soci.', 'Segreteria, posta elettronica, prima nota e archiviazione dei documenti.'],
    hours: [12, 30], shifts: ['mattina', 'pomeriggio'], forms: { ASD: 3, SSD: 2, APS: 4, ODV: 2, ETS: 4 }, education: 'diploma',
  },
  {
    title: 'Addetto/a alla contabilità di base', skills: ['Contabilità di base', 'Excel', 'Data entry'],
    tasks: ['Prima nota, registrazione delle quote e dei rimborsi, supporto al rendiconto.'],
    hours: [10, 24], shifts: ['mattina'], forms: { APS: 1, ETS: 3, ODV: 1, SSD: 1 }, education: 'diploma', offers: ['contratto'],
  },
  {
    title: 'Animatore/trice centro estivo', skills: ['Centri estivi', 'Animazione bambini', 'Laboratori creativi', 'Primo soccorso'],
    tasks: ['Giochi, laboratori e uscite con bambini dai 6 agli 11 anni.', 'Accoglienza delle famiglie e animazione del centro estivo.'],
    hours: [20, 36], shifts: ['mattina', 'pomeriggio'], forms: { ASD: 3, APS: 5, ETS: 2, SSD: 1 }, summer: true,
  },
  {
    title: 'Educatore/trice del doposcuola', skills: ['Doposcuola', 'Educatore', 'Animazione bambini'],
    tasks: ['Aiuto compiti e attività educative per ragazzi delle medie.'],
    hours: [8, 20], shifts: ['pomeriggio'], forms: { APS: 4, ODV: 2, ETS: 3 }, education: 'diploma',
  },
  {
    title: 'Operatore/trice di laboratori teatrali e musicali', skills: ['Teatro', 'Musica', 'Laboratori creativi'],
    tasks: ['Laboratori di teatro e musica per ragazzi e adulti, preparazione dello spettacolo di fine anno.'],
    hours: [6, 16], shifts: ['pomeriggio', 'sera'], forms: { APS: 5 }, offers: ['collaborazione_sportiva', 'altro'],
  },
  {
    title: 'Animatore/trice per anziani', skills: ['Animazione', 'Assistenza anziani', 'Ginnastica dolce'],
    tasks: ['Attività ricreative e di socializzazione al centro anziani.'],
    hours: [10, 24], shifts: ['mattina', 'pomeriggio'], forms: { APS: 3, ODV: 3, ETS: 2 },
  },
  {
    title: 'Accompagnatore/trice di persone con disabilità', skills: ['Accompagnamento', 'Assistenza disabili', 'Trasporto disabili'],
    tasks: ['Accompagnamento alle attività sportive e ricreative, aiuto negli spostamenti.'],
    hours: [10, 25], shifts: ['mattina', 'pomeriggio'], forms: { ODV: 5, ETS: 3, ASD: 1 }, licence: 'B',
  },
  {
    title: 'Autista del pulmino', skills: ['Trasporto disabili', 'Guida furgone', 'Autista'],
    tasks: ['Trasporto degli atleti e dei soci alle attività e alle trasferte.'],
    hours: [10, 25], shifts: ['mattina', 'pomeriggio', 'weekend'], forms: { ODV: 3, ASD: 1, ETS: 2 }, licence: 'B', offers: ['contratto'],
  },
  {
    title: 'Addetto/a alle pulizie degli spogliatoi', skills: ['Pulizie', 'Sanificazione', 'Uso lavasciuga'],
    tasks: ['Pulizia e sanificazione di spogliatoi, docce e aree comuni.'],
    hours: [10, 25], shifts: ['mattina', 'sera'], forms: { ASD: 2, SSD: 3, APS: 1 }, offers: ['contratto'],
  },
  {
    title: 'Manutentore/trice del verde', skills: ['Giardinaggio', 'Manutenzione del verde', 'Potatura'],
    tasks: ['Taglio dell’erba del campo, cura delle aiuole e del parco.'],
    hours: [10, 30], shifts: ['mattina'], forms: { ASD: 2, ETS: 2, ODV: 1 },
  },
  {
    title: 'Addetto/a al bar del circolo', skills: ['Bar', 'Caffetteria', 'Cassa', 'HACCP'],
    tasks: ['Servizio al banco, cassa e pulizia del bar del circolo.'],
    hours: [12, 30], shifts: ['pomeriggio', 'sera', 'weekend'], forms: { APS: 4, ASD: 2 }, offers: ['contratto'],
  },
  {
    title: 'Aiuto cuoco/a della mensa solidale', skills: ['Aiuto cuoco', 'Mensa', 'HACCP', 'Lavaggio stoviglie'],
    tasks: ['Preparazione dei pasti e riordino della cucina della mensa.'],
    hours: [15, 30], shifts: ['mattina'], forms: { ODV: 4, ETS: 3, APS: 1 },
  },
  {
    title: 'Addetto/a al magazzino del banco alimentare', skills: ['Magazzino', 'Carico e scarico merci', 'Inventario', 'Imballaggio'],
    tasks: ['Ricevimento e sistemazione delle derrate, preparazione dei pacchi per le famiglie.'],
    hours: [12, 30], shifts: ['mattina', 'pomeriggio'], forms: { ODV: 5, ETS: 2 },
  },
  {
    title: 'Addetto/a all’accoglienza e al centralino', skills: ['Accoglienza', 'Centralino', 'Front office', 'Informatica di base'],
    tasks: ['Accoglienza delle persone allo sportello, prenotazioni e centralino.'],
    hours: [12, 30], shifts: ['mattina', 'pomeriggio'], forms: { ODV: 2, ETS: 3, APS: 2 },
  },
];

const VOCABULARY = new Set(WORK_FAMILIES.flatMap((f) => f.skills));

/** Every skill a role asks for must be one candidates can have, or no one would ever match it. */
export function unknownRoleSkills(): string[] {
  return NEED_ROLES.flatMap((r) => r.skills.filter((s) => !VOCABULARY.has(s)));
}

export const NEED_NOTES = [
  'L’associazione chiede un primo colloquio in sede.',
  'Preferibile residenza vicina all’impianto.',
  'Il presidente è disponibile come tutor aziendale.',
  'Richiesta arrivata tramite il comitato provinciale AICS.',
  'Possibile proroga a fine periodo.',
  'Sede raggiungibile con i mezzi pubblici.',
  'Da ricontattare dopo l’assemblea dei soci.',
];

export const SCHEDULES = ['Lun–Ven 16:00–20:00', 'Lun, Mer, Ven 9:00–13:00', 'Mar e Gio pomeriggio, sabato mattina', 'Turni a rotazione, festivi compresi', 'Sabato e domenica'];

export const INTERVIEW_PLACES = ['Sede dell’associazione', 'Sportello Exar', 'Impianto sportivo', 'Colloquio telefonico', 'Videochiamata'];
