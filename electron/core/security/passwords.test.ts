import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', () => {
    const stored = hashPassword('correct horse battery', FAST);
    expect(verifyPassword('correct horse battery', stored)).toBe(true);
    expect(verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('never stores the password itself and salts every hash', () => {
    const a = hashPassword('una password lunga', FAST);
    const b = hashPassword('una password lunga', FAST);
    expect(a).not.toContain('una password lunga');
    expect(a).not.toBe(b);
  });

  it('uses a slow default cost', () => {
    expect(hashPassword('una password lunga').split('$')[1]).toBe(String(2 ** 15));
  });

  it.each(['', 'plain', 'scrypt$1$1$1$$', 'scrypt$x$8$1$c2FsdA==$aGFzaA==', 'bcrypt$10$abc'])(
    'refuses a malformed stored hash %j',
    (stored) => {
      expect(verifyPassword('qualsiasi', stored)).toBe(false);
    },
  );
});
