/**
 * A realistic document context (an ASD in Moncalieri hosting a young woman from Torino on a
 * six-month tirocinio, promoted by Exar's Torino desk) shaped as the core builds it in production,
 * and its variants: optional data missing, a mixed funding, a December register with holidays and a
 * week of suspension, the final totals. Codes are valid and agree with the people they belong to.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { DocumentContext, DocumentKind, RegisterMonth, ScheduleDay } from '@shared/documents/context';
import { pfiPlannedHours } from '@shared/rules/attendance';
import { plannedDaysInMonth, sumDailyHours } from '@shared/rules/attendance-days';
import { italianMonth } from '@shared/rules/calendar';
import type { WeeklySchedule } from '@shared/rules/working-hours';
import { encodePersonTaxCode } from '@shared/validation/tax-code-encode';

export const INTERN_TAX_CODE = encodePersonTaxCode({ lastName: 'Ferrero', firstName: 'Giulia', birthDate: '2001-03-14', sex: 'F', placeCode: 'L219' });
export const HOST_TUTOR_TAX_CODE = encodePersonTaxCode({ lastName: 'Bertola', firstName: 'Marco', birthDate: '1979-07-02', sex: 'M', placeCode: 'F335' });
export const PROMOTER_TUTOR_TAX_CODE = encodePersonTaxCode({ lastName: 'Coppola', firstName: 'Sara', birthDate: '1985-06-21', sex: 'F', placeCode: 'L219' });
export const HOST_REP_TAX_CODE = encodePersonTaxCode({ lastName: 'Gribaudo', firstName: 'Paolo', birthDate: '1962-11-20', sex: 'M', placeCode: 'L219' });

/** Monday, Wednesday, Friday 9–14 and Tuesday, Thursday 14–19: 25 hours a week. */
export const SAMPLE_SCHEDULE: WeeklySchedule = { 1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 0, 7: 0 };

const SCHEDULE_DAYS: ScheduleDay[] = [
  { weekday: 1, label: 'Lunedì', hours: 5, slot: '9:00–14:00' },
  { weekday: 2, label: 'Martedì', hours: 5, slot: '14:00–19:00' },
  { weekday: 3, label: 'Mercoledì', hours: 5, slot: '9:00–14:00' },
  { weekday: 4, label: 'Giovedì', hours: 5, slot: '14:00–19:00' },
  { weekday: 5, label: 'Venerdì', hours: 5, slot: '9:00–14:00' },
  { weekday: 6, label: 'Sabato', hours: 0, slot: null },
  { weekday: 7, label: 'Domenica', hours: 0, slot: null },
];

export const SAMPLE_START = '2026-11-09';
export const SAMPLE_END = '2027-05-08';
/** The PFI's total over the sample period, as the core computes it (shared/rules/attendance.ts). */
export const SAMPLE_PLANNED_HOURS = pfiPlannedHours({
  schedule: SAMPLE_SCHEDULE,
  period: { from: SAMPLE_START, to: SAMPLE_END },
  plannedEnd: SAMPLE_END,
  suspensions: [],
  monthlyAllowanceCents: 45000,
  funding: { kind: 'ospitante' },
});

/**
 * The context as production fills it: every field the file can have, except what the core does
 * not read. No agreement number or date of its own (the convenzione carries the file's number and a
 * date to write by hand); the promoter's tutor is an operator known by name, with her codice fiscale
 * and role from the office's settings, reached at the desk's e-mail and phone; the host's tutor has
 * no e-mail or phone of his own.
 */
