/**
 * Attestazione finale: the promoter certifies the tirocinio done (who, where, type, period, hours
 * planned and attended with the attendance share) and the skills acquired. The core issues it only
 * when the attendance reaches the rule set's threshold; this module prints what the file has.
 */
import type { FileChild } from 'docx';
import type { DocumentContext } from '../../../shared/documents/context';
import { centred, dataTable, heading, list, para, signatures, textOrLines, title, v, writingLines, type DataRow } from './blocks';
import { address, BLANK, date, dateOrBlank, endDate, fullName, gendered, hours, orBlank, orDash, percent, signingPlace, theIntern } from './format';
import { PORTRAIT, textWidth } from './layout';
import { legalRep, tutorInline, workplace } from './parties';
import { lowerFirst, unbracketed } from './texts';

export function attestazioneBody(ctx: DocumentContext): FileChild[] {
  const { promoter, host, intern, internship: f, totals } = ctx;
  const width = textWidth(PORTRAIT);
  const suspensions = f.suspensions.map((s) => `dal ${date(s.from)}${s.to ? ` al ${date(s.to)}` : ''} (${lowerFirst(unbracketed(s.reason))})`);
  const extensions = f.extensions.map((e) => `dal ${date(e.from)} al ${date(e.to)}`);
  const tirocinio: DataRow[] = [
    ['Tipologia', f.typeLabel],
    ['Soggetto ospitante', `${host.name} – ${host.legalForm}, C.F. ${host.taxCode}`],
    ['Sede di svolgimento', workplace(host)],
    ['Periodo', `dal ${dateOrBlank(f.startDate)} al ${dateOrBlank(endDate(f))}`],
    ['Sospensioni', suspensions.length > 0 ? suspensions.join('; ') : 'Nessuna'],
    ['Proroghe', extensions.length > 0 ? extensions.join('; ') : 'Nessuna'],
    ['Tutor del soggetto promotore', tutorInline(f.promoterTutor)],
    ['Tutor del soggetto ospitante', tutorInline(f.hostTutor)],
    ['Ore svolte e previste', totals ? `${hours(totals.attendedHours)} ore svolte su ${hours(totals.plannedHours)} previste` : `${BLANK.short} ore svolte su ${BLANK.short} previste`],
    ['Frequenza', totals?.attendance !== null && totals?.attendance !== undefined ? `${percent(totals.attendance)} delle ore previste (minimo richiesto: ${percent(f.finalCertificateAttendance)})` : `${BLANK.short} (minimo richiesto: ${percent(f.finalCertificateAttendance)})`],
  ];
  const skills = f.skillsAcquired.filter((s) => s.trim() !== '');
  const promoterAddress = address(promoter.address);

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
      `che ${theIntern(intern.sex)} `,
      v(fullName(intern)),
      `, C.F. `,
      v(intern.taxCode),
      `, ${gendered(intern.sex, 'nat')} ${intern.birthPlace ? `a ${intern.birthPlace} ` : ''}il ${date(intern.birthDate)}, ha svolto il tirocinio di seguito descritto:`,
    ], { keepNext: true, after: 100 }),
    dataTable(tirocinio, width),

    heading('Attività svolte'),
    ...textOrLines(f.activities),
    heading('Competenze acquisite'),
    ...(skills.length > 0 ? list(skills, 'dash') : writingLines(4)),
    para(['Riferimento all’Atlante del lavoro e delle qualificazioni: ', v(orDash(f.atlanteRef))], { before: 80 }),
    para([
      'La presente attestazione è rilasciata a conclusione del tirocinio, avendo ',
      theIntern(intern.sex),
      ' partecipato ad almeno il ',
      v(percent(f.finalCertificateAttendance)),
      ' delle ore previste, ai fini della documentazione e della messa in trasparenza delle competenze acquisite.',
    ], { keepNext: true }),
    ...signatures(signingPlace(promoter), [{ role: 'Per il soggetto promotore', organisation: promoter.name, name: legalRep(promoter.legalRepName, promoter.legalRepRole), hint: '(timbro e firma)' }], width),
  ];
}
