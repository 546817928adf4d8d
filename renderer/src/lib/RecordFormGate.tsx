/**
 * What a record form's route shows instead of the form: the reason the record could not be read,
 * a spinner until it is, or why it cannot be edited here (deleted, merged) with the way to its page.
 */
import { Alert, Anchor, Loader } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../app/LoadError';

/** The error or the spinner while the record is not there yet; `null` once the form can be shown. */
export function recordNotReady(record: { loadError: string | null; ready: boolean }): ReactElement | null {
  if (record.loadError) return <LoadError message={record.loadError} />;
  if (!record.ready) return <Loader />;
  return null;
}

/** The save would be refused: said before anything is typed, with the link to where it can be settled. */
export function NotEditableAlert({ title, to, linkLabel, children }: { title: string; to: string; linkLabel: string; children: ReactNode }) {
  return (
    <Alert color="orange" title={title}>
      {children}{' '}
      <Anchor component={Link} to={to}>
        {linkLabel}
      </Anchor>
    </Alert>
  );
}

/** An area's read and two writes, for `useRecordForm`: `recordMethods('needs')` is `needs.get`, `needs.create`, `needs.update`. */
export function recordMethods<A extends 'candidates' | 'needs'>(area: A) {
  return { get: `${area}.get`, create: `${area}.create`, update: `${area}.update` } as const;
}
