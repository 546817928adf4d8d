/**
 * A rule set's numbers in one form, read-only or editable. Saving is the page's job (create or
 * update); the form shows what was refused next to the fields and, when someone else saved the
 * set meanwhile, takes in their version without losing what was typed here.
 */
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useRef, useState, type ReactNode } from 'react';
import { ApiCallError, type ApiError } from '@shared/api/errors';
import { ruleSetFields, type RuleSetFieldsInput } from '@shared/api/rule-sets';
import { showApiError } from '../../../lib/form-errors';
import { CurrentVersionTakenAlert, NotSavedAlert } from '../../../lib/SaveConflictAlerts';
import { takeTheirVersion } from '../../../lib/three-way-merge';
import { UnsavedChangesModal } from '../../../lib/UnsavedChangesModal';
import { useUnsavedChangesGuard } from '../../../lib/useUnsavedChangesGuard';
import { QuotaFieldset, PoliciesFieldset } from './QuotaAndPolicies';
import { AllowanceFieldset, DurationFieldset, EligibilityFieldset, GeneralFieldset, LimitsFieldset } from './RuleSetFieldsets';

interface RuleSetFormProps {
  initial: RuleSetFieldsInput;
  readOnly: boolean;
  submitLabel?: string;
  onSubmit?(values: RuleSetFieldsInput): Promise<void>;
  /** The version saved meanwhile, for «Carica la versione attuale». */
  loadCurrent?(): Promise<RuleSetFieldsInput>;
  onCancel?(): void;
  actions?: ReactNode;
}

export function RuleSetForm({ initial, readOnly, submitLabel = 'Salva', onSubmit, loadCurrent, onCancel, actions }: RuleSetFormProps) {
  const form = useForm<RuleSetFieldsInput>({ mode: 'controlled', initialValues: initial, validate: zod4Resolver(ruleSetFields), validateInputOnBlur: true });
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [taken, setTaken] = useState(false);
  const base = useRef(initial);
  const saved = useRef(false);
  const blocker = useUnsavedChangesGuard(() => !readOnly && form.isDirty() && !saved.current);
  // Errors of `ruleSets.update` are under `data.`; the form's fields are not.
  const fieldErrors = { setErrors: (e: Record<string, string>) => form.setErrors(Object.fromEntries(Object.entries(e).map(([k, v]) => [k.replace(/^data\./, ''), v]))) };

  async function submit(values: RuleSetFieldsInput) {
    if (!onSubmit) return;
    setBusy(true);
    setConflict(null);
    try {
      saved.current = true;
      await onSubmit(values);
    } catch (error) {
      saved.current = false;
      showApiError(error, fieldErrors);
      if (error instanceof ApiCallError && error.error.code === 'CONFLICT') setConflict(error.error);
    } finally {
      setBusy(false);
    }
  }

  async function takeCurrent() {
    if (!loadCurrent) return;
    try {
      const current = await loadCurrent();
      takeTheirVersion(form, base.current, current);
      base.current = current;
      setConflict(null);
      setTaken(true);
    } catch (error) {
      showApiError(error);
    }
  }

  const sets = { form, readOnly };
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
      <Stack>
        {conflict && <NotSavedAlert conflict={conflict} onTakeCurrent={() => void takeCurrent()} />}
        {taken && <CurrentVersionTakenAlert onClose={() => setTaken(false)} />}
        <GeneralFieldset {...sets} />
        <DurationFieldset {...sets} />
        <AllowanceFieldset {...sets} />
        <LimitsFieldset {...sets} />
        <QuotaFieldset {...sets} />
        <EligibilityFieldset {...sets} />
        <PoliciesFieldset {...sets} />
        {!readOnly && (
          <Group>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                Annulla
              </Button>
            )}
            {actions}
          </Group>
        )}
      </Stack>
      <UnsavedChangesModal blocker={blocker} />
    </form>
  );
}
