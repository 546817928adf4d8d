/**
 * What every record form (lib/useRecordForm.ts) shows around its own fields: the title with what
 * the asterisks mean, and at the end the save button, «Annulla» where the form has a page to go
 * back to, and the question before leaving with unsaved changes.
 */
import { Button, Group, Text, Title } from '@mantine/core';
import { useNavigate, type Blocker } from 'react-router';
import { UnsavedChangesModal } from './UnsavedChangesModal';

export function RecordFormTitle({ title, note = 'I campi con * sono obbligatori.' }: { title: string; note?: string }) {
  return (
    <div>
      <Title order={1}>{title}</Title>
      <Text size="sm" c="dimmed">
        {note}
      </Text>
    </div>
  );
}

interface RecordFormFooterProps {
  state: { saving: boolean; blocker: Blocker };
  saveLabel: string;
  /** Where «Annulla» goes (`RecordForm.cancelTo`); without it the form has no such button. */
  cancelTo?: string;
}

export function RecordFormFooter({ state, saveLabel, cancelTo }: RecordFormFooterProps) {
  const navigate = useNavigate();
  return (
    <>
      <Group>
        <Button type="submit" loading={state.saving}>
          {saveLabel}
        </Button>
        {cancelTo && (
          <Button variant="default" onClick={() => void navigate(cancelTo)}>
            Annulla
          </Button>
        )}
      </Group>
      {/* In a portal: it takes no place in the form's layout. */}
      <UnsavedChangesModal blocker={state.blocker} />
    </>
  );
}
