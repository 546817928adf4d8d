/**
 * The top of a record's page (an association, a candidate, a need, an internship): the way back to
 * its list, its name, what to know at a glance below it, and what can be done with it on the right.
 */
import { Button, Group, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface RecordHeaderProps {
  back: { to: string; label: string };
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}

export function RecordHeader({ back, title, children, actions }: RecordHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Text size="sm">
          <Link to={back.to}>{`← ${back.label}`}</Link>
        </Text>
        <Title order={2}>{title}</Title>
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
