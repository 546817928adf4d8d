import { z } from 'zod';
import { method } from './define';
import { id, requiredText } from './fields';
import { ROLES } from './permissions';

export const MIN_PASSWORD_LENGTH = 10;

export const password = z
  .string({ error: 'Inserisci la password' })
  .min(MIN_PASSWORD_LENGTH, `La password deve avere almeno ${MIN_PASSWORD_LENGTH} caratteri`)
  .max(200, 'Password troppo lunga');

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'Nome utente: da 3 a 40 caratteri tra lettere, cifre, punto, trattino');

export const roleSchema = z.enum(ROLES, { error: 'Scegli un ruolo' });

export const operatorSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  active: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type Operator = z.output<typeof operatorSchema>;

/** Forms that set a password ask for it twice; the second must match. */
export function withPasswordConfirm<T extends z.ZodType<{ password: string; passwordConfirm: string }>>(schema: T) {
  return schema.refine((v) => v.password === v.passwordConfirm, {
    message: 'Le due password non coincidono',
    path: ['passwordConfirm'],
  });
}

export const newPasswordFields = { password, passwordConfirm: z.string() };

export const newOperatorFields = {
  username,
  fullName: requiredText('Nome e cognome', 120),
  ...newPasswordFields,
};

export const newOperatorSchema = withPasswordConfirm(z.object({ ...newOperatorFields, role: roleSchema }));

export const operatorsMethods = {
  'operators.list': method({
    reads: true,
    summary: 'Elenco degli operatori',
    access: 'operators.manage',
    input: z.object({}),
    output: z.array(operatorSchema),
  }),
  'operators.create': method({
    summary: 'Nuovo operatore',
    access: 'operators.manage',
    input: newOperatorSchema,
    output: operatorSchema,
  }),
  'operators.update': method({
    summary: "Modifica nome, ruolo o stato di un operatore",
    access: 'operators.manage',
    input: z.object({
      id,
      fullName: requiredText('Nome e cognome', 120),
      role: roleSchema,
      active: z.boolean(),
    }),
    output: operatorSchema,
  }),
  'operators.resetPassword': method({
    summary: 'Imposta una nuova password per un operatore',
    access: 'operators.manage',
    input: withPasswordConfirm(z.object({ id, ...newPasswordFields })),
    output: z.object({ ok: z.literal(true) }),
  }),
};
