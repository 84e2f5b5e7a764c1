import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { routePath } from 'hono/route';
import { secureHeaders } from 'hono/secure-headers';
import { isDbHealthy } from '../db/database.js';
import { AppError } from '../errors.js';
import { format, messages } from '../i18n/index.js';
import type { AppEnv, Deps } from './context.js';
import { csrfGuard } from './middleware/csrf.js';
import { requestContext } from './middleware/request-context.js';
import { LogInPage } from './pages/auth.js';
import { ErrorPage } from './pages/errors.js';
import { HomePage } from './pages/home.js';
import type { PageContext } from './pages/layout.js';
import { pageContext, renderPage } from './render.js';
import { accountRoutes } from './routes/account.js';
import { apiRoutes } from './routes/api.js';
import { assessmentApiRoutes } from './routes/assessments-api.js';
import { authRoutes } from './routes/auth.js';
import { caseAssessmentRoutes } from './routes/case-assessments.js';
import { BINDER_SCRIPT_PATH, binderScript, caseBinderRoutes } from './routes/case-binders.js';
import { caseDocumentRoutes, DOCUMENT_UPLOAD_PATH } from './routes/case-documents.js';
import { caseLetterRoutes } from './routes/case-letters.js';
import { caseLogRoutes } from './routes/case-log.js';
import { caseMeetingRoutes } from './routes/case-meetings.js';
import { caseRoutes } from './routes/cases.js';
import { chooseRoutes } from './routes/choose.js';
import { deadlinesApiRoutes } from './routes/deadlines-api.js';
import { guideRoutes } from './routes/guide.js';
import { icalRoutes } from './routes/ical.js';
import { LETTERS_API_MAX_BODY_BYTES, lettersApiRoutes } from './routes/letters-api.js';
import { timelineRoutes } from './routes/timeline.js';
import { STYLESHEET } from './static.js';

/** Request bodies above this are refused with 413, except on the routes below. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The log-in form's limit: room for a carried form of {@link MAX_BODY_BYTES}. */
export const LOGIN_MAX_BODY_BYTES = 8 * MAX_BODY_BYTES;

/** A route that accepts a larger body than {@link MAX_BODY_BYTES}. */
export type BodyLimitRule = { method: string; path: RegExp; maxSize: number };

/**
 * The routes that take larger bodies (letters with long paragraphs, file uploads), each with its
 * own ceiling. Add a rule here beside the route that needs it.
 */
export function largerBodyLimits(deps: Deps): BodyLimitRule[] {
  return [
    // Document vault uploads (several files at once); each file is checked against
    // UPLOAD_MAX_FILE_MB after parsing.
    { method: 'POST', path: DOCUMENT_UPLOAD_PATH, maxSize: deps.config.uploadMaxRequestBytes },
    // Public letters API: a long paragraph reaches the letter check, which answers a clear 422.
    { method: 'POST', path: /^\/api\/v1\/letters\/?$/, maxSize: LETTERS_API_MAX_BODY_BYTES },
    // Log-in may carry a form typed before the session ended (up to MAX_BODY_BYTES of fields,
    // which grow when written as JSON and url-encoded again).
    { method: 'POST', path: /^\/login$/, maxSize: LOGIN_MAX_BODY_BYTES },
  ];
}

/**
 * Builds the whole web app from its dependencies. No server and no globals: tests call
 * `createApp(deps).request(...)`; `main.ts` serves it.
 */
