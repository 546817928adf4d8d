import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery', FAST);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('never stores the password itself and salts every hash', async () => {
    const a = await hashPassword('una password lunga', FAST);
    const b = await hashPassword('una password lunga', FAST);
    expect(a).not.toContain('una password lunga');
    expect(a).not.toBe(b);
  });

  it('uses a slow default cost', async () => {
    expect((await hashPassword('una password lunga')).split('$')[1]).toBe(String(2 ** 15));
  });

  it('does not hold the thread while it works: a timer set after the start fires before the hash is done', async () => {
    const order: string[] = [];
    const hashing = hashPassword('una password lunga').then(() => order.push('hash'));
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        order.push('timer');
        resolve();
      }),
    );
    await hashing;
    expect(order).toEqual(['timer', 'hash']);
  });

  it.each(['', 'plain', 'scrypt$1$1$1$$', 'scrypt$x$8$1$c2FsdA==$aGFzaA==', 'bcrypt$10$abc', `scrypt$3$8$1$c2FsdA==$${Buffer.alloc(64).toString('base64')}`])(
    'refuses a malformed stored hash %j',
    async (stored) => {
      expect(await verifyPassword('qualsiasi', stored)).toBe(false);
    },
  );
});
