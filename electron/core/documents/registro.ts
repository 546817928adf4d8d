/**
 * Registro presenze: one month on one A4 page. Every day of the month with its weekday, the hours
 * the schedule plans or the reason there are none (holiday, rest day, qualifying suspension, outside
 * the file), columns to write entry and exit times, the hours, and both signatures; filled with the
 * hours entered day by day when the desk has them. An absence is printed as «Assenza», never as a
 * suspension (shared/documents/register-day.ts). The month's totals and the signatures close it.
 */
import { HeightRule, TableRow, type FileChild } from 'docx';
import type { DocumentContext, RegisterMonth } from '@shared/documents/context';
import { registerDayHoursDone } from '@shared/documents/fields';
import { ABSENCE_NOTE, registerDayNote } from '@shared/documents/register-day';
import { agree } from '@shared/text/agreement';
import { sumDailyHours, WEEKDAY_SHORT, type PlannedDay } from '@shared/rules/attendance-days';
import { cell, HEAD_FILL, LABEL_FILL, para, signatures, table, title, v } from './blocks';
import { DASH, date, dateOrBlank, fullName, hours, orBlank, percent, signingPlace } from './format';
import { textWidth, type PageSetup } from './layout';
import { SIZE } from './styles';
import { workplace } from './parties';

/** Portrait, narrow margins: 31 days, the totals and the signatures fit one page. */
export const REGISTER_PAGE: PageSetup = { orientation: 'portrait', margins: { top: 20, bottom: 15, left: 14, right: 14 } };

const MM = 56.7;
/** Column widths in millimetres: 182 mm of text width. */
const COLUMNS = [
  ['Data', 12],
  ['Giorno', 12],
  ['Ore\nprev.', 11],
  ['Orario previsto / note', 45],
  ['Entrata', 14],
  ['Uscita', 14],
  ['Ore\nsvolte', 12],
  ['Firma del tirocinante', 31],
  ['Firma del tutor', 31],
] as const;

function reason(day: PlannedDay, slot: string | null, note: string | null): string {
  if (note === ABSENCE_NOTE) return note;
  switch (day.kind) {
    case 'lavorativo':
      return slot ?? '';
    case 'festivo':
      return day.holiday ?? 'Festivo';
    case 'riposo':
      return 'Riposo';
    case 'sospeso':
      return 'Tirocinio sospeso';
    case 'fuori':
      return 'Fuori dal periodo';
  }
}

const GREY_FILL = 'F0F0F0';
const DARK_FILL = 'E2E2E2';

/**
 * One day of the register. The hours done as an office template prints them too: those entered
 * («0» only for a day entered as 0), a blank to write on for a working day not entered.
 */
function dayRow(day: PlannedDay, register: RegisterMonth, suspensions: DocumentContext['internship']['suspensions'], slot: string | null, widths: number[]): TableRow {
  const note = registerDayNote(day, suspensions, register.daily);
  // A short «suspension» not converted yet is absences: not shaded as a closed day.
  const closed = day.kind === 'fuori' || (day.kind === 'sospeso' && note !== ABSENCE_NOTE);
  const working = day.kind === 'lavorativo';
  const fill = closed ? DARK_FILL : working ? undefined : GREY_FILL;
  const done = registerDayHoursDone(day, register.daily);
  const size = SIZE.small;
  const values = [
    date(day.date)!.slice(0, 5),
    WEEKDAY_SHORT[day.weekday],
    working ? hours(day.plannedHours) : DASH,
    reason(day, slot, note),
    closed ? DASH : '',
    closed ? DASH : '',
    done,
    '',
    '',
  ];
  return new TableRow({
    cantSplit: true,
    height: { value: Math.round(5 * MM), rule: HeightRule.ATLEAST },
    children: values.map((text, i) => cell(text === '' ? ' ' : text, widths[i]!, { fill, size, align: i === 3 ? 'left' : 'center', italic: i === 3 && (!working || note !== null) })),
  });
}

