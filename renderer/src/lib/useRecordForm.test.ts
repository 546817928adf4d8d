import { describe, expect, it, vi } from 'vitest';

// The hook's pure parts only: no client, no cache, no browser session behind them.
vi.mock('../api/client', () => ({ api: {}, errorMessage: () => '' }));
vi.mock('../api/query', () => ({ apiQuery: () => ({}), queryClient: {}, useApiQuery: () => ({}) }));

const { fieldErrors, recordErrors, takeCurrent } = await import('./useRecordForm');

interface Saved {
  id: string;
  hlc: string;
  name: string;
  phone: string | null;
  email: string | null;
}

interface Values {
  name: string;
  phone: string;
  email: string;
}

const toForm = (r: Saved): Values => ({ name: r.name, phone: r.phone ?? '', email: r.email ?? '' });

/** A form as the merge sees it: values read and set. */
function typedForm(values: Values) {
  const form = { values, getValues: () => form.values, setValues: (v: Partial<Values>) => void (form.values = { ...form.values, ...v }) };
  return form;
}

describe('taking in the version a colleague saved meanwhile', () => {
  const opened: Saved = { id: 'a1', hlc: '1', name: 'ASD Vecchia', phone: null, email: 'info@asd.it' };
  const theirs: Saved = { ...opened, hlc: '2', phone: '011 222 3333', email: 'segreteria@asd.it' };

  it('takes their change where the operator typed nothing, keeps what the operator typed elsewhere', () => {
    const form = typedForm({ name: 'ASD Nuova', phone: '', email: 'mia@asd.it' });
    takeCurrent(form, toForm, opened, theirs);
    expect(form.values).toEqual({ name: 'ASD Nuova', phone: '011 222 3333', email: 'mia@asd.it' });
  });

  it('names every field they changed in Italian when the form has labels, even those the operator also typed', () => {
    const form = typedForm({ name: 'ASD Vecchia', phone: '', email: 'mia@asd.it' });
    expect(takeCurrent(form, toForm, opened, theirs, { phone: 'Telefono', email: 'Email' })).toEqual({ theirChanges: ['Telefono', 'Email'] });
  });

  it('names none without labels, so the form says it in general words', () => {
    const form = typedForm(toForm(opened));
    expect(takeCurrent(form, toForm, opened, theirs)).toEqual({});
  });

  it('says there is nothing to list when their save changed no field of the form', () => {
    const form = typedForm(toForm(opened));
    expect(takeCurrent(form, toForm, opened, { ...opened, hlc: '3' }, { phone: 'Telefono' })).toEqual({ theirChanges: [] });
  });
});

describe('errors beside the boxes', () => {
  it('puts the core’s errors on an update, under `data.`, on the form’s own boxes', () => {
    expect(fieldErrors({ 'data.name': 'Campo obbligatorio', 'data.sites.0.cap': 'CAP non valido', taxCode: 'Codice fiscale già registrato' })).toEqual({
      name: 'Campo obbligatorio',
      'sites.0.cap': 'CAP non valido',
      taxCode: 'Codice fiscale già registrato',
    });
  });

  it('renames the paths a form holds under another name after taking off `data.`', () => {
    const euros = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'monthlyAllowanceCents' ? 'monthlyAllowance' : k, v]));
    expect(fieldErrors({ 'data.monthlyAllowanceCents': 'inserisci un importo' }, euros)).toEqual({ monthlyAllowance: 'inserisci un importo' });
  });

  it('while typing, the schema’s message wins over the form’s own check of the same field', () => {
    expect(recordErrors({ offers: 'Scegli almeno un’offerta', title: 'Campo obbligatorio' }, { offers: 'Indica cosa offre l’associazione', positions: 'Indica i posti' })).toEqual({
      offers: 'Scegli almeno un’offerta',
      title: 'Campo obbligatorio',
      positions: 'Indica i posti',
    });
  });

  it('leaves out what is not a message', () => {
    expect(fieldErrors({ name: null, email: 'Email non valida' })).toEqual({ email: 'Email non valida' });
  });
});
