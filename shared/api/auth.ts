import { z } from 'zod';
import { method } from './define';
import { newOperatorFields, newPasswordFields, operatorSchema, withPasswordConfirm } from './operators';
import { officeSchema, promoterSchema, OFFICE_KINDS } from './settings';
import { PERMISSIONS } from './permissions';

const credentials = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Inserisci il nome utente'),
  password: z.string().min(1, 'Inserisci la password'),
});

export const sessionInfoSchema = z.object({
  operator: operatorSchema,
  office: z.object({ name: z.string(), code: z.string(), kind: z.enum(OFFICE_KINDS) }),
  permissions: z.array(z.enum(PERMISSIONS)),
  idleLockMinutes: z.number().int(),
  /** True when the session is locked for inactivity and waits for the password. */
  locked: z.boolean(),
});
export type SessionInfo = z.output<typeof sessionInfoSchema>;

export const setupSchema = z.object({
  office: officeSchema,
  promoter: promoterSchema,
  admin: withPasswordConfirm(z.object(newOperatorFields)),
});
export type SetupInput = z.input<typeof setupSchema>;

export const authMethods = {
  'setup.status': method({
    reads: true,
    summary: 'Dice se serve la prima configurazione',
    access: 'public',
    input: z.object({}),
    output: z.object({ needsSetup: z.boolean(), officeName: z.string().nullable() }),
  }),
  'setup.complete': method({
    summary: 'Prima configurazione: sportello, ente promotore, primo amministratore',
    access: 'public',
    input: setupSchema,
    output: z.object({ ok: z.literal(true) }),
  }),
  'auth.login': method({
    summary: 'Accesso di un operatore',
    access: 'public',
    input: credentials,
    output: sessionInfoSchema.extend({ sessionToken: z.string() }),
  }),
  'auth.me': method({
    reads: true,
    summary: "L'operatore collegato e i suoi permessi",
    access: 'session',
    input: z.object({}),
    output: sessionInfoSchema,
  }),
  'auth.logout': method({
    summary: 'Esce e chiude la sessione',
    access: 'session',
    input: z.object({}),
    output: z.object({ ok: z.literal(true) }),
  }),
  'auth.unlock': method({
    summary: 'Sblocca la sessione dopo il blocco per inattività',
    access: 'session',
    input: z.object({ password: z.string().min(1, 'Inserisci la password') }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'auth.changePassword': method({
    summary: 'Cambia la propria password',
    access: 'session',
    input: withPasswordConfirm(
      z.object({ currentPassword: z.string().min(1, 'Inserisci la password attuale'), ...newPasswordFields }),
    ),
    output: z.object({ ok: z.literal(true) }),
  }),
};
