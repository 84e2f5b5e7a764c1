import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const MB = 1024 * 1024;

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'must start with postgres:// or postgresql:// (leave it unset for the SQLite file)',
    }),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || v.length >= 32, {
      message: 'must be at least 32 characters (or unset, to generate one in DATA_DIR)',
    }),
  BASE_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(12 * 60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .default(14 * 24),
  TRUST_PROXY: booleanFromEnv,
  UPLOAD_MAX_FILE_MB: z.coerce.number().positive().max(1024).default(25),
  UPLOAD_MAX_REQUEST_MB: z.coerce.number().positive().max(4096).default(100),
  CASE_QUOTA_MB: z.coerce.number().positive().max(1_000_000).default(500),
});

export type Config = Readonly<{
  port: number;
  host: string;
  /** `undefined` selects the embedded SQLite file `<dataDir>/iep-navigator.sqlite`. */
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  baseUrl: string | undefined;
  logLevel: LogLevel;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** Trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy. */
  trustProxy: boolean;
  /** Largest single uploaded file, in bytes (UPLOAD_MAX_FILE_MB). */
  uploadMaxFileBytes: number;
  /** Largest upload request (several files at once), in bytes (UPLOAD_MAX_REQUEST_MB). */
  uploadMaxRequestBytes: number;
  /** Most file bytes one case may keep, in bytes (CASE_QUOTA_MB). */
  caseQuotaBytes: number;
}>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and checks the environment once, failing fast with a message that names each bad variable.
 * When SESSION_SECRET is unset, a secret is generated and kept in DATA_DIR so the default needs no setup.
 *
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    baseUrl: e.BASE_URL?.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    trustProxy: e.TRUST_PROXY,
    uploadMaxFileBytes: Math.round(e.UPLOAD_MAX_FILE_MB * MB),
    uploadMaxRequestBytes: Math.round(e.UPLOAD_MAX_REQUEST_MB * MB),
    caseQuotaBytes: Math.round(e.CASE_QUOTA_MB * MB),
  });
}

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) {
      return existing;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  // 'wx' fails if another process created it first; then read theirs.
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return readFileSync(file, 'utf8').trim();
    }
    throw error;
  }
}
