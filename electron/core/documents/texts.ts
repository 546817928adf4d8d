/**
 * Sentences more than one document says the same way: the national rules in the recitals, the
 * allowance with its attendance threshold, the insurance. Written once so the convenzione and the
 * PFI never disagree.
 */
import type { InternInfo, InternshipInfo } from '../../../shared/documents/context';
import { v, type Piece } from './blocks';
import { BLANK, money, percent, theIntern } from './format';

/**
 * A text inserted mid-sentence: its first letter lower-cased («Accreditamento …» → «accreditamento
 * …»), unless the second letter is not lower-case, so an acronym («ANPAL», «DGR») stays as it is.
 */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (first === undefined || second === undefined || second === second.toUpperCase()) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** A tirocinio under the inclusion rules (DGR 42-7397), which rests on the 2015 guidelines. */
export function isInclusion(f: InternshipInfo): boolean {
  return /42-7397/.test(f.legalBasis) || /inclusione/i.test(f.typeLabel);
}

export function nationalRecitals(f: InternshipInfo): Piece[][] {
  const out: Piece[][] = [
    ['l’art. 1, commi da 720 a 726, della legge 30 dicembre 2021, n. 234, ha ridefinito la disciplina dei tirocini extracurricolari, rinviando a nuove linee guida condivise tra lo Stato e le Regioni;'],
    ['le Linee guida in materia di tirocini formativi e di orientamento, oggetto dell’Accordo in Conferenza permanente Stato-Regioni del 25 maggio 2017, definiscono gli standard minimi dei tirocini extracurricolari;'],
  ];
  if (isInclusion(f)) {
    out.push(['le Linee guida per i tirocini di orientamento, formazione e inserimento/reinserimento finalizzati all’inclusione sociale, all’autonomia delle persone e alla riabilitazione, oggetto dell’Accordo del 22 gennaio 2015, disciplinano i tirocini rivolti alle persone in carico ai servizi sociali o sanitari;']);
  }
  return out;
}

/** Who pays the allowance, as a phrase after the amount. */
function fundingPieces(f: InternshipInfo): Piece[] {
  const host = f.hostMonthlyCents ?? 0;
  const project = f.projectMonthlyCents ?? 0;
  if (host > 0 && project > 0) {
    return [', di cui ', v(money(host)!), ' a carico del soggetto ospitante e ', v(money(project)!), ' a carico del soggetto promotore', ...(f.projectName ? [' nell’ambito del progetto ', v(`«${f.projectName}»`)] : []), ''];
  }
  if (project > 0) return [', a carico del soggetto promotore', ...(f.projectName ? [' nell’ambito del progetto ', v(`«${f.projectName}»`)] : [])];
  if (host > 0) return [', a carico del soggetto ospitante'];
  return [', a carico di: ', v(f.fundingText ?? BLANK.medium)];
}

/**
 * The allowance: amount and funding, the attendance threshold (from the rule set), tax note. With
 * the intern's sex the sentences name him or her («alla tirocinante»); without, the generic form.
 */
export function allowanceSentences(f: InternshipInfo, sex: InternInfo['sex'] = 'M'): Piece[][] {
  const amount = money(f.monthlyAllowanceCents);
  const who = theIntern(sex);
  const toWho = sex === 'F' ? 'Alla tirocinante' : sex === 'M' ? 'Al tirocinante' : 'Al/Alla tirocinante';
  return [
    [`${toWho} è corrisposta un’indennità di partecipazione mensile lorda di `, v(amount ?? `${BLANK.short} €`), ...fundingPieces(f), '.'],
    [
      `L’indennità è corrisposta per intero se ${who} partecipa ad almeno il `,
      v(percent(f.attendanceThreshold)),
      ' delle ore previste nel mese; al di sotto di tale soglia è ridotta in proporzione alle ore effettivamente svolte. Nei periodi di sospensione l’indennità non è dovuta.',
    ],
    ['L’indennità non ha natura retributiva; ai fini fiscali costituisce reddito assimilato a quello di lavoro dipendente (art. 50 del TUIR).'],
  ];
}

/**
 * A typed value printed inside the document's own brackets, with its brackets turned into a dash
 * so they never nest: «55 (RCT/RCO)» → «55 – RCT/RCO».
 */
export function unbracketed(text: string): string {
  const innermost = /\s*\(\s*([^()]*?)\s*\)/g;
  let out = text;
  while (innermost.test(out)) out = out.replace(innermost, (_, inner: string) => (inner ? ` – ${inner}` : ''));
  return out.replace(/[()]/g, '').trim();
}

/** A policy as typed («2026/RC/778899» or «Polizza RCT n. …, Compagnia»), as it reads in brackets. */
function policyPieces(policy: string | null): Piece[] {
  const text = policy ? unbracketed(policy) : '';
  if (!text) return ['polizza n. ', v(BLANK.short)];
  return /^polizza\b/i.test(text) ? [v(lowerFirst(text))] : ['polizza n. ', v(text)];
}

/**
 * The insurance clause: the promoter insures the intern with INAIL and for civil liability, at its
 * own charge (the Piedmont rule, unless the convenzione says otherwise; this one does not). The
 * position and the policy from the file, or a line to write them by hand.
 */
export function insuranceSentence(f: InternshipInfo, sex: InternInfo['sex'] = 'M'): Piece[] {
  const inail = f.inailPosition ? unbracketed(f.inailPosition) : '';
  return [
    `Il soggetto promotore provvede, a propria cura e spese, ad assicurare ${theIntern(sex)} contro gli infortuni sul lavoro presso l’INAIL (posizione n. `,
    v(inail || BLANK.short),
    ') e per la responsabilità civile verso terzi presso idonea compagnia assicuratrice (',
    ...policyPieces(f.liabilityPolicy),
    ').',
  ];
}
