import type { Context, MiddlewareHandler } from 'hono';
import { hashSessionToken } from '../../db/sessions.js';
import { AppError } from '../../errors.js';
import type { AppEnv, CarriedForm } from '../context.js';
import { readSessionCookie } from '../cookies.js';
import { csrfToken, csrfTokenFor, tokensMatch } from './request-context.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Account forms whose fields mean nothing after a new log-in (logging out, the language). */
const NOT_CARRIED = new Set(['/login', '/signup', '/logout', '/language']);

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
      if (!isApi && c.get('sessionExpired') && madeForEndedSession(c, given)) {
        // Our own page, open while the session ended (the parent was away): not a forgery. Ask
        // them to log in, keeping what they typed when the form holds no files.
        c.set('carried', NOT_CARRIED.has(c.req.path) ? undefined : await carriedForm(c));
        throw new AppError('unauthenticated', 'The session ended while the form was open');
      }
      throw new AppError('forbidden', 'Missing or wrong CSRF token');
    }
    return next();
  };
}

/** True when `given` is the token our pages gave the session this request's cookie names. */
function madeForEndedSession(c: Context<AppEnv>, given: string | undefined): boolean {
  const token = readSessionCookie(c);
  if (!token || !given) {
    return false;
  }
  const secret = c.get('deps').config.sessionSecret;
  return tokensMatch(csrfTokenFor(secret, `s:${hashSessionToken(token)}`), given);
}

/** The fields of a url-encoded form (never files), or undefined for any other body. */
async function carriedForm(c: Context<AppEnv>): Promise<CarriedForm | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    return undefined;
  }
  const body = await c.req.parseBody({ all: true });
  const fields: [string, string][] = [];
  for (const [name, value] of Object.entries(body)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (name !== '_csrf' && typeof one === 'string') {
        fields.push([name, one]);
      }
    }
  }
  const url = new URL(c.req.url);
  return { action: url.pathname + url.search, fields };
}