export function sampleDocumentContext(kind: DocumentKind = 'convenzione'): DocumentContext {
  return {
    kind,
    generatedOn: '2026-11-24',
    promoter: {
      name: 'Exar Società Cooperativa Sociale',
      taxCode: '11223344554',
      vatNumber: '11223344554',
      address: { address: 'Via Cigna 96/17', cap: '10152', comune: 'Torino', province: 'TO' },
      legalRepName: 'Anna Marino',
      legalRepRole: 'Presidente e legale rappresentante',
      accreditationRef: 'Accreditamento ai servizi per il lavoro della Regione Piemonte, D.D. n. 123 del 15/03/2019; autorizzazione ANPAL n. 456/2020',
      email: 'tirocini@exar.example.it',
      pec: 'exar@pec.example.it',
      phone: '011 555 0101',
      officeName: 'Sportello Torino (TO01)',
      officeCode: 'TO01',
      logo: null,
      privacy: { dpoContact: 'Avv. Laura Gallo, dpo@exar.example.it', retention: { candidateMonths: 24, internshipYears: 10 } },
    },
    host: {
      name: 'A.S.D. Polisportiva Borgo San Pietro',
      legalForm: 'Associazione sportiva dilettantistica (ASD)',
      taxCode: '94012345677',
      vatNumber: '10987654323',
      registeredOffice: { address: 'Via Tenivelli 12', cap: '10024', comune: 'Moncalieri', province: 'TO' },
      operatingSite: { label: 'Palestra comunale', address: 'Strada Genova 101', cap: '10024', comune: 'Moncalieri', province: 'TO' },
      legalRepName: 'Paolo Gribaudo',
      legalRepTaxCode: HOST_REP_TAX_CODE,
      legalRepRole: 'Presidente',
      pec: 'polisportivabsp@pec.example.it',
      email: 'segreteria@polisportivabsp.example.it',
      phone: '011 640 2233',
      atecoCode: '93.12.00',
      ccnl: 'CCNL Impianti e attività sportive',
      employees: 2,
      siteEmployees: null,
      aicsAffiliation: 'AICS TO 10/0457',
      registryNumber: 'RASD 118822',
      stampDuty: { paid: false, basis: 'art. 82, comma 5, D.Lgs. 117/2017 (ente del Terzo settore)' },
      declarations: [
        { words: 'nessun licenziamento collettivo né cassa integrazione per le stesse mansioni negli ultimi 12 mesi', declaredOn: '2026-09-01' },
        { words: 'rispetto della normativa sulla sicurezza (D.Lgs. 81/2008)', declaredOn: '2026-09-01' },
        { words: 'rispetto della L. 68/99 sul collocamento dei disabili', declaredOn: null },
      ],
    },
    intern: {
      firstName: 'Giulia',
      lastName: 'Ferrero',
      taxCode: INTERN_TAX_CODE,
      sex: 'F',
      birthDate: '2001-03-14',
      birthPlace: 'Torino (TO)',
      citizenship: 'Italiana',
      residence: { address: 'Corso Vercelli 44', cap: '10152', comune: 'Torino', province: 'TO' },
      domicile: { address: 'Via Roma 8', cap: '10024', comune: 'Moncalieri', province: 'TO' },
      phone: '333 123 4567',
      email: 'giulia.ferrero@example.it',
      education: 'Diploma di scuola secondaria superiore – Liceo scientifico ad indirizzo sportivo',
      targetCategory: 'Disoccupata (DID del 02/09/2026, CPI di Torino)',
      targetCategoryCode: 'disoccupato',
      privacyNoticeDate: '2026-10-05',
    },
    internship: {
      number: 'TO01-2026-0042',
      typeLabel: 'Tirocinio formativo e di orientamento',
      legalBasis: 'DGR 22/12/2017 n. 85-6277',
      ruleSetName: 'Regole Piemonte in vigore dal 01/01/2018',
      startDate: SAMPLE_START,
      plannedEndDate: SAMPLE_END,
      actualEndDate: null,
      status: 'in_firma',
      interruptedBy: null,
      plannedHours: SAMPLE_PLANNED_HOURS,
      schedule: SCHEDULE_DAYS,
      weeklyHours: 25,
      scheduleNotes: 'In occasione delle gare del sabato l’orario può essere spostato, d’accordo con il tutor, entro le 25 ore settimanali.',
      monthlyAllowanceCents: 45000,
      fundingText: 'Soggetto ospitante',
      hostMonthlyCents: 45000,
      projectMonthlyCents: null,
      projectName: null,
      attendanceThreshold: 0.7,
      finalCertificateAttendance: 0.7,
      inailPosition: '12345678/91',
      liabilityPolicy: 'Polizza RCT n. 2026/RC/778899, Assicurazioni Sportive S.p.A.',
      noticeDate: '2026-11-06',
      noticeNumber: '1402026A00012345',
      goals: 'Acquisire le competenze di base per l’accoglienza degli iscritti e il supporto alla segreteria di un’associazione sportiva.\nConoscere l’organizzazione dei corsi e delle attività di un impianto sportivo.',
      activities: 'Accoglienza e informazione al pubblico; iscrizioni e tesseramenti; gestione del calendario dei corsi e delle prenotazioni degli spazi; supporto agli istruttori nell’allestimento delle attività.',
      skillsToAcquire: ['Accogliere gli utenti e fornire informazioni sui servizi', 'Gestire iscrizioni, tesseramenti e pagamenti con il gestionale dell’associazione', 'Organizzare il calendario dei corsi e degli spazi'],
      skillsAcquired: ['Accoglienza e informazione agli utenti', 'Gestione di iscrizioni e tesseramenti', 'Organizzazione del calendario dei corsi'],
      portalReference: 'PT-2026-004512',
      insurer: 'promotore',
      professionCode: '4.1.1.1.0',
      professionName: 'Addetti a funzioni di segreteria',
      atlanteRef: 'ADA.22.01.03 – Gestione di impianti sportivi (Atlante del lavoro, area Servizi turistici e sportivi)',
      safetyTraining: 'Formazione generale (4 ore) presso il soggetto promotore prima dell’avvio; formazione specifica rischio basso (4 ore) a cura del soggetto ospitante entro il primo mese.',
      protocolException: false,
      promoterTutor: { name: 'Sara Coppola', taxCode: PROMOTER_TUTOR_TAX_CODE, role: 'Operatrice dei servizi per il lavoro', years: null, email: 'tirocini@exar.example.it', phone: '011 555 0101' },
      hostTutor: { name: 'Marco Bertola', taxCode: HOST_TUTOR_TAX_CODE, role: 'Responsabile di segreteria', years: 12, email: null, phone: null },
      outcome: null,
      suspensions: [],
      extensions: [],
    },
    register: null,
    totals: null,
  };
}

