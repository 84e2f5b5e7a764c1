import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP Password Storage Cheat Sheet, argon2id: m=19 MiB, t=2, p=1.
 * Written out so a library default change cannot weaken them silently.
 */
export const ARGON2_OPTIONS = {
  // Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'hasEmail';

let commonPasswords: Set<string> | undefined;

async function loadCommonPasswords(): Promise<Set<string>> {
  if (!commonPasswords) {
    // The zxcvbn-ts list of ~49,000 passwords seen most often in breaches; loaded on first use.
    const { dictionary } = await import('@zxcvbn-ts/language-common');
    commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  }
  return commonPasswords;
}

/**
 * Checks a new password by length and against common passwords only: no composition rules
 * (NIST SP 800-63B; OWASP ASVS). Length counts characters (code points), not bytes.
 *
 * @example
 * await checkPassword('blue lamp river morning', 'ana@example.com'); // undefined (fine)
 */
export async function checkPassword(
  password: string,
  email: string,
): Promise<PasswordProblem | undefined> {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return 'tooShort';
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return 'tooLong';
  }
  const lower = password.toLowerCase();
  const local = email.trim().toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lower.includes(local)) {
    return 'hasEmail';
  }
  const common = await loadCommonPasswords();
  // One repeated character ("aaaaaaaaaaaa") and the common list, also with digits or symbols
  // tacked on the end ("password12345!"), are what attackers try first.
  const stripped = lower.replace(/[\d\W_]+$/u, '');
  if (/^(.)\1*$/u.test(lower) || common.has(lower) || common.has(stripped)) {
    return 'common';
  }
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** A hash of a random password: verified against when an email is unknown, so timing says nothing. */
let dummyHash: Promise<string> | undefined;

/** Verifies a password; with no stored hash it still spends the same time and answers false. */
export async function verifyPassword(
  stored: string | undefined,
  password: string,
): Promise<boolean> {
  if (stored === undefined) {
    dummyHash ??= hashPassword('not-a-real-password-used-for-timing-only');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
