/**
 * Informativa privacy for the candidate (GDPR arts. 13 and 14): the controller (the promoter) and
 * its DPO, the data and where they come from, purposes and legal bases, the matching score as a
 * support to a person's decision, recipients (the host association, Regione Piemonte with its own
 * notice for its portal, the Centri per l'impiego), retention periods from the office's settings,
 * rights, the special categories of data (art. 9) and, for the categories that need them,
 * criminal-record data (art. 10), consent asked purpose by purpose; the person signs for receipt.
 */
import { TableRow, type FileChild } from 'docx';
import type { RetentionPeriods } from '@shared/api/settings';
import type { DocumentContext, InternInfo } from '@shared/documents/context';
import { agree } from '@shared/text/agreement';
import { cell, centred, HEAD_FILL, heading, list, para, signatures, table, title, v } from './blocks';
import { address, BLANK, date, fullName, signingPlace } from './format';
import { PORTRAIT, textWidth } from './layout';
import { CRIMINAL_RECORD_BASIS, CRIMINAL_RECORD_CATEGORIES, REGION_NOTICE } from './legal-wording';
import { count } from '@shared/text/plural';

const PURPOSES: [string, string][] = [
  [
    'Accoglienza, orientamento, ricerca e selezione; proposta alle associazioni che cercano personale o tirocinanti',
    'Esecuzione di misure richieste dall’interessato (art. 6, par. 1, lett. b) e compito di interesse pubblico dei servizi per il lavoro accreditati (art. 6, par. 1, lett. e; D.Lgs. 150/2015)',
  ],
  [
    'Abbinamento tra il Suo profilo e le richieste delle associazioni, con un punteggio calcolato dal programma come supporto alla valutazione dell’operatore',
    'Le stesse basi della finalità precedente (art. 6, par. 1, lett. b ed e)',
  ],
  ['Attivazione e gestione del tirocinio: convenzione, progetto formativo, registro presenze, indennità, attestazione finale', 'Esecuzione del progetto di tirocinio (art. 6, par. 1, lett. b) e obblighi di legge (art. 6, par. 1, lett. c)'],
  ['Comunicazioni obbligatorie, monitoraggio e controlli della Regione Piemonte, dei Centri per l’impiego, del Ministero del lavoro e dell’INAIL', 'Obbligo di legge (art. 6, par. 1, lett. c)'],
  ['Rendicontazione dei progetti di politica attiva che finanziano servizi o indennità (ad esempio GOL, Buono Servizi Lavoro)', 'Obbligo di legge e compito di interesse pubblico (art. 6, par. 1, lett. c ed e)'],
  ['Difesa di un diritto in sede giudiziaria o stragiudiziale', 'Legittimo interesse del Titolare (art. 6, par. 1, lett. f)'],
];

/**
 * What the person may accept or refuse, one purpose at a time (GDPR art. 7: consent is asked
 * separately for each purpose that rests on it; the others rest on the bases of the table).
 */
const CONSENTS: string[] = [
  'Trattamento di dati relativi alla salute non coperto dalle basi giuridiche indicate al punto 7 (art. 9, par. 2, lett. a del Regolamento)',
  'Conservazione del profilo dopo la conclusione del servizio richiesto, per proporLa ad altre associazioni per nuove opportunità di lavoro o tirocinio',
  'Invio di comunicazioni su nuove opportunità di lavoro, tirocinio e formazione (e-mail, SMS, telefono)',
];

/** «Gentile candidata» when the sex is known, both forms otherwise. */
export function greeting(sex: InternInfo['sex']): string {
  return agree(sex, 'Gentile candidato/a');
}

/** «24 mesi», «1 anno»: a retention period in words. */
const months = (n: number) => count(n, 'mese', 'mesi');
const years = (n: number) => count(n, 'anno', 'anni');

/** The periods the office set (settings › privacy), stated as GDPR art. 13 par. 2 lett. a asks. */
function retentionText(r: RetentionPeriods): string {
  return `I dati sono conservati per il tempo necessario alle finalità indicate, e comunque: i dati di chi non avvia un tirocinio per ${months(r.candidateMonths)} dall’ultimo contatto con lo sportello; la pratica di tirocinio con i relativi documenti (convenzione, progetto formativo, registri delle presenze, attestazione finale) per ${years(r.internshipYears)} dalla conclusione del tirocinio, per gli obblighi di legge, la rendicontazione dei progetti finanziati e i controlli della Regione Piemonte. Alla scadenza i dati sono cancellati o resi anonimi.`;
}