function infoTable(ctx: DocumentContext, width: number) {
  const { intern, host, internship: f } = ctx;
  const label = Math.round(width * 0.13);
  const value = Math.round(width * 0.45);
  const widths = [label, value, label, width - 2 * label - value];
  const small = { size: SIZE.small };
  const labelled = { fill: LABEL_FILL, size: SIZE.small };
  const row = (a: string, b: string, c: string, d: string) =>
    new TableRow({ cantSplit: true, children: [cell(a, widths[0]!, labelled), cell([{ bold: b }], widths[1]!, small), cell(c, widths[2]!, labelled), cell(d, widths[3]!, small)] });
  return table(
    [
      row('Tirocinante', `${fullName(intern)} – C.F. ${intern.taxCode}`, 'Pratica', `n. ${f.number}`),
      row('Ente ospitante', host.name, 'Periodo', `dal ${dateOrBlank(f.startDate)} al ${dateOrBlank(f.plannedEndDate)}`),
      new TableRow({ cantSplit: true, children: [cell('Sede', widths[0]!, labelled), cell(workplace(host), widths[1]! + widths[2]! + widths[3]!, { ...small, span: 3 })] }),
      row('Tutor ospitante', orBlank(f.hostTutor.name), 'Tutor promotore', orBlank(f.promoterTutor.name)),
    ],
    widths,
  );
}

export function registroBody(ctx: DocumentContext): FileChild[] {
  const register = ctx.register;
  if (!register) throw new Error('Il registro presenze richiede il mese (register) nel contesto del documento.');
  const { intern, internship: f } = ctx;
  const width = textWidth(REGISTER_PAGE);
  const widths = COLUMNS.map(([, mm]) => Math.round(mm * MM));
  widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
  const slots = new Map(f.schedule.map((d) => [d.weekday, d.slot]));

  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map(([label], i) => cell([{ bold: label }], widths[i]!, { fill: HEAD_FILL, size: SIZE.small, align: i === 3 ? 'left' : 'center' })),
  });
  const attended = register.attendedHours ?? (register.daily ? sumDailyHours(register.daily) : null);
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell([{ bold: 'Totale' }], widths[0]! + widths[1]!, { fill: LABEL_FILL, size: SIZE.small, span: 2 }),
      cell([{ bold: hours(register.plannedHours) }], widths[2]!, { fill: LABEL_FILL, size: SIZE.small, align: 'center' }),
      cell(' ', widths[3]! + widths[4]! + widths[5]!, { fill: LABEL_FILL, size: SIZE.small, span: 3 }),
      cell([{ bold: attended === null ? ' ' : hours(attended) }], widths[6]!, { fill: LABEL_FILL, size: SIZE.small, align: 'center' }),
      cell(' ', widths[7]! + widths[8]!, { fill: LABEL_FILL, size: SIZE.small, span: 2 }),
    ],
  });
  const days = register.days.map((d) => dayRow(d, register, f.suspensions, slots.get(d.weekday) ?? null, widths));
  const minimum = Math.round(register.plannedHours * f.attendanceThreshold * 100) / 100;
  const who = agree(intern.sex, 'Il/La tirocinante');

  return [
    ...title('Registro presenze', `Mese di ${register.label}`, { compact: true }),
    infoTable(ctx, width),
    para(' ', { after: 60, size: SIZE.small }),
    table([head, ...days, total], widths, { tight: true }),
    para(
      [
        'Ore previste nel mese: ',
        v(hours(register.plannedHours)),
        ' · indennità piena con almeno ',
        v(hours(minimum)),
        ` ore (${percent(f.attendanceThreshold)} delle previste) · ore in decimali: 7,5 = 7 ore e 30 minuti.`,
      ],
      { size: SIZE.small, before: 40, after: 0, align: 'left', keepNext: true },
    ),
    ...signatures(signingPlace(ctx.promoter), [
      { role: who, name: fullName(intern), hint: '(firma)' },
      { role: 'Il tutor del soggetto ospitante', name: f.hostTutor.name, hint: '(firma)' },
    ], width, { compact: true }),
  ];
}
