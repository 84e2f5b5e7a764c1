import { describe, expect, it } from 'vitest';
import { checkPassword, hashPassword, verifyPassword } from './password.js';

describe('password rules (length and common passwords only)', () => {
  it.each([
    ['a passphrase of plain words', 'blue lamp river morning', undefined],
    ['12 characters with no digits or symbols', 'abcdefghijkz', undefined],
    ['11 characters', 'abcdefghijk', 'tooShort'],
    ['12 emoji count as 12 characters, not 48 bytes', '🙂🙃'.repeat(6), undefined],
    ['one character repeated', '🙂'.repeat(12), 'common'],
    ['257 characters', `${'x'.repeat(256)}y`, 'tooLong'],
    ['a top breached password', '1qaz2wsx3edc', 'common'],
    ['a breached password in capitals', 'PASSWORD1234', 'common'],
    ['the email name inside', 'maria.lopez is me', 'hasEmail'],
  ] as const)('%s: %s', async (_name, password, problem) => {
    expect(await checkPassword(password, 'maria.lopez@example.com')).toBe(problem);
  });

  it('hashes with argon2id at the OWASP settings and verifies', async () => {
    const stored = await hashPassword('blue lamp river morning');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'blue lamp river morning')).toBe(true);
    expect(await verifyPassword(stored, 'blue lamp river evening')).toBe(false);
  });

  it('an unknown account still costs a hash check and answers false', async () => {
    expect(await verifyPassword(undefined, 'anything at all')).toBe(false);
  });

  it('a corrupt stored hash answers false instead of crashing', async () => {
    expect(await verifyPassword('not-a-hash', 'anything at all')).toBe(false);
  });
});
