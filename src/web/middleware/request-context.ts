import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findActiveSession } from '../../db/sessions.js';
import { isLocale, type Locale, localeFromAcceptLanguage, messages } from '../../i18n/index.js';
import type { AppEnv, Deps } from '../context.js';
import {
  clearSessionCookie,
  LANG_COOKIE,
  readAnonCookie,
  readSessionCookie,
  writeAnonCookie,
} from '../cookies.js';

/** HMAC of the session (or anonymous cookie) under the server secret: no token table needed. */
export function csrfTokenFor(secret: string, binding: string): string {
  return createHmac('sha256', secret).update(`csrf:${binding}`).digest('base64url');
}

export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (!given) {
    return false;
  }
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isSecureRequest(c: Context<AppEnv>, deps: Deps): boolean {
  if (deps.config.baseUrl) {
    return deps.config.baseUrl.startsWith('https:');
  }
  if (deps.config.trustProxy && c.req.header('x-forwarded-proto') === 'https') {
    return true;
  }
  return new URL(c.req.url).protocol === 'https:';
}

/** Recomputes the CSRF binding after login or logout changes who the visitor is. */
export function bindingFor(c: Context<AppEnv>): string {
  const session = c.get('session');
  if (session) {
    return `s:${session.id}`;
  }
  let anon = readAnonCookie(c);
  if (!anon) {
    anon = randomBytes(18).toString('base64url');
    writeAnonCookie(c, anon);
  }
  return `a:${anon}`;
}

/**
 * The CSRF token for this visitor, made when first asked for: only a page with a form needs one,
 * so an API call or a health check never gets an anonymous cookie it has no use for.
 */
export function csrfToken(c: Context<AppEnv>): string {
  let token = c.get('csrfToken');
  if (!token) {
    token = csrfTokenFor(c.get('deps').config.sessionSecret, bindingFor(c));
    c.set('csrfToken', token);
  }
  return token;
}

export function setLocale(c: Context<AppEnv>, locale: Locale): void {
  c.set('locale', locale);
  c.set('m', messages(locale));
}

/**
 * Loads who is asking (session) and what language they read (account setting, then the language
 * cookie, then Accept-Language). The CSRF token is made on demand by `csrfToken(c)`.
 */
export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('deps', deps);
    c.set('secure', isSecureRequest(c, deps));
    c.set('sessionExpired', false);
    c.set('session', undefined);
    const token = readSessionCookie(c);
    if (token) {
      const session = await findActiveSession(deps.db, token, {
        idleMs: deps.config.sessionIdleMs,
        maxMs: deps.config.sessionMaxMs,
      });
      if (session) {
        c.set('session', session);
      } else {
        c.set('sessionExpired', true);
        clearSessionCookie(c);
      }
    }
    const cookieLang = getCookie(c, LANG_COOKIE);
    const sessionLocale = c.get('session')?.locale;
    const acceptLanguage = c.req.header('accept-language');
    // An API caller names the language it wants per request; pages follow the reader's choice.
    const locale =
      c.req.path.startsWith('/api/') && acceptLanguage
        ? localeFromAcceptLanguage(acceptLanguage)
        : isLocale(sessionLocale)
          ? sessionLocale
          : isLocale(cookieLang)
            ? cookieLang
            : localeFromAcceptLanguage(acceptLanguage);
    setLocale(c, locale);
    c.set('csrfToken', undefined);
    await next();
  };
}
