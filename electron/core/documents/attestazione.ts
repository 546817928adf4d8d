/**
 * Attestazione finale: the promoter certifies the tirocinio done (who, where, type, period, hours
 * planned for the whole PFI and attended, with the attendance share, the outcome) and the skills
 * acquired, also on the basis of the host's evaluation, which has its own section and signature
 * (DOMAIN.md «Final certificate»). The core issues it only when the attendance reaches the rule
 * set's threshold; this module prints what the file has.
 */
import type { FileChild } from 'docx';
import type { DocumentContext } from '@shared/documents/context';
import { centred, dataTable, heading, list, para, signatures, textOrLines, title, v, writingLines, type DataRow } from './blocks';
import { agree } from '@shared/text/agreement';
import { formatProfession } from '@shared/format/profession';
import { address, BLANK, date, dateOrBlank, endDate, fullName, hours, orBlank, orDash, percent, signingPlace } from './format';
import { PORTRAIT, textWidth } from './layout';
import { legalRep, tutorInline, workplace } from './parties';
import { lowerFirst, unbracketed } from './texts';
import { DASH } from './format';

export function attestazioneBody(ctx: DocumentContext): FileChild[] {
  const { promoter, host, intern, internship: f, totals } = ctx;
  const width = textWidth(PORTRAIT);
  // Only a qualifying suspension is printed as one: a shorter one recorded before decision 0014 is absences.
  const suspensions = f.suspensions.filter((s) => s.qualifying).map((s) => `dal ${date(s.from)}${s.to ? ` al ${date(s.to)}` : ''} (${lowerFirst(unbracketed(s.reason))})`);
  const extensions = f.extensions.map((e) => `dal ${date(e.from)} al ${date(e.to)}`);
  const tirocinio: DataRow[] = [
    ['Tipologia', f.typeLabel],
    ['Professione di riferimento (ISTAT CP2011)', orDash(formatProfession(f.professionCode, f.professionName))],
    ['Soggetto ospitante', `${host.name} – ${host.legalForm}, C.F. ${host.taxCode}`],
    ['Sede di svolgimento', workplace(host)],
    ['Periodo', `dal ${dateOrBlank(f.startDate)} al ${dateOrBlank(endDate(f))}`],
    ['Sospensioni', suspensions.length > 0 ? suspensions.join('; ') : 'Nessuna'],
    ['Proroghe', extensions.length > 0 ? extensions.join('; ') : 'Nessuna'],
    ['Tutor del soggetto promotore', tutorInline(f.promoterTutor)],
    ['Tutor del soggetto ospitante', tutorInline(f.hostTutor)],
    // The base is the PFI's whole plan (shared/rules/final-certificate.ts), also for a file ended early.
    ['Ore svolte e previste', totals ? `${hours(totals.attendedHours)} ore svolte su ${hours(totals.plannedHours)} previste dal progetto formativo per l’intero periodo` : `${BLANK.short} ore svolte su ${BLANK.short} previste dal progetto formativo per l’intero periodo`],
    ['Frequenza', totals?.attendance !== null && totals?.attendance !== undefined ? `${percent(totals.attendance)} delle ore previste (minimo richiesto: ${percent(f.finalCertificateAttendance)})` : `${BLANK.short} (minimo richiesto: ${percent(f.finalCertificateAttendance)})`],
  ];
  tirocinio.push(['Esito', outcomeText(f, intern.sex)]);
  const skills = f.skillsAcquired.filter((s) => s.trim() !== '');
  const promoterAddress = address(promoter.address);
  const sex = intern.sex;
  const interrupted = f.status === 'interrotto';

  return [
    ...title('Attestazione finale di tirocinio', `Pratica n. ${f.number}`),
    centred(['rilasciata ai sensi della ', v(f.legalBasis), ' della Regione Piemonte']),
    para([
      'Il soggetto promotore ',
      v(promoter.name),
      `, C.F. ${promoter.taxCode}${promoterAddress ? `, con sede legale in ${promoterAddress}` : ''}`,
      promoter.accreditationRef ? `, abilitato a promuovere tirocini in forza di: ${lowerFirst(promoter.accreditationRef)},` : ',',
      ' nella persona di ',
      v(orBlank(legalRep(promoter.legalRepName, promoter.legalRepRole), 'long')),
      ',',
    ]),
    para([{ bold: 'ATTESTA' }], { align: 'center', keepNext: true, before: 60 }),
    para([
      agree(sex, 'che il/la tirocinante '),
      v(fullName(intern)),
      `, C.F. `,
      v(intern.taxCode),
      `, ${agree(sex, 'nato/a')} ${intern.birthPlace ? `a ${intern.birthPlace} ` : ''}il ${date(intern.birthDate)}, ha svolto il tirocinio di seguito descritto:`,
    ], { keepNext: true, after: 100 }),
    dataTable(tirocinio, width),

    heading('Attività svolte'),
    ...textOrLines(f.activities),
    heading('Competenze acquisite'),
    ...(skills.length > 0 ? list(skills, 'dash') : writingLines(4)),
    para(['Riferimento all’Atlante del lavoro e delle qualificazioni: ', v(orDash(f.atlanteRef))], { before: 80 }),

    heading('Valutazione del soggetto ospitante'),
    para(agree(sex, 'Il soggetto ospitante, tramite il proprio tutor, valuta le attività svolte e le competenze acquisite dal/dalla tirocinante:'), { keepNext: true }),
    // The evaluation and its signature stay on one page.
    ...writingLines(4, { keepNext: true }),
    ...signatures(null, [{ role: 'Per il soggetto ospitante', organisation: host.name, name: tutorInline(f.hostTutor) ?? legalRep(host.legalRepName, host.legalRepRole), hint: '(timbro e firma del tutor o del legale rappresentante)' }], width),

    para([
      interrupted
        ? 'La presente attestazione è rilasciata al termine del tirocinio, interrotto anticipatamente, avendo '
        : 'La presente attestazione è rilasciata a conclusione del tirocinio, avendo ',
      agree(sex, 'il/la tirocinante partecipato ad almeno il '),
      v(percent(f.finalCertificateAttendance)),
      ' delle ore previste dal progetto formativo per l’intero periodo, anche sulla base della valutazione del soggetto ospitante, ai fini della documentazione e della messa in trasparenza delle competenze acquisite.',
    ], { keepNext: true, before: 160 }),
    ...signatures(signingPlace(promoter), [{ role: 'Per il soggetto promotore', organisation: promoter.name, name: legalRep(promoter.legalRepName, promoter.legalRepRole), hint: '(timbro e firma)' }], width),
  ];
}

/**
 * «Concluso il 08/05/2027: assunta dall’ente ospitante» (the outcome comes agreed with the person),
 * or the early end and who decided it («Il tirocinante» is a masculine label: agreed here).
 */
function outcomeText(f: DocumentContext['internship'], sex: DocumentContext['intern']['sex']): string {
  const end = f.actualEndDate ? ` il ${date(f.actualEndDate)}` : '';
  if (f.status === 'interrotto') {
    const who = f.interruptedBy ? (/tirocinante/i.test(f.interruptedBy) ? agree(sex, 'il/la tirocinante') : lowerFirst(f.interruptedBy)) : null;
    return `Interrotto anticipatamente${end}${who ? `, su iniziativa di: ${who}` : ''}`;
  }
  const outcome = f.outcome ? lowerFirst(f.outcome) : null;
  if (f.status === 'concluso') return `Concluso${end}${outcome ? `: ${outcome}` : ''}`;
  return outcome ?? DASH;
}
