import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../errors.js';
import type { AppEnv } from '../context.js';
import { readSessionCookie } from '../cookies.js';
import { csrfToken, tokensMatch } from './request-context.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that could have been forged by another site:
 * - an Origin header, when the browser sends one, must be our own origin;
 * - a request that carries our cookies must carry the CSRF token, in the `_csrf` form field or
 *   the `X-CSRF-Token` header (JSON API).
 * An API call with no cookie at all has no ambient authority to abuse, so it needs no token.
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) {
      return next();
    }
    const origin = c.req.header('origin');
    const own = c.get('deps').config.baseUrl ?? new URL(c.req.url).origin;
    if (origin && origin !== 'null' && origin !== own) {
      throw new AppError('forbidden', 'Cross-site request refused (Origin)');
    }
    const isApi = c.req.path.startsWith('/api/');
    const hasCookies = Boolean(c.req.header('cookie'));
    if (isApi && !readSessionCookie(c)) {
      return next();
    }
    if (!hasCookies && !isApi) {
      throw new AppError('forbidden', 'Form posted without cookies (CSRF)');
    }
    let given = c.req.header('x-csrf-token');
    if (!given && !isApi) {
      const type = c.req.header('content-type') ?? '';
      if (
        type.startsWith('application/x-www-form-urlencoded') ||
        type.startsWith('multipart/form-data')
      ) {
        // A body that does not parse (a broken multipart upload) is bad input, not a crash.
        const body = await c.req.parseBody().catch(() => {
          throw new AppError('invalid_input', 'The form body could not be read');
        });
        const field = body._csrf;
        given = typeof field === 'string' ? field : undefined;
      }
    }
    if (!tokensMatch(csrfToken(c), given)) {
      throw new AppError('forbidden', 'Missing or wrong CSRF token');
    }
    return next();
  };
}
