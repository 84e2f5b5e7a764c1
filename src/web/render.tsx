import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './context.js';
import { csrfToken } from './middleware/request-context.js';
import type { PageContext } from './pages/layout.js';

/** What every page needs from the request: language, who is logged in, the CSRF token. */
export function pageContext(c: Context<AppEnv>): PageContext {
  return {
    m: c.get('m'),
    locale: c.get('locale'),
    session: c.get('session'),
    csrfToken: csrfToken(c),
    currentPath: languageSwitchReturn(c),
  };
}

/**
 * Where the language switch comes back to: this page, or, for a page answering a form (a POST),
 * the page the form was on (from a same-site Referer), so a parent who switches language after
 * an error lands on the form again rather than on wherever the form was sent.
 */
function languageSwitchReturn(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  if (c.req.method === 'GET' || c.req.method === 'HEAD') {
    return url.pathname + url.search;
  }
  const referer = c.req.header('referer');
  if (referer) {
    try {
      const from = new URL(referer);
      if (from.origin === url.origin) {
        return from.pathname + from.search;
      }
    } catch {
      // An unparseable Referer is ignored.
    }
  }
  return '/';
}

export function renderPage(
  c: Context<AppEnv>,
  page: JSX.Element,
  status: ContentfulStatusCode = 200,
): Response | Promise<Response> {
  return c.html(`<!doctype html>${page.toString()}`, status);
}

/** A same-site path to go back to after a form; anything else becomes the fallback. */
export function safeNext(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) {
    return fallback;
  }
  if (value.includes('\\') || /[\r\n]/.test(value)) {
    return fallback;
  }
  return value;
}

/** Reads a url-encoded or multipart form body as strings (files are ignored here). */
export async function formBody(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') {
      out[key] = value;
    }
  }
  return out;
}
