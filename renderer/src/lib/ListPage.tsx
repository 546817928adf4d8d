/**
 * The parts a list page is made of, top to bottom: the header, the search box with the filters,
 * then the count, the rows and the pages. Each list page puts its own words and table in them, so
 * the lists look and behave alike: search as you type, filters in the address, the last answer
 * kept on screen (dimmed) while the next one loads.
 */
import { Button, Card, Center, Group, Pagination, Stack, Text, TextInput, Title, type ButtonProps } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../app/LoadError';
import { formatInteger } from './format';
import { ListExportMenu, type ListExportTarget } from './ListExportMenu';
import { useDebouncedText } from './useDebouncedText';
import type { ListFilters } from './useListParams';

interface ListHeaderProps {
  title: string;
  /** Next to the title: another way of looking at the same records. */
  beside?: ReactNode;
  /** At the right: the buttons that start something. */
  actions?: ReactNode;
  /** The list and its current filters: «Esporta» (Excel, CSV) of what they show, before the actions. */
  exportable?: ListExportTarget;
}

export function ListHeader({ title, beside, actions, exportable }: ListHeaderProps) {
  const heading = <Title order={1}>{title}</Title>;
  const right = exportable ? (
    <Group gap="xs">
      <ListExportMenu target={exportable} />
      {actions}
    </Group>
  ) : (
    actions
  );
  return (
    <Group justify="space-between">
      {beside ? (
        <Group gap="md">
          {heading}
          {beside}
        </Group>
      ) : (
        heading
      )}
      {right}
    </Group>
  );
}

/** The button that opens the form of a new record. */
export function NewRecordButton({ to, children, ...props }: ButtonProps & { to: string; children: string }) {
  return (
    <Button component={Link} to={to} leftSection={<IconPlus size={16} />} {...props}>
      {children}
    </Button>
  );
}

interface ListSearchProps {
  filters: ListFilters;
  /** The address parameter of the search text. */
  param: string;
  /** How long typing may pause before the list asks again (ms). */
  delay: number;
  label: string;
  placeholder: string;
  /** Enter in the box, once what is typed has been sent. */
  onEnter?(typed: string): void;
  /** The filters under the box. */
  children: ReactNode;
}

export function ListSearch({ filters, param, delay, label, placeholder, onEnter, children }: ListSearchProps) {
  const [typed, setTyped, flush] = useDebouncedText(filters.params.get(param) ?? '', (v) => filters.update({ [param]: v }, { fromTyping: true }), delay);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!onEnter || event.key !== 'Enter') return;
    flush();
    onEnter(typed);
  }

  return (
    <Card withBorder>
      <Stack gap="sm">
        <TextInput data-list-search aria-label={label} placeholder={placeholder} leftSection={<IconSearch size={16} />} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} onKeyDown={onKeyDown} autoFocus />
        {children}
      </Stack>
    </Card>
  );
}

interface ListPaginationProps {
  filters: ListFilters;
  /** Every record the list has (not just this page); unknown while the first answer loads. */
  total: number | undefined;
  pageSize: number;
  page: number;
}

/** Shown only when there is more than one page; page 1 is the address without a page. */
export function ListPagination({ filters, total, pageSize, page }: ListPaginationProps) {
  const pages = total === undefined ? 1 : Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Group justify="center">
      <Pagination total={pages} value={page} onChange={(p) => filters.update({ [filters.pageParam]: p === 1 ? null : String(p) }, { keepPage: true })} aria-label="Pagine" />
    </Group>
  );
}

/** What a list holds, in the words its count and its empty state are made of. */
export interface ListNoun {
  one: string;
  many: string;
  /** Feminine nouns take «Nessuna» and «eliminata/e». */
  feminine: boolean;
}

/** «12 associazioni», «1 candidato eliminato». */
export function countLabel(noun: ListNoun, total: number, deleted: boolean): string {
  const one = total === 1;
  const gone = noun.feminine ? (one ? 'eliminata' : 'eliminate') : one ? 'eliminato' : 'eliminati';
  return `${formatInteger(total)} ${one ? noun.one : noun.many}${deleted ? ` ${gone}` : ''}`;
}

function emptyTitle(noun: ListNoun, anyFilter: boolean, deleted: boolean): string {
  const none = `${noun.feminine ? 'Nessuna' : 'Nessun'} ${noun.one}`;
  if (anyFilter) return `${none} corrisponde alla ricerca.`;
  return deleted ? `${none} ${noun.feminine ? 'eliminata' : 'eliminato'}.` : `Non ci sono ancora ${noun.many}.`;
}

interface ListResultsProps<A extends { items: readonly unknown[]; total: number }> {
  filters: ListFilters;
  /** The answer on screen (while the next one loads it is the last one, dimmed), or why there is none. */
  list: { data: A | null | undefined; loading: boolean; error: string | null };
  noun: ListNoun;
  /** Something narrows the list: an empty answer says so instead of «non ci sono ancora». */
  anyFilter: boolean;
  /** The list shows the deleted records only. */
  deleted: boolean;
  /** What the count line says, where it is not the plain count. */
  count?: (data: A) => string;
  /** Between the count and the rows: a word on how to read them. */
  notice?: ReactNode;
  /** Under the empty state's title: what to do next. */
  hint: string;
  /** Under the hint: the button that does it. */
  action?: ReactNode;
  pageSize: number;
  page: number;
  /** The rows of the answer. */
  children(data: A): ReactNode;
}

export function ListResults<A extends { items: readonly unknown[]; total: number }>(props: ListResultsProps<A>) {
  const { filters, list, noun, anyFilter, deleted, notice, hint, action, pageSize, page, children } = props;
  const { data } = list;
  const count = props.count ?? ((answer: A) => countLabel(noun, answer.total, deleted));
  return (
    <>
      {list.error && <LoadError message={list.error} />}

      <Text size="sm" c="dimmed" aria-live="polite">
        {data ? count(data) : 'Caricamento…'}
      </Text>

      {notice}

      {data && data.items.length === 0 ? (
        <Card withBorder p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={500}>{emptyTitle(noun, anyFilter, deleted)}</Text>
              <Text size="sm" c="dimmed" ta="center">
                {hint}
              </Text>
              {action}
            </Stack>
          </Center>
        </Card>
      ) : (
        data && (
          <Card withBorder p={0} style={{ opacity: list.loading ? 0.6 : 1, transition: 'opacity 120ms' }}>
            {children(data)}
          </Card>
        )
      )}

      <ListPagination filters={filters} total={data?.total} pageSize={pageSize} page={page} />
    </>
  );
}