export function createApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // Route patterns only (e.g. /cases/:id): no ids, queries, bodies or addresses in logs.
    deps.logger.info('request', {
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        // Static scripts from our own origin only (progressive enhancement, e.g. the binder's
        // live progress), and the requests they make; never inline script.
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'same-origin',
      xFrameOptions: 'DENY',
      crossOriginResourcePolicy: 'same-origin',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );

  app.get(BINDER_SCRIPT_PATH, binderScript);

  app.get('/static/app.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(STYLESHEET);
  });

  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    return (await isDbHealthy(deps.db))
      ? c.json({ status: 'ok' })
      : c.json({ status: 'unavailable' }, 503);
  });

  // Calendar subscription feeds: the token in the URL is the credential; mounted before the
  // session middleware so a feed request never reads or sets a cookie.
  app.route('/ical', icalRoutes(deps));

  const tooLarge = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError('too_large', `The body is larger than ${maxSize} bytes`);
      },
    });
  const limitBody = tooLarge(MAX_BODY_BYTES);
  const largerLimits = largerBodyLimits(deps).map((rule) => ({
    ...rule,
    limit: tooLarge(rule.maxSize),
  }));
  // GET and HEAD requests have no body (bodyLimit would always pass them), and asking for one
  // makes @hono/node-server build a full Fetch Request on every page view.
  app.use('*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      return next();
    }
    const larger = largerLimits.find(
      (rule) => rule.method === c.req.method && rule.path.test(c.req.path),
    );
    return (larger?.limit ?? limitBody)(c, next);
  });
  app.use('*', requestContext(deps));
  app.use('*', async (c, next) => {
    await next();
    // Pages hold a child's private information: never keep them in shared or browser caches.
    // Set on the response's own headers, as secureHeaders does: c.header() after the response
    // exists would copy it into a new Response with a streamed body on every request.
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('*', csrfGuard());

  app.get('/', (c) => {
    const notice =
      c.req.query('notice') === 'accountDeleted' ? c.get('m').account.deleted : undefined;
    return renderPage(c, <HomePage page={pageContext(c)} notice={notice} />);
  });
  app.route('/', authRoutes());
  app.route('/cases', caseRoutes());
  app.route('/cases', timelineRoutes());
  app.route('/cases', caseAssessmentRoutes());
  app.route('/cases', caseDocumentRoutes());
  app.route('/cases', caseBinderRoutes());
  app.route('/cases', caseLogRoutes());
  app.route('/cases', caseLetterRoutes());
  app.route('/cases', caseMeetingRoutes());
  app.route('/choose', chooseRoutes());
  app.route('/guide', guideRoutes());
  app.route('/account', accountRoutes());
  app.route('/api/v1/assessments', assessmentApiRoutes());
  app.route('/api/v1', deadlinesApiRoutes());
  app.route('/api/v1', lettersApiRoutes());
  app.route('/api/v1', apiRoutes());

  app.notFound((c) => {
    if (wantsJson(c)) {
      return c.json({ error: { code: 'not_found', message: 'Not found' } }, 404);
    }
    const page = safePageContext(c);
    return renderPage(
      c,
      <ErrorPage
        page={page}
        title={page.m.errors.notFoundTitle}
        message={page.m.errors.notFound}
      />,
      404,
    );
  });

  app.onError((error, c) => {
    const appError =
      error instanceof AppError ? error : new AppError('internal', 'Internal server error');
    if (appError.code === 'internal') {
      deps.logger.error('unhandled error', {
        route: routePath(c),
        error: error.name,
        // The stack without its first line, which holds the message (it may quote user data).
        stack: error.stack?.split('\n').slice(1, 8).join('\n'),
      });
    }
    c.header('Cache-Control', 'no-store');
    if (appError.retryAfterSeconds) {
      c.header('Retry-After', String(appError.retryAfterSeconds));
    }
    if (wantsJson(c)) {
      return c.json(
        {
          error: {
            code: appError.code,
            message: appError.message,
            ...(appError.fields ? { fields: appError.fields } : {}),
          },
        },
        appError.status,
      );
    }
    if (appError.code === 'unauthenticated') {
      const url = new URL(c.req.url);
      if (c.req.method === 'GET') {
        const next = encodeURIComponent(url.pathname + url.search);
        const notice = c.get('sessionExpired') ? 'expired' : 'login';
        return c.redirect(`/login?notice=${notice}&next=${next}`, 303);
      }
      const carried = c.get('carried');
      if (carried) {
        // A form from our page whose session ended: log in on this page, keeping what was typed.
        const page = safePageContext(c);
        return renderPage(
          c,
          <LogInPage
            page={page}
            notice={page.m.auth.sessionExpiredKept}
            next={carried.action}
            carried={JSON.stringify(carried.fields)}
          />,
          401,
        );
      }
      return c.redirect('/login?notice=expired', 303);
    }
    const page = safePageContext(c);
    const e = page.m.errors;
    const texts: Partial<Record<string, [string, string]>> = {
      forbidden: [e.csrfTitle, e.csrf],
      rate_limited: [
        e.rateLimitTitle,
        format(e.rateLimit, { minutes: Math.ceil((appError.retryAfterSeconds ?? 60) / 60) }),
      ],
      too_large: [e.tooLargeTitle, e.tooLarge],
      not_found: [e.notFoundTitle, e.notFound],
    };
    const [title, message] = texts[appError.code] ?? [e.serverTitle, e.server];
    return renderPage(
      c,
      <ErrorPage page={page} title={title} message={message} />,
      appError.status,
    );
  });

  return app;
}

function wantsJson(c: Context<AppEnv>): boolean {
  return (
    c.req.path.startsWith('/api/') || (c.req.header('accept') ?? '').startsWith('application/json')
  );
}

/** Page context even when the error came before the request context was set up. */
function safePageContext(c: Context<AppEnv>): PageContext {
  if (c.get('m')) {
    return pageContext(c);
  }
  return { m: messages('en'), locale: 'en', session: undefined, csrfToken: '', currentPath: '/' };
}
