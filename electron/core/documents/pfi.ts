/**
 * Progetto Formativo Individuale: the plan for one intern, signed by the promoter, the host and
 * the intern. References the convenzione; the parties, the tutors, place, period and weekly
 * schedule; goals, activities and skills; allowance with the attendance threshold; insurance and
 * safety training; the intern's duties.
 */
import { TableRow, type FileChild } from 'docx';
import type { DocumentContext } from '@shared/documents/context';
import { cell, centred, dataTable, heading, HEAD_FILL, LABEL_FILL, list, para, scheduleTable, signatures, table, textOrLines, title, v, writingLines, type DataRow } from './blocks';
import { agree } from '@shared/text/agreement';
import { formatProfession } from '@shared/format/profession';
import { agreementRef, BLANK, date, dateOrBlank, DASH, fullName, hours, lengthInWords, orDash, signingPlace } from './format';
import { PORTRAIT, textWidth } from './layout';
import { hostRows, internRows, legalRep, promoterRows, tutorRows, workplace } from './parties';
import { allowanceSentences, insuranceSentence } from './texts';

function tutorsTable(ctx: DocumentContext, width: number) {
  const label = Math.round(width * 0.28);
  const col = Math.floor((width - label) / 2);
  const widths = [label, col, width - label - col];
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: [cell(' ', widths[0]!, { fill: HEAD_FILL }), cell([{ bold: 'Tutor del soggetto promotore' }], widths[1]!, { fill: HEAD_FILL }), cell([{ bold: 'Tutor del soggetto ospitante' }], widths[2]!, { fill: HEAD_FILL })],
  });
  // A tutor not yet designated is written in by hand, name and data; a named tutor's missing data
  // is a dash, and a row that would be a dash for both tutors is left out (the names always stay).
  const [names, ...others] = tutorRows(ctx);
  const toWrite = [names![1] === null, names![2] === null];
  const shown = (value: string | null, column: 0 | 1) => value ?? (toWrite[column] ? BLANK.medium : DASH);
  const kept = [names!, ...others.filter(([, p, h]) => shown(p, 0) !== DASH || shown(h, 1) !== DASH)];
  const rows = kept.map(
    ([label, p, h], i) =>
      new TableRow({
        cantSplit: true,
        keepNext: i < kept.length - 1,
        children: [cell(label, widths[0]!, { fill: LABEL_FILL }), cell(shown(p, 0), widths[1]!), cell(shown(h, 1), widths[2]!)],
      }),
  );
  return table([head, ...rows], widths);
}