/** Optional data missing everywhere it can be: no PEC, no VAT, no domicile, no tutor yet, no schedule, no policy. */
export function contextWithMissingData(kind: DocumentKind = 'pfi'): DocumentContext {
  const ctx = sampleDocumentContext(kind);
  ctx.promoter.vatNumber = null;
  ctx.promoter.pec = null;
  ctx.promoter.phone = null;
  ctx.promoter.accreditationRef = null;
  ctx.host = { ...ctx.host, vatNumber: null, pec: null, atecoCode: null, ccnl: null, operatingSite: null, legalRepName: null, legalRepTaxCode: null, legalRepRole: null, employees: 0, registryNumber: null, aicsAffiliation: 'AICS TO 10/0999', email: null, phone: null };
  ctx.intern = { ...ctx.intern, sex: null, birthPlace: null, citizenship: null, domicile: null, phone: null, email: null, education: null, targetCategory: null };
  ctx.internship = {
    ...ctx.internship,
    schedule: [],
    weeklyHours: null,
    // No schedule, no total: the core computes none either.
    plannedHours: null,
    scheduleNotes: null,
    monthlyAllowanceCents: null,
    fundingText: null,
    hostMonthlyCents: null,
    inailPosition: null,
    liabilityPolicy: null,
    noticeDate: null,
    noticeNumber: null,
    goals: null,
    activities: null,
    skillsToAcquire: [],
    professionCode: null,
    professionName: null,
    atlanteRef: null,
    safetyTraining: null,
    protocolException: true,
    hostTutor: { name: null, taxCode: null, role: null, years: null, email: null, phone: null },
    promoterTutor: { ...ctx.internship.promoterTutor, email: null, phone: null, years: null },
  };
  return ctx;
}

