/**
 * Informativa privacy for the candidate (GDPR arts. 13 and 14): the controller (the promoter), the
 * data and where they come from, purposes and legal bases, recipients (the host association,
 * Regione Piemonte and the Centri per l'impiego for the mandatory notices), retention, rights, and
 * the special categories of data (art. 9) with their legal basis; the person signs for receipt.
 */
import { TableRow, type FileChild } from 'docx';
import type { DocumentContext, InternInfo } from '../../../shared/documents/context';
import { cell, centred, HEAD_FILL, heading, list, para, signatures, table, title, v } from './blocks';
import { address, date, fullName, signingPlace } from './format';
import { PORTRAIT, textWidth } from './layout';
import { SIZE } from './styles';

const PURPOSES: [string, string][] = [
  [
    'Accoglienza, orientamento, ricerca e selezione; proposta alle associazioni che cercano personale o tirocinanti',
    'Esecuzione di misure richieste dall’interessato (art. 6, par. 1, lett. b) e compito di interesse pubblico dei servizi per il lavoro accreditati (art. 6, par. 1, lett. e; D.Lgs. 150/2015)',
  ],
  ['Attivazione e gestione del tirocinio: convenzione, progetto formativo, registro presenze, indennità, attestazione finale', 'Esecuzione del progetto di tirocinio (art. 6, par. 1, lett. b) e obblighi di legge (art. 6, par. 1, lett. c)'],
  ['Comunicazioni obbligatorie, monitoraggio e controlli della Regione Piemonte, dei Centri per l’impiego, del Ministero del lavoro e dell’INAIL', 'Obbligo di legge (art. 6, par. 1, lett. c)'],
  ['Rendicontazione dei progetti di politica attiva che finanziano servizi o indennità (ad esempio GOL, Buono Servizi Lavoro)', 'Obbligo di legge e compito di interesse pubblico (art. 6, par. 1, lett. c ed e)'],
  ['Difesa di un diritto in sede giudiziaria o stragiudiziale', 'Legittimo interesse del Titolare (art. 6, par. 1, lett. f)'],
];

/** «Gentile candidata» when the sex is known, both forms otherwise. */
export function greeting(sex: InternInfo['sex']): string {
  return sex === 'F' ? 'Gentile candidata' : sex === 'M' ? 'Gentile candidato' : 'Gentile candidato, gentile candidata';
}

