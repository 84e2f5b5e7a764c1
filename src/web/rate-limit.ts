import { createHmac } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { hitRateLimit, type RateLimitRule } from '../db/rate-limits.js';
import { AppError } from '../errors.js';
import type { AppEnv } from './context.js';

export const LIMITS = {
  /** Log-in tries from one address: enough for a family sharing a router. */
  loginPerIp: { limit: 30, windowMs: 15 * 60_000 },
  /** Log-in tries at one account, from anywhere: stops password guessing. */
  loginPerAccount: { limit: 10, windowMs: 15 * 60_000 },
  signUpPerIp: { limit: 10, windowMs: 60 * 60_000 },
  /** The public, stateless APIs (deadlines, assessments): generous for a parent-center site. */
  publicApiPerIp: { limit: 300, windowMs: 60_000 },
} satisfies Record<string, RateLimitRule>;

/** The client's address: the socket's, or the proxy's X-Forwarded-For when TRUST_PROXY is set. */
export function clientIp(c: Context<AppEnv>): string {
  if (c.get('deps').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) {
      return forwarded;
    }
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Counts one try against a limit and throws `rate_limited` (429) when it is over.
 * Keys are HMACs, so the table never holds an email address or an IP in the clear.
 */
export async function enforceRateLimit(
  c: Context<AppEnv>,
  name: keyof typeof LIMITS,
  subject: string,
): Promise<void> {
  const { db, config, now } = c.get('deps');
  const key = `${name}:${createHmac('sha256', config.sessionSecret).update(subject).digest('base64url').slice(0, 32)}`;
  const result = await hitRateLimit(db, key, LIMITS[name], now?.() ?? new Date());
  if (!result.allowed) {
    throw new AppError('rate_limited', 'Too many attempts', {
      retryAfterSeconds: result.retryAfterSeconds,
    });
  }
}