/** The allowance split between the host and an Exar project (GOL). */
export function contextWithMixedFunding(kind: DocumentKind = 'pfi'): DocumentContext {
  const ctx = sampleDocumentContext(kind);
  ctx.internship = {
    ...ctx.internship,
    monthlyAllowanceCents: 60000,
    weeklyHours: 40,
    fundingText: 'Misto: 250,00 € a carico del soggetto ospitante, 350,00 € a carico del progetto Exar «GOL Piemonte – Percorso 2»',
    hostMonthlyCents: 25000,
    projectMonthlyCents: 35000,
    projectName: 'GOL Piemonte – Percorso 2',
  };
  return ctx;
}

/**
 * December 2026 of the sample file: Immacolata, Natale and Santo Stefano, and the hours entered day
 * by day (one short day, one made up Saturday). `suspension`: a week of illness
 * recorded as a suspension before decision 0014 and not converted yet (14–18/12, an absence under
 * the rules: the default), or a host closure long enough to suspend (from 21/12 into January).
 */
export function registerMonthContext(options: { daily?: boolean; suspension?: 'breve' | 'chiusura' } = {}): DocumentContext {
  const ctx = sampleDocumentContext('registro');
  // Printed at the start of January, when December is over.
  ctx.generatedOn = '2027-01-05';
  ctx.internship.status = 'attivo';
  const suspension =
    options.suspension === 'chiusura'
      ? { from: '2026-12-21', to: '2027-01-06', reason: 'Chiusura del soggetto ospitante', qualifying: true }
      : { from: '2026-12-14', to: '2026-12-18', reason: 'Malattia', qualifying: false };
  ctx.internship.suspensions = [suspension];
  const days = plannedDaysInMonth(SAMPLE_SCHEDULE, { year: 2026, month: 12 }, { from: SAMPLE_START, to: SAMPLE_END }, { suspensions: [suspension] });
  const plannedHours = days.reduce((sum, d) => sum + Math.round(d.plannedHours * 100), 0) / 100;
  let daily: Record<string, number> | null = null;
  if (options.daily !== false) {
    daily = Object.fromEntries(days.filter((d) => d.kind === 'lavorativo').map((d) => [d.date, d.plannedHours]));
    daily['2026-12-03'] = 3.5;
    daily['2026-12-12'] = 4;
  }
  const register: RegisterMonth = {
    month: '2026-12',
    label: italianMonth(2026, 12),
    days,
    daily,
    plannedHours,
    attendedHours: daily ? sumDailyHours(daily) : null,
  };
  ctx.register = register;
  return ctx;
}

/** The sample file ended as planned, with its totals: the final certificate can be issued. */
export function certificateContext(): DocumentContext {
  const ctx = sampleDocumentContext('attestazione');
  ctx.generatedOn = '2027-05-14';
  ctx.internship.actualEndDate = '2027-05-08';
  ctx.internship.status = 'concluso';
  ctx.internship.outcome = 'Assunta dall’ente ospitante';
  // A week of illness recorded as a suspension before decision 0014: absences, never printed as a suspension.
  ctx.internship.suspensions = [{ from: '2026-12-14', to: '2026-12-18', reason: 'Malattia', qualifying: false }];
  ctx.totals = { plannedHours: 592, attendedHours: 541.5, attendance: 541.5 / 592, certificateReachable: true, monthsMissing: [] };
  return ctx;
}

/** A real PNG of `width` × `height` pixels: a dark blue band with a lighter square, like a logo. */
export function samplePng(width = 240, height = 80): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const inSquare = x > 10 && x < 10 + height - 20 && y > 10 && y < height - 10;
      const [r, g, b] = inSquare ? [240, 150, 30] : [20, 60, 120];
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

/** The same context with a logo in the promoter's header. */
export function withLogo(ctx: DocumentContext): DocumentContext {
  return { ...ctx, promoter: { ...ctx.promoter, logo: { data: samplePng(), type: 'png' } } };
}
