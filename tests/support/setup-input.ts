/** The first-start data used by tests that do not test the wizard itself. */
export const ADMIN = { username: 'admin', fullName: 'Anna Amministratrice', password: 'password-admin-1' };

export const SETUP_INPUT = {
  office: { name: 'Sportello Torino', code: 'TO01', kind: 'sportello' as const },
  promoter: {
    name: 'Exar Società Cooperativa Sociale',
    taxCode: '01234567897',
    comune: 'Torino',
    province: 'TO',
  },
  admin: { ...ADMIN, passwordConfirm: ADMIN.password },
};
