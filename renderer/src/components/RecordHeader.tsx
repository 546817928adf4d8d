/**
 * The top of a record's page (an association, a candidate, a need, an internship): where it sits
 * (a breadcrumb back to its list as it was left), its name, what to know at a glance below it,
 * and what can be done with it on the right.
 */
import { Anchor, Breadcrumbs, Button, Group, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconChevronRight, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { lastListAddress } from '../lib/last-list';

export interface Crumb {
  label: string;
  /** A list's path (its filters as left are added) or a record's address. */
  to: string;
}

interface RecordHeaderProps {
  /** The places above this record, outermost first: its list, then any parent record. */
  trail: Crumb[];
  /** The record's name as the breadcrumb's last step (the title may carry more). */
  crumb: string;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}

export function RecordBreadcrumbs({ trail, crumb }: Pick<RecordHeaderProps, 'trail' | 'crumb'>) {
  return (
    <nav aria-label="Percorso">
      <Breadcrumbs separator={<IconChevronRight size={14} aria-hidden />} separatorMargin={6}>
        {trail.map((c) => (
          <Anchor key={c.to} component={Link} to={lastListAddress(c.to)} size="sm">
            {c.label}
          </Anchor>
        ))}
        <Text size="sm" aria-current="page" lineClamp={1} maw={420}>
          {crumb}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

export function RecordHeader({ trail, crumb, title, children, actions }: RecordHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <RecordBreadcrumbs trail={trail} crumb={crumb} />
        <Title order={1} mt={4}>
          {title}
        </Title>
        {children}
      </div>
      {actions}
    </Group>
  );
}

interface RecordActionsProps {
  /** The edit form's address; `null` where the record cannot be edited (no permission). Never shown on a deleted record. */
  editTo: string | null;
  deleted: boolean;
  /** Who may delete may also restore. */
  canDelete: boolean;
  /** Asks before deleting (`useSoftDelete().confirmDelete` with the record's words). */
  onDelete(): void;
  softDelete: { busy: boolean; restore(): void };
  /** A deleted record that cannot come back (a profile merged into another). */
  restorable?: boolean;
  /** Other actions, between «Modifica» and «Elimina». */
  children?: ReactNode;
}

/** «Modifica», «Elimina» and «Ripristina» of a record deleted recoverably (`useSoftDelete`), each where it applies. */
export function RecordActions({ editTo, deleted, canDelete, onDelete, softDelete, restorable = true, children }: RecordActionsProps) {
  return (
    <Group>
      {editTo && !deleted && (
        <Button component={Link} to={editTo} leftSection={<IconPencil size={16} />}>
          Modifica
        </Button>
      )}
      {children}
      {!deleted && canDelete && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} loading={softDelete.busy} onClick={onDelete}>
          Elimina
        </Button>
      )}
      {deleted && restorable && canDelete && (
        <Button variant="light" leftSection={<IconArrowBackUp size={16} />} loading={softDelete.busy} onClick={softDelete.restore}>
          Ripristina
        </Button>
      )}
    </Group>
  );
}
