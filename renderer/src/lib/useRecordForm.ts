/**
 * One record form (associations, candidates, needs, internship files), written once: the record
 * read through the query layer, a Mantine form checked with the schema the core parses with, the
 * save (create or update) that keeps every typed value when refused and marks the fields, «Carica
 * la versione attuale» after a colleague's save (three-way merge, lib/three-way-merge.ts), the
 * unsaved-changes guard, the focus on the first wrong field (opening its tab), and the page that
 * follows a save. A form page adds only its fields, its title and its own alerts.
 */
import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useNavigate, type Blocker } from 'react-router';
import { contract, type MethodInput, type MethodName, type MethodOutput } from '@shared/api/contract';
import type { MethodDef } from '@shared/api/define';
import { ApiCallError, type ApiError } from '@shared/api/errors';
import { api } from '../api/client';
import { apiQuery, queryClient, useApiQuery } from '../api/query';
import { showApiError, showSaved } from './form-errors';
import { takeTheirVersion, type MergeableForm } from './three-way-merge';
import { useFocusFirstError } from './useFocusFirstError';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

const INVALID_MESSAGE = 'Alcuni dati non sono validi: controlla i campi evidenziati in rosso.';

/** What every travelling record carries: the version an update must name. */
interface Versioned {
  id: string;
  hlc: string;
}

/** The contract's methods that take `I` and answer `R`: what the options' method names are checked against. */
export type MethodsWith<I, R> = { [M in MethodName]: I extends MethodInput<M> ? (MethodOutput<M> extends R ? M : never) : never }[MethodName];

/** Field path → message, as Mantine shows them beside the boxes. */
export type FieldErrors = Record<string, string>;

export interface RecordFormOptions<R extends Versioned, D extends object, V extends object> {
  /** Reads the record by id (`associations.get`). */
  get: MethodsWith<{ id: string }, R>;
  /** Saves a new record (`associations.create`); its input schema also checks the form as it is typed. */
  create: MethodsWith<D, R>;
  /** Saves changes over a version (`associations.update`). */
  update: MethodsWith<{ id: string; hlc: string; data: D }, R>;
  /** The record to change; null for a new one. */
  id: string | null;
  /** A new record's values (ignored when `id` names one: the form starts from it once read). */
  blank?: V;
  /** A saved record → what the form holds (null → empty text, so inputs stay controlled). */
  toForm(record: R): V;
  /** What the form holds → the contract's input. */
  toInput(values: V): D;
  /** Checks the schema cannot make at the first try, keyed by the form's paths; the schema's own message wins. */
  check?(values: V): FieldErrors;
  /** Contract paths → the form's, where a box holds a field under another name (money in euros). */
  toFormErrors?(errors: FieldErrors): FieldErrors;
  /** The form's field names in Italian: when given, «Versione attuale caricata» lists what the colleague changed. */
  labels?: Record<string, string>;
  /** The notice of a save the form's own check refused (the core's refusals bring their own). */
  invalidMessage?: string;
  /** The notice after a save. */
  savedMessage(saved: R): string;
  /** Where the area's records are listed (`/associazioni`); a record's own page is below it, where a save leads. */
  path: string;
}

/** After taking in the current version; `theirChanges` only where the form lists them. */
export interface TakenVersion {
  theirChanges?: string[];
}

export interface RecordForm<R, V> {
  form: UseFormReturnType<V>;
  /** The record as the page opened it (null for a new one): its title and what the page checks. */
  record: R | null;
  /** The version the typed changes apply to: moves on when the operator takes in a colleague's save. */
  base: R | null;
  /** Why the record could not be read; null otherwise. */
  loadError: string | null;
  /** False while the record is still being read. */
  ready: boolean;
  saving: boolean;
  /** The core's CONFLICT refusal of the last save, shown until the next try. */
  conflict: ApiError | null;
  taken: TakenVersion | null;
  takeCurrentVersion(): void;
  closeTaken(): void;
  /** Where «Annulla» leads: the record's page, or the list for a new one. */
  cancelTo: string;
  /** Goes on the `<form>` element. */
  formProps: { ref: RefObject<HTMLFormElement | null>; noValidate: true; onSubmit(event?: FormEvent<HTMLFormElement>): void };
  /** For `UnsavedChangesModal`. */
  blocker: Blocker;
}

/**
 * Errors keyed by the contract's paths (the schema's, the core's) → keyed by the form's. An update
 * sends the record under `data`, so the core names its fields `data.name`: the form's box is `name`.
 */
export function fieldErrors(errors: Record<string, unknown>, toFormErrors?: (errors: FieldErrors) => FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (typeof message === 'string') out[path.startsWith('data.') ? path.slice('data.'.length) : path] = message;
  }
  return toFormErrors ? toFormErrors(out) : out;
}

/** The form's errors while typing: the form's own checks under the schema's (which say it first). */
export function recordErrors(schemaErrors: FormErrors, own: FieldErrors | undefined, toFormErrors?: (errors: FieldErrors) => FieldErrors): FieldErrors {
  return fieldErrors({ ...own, ...schemaErrors }, toFormErrors);
}

