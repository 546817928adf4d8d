/**
 * Sentences more than one document says the same way: the allowance with its attendance threshold,
 * the insurance. Written once so the convenzione and the PFI never disagree. (The acts cited and
 * other legal wording: legal-wording.ts.)
 */
import type { InternInfo, InternshipInfo } from '@shared/documents/context';
import { agree } from '@shared/text/agreement';
import { v, type Piece } from './blocks';
import { BLANK, money, percent } from './format';

/**
 * A text inserted mid-sentence: its first letter lower-cased («Accreditamento …» → «accreditamento
 * …»), unless the second letter is not lower-case, so an acronym («ANPAL», «DGR») stays as it is.
 */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (first === undefined || second === undefined || second === second.toUpperCase()) return text;
  return first.toLowerCase() + text.slice(first.length);
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
  return [
    [agree(sex, 'Al/Alla tirocinante è corrisposta un’indennità di partecipazione mensile lorda di '), v(amount ?? `${BLANK.short} €`), ...fundingPieces(f), '.'],
    [
      agree(sex, 'L’indennità è corrisposta per intero se il/la tirocinante partecipa ad almeno il '),
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
  // Who insures is on the file (decision 0015): the promoter by default, the host when the file says so.
  const insurer = f.insurer === 'ospitante' ? 'Il soggetto ospitante' : 'Il soggetto promotore';
  return [
    agree(sex, `${insurer} provvede, a propria cura e spese, ad assicurare il/la tirocinante contro gli infortuni sul lavoro presso l’INAIL (posizione n. `),
    v(inail || BLANK.short),
    ') e per la responsabilità civile verso terzi presso idonea compagnia assicuratrice (',
    ...policyPieces(f.liabilityPolicy),
    ').',
  ];
}
