/**
 * The legal wording the built-in documents print: the acts the convenzione's premesse cite, the
 * AICS–Exar protocol, the safety reminder for a host without employees, the causes of an early end,
 * and the informativa's texts that depend on a law (criminal-record data, the Region's own notice).
 * Kept here as data, one sentence per entry, because part of it rests on secondary sources
 * (docs/decisions/0016-documents-wording.md): a change is one line here, and an office that needs
 * other words uploads its own template of the document (decision 0010).
 */
import type { TargetCategory } from '@shared/api/candidate-fields';
import type { HostInfo, InternshipInfo, PromoterInfo } from '@shared/documents/context';
import { formatItalianDate } from '@shared/validation/italian-time';
import { v, type Piece } from './blocks';
import { BLANK } from './format';

/** A tirocinio under the inclusion rules (DGR 42-7397), which rests on the 2015 guidelines. */
export function isInclusion(f: InternshipInfo): boolean {
  return /42-7397/.test(f.legalBasis) || /inclusione/i.test(f.typeLabel);
}

/**
 * The acts, each cited once: the 2021 law, the 2017 national guidelines (with their repertory
 * number), the 2015 ones for an inclusion tirocinio, then the regional act kept in force by
 * L.R. 32/2023 art. 62, named as the file records it (never the app's rule-set label).
 */
export function actsRecitals(f: InternshipInfo): Piece[][] {
  const out: Piece[][] = [
    ['l’art. 1, commi da 720 a 726, della legge 30 dicembre 2021, n. 234, ha ridefinito la disciplina dei tirocini extracurricolari, rinviando a nuove linee guida condivise tra lo Stato e le Regioni;'],
    ['le Linee guida in materia di tirocini formativi e di orientamento, oggetto dell’Accordo in Conferenza permanente per i rapporti tra lo Stato, le Regioni e le Province autonome del 25 maggio 2017 (Rep. Atti n. 86/CSR), definiscono gli standard minimi dei tirocini extracurricolari;'],
  ];
  if (isInclusion(f)) {
    out.push(['le Linee guida per i tirocini di orientamento, formazione e inserimento/reinserimento finalizzati all’inclusione sociale, all’autonomia delle persone e alla riabilitazione, oggetto dell’Accordo del 22 gennaio 2015, disciplinano i tirocini rivolti alle persone in carico ai servizi sociali o sanitari;']);
  }
  out.push([
    'l’art. 62 della legge regionale del Piemonte n. 32/2023 mantiene in vigore la disciplina regionale dei tirocini fino all’adozione dei nuovi provvedimenti; il presente tirocinio è regolato dalla ',
    v(f.legalBasis),
    ', nel testo in vigore alla data di avvio del tirocinio;',
  ]);
  return out;
}

/**
 * The host's recital. Under the AICS–Exar protocol the convenzione says the protocol is applied —
 * not that the regional act is waived (DOMAIN.md «Protocol exception»).
 */
export function hostRecital(f: InternshipInfo, host: HostInfo, promoter: PromoterInfo, employeesText: string): Piece[] {
  if (f.protocolException) {
    return [
      'il soggetto ospitante è un’associazione affiliata ad AICS priva di personale dipendente e accoglie il tirocinante in applicazione del protocollo d’intesa tra AICS e ',
      v(promoter.name),
      ', che prevede per le associazioni affiliate senza dipendenti l’accoglienza di ',
      v('un solo tirocinante alla volta'),
      ';',
    ];
  }
  // When the quota was decided on the site's own headcount, the recital says it too.
  const atSite: Piece[] =
    host.siteEmployees === null ? [] : [', di cui ', v(host.siteEmployees === 0 ? 'nessuno' : String(host.siteEmployees)), ' nella sede del tirocinio,'];
  const headcount: Piece[] = host.employees === 0 ? [v('non avere dipendenti')] : ['avere ', v(employeesText), ...atSite];
  return ['il soggetto ospitante dichiara di ', ...headcount, ' e di rispettare i limiti numerici di tirocinanti ospitabili contemporaneamente previsti dalla disciplina regionale;'];
}