/** Takes `current` into a form typed over `base`, keeping what was typed; what the operator is then told. */
export function takeCurrent<R, V extends object>(form: MergeableForm<V>, toForm: (record: R) => V, base: R, current: R, labels?: Record<string, string>): TakenVersion {
  const changed = takeTheirVersion(form, toForm(base), toForm(current)).map(String);
  return labels ? { theirChanges: changed.map((k) => labels[k] ?? k) } : {};
}

export interface FirstAnswer<T> {
  data: T | null;
  error: string | null;
  /** True once the answer (or the refusal) is in, or when nothing was to be read. */
  settled: boolean;
}

/**
 * A read whose first fresh answer is kept while the page lives. A form is built on it once: a later
 * refresh (after any write) or a cleared cache (after unlocking) must not take it away while the
 * operator types, and an answer cached before the page opened is not fresh enough to edit from.
 */
export function useFirstAnswer<M extends MethodName>(method: M, input: MethodInput<M>, enabled = true): FirstAnswer<MethodOutput<M>> {
  const query = useApiQuery(method, input, { enabled });
  const key = JSON.stringify([method, input]);
  const [kept, setKept] = useState<{ key: string; data: MethodOutput<M> | null; error: string | null } | null>(null);
  const fresh = enabled && !query.loading && (query.data !== null || query.error !== null);
  if (fresh && kept?.key !== key) setKept({ key, data: query.error ? null : query.data, error: query.error });
  if (kept?.key === key) return { data: kept.data, error: kept.error, settled: true };
  return { data: null, error: null, settled: !enabled };
}

/*
 * The option types prove, method by method, that `get`, `create` and `update` take these inputs and
 * answer `R` (MethodsWith); TypeScript cannot follow that proof through the contract's map into a
 * generic call, so it is taken as read here, once.
 */
function call<I, R>(method: MethodsWith<I, R>, input: I): Promise<R> {
  return api.call(method as MethodName, input as MethodInput<MethodName>) as Promise<unknown> as Promise<R>;
}

function readFresh<R>(method: MethodsWith<{ id: string }, R>, id: string): Promise<R> {
  return queryClient.fetchQuery(apiQuery(method as MethodName, { id } as MethodInput<MethodName>)) as Promise<unknown> as Promise<R>;
}

export function useRecordForm<R extends Versioned, D extends object, V extends object>(options: RecordFormOptions<R, D, V>): RecordForm<R, V> {
  const { id, toForm, toInput, check, toFormErrors, labels } = options;
  const navigate = useNavigate();
  const opened = useFirstAnswer(options.get as MethodName, { id: id ?? '' } as MethodInput<MethodName>, id !== null);
  const record = opened.data as R | null;
  const def: MethodDef = contract[options.create as MethodName];
  const resolve = zod4Resolver(def.input);
  const form = useForm<V>({
    mode: 'controlled',
    // The schema the core parses with, on what the form would send: the two never disagree.
    validate: (values) => recordErrors(resolve(toInput(values) as Record<string, unknown>), check?.(values), toFormErrors),
    validateInputOnBlur: true,
    // A record being read starts empty, and is filled once (below) when its answer comes.
    initialValues: id === null ? options.blank : undefined,
  });
  const [base, setBase] = useState<R | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [taken, setTaken] = useState<TakenVersion | null>(null);
  // Set once saved, so the guard lets the page go in the same tick.
  const leaving = useRef(false);
  const started = useRef(false);
  const blocker = useUnsavedChangesGuard(() => form.isDirty() && !leaving.current);
  const { formRef, focusFirstError } = useFocusFirstError();

  const { initialize } = form;
  useEffect(() => {
    if (!record || started.current) return;
    started.current = true;
    initialize(toForm(record));
    setBase(record);
  }, [record, initialize, toForm]);

  async function save(values: V) {
    setSaving(true);
    setConflict(null);
    const data = toInput(values);
    try {
      const saved = base ? await call(options.update, { id: base.id, hlc: base.hlc, data }) : await call(options.create, data);
      leaving.current = true;
      // A second save of a new record changes it rather than creating another.
      setBase(saved);
      form.resetDirty();
      showSaved(options.savedMessage(saved));
      void navigate(`${options.path}/${saved.id}`);
    } catch (error) {
      showApiError(error, { setErrors: (errors) => form.setErrors(fieldErrors(errors, toFormErrors)) });
      focusFirstError();
      if (error instanceof ApiCallError && error.error.code === 'CONFLICT') setConflict(error.error);
    } finally {
      setSaving(false);
    }
  }

  /** Takes in the version saved meanwhile: their change wins only where nothing was typed here. */
  async function takeCurrentVersion() {
    if (!base) return;
    try {
      const current = await readFresh(options.get, base.id);
      setTaken(takeCurrent(form, toForm, base, current, labels));
      setBase(current);
      setConflict(null);
    } catch (error) {
      showApiError(error);
    }
  }

  const onSubmit = form.onSubmit(
    (values) => void save(values),
    () => {
      showApiError(null, undefined, options.invalidMessage ?? INVALID_MESSAGE);
      focusFirstError();
    },
  );

  return {
    form,
    record,
    base,
    loadError: opened.error,
    ready: id === null || base !== null,
    saving,
    cancelTo: record ? `${options.path}/${record.id}` : options.path,
    conflict,
    taken,
    takeCurrentVersion: () => void takeCurrentVersion(),
    closeTaken: () => setTaken(null),
    formProps: { ref: formRef, noValidate: true, onSubmit },
    blocker,
  };
}