export function pfiBody(ctx: DocumentContext): FileChild[] {
  const { promoter, host, intern, internship: f } = ctx;
  const width = textWidth(PORTRAIT);
  const ref = agreementRef(f);
  const notice = f.noticeNumber || f.noticeDate ? `n. ${orDash(f.noticeNumber)} del ${dateOrBlank(f.noticeDate)}` : null;

  const references: DataRow[] = [
    ['Convenzione di tirocinio', `n. ${ref.number} del ${dateOrBlank(ref.date)}`],
    ['Pratica', f.number],
    ['Tipologia di tirocinio', f.typeLabel],
    // The act alone: the app's rule-set label is internal and would name the act a second time.
    ['Normativa di riferimento', f.legalBasis],
    ['Comunicazione obbligatoria (UNILAV)', notice],
    // Given by the Region once the file is registered on its portal: a dash until then.
    ['Riferimento sul Portale Tirocini della Regione', f.portalReference],
  ];
  if (f.protocolException) references.push(['Deroga del protocollo AICS', 'Sì: associazione senza dipendenti, un tirocinante alla volta']);

  // Only a qualifying suspension is one: a shorter one recorded before decision 0014 is absences.
  const suspensions = f.suspensions.filter((s) => s.qualifying);
  const closed = suspensions.flatMap((s) => (s.to ? [{ from: s.from, to: s.to }] : []));
  const period: DataRow[] = [
    ['Sede di svolgimento', workplace(host)],
    ['Periodo', `dal ${dateOrBlank(f.startDate)} al ${dateOrBlank(f.plannedEndDate)}`],
    ['Durata complessiva', f.startDate && f.plannedEndDate && f.plannedEndDate >= f.startDate ? lengthInWords(f.startDate, f.plannedEndDate, closed) : BLANK.short],
    ['Ore settimanali', f.weeklyHours === null ? BLANK.short : hours(f.weeklyHours)],
    ['Ore complessive previste', f.plannedHours === null ? BLANK.short : hours(f.plannedHours)],
  ];
  if (f.actualEndDate) period.push(['Conclusione effettiva', date(f.actualEndDate)]);

  const events: string[] = [
    ...suspensions.map((s) => `Sospensione dal ${date(s.from)}${s.to ? ` al ${date(s.to)}` : ' (in corso)'}: ${s.reason}.`),
    ...f.extensions.map((e) => `Proroga dal ${date(e.from)} al ${date(e.to)}${e.noticeNumber || e.noticeDate ? `, comunicazione n. ${orDash(e.noticeNumber)} del ${dateOrBlank(e.noticeDate)}` : ''}.`),
  ];
  const skills = f.skillsToAcquire.filter((s) => s.trim() !== '');
  const sex = intern.sex;

  return [
    ...title('Progetto formativo individuale', `Pratica n. ${f.number}`),
    centred(['allegato alla convenzione di tirocinio n. ', v(ref.number), ' del ', v(dateOrBlank(ref.date))]),

    heading('1. Riferimenti'),
    dataTable(references, width),
    heading('2. Soggetto promotore'),
    dataTable(promoterRows(promoter, { compact: true }), width),
    heading('3. Soggetto ospitante'),
    dataTable(hostRows(host, { compact: true }), width),
    heading('4. Tirocinante'),
    dataTable(internRows(intern), width),
    heading('5. Tutor'),
    tutorsTable(ctx, width),

    heading('6. Sede, periodo e orario'),
    dataTable(period, width),
    para('Articolazione settimanale dell’orario:', { keepNext: true, before: 120, after: 60 }),
    scheduleTable(f.schedule, f.weeklyHours, width),
    ...(f.scheduleNotes ? [para([{ italic: 'Note: ' }, f.scheduleNotes], { before: 80 })] : []),
    ...(events.length > 0 ? [para('Sospensioni e proroghe:', { keepNext: true, before: 80 }), ...list(events, 'dash')] : []),

    heading('7. Obiettivi, attività e competenze'),
    para([{ bold: 'Obiettivi formativi' }], { keepNext: true, after: 40 }),
    ...textOrLines(f.goals),
    para([{ bold: 'Attività' }], { keepNext: true, after: 40 }),
    ...textOrLines(f.activities),
    para([{ bold: 'Competenze da acquisire' }], { keepNext: true, after: 40 }),
    ...(skills.length > 0 ? list(skills, 'dash') : writingLines(3)),
    // The role's profession and its Atlante reference say the same thing twice over: kept on one page.
    para(['Professione di riferimento (ISTAT CP2011): ', v(orDash(formatProfession(f.professionCode, f.professionName)))], { before: 80, keepNext: true }),
    para(['Riferimento all’Atlante del lavoro e delle qualificazioni: ', v(orDash(f.atlanteRef))], { before: 40 }),

    heading('8. Indennità di partecipazione'),
    ...allowanceSentences(f, intern.sex).map((p) => para(p)),

    heading('9. Garanzie assicurative'),
    para(insuranceSentence(f, intern.sex)),

    // Said once: the obligation in one sentence, then the plan as the file has it (who, when, how
    // many hours), never a second fixed sentence that could contradict the plan typed.
    heading('10. Formazione in materia di salute e sicurezza'),
    para(agree(sex, 'Prima di essere adibito/a alle attività, il/la tirocinante riceve la formazione in materia di salute e sicurezza nei luoghi di lavoro prevista dal D.Lgs. 81/2008, secondo il seguente programma:'), { keepNext: true }),
    ...textOrLines(f.safetyTraining, 2),

    heading(agree(sex, '11. Impegni del/della tirocinante')),
    para(agree(sex, 'Durante il tirocinio il/la tirocinante si impegna a:'), { keepNext: true }),
    ...list([
      'svolgere le attività previste dal presente progetto, seguendo le indicazioni dei tutor;',
      'rispettare l’orario concordato e firmare quotidianamente il registro delle presenze;',
      'rispettare le norme in materia di salute e sicurezza e i regolamenti del soggetto ospitante;',
      'mantenere la riservatezza su dati, informazioni e conoscenze acquisiti durante il tirocinio;',
      'comunicare tempestivamente ai tutor assenze, impedimenti o l’intenzione di interrompere il tirocinio.',
    ]),
    para('Il presente progetto è parte integrante della convenzione sopra indicata.', { keepNext: true, before: 120 }),
    ...signatures(signingPlace(promoter), [
      { role: 'Per il soggetto promotore', organisation: promoter.name, name: legalRep(promoter.legalRepName, promoter.legalRepRole), hint: '(timbro e firma)' },
      { role: 'Per il soggetto ospitante', organisation: host.name, name: legalRep(host.legalRepName, host.legalRepRole), hint: '(timbro e firma)' },
      { role: agree(sex, 'Il/La tirocinante'), name: fullName(intern), hint: '(firma)' },
    ], width),
  ];
}