export function informativaBody(ctx: DocumentContext): FileChild[] {
  const { promoter, intern } = ctx;
  const width = textWidth(PORTRAIT);
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
  const writeTo = contacts ? `scrivendo al Titolare (${contacts})` : 'scrivendo al Titolare presso la sede indicata al punto 1';
  const signed = intern.sex === 'F' ? 'La sottoscritta' : intern.sex === 'M' ? 'Il sottoscritto' : 'Il/La sottoscritto/a';

  return [
    ...title('Informativa sul trattamento dei dati personali', 'ai sensi degli artt. 13 e 14 del Regolamento (UE) 2016/679 (GDPR)'),
    centred([`Destinatari${intern.sex === 'F' ? 'a' : intern.sex === 'M' ? 'o' : 'o/a'}: `, v(fullName(intern)), ` – C.F. ${intern.taxCode}`]),
    para(
      `${greeting(intern.sex)}, con questa informativa Le spieghiamo come trattiamo i Suoi dati personali quando si rivolge al nostro sportello per servizi di orientamento, ricerca di opportunità di lavoro e tirocinio, e durante l’eventuale tirocinio.`,
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

    heading('2. Dati trattati e loro provenienza'),
    para('Trattiamo i dati anagrafici e di contatto, il codice fiscale, i dati relativi al permesso di soggiorno ove necessario, il titolo di studio, le esperienze e le competenze, la condizione occupazionale (dichiarazione di immediata disponibilità, Centro per l’impiego di riferimento, prestazioni ricevute) e, durante il tirocinio, le presenze, le valutazioni dei tutor e i dati necessari al pagamento dell’indennità.', { keepNext: true }),
    para('I dati sono raccolti presso di Lei. Alcuni possono esserci comunicati da altri soggetti (art. 14 del Regolamento): il Centro per l’impiego, i servizi sociali o sanitari che La hanno in carico, se Lei lo chiede o lo prevede un progetto di inserimento, e l’associazione che La ospita in tirocinio (presenze e valutazioni).'),

    heading('3. Finalità e basi giuridiche'),
    purposes,
    para('Il conferimento dei dati necessari per queste finalità è obbligatorio: senza di essi non possiamo offrirLe i servizi né attivare il tirocinio. Non sono prese decisioni basate unicamente su trattamenti automatizzati.', { before: 100 }),

    heading('4. Destinatari dei dati'),
    para('I dati sono trattati dal personale autorizzato del Titolare e possono essere comunicati, per quanto necessario a ciascuna finalità, a:', { keepNext: true }),
    ...list([
      'l’associazione che La ospita o valuta la Sua candidatura (soggetto ospitante), limitatamente ai dati utili alla selezione e allo svolgimento del tirocinio;',
      'la Regione Piemonte e i Centri per l’impiego, per le comunicazioni obbligatorie di avvio, proroga e cessazione del tirocinio e per il monitoraggio;',
      'il Ministero del lavoro e delle politiche sociali, l’INAIL e, ove previsto, l’INPS e gli enti che finanziano i progetti di politica attiva;',
      'la compagnia che assicura la responsabilità civile verso terzi;',
      'i fornitori di servizi informatici e di assistenza del Titolare, nominati responsabili del trattamento (art. 28 del Regolamento).',
    ]),
    para('I dati non sono diffusi né trasferiti fuori dall’Unione europea.'),

    heading('5. Conservazione'),
    para('I dati sono conservati per il tempo necessario alle finalità indicate e, dopo la conclusione del servizio o del tirocinio, per il tempo richiesto dagli obblighi di legge, dalla rendicontazione dei progetti finanziati e dai controlli della Regione Piemonte. I periodi di conservazione sono stabiliti dal Titolare per ciascun tipo di documento e sono comunicati a richiesta; alla loro scadenza i dati sono cancellati o resi anonimi.'),

    heading('6. Diritti dell’interessato'),
    para(`Lei può chiedere in ogni momento l’accesso ai Suoi dati, la rettifica, la cancellazione, la limitazione del trattamento, la portabilità e opporsi al trattamento basato sul legittimo interesse o sull’interesse pubblico (artt. 15–22 del Regolamento), ${writeTo}. Se ha prestato il consenso può revocarlo, senza pregiudizio per la liceità del trattamento precedente. Ha inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).`),

    heading('7. Categorie particolari di dati (art. 9 del Regolamento)'),
    para('Per accedere a servizi e tirocini riservati (collocamento mirato, tirocini di inclusione sociale, misure per persone con disabilità o svantaggiate) può essere necessario trattare dati relativi alla salute (condizione di disabilità e relativa percentuale, eventuali accomodamenti necessari) o alla presa in carico da parte dei servizi sociali o sanitari.'),
    para('Questi dati sono trattati sulla base dell’art. 9, par. 2, lett. b) del Regolamento (obblighi in materia di diritto del lavoro e della sicurezza sociale, in particolare la L. 68/1999) e lett. g) (motivi di interesse pubblico rilevante, art. 2-sexies del D.Lgs. 196/2003). Quando nessuna di queste basi si applica, sono trattati solo con il Suo consenso esplicito (art. 9, par. 2, lett. a), che può revocare in ogni momento.'),
    para('Sono conservati separatamente dagli altri dati, sono accessibili solo agli operatori che ne hanno bisogno e ogni consultazione è registrata. All’associazione ospitante comunichiamo soltanto quanto serve a organizzare il tirocinio (ad esempio gli accomodamenti necessari), mai diagnosi o documentazione sanitaria.', { keepNext: true }),
    para([{ bold: 'Consenso esplicito' }, ' (solo per i trattamenti non coperti dalle basi giuridiche sopra indicate):'], { keepNext: true }),
    para('☐  acconsento          ☐  non acconsento', { align: 'center', keepNext: true, size: SIZE.heading }),

    heading('8. Dichiarazione di ricevuta'),
    para([`${signed} `, v(fullName(intern)), `, C.F. ${intern.taxCode}, dichiara di aver ricevuto e letto la presente informativa.`], { keepNext: true }),
    ...(intern.privacyNoticeDate && intern.privacyNoticeDate !== ctx.generatedOn ? [para(['Informativa consegnata in precedenza il ', v(date(intern.privacyNoticeDate)!), '.'], { keepNext: true })] : []),
    ...signatures(signingPlace(promoter), [{ role: intern.sex === 'F' ? 'L’interessata' : intern.sex === 'M' ? 'L’interessato' : 'L’interessato/a', name: fullName(intern), hint: '(firma per ricevuta)' }], width),
  ];
}
