/**
 * The needs list as a file. A need's protected categories fold into one for a role without
 * `candidates.special`, as `needs.get` shows them (decision 0026): whoever is proposed to it would
 * otherwise be suspected of having one.
 */
import { PROTECTED_CATEGORIES_LABEL, TARGET_CATEGORY_LABELS, visibleCategories } from '@shared/api/candidates';
import { NEED_OFFER_LABELS, NEED_STATUS_LABELS, type NeedListParams, type NeedStatus } from '@shared/api/needs';
import type { ReadCtx } from '../../context';
import { needListSelection, proposalCounts } from '../needs/list';
import { date, integer, labelsOf, text, type Column } from './columns';
import { associationName, byRowids, inWords, officeCode, operatorName, type ExportSource } from './source';

interface Row {
  id: string;
  title: string;
  associationName: string;
  comune: string;
  province: string | null;
  status: NeedStatus;
  positions: number;
  hoursPerWeek: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  offers: string;
  categories: string;
  receivedOn: string;
  operatorName: string | null;
  officeCode: string | null;
  proposals: number;
  accepted: number;
}

const SQL = `SELECT n.id, n.title, a.name AS associationName, coalesce(s.comune, a.comune) AS comune, coalesce(s.province, a.province) AS province,
    n.status, n.positions, n.hours_per_week AS hoursPerWeek, n.period_from AS periodFrom, n.period_to AS periodTo, n.offers, n.categories,
    n.received_on AS receivedOn, o.full_name AS operatorName, office.code AS officeCode
  FROM json_each(?) m CROSS JOIN needs n ON n.rowid = m.value JOIN associations a ON a.id = n.association_id
  LEFT JOIN association_sites s ON s.id = n.operating_site_id LEFT JOIN operators o ON o.id = n.operator_id
  LEFT JOIN sites office ON office.id = n.site_id
  ORDER BY m.key`;

function categoriesText(json: string, seesSpecial: boolean): string | null {
  let stored: string[] = [];
  try {
    const parsed: unknown = JSON.parse(json);
    if (Array.isArray(parsed)) stored = parsed.filter((c): c is string => typeof c === 'string');
  } catch {
    return null;
  }
  const { categories, hidden } = seesSpecial ? { categories: stored, hidden: false } : visibleCategories(stored);
  const words = categories.map((c) => TARGET_CATEGORY_LABELS[c as keyof typeof TARGET_CATEGORY_LABELS] ?? c);
  if (hidden) words.push(PROTECTED_CATEGORIES_LABEL);
  return words.length > 0 ? words.join(', ') : null;
}

function columns(_ctx: ReadCtx, seesSpecial: boolean): Column<Row>[] {
  return [
    text('Titolo', 30, (r) => r.title),
    text('Associazione', 30, (r) => r.associationName),
    text('Comune', 20, (r) => r.comune),
    text('Provincia', 10, (r) => r.province),
    text('Stato', 14, (r) => NEED_STATUS_LABELS[r.status]),
    integer('Posti', 7, (r) => r.positions),
    integer('Ore settimanali', 10, (r) => r.hoursPerWeek),
    date('Periodo dal', (r) => r.periodFrom),
    date('Periodo al', (r) => r.periodTo),
    text('Offerta', 24, (r) => labelsOf(r.offers, NEED_OFFER_LABELS)),
    text('Categorie', 34, (r) => categoriesText(r.categories, seesSpecial)),
    date('Ricevuto il', (r) => r.receivedOn),
    integer('Proposte', 9, (r) => r.proposals),
    integer('Accettate', 9, (r) => r.accepted),
    text('Operatore', 22, (r) => r.operatorName),
    text('Sportello', 10, (r) => r.officeCode),
  ];
}

export const needsSource: ExportSource<NeedListParams, Row> = {
  list: 'needs',
  sheet: 'Fabbisogni',
  fileStem: 'fabbisogni',
  selection: needListSelection,
  rows: (ctx, rowids) => {
    const rows = byRowids<Omit<Row, 'proposals' | 'accepted'>>(ctx, SQL, rowids);
    // The list's own count per page of needs, not one per row of the sorted query.
    const counts = proposalCounts(ctx.sqlite, rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, proposals: counts.get(r.id)?.proposals ?? 0, accepted: counts.get(r.id)?.accepted ?? 0 }));
  },
  columns,
  filtersInWords: (ctx, f) =>
    inWords(f.query, [
      ['stato', f.status && NEED_STATUS_LABELS[f.status]],
      ['associazione', f.associationId && associationName(ctx, f.associationId)],
      ['comitato', f.committee],
      ['provincia', f.province],
      ['operatore', f.operatorId && operatorName(ctx, f.operatorId)],
      ['offerta', f.offer && NEED_OFFER_LABELS[f.offer]],
      ['ricevuti da almeno', f.olderThanDays === null ? null : `${f.olderThanDays} giorni`],
      ['sportello', f.site && officeCode(ctx, f.site)],
      ['solo eliminati', f.deleted],
    ]),
};