export function informativaBody(ctx: DocumentContext): FileChild[] {
  const { promoter, intern } = ctx;
  const sex = intern.sex;
  const width = textWidth(PORTRAIT);
  const dpo = promoter.privacy.dpoContact;
  const criminalRecords = intern.targetCategoryCode !== null && CRIMINAL_RECORD_CATEGORIES.includes(intern.targetCategoryCode);
  const consentWidths = [Math.round(width * 0.62), width - Math.round(width * 0.62)];
  const consents = table(
    [
      new TableRow({ tableHeader: true, cantSplit: true, keepNext: true, children: [cell([{ bold: 'Finalità basata sul consenso' }], consentWidths[0]!, { fill: HEAD_FILL }), cell([{ bold: 'Scelta' }], consentWidths[1]!, { fill: HEAD_FILL, align: 'center' })] }),
      ...CONSENTS.map(
        (purpose, i) =>
          new TableRow({ cantSplit: true, keepNext: i < CONSENTS.length - 1, children: [cell(purpose, consentWidths[0]!), cell('☐ acconsento   ☐ non acconsento', consentWidths[1]!, { align: 'center' })] }),
      ),
    ],
    consentWidths,
  );
  const contacts = [promoter.email && `e-mail ${promoter.email}`, promoter.pec && `PEC ${promoter.pec}`, promoter.phone && `tel. ${promoter.phone}`].filter(Boolean).join(', ');
  const seat = address(promoter.address);
  const widths = [Math.round(width * 0.52), width - Math.round(width * 0.52)];
  const purposes = table(
    [
      new TableRow({ tableHeader: true, cantSplit: true, keepNext: true, children: [cell([{ bold: 'Finalità' }], widths[0]!, { fill: HEAD_FILL }), cell([{ bold: 'Base giuridica (Regolamento UE 2016/679)' }], widths[1]!, { fill: HEAD_FILL })] }),
      ...PURPOSES.map(([purpose, basis]) => new TableRow({ cantSplit: true, children: [cell(purpose, widths[0]!), cell(basis, widths[1]!)] })),
    ],
    widths,
  );
  const writeTo = `${contacts ? `scrivendo al Titolare (${contacts})` : 'scrivendo al Titolare presso la sede indicata al punto 1'}${dpo ? ' o al Responsabile della protezione dei dati' : ''}`;

  return [
    ...title('Informativa sul trattamento dei dati personali', 'ai sensi degli artt. 13 e 14 del Regolamento (UE) 2016/679 (GDPR)'),
    centred([`${agree(sex, 'Destinatario/a')}: `, v(fullName(intern)), ` – C.F. ${intern.taxCode}`]),
    para(
      `${greeting(sex)}, con questa informativa Le spieghiamo come trattiamo i Suoi dati personali quando si rivolge al nostro sportello per servizi di orientamento, ricerca di opportunità di lavoro e tirocinio, e durante l’eventuale tirocinio.`,
    ),

    heading('1. Titolare del trattamento'),
    para([
      'Il Titolare del trattamento è ',
      v(promoter.name),
      `, C.F. ${promoter.taxCode}`,
      seat ? `, con sede legale in ${seat}` : '',
      contacts ? ` (${contacts})` : '',
      '. Sportello di riferimento: ',
      v(promoter.officeName),
      '.',
    ]),
    // A DPO not set in the office's settings is a line to write by hand, never left out: art. 13 par. 1 lett. b.
    para(['Responsabile della protezione dei dati (DPO): ', v(dpo ?? BLANK.long), '.']),

    heading('2. Dati trattati e loro provenienza'),
    para('Trattiamo i dati anagrafici e di contatto, il codice fiscale, i dati relativi al permesso di soggiorno ove necessario, il titolo di studio, le esperienze e le competenze, la condizione occupazionale (dichiarazione di immediata disponibilità, Centro per l’impiego di riferimento, prestazioni ricevute) e, durante il tirocinio, le presenze, le valutazioni dei tutor e i dati necessari al pagamento dell’indennità.', { keepNext: true }),
    para('I dati sono raccolti presso di Lei. Alcuni possono esserci comunicati da altri soggetti (art. 14 del Regolamento): il Centro per l’impiego, i servizi sociali o sanitari che La hanno in carico, se Lei lo chiede o lo prevede un progetto di inserimento, e l’associazione che La ospita in tirocinio (presenze e valutazioni).'),

    heading('3. Finalità e basi giuridiche'),
    purposes,
    para('Il conferimento dei dati necessari per queste finalità è obbligatorio: senza di essi non possiamo offrirLe i servizi né attivare il tirocinio.', { before: 100 }),
    para('Il punteggio di abbinamento calcolato dal programma è soltanto un supporto alla valutazione: la proposta della Sua candidatura a un’associazione è sempre decisa da un operatore dello sportello, che esamina il Suo profilo e i colloqui. Non sono prese decisioni basate unicamente su trattamenti automatizzati (art. 22 del Regolamento).'),

    heading('4. Destinatari dei dati'),
    para('I dati sono trattati dal personale autorizzato del Titolare e possono essere comunicati, per quanto necessario a ciascuna finalità, a:', { keepNext: true }),
    ...list([
      'l’associazione che La ospita o valuta la Sua candidatura (soggetto ospitante), limitatamente ai dati utili alla selezione e allo svolgimento del tirocinio;',
      'la Regione Piemonte e i Centri per l’impiego, per le comunicazioni obbligatorie di avvio, proroga e cessazione del tirocinio e per il monitoraggio;',
      'il Ministero del lavoro e delle politiche sociali, l’INAIL e, ove previsto, l’INPS e gli enti che finanziano i progetti di politica attiva;',
      'la compagnia che assicura la responsabilità civile verso terzi;',
      'i fornitori di servizi informatici e di assistenza del Titolare, nominati responsabili del trattamento (art. 28 del Regolamento).',
    ]),
    para(REGION_NOTICE),
    para('I dati non sono diffusi né trasferiti fuori dall’Unione europea.'),

    heading('5. Conservazione'),
    para(retentionText(promoter.privacy.retention)),

    heading('6. Diritti dell’interessato'),
    para(`Lei può chiedere in ogni momento l’accesso ai Suoi dati, la rettifica, la cancellazione, la limitazione del trattamento, la portabilità e opporsi al trattamento basato sul legittimo interesse o sull’interesse pubblico (artt. 15–22 del Regolamento), ${writeTo}. Se ha prestato il consenso può revocarlo, senza pregiudizio per la liceità del trattamento precedente. Ha inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).`),

    heading('7. Categorie particolari di dati (art. 9 del Regolamento)'),
    para('Per accedere a servizi e tirocini riservati (collocamento mirato, tirocini di inclusione sociale, misure per persone con disabilità o svantaggiate) può essere necessario trattare dati relativi alla salute (condizione di disabilità e relativa percentuale, eventuali accomodamenti necessari) o alla presa in carico da parte dei servizi sociali o sanitari.'),
    para('Questi dati sono trattati sulla base dell’art. 9, par. 2, lett. b) del Regolamento (obblighi in materia di diritto del lavoro e della sicurezza sociale, in particolare la L. 68/1999) e lett. g) (motivi di interesse pubblico rilevante, art. 2-sexies del D.Lgs. 196/2003). Quando nessuna di queste basi si applica, sono trattati solo con il Suo consenso esplicito (art. 9, par. 2, lett. a), che può revocare in ogni momento.'),
    para('Sono conservati separatamente dagli altri dati, sono accessibili solo agli operatori che ne hanno bisogno e ogni consultazione è registrata. All’associazione ospitante comunichiamo soltanto quanto serve a organizzare il tirocinio (ad esempio gli accomodamenti necessari), mai diagnosi o documentazione sanitaria.'),
    // Only where the person's category may rest on such data (legal-wording.ts): not a text for everyone.
    ...(criminalRecords ? [heading('8. Dati relativi a condanne penali e reati (art. 10 del Regolamento)'), para(CRIMINAL_RECORD_BASIS)] : []),

    heading(`${criminalRecords ? 9 : 8}. Consenso`),
    para('Il consenso è chiesto separatamente per ciascuna delle finalità seguenti, che non rientrano nelle basi giuridiche indicate sopra. È facoltativo e può essere revocato in ogni momento: il rifiuto non impedisce i servizi e il tirocinio.', { keepNext: true }),
    consents,

    heading(`${criminalRecords ? 10 : 9}. Dichiarazione di ricevuta`),
    para([`${agree(sex, 'Il/La sottoscritto/a')} `, v(fullName(intern)), `, C.F. ${intern.taxCode}, dichiara di aver ricevuto e letto la presente informativa.`], { keepNext: true }),
    ...(intern.privacyNoticeDate && intern.privacyNoticeDate !== ctx.generatedOn ? [para(['Informativa consegnata in precedenza il ', v(date(intern.privacyNoticeDate)!), '.'], { keepNext: true })] : []),
    ...signatures(signingPlace(promoter), [{ role: agree(sex, 'L’interessato/a'), name: fullName(intern), hint: '(firma per ricevuta)' }], width),
  ];
}
