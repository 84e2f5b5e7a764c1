import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './context.js';

// With HTTPS the session cookie takes the __Host- prefix: the browser then refuses it unless it is
// Secure, has Path=/ and no Domain, so a sibling subdomain cannot plant or read it.
const SESSION_COOKIE = { secure: '__Host-iepnav_session', plain: 'iepnav_session' } as const;
const ANON_COOKIE = { secure: '__Host-iepnav_anon', plain: 'iepnav_anon' } as const;
export const LANG_COOKIE = 'iepnav_lang';

type C = Context<AppEnv>;

function pick(c: C, names: { secure: string; plain: string }): string {
  return c.get('secure') ? names.secure : names.plain;
}

function baseOptions(c: C) {
  return { path: '/', httpOnly: true, sameSite: 'Lax', secure: c.get('secure') } as const;
}

export function readSessionCookie(c: C): string | undefined {
  return getCookie(c, pick(c, SESSION_COOKIE));
}

export function writeSessionCookie(c: C, token: string, expiresAt: string): void {
  setCookie(c, pick(c, SESSION_COOKIE), token, {
    ...baseOptions(c),
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: C): void {
  deleteCookie(c, pick(c, SESSION_COOKIE), baseOptions(c));
}

export function readAnonCookie(c: C): string | undefined {
  return getCookie(c, pick(c, ANON_COOKIE));
}

export function writeAnonCookie(c: C, value: string): void {
  // A session cookie (no expiry): it only binds the CSRF token of logged-out forms.
  setCookie(c, pick(c, ANON_COOKIE), value, baseOptions(c));
}

export function writeLangCookie(c: C, locale: string): void {
  setCookie(c, LANG_COOKIE, locale, {
    ...baseOptions(c),
    maxAge: 365 * 24 * 3600,
  });
}