/**
 * For a host with no employees: for safety law the intern counts as a worker (D.Lgs. 81/2008
 * art. 2), so the host takes on an employer's duties (DOMAIN.md: risk assessment, training, equipment).
 */
export const NO_EMPLOYEES_SAFETY: string =
  'Il soggetto ospitante non ha personale dipendente: si ricorda che ai fini della normativa in materia di salute e sicurezza nei luoghi di lavoro il tirocinante è equiparato al lavoratore (art. 2 del D.Lgs. 81/2008). Il soggetto ospitante è quindi tenuto, prima dell’avvio del tirocinio, a effettuare la valutazione dei rischi cui il tirocinante è esposto, a garantirgli la formazione generale e specifica e l’informazione sui rischi della sede, a fornirgli i dispositivi di protezione individuale necessari e ad attivare la sorveglianza sanitaria ove prevista.';

/** Who may end the tirocinio early, and why: also when its training goals cannot be reached. */
export const EARLY_END: string =
  'Ciascuna parte può recedere dalla convenzione in caso di gravi inadempienze dell’altra. Il soggetto promotore e il soggetto ospitante possono inoltre interrompere il tirocinio, dandone comunicazione scritta alle altre parti, in caso di impossibilità di conseguire gli obiettivi formativi del progetto. Il tirocinante può interrompere il tirocinio in qualsiasi momento, dandone comunicazione scritta ai tutor.';

/**
 * Target categories whose evidence may include criminal-record data (art. 10 GDPR): the
 * disadvantaged under L. 381/91 include people serving alternative measures to detention.
 */
export const CRIMINAL_RECORD_CATEGORIES: readonly TargetCategory[] = ['svantaggiato'];

/** The informativa's paragraph on criminal-record data, for the categories above. */
export const CRIMINAL_RECORD_BASIS: string =
  'Per accedere a percorsi riservati alle persone svantaggiate (L. 381/1991), come le persone ammesse a misure alternative alla detenzione, può essere necessario trattare dati relativi a condanne penali e reati. Questi dati sono trattati solo se indispensabili al percorso, ai sensi dell’art. 10 del Regolamento e dell’art. 2-octies del D.Lgs. 196/2003, nei casi previsti dalla legge, e con le stesse garanzie dei dati sanitari: conservati separatamente, accessibili ai soli operatori che ne hanno bisogno, mai comunicati all’associazione ospitante.';

/** The Region runs its own portal (Portale Tirocini) and gives its own notice for it. */
export const REGION_NOTICE: string =
  'Il tirocinio è registrato anche sul portale dei tirocini della Regione Piemonte, che tratta i dati in qualità di titolare autonomo per le proprie finalità di gestione e monitoraggio: per quel trattamento si rinvia all’informativa pubblicata dalla Regione Piemonte sul proprio portale.';

/**
 * The host's eligibility declarations as a recital, each with the day it was made (decision 0015);
 * one not made yet leaves a line, so the convenzione is never signed as if it had been.
 */
export function declarationsRecital(host: HostInfo): Piece[] {
  const pieces: Piece[] = ['il soggetto ospitante ha dichiarato: '];
  host.declarations.forEach((d, i) => {
    pieces.push(v(d.words), d.declaredOn ? ` (dichiarazione del ${formatItalianDate(d.declaredOn)})` : ` (dichiarazione del ${BLANK.short})`);
    pieces.push(i === host.declarations.length - 1 ? ';' : '; ');
  });
  return pieces;
}

/** The stamp-duty line under the title: paid, exempt with its legal basis, or both boxes to tick by hand. */
export function stampDutyLine(host: HostInfo): Piece[] {
  if (host.stampDuty === null) return ['Imposta di bollo: ☐ assolta  ☐ esente ai sensi di ', v(BLANK.long)];
  if (host.stampDuty.paid) return ['Imposta di bollo: ', v('assolta'), ' sull’originale della convenzione.'];
  return ['Imposta di bollo: ', v('esente'), ' ai sensi di ', v(host.stampDuty.basis ?? BLANK.long), '.'];
}
