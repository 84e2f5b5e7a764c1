import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  checkPassword,
  hashPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  verifyPassword,
} from '../../auth/password.js';
import type { User } from '../../db/schema.js';
import { createSession, deleteSession } from '../../db/sessions.js';
import { createUser, findUserByEmail, normalizeEmail, setUserLocale } from '../../db/users.js';
import { format, isLocale } from '../../i18n/index.js';
import type { AppEnv } from '../context.js';
import { clearSessionCookie, writeLangCookie, writeSessionCookie } from '../cookies.js';
import { setLocale } from '../middleware/request-context.js';
import { LogInPage, ResumeFormPage, SignUpPage } from '../pages/auth.js';
import type { FieldErrors } from '../pages/form.js';
import { clientIp, enforceRateLimit } from '../rate-limit.js';
import { formBody, pageContext, renderPage, safeNext } from '../render.js';
import { credentialsSchema, parseCarriedFields } from './auth.schema.js';

type C = Context<AppEnv>;

async function startSession(c: C, user: User): Promise<void> {
  const { db, config } = c.get('deps');
  // Rotation: a log-in always makes a new session id and ends the one the browser had.
  const old = c.get('session');
  if (old) {
    await deleteSession(db, old.id);
  }
  const session = await createSession(db, user.id, {
    idleMs: config.sessionIdleMs,
    maxMs: config.sessionMaxMs,
  });
  writeSessionCookie(c, session.token, session.expiresAt);
  // The rest of this request (a page rendered after log-in) belongs to the new session, and so
  // does its CSRF token.
  c.set('session', {
    id: session.id,
    userId: user.id,
    email: user.email,
    locale: user.locale,
    expiresAt: session.expiresAt,
  });
  c.set('csrfToken', undefined);
}

export function authRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/signup', (c) => {
    if (c.get('session')) {
      return c.redirect('/cases', 303);
    }
    return renderPage(c, <SignUpPage page={pageContext(c)} />);
  });

  app.post('/signup', async (c) => {
    const m = c.get('m');
    const body = await formBody(c);
    await enforceRateLimit(c, 'signUpPerIp', clientIp(c));
    const parsed = credentialsSchema.safeParse(body);
    const errors: FieldErrors = {};
    const email = (body.email ?? '').trim();
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        if (field === 'email' && !errors.email) {
          errors.email = issue.message === 'tooLong' ? m.auth.emailTooLong : m.auth.emailInvalid;
        }
        if (field === 'password' && !errors.password) {
          errors.password =
            issue.message === 'tooLong'
              ? format(m.auth.passwordTooLong, { max: PASSWORD_MAX_LENGTH })
              : format(m.auth.passwordTooShort, { min: PASSWORD_MIN_LENGTH });
        }
      }
    }
    const password = body.password ?? '';
    if (!errors.password) {
      const problem = await checkPassword(password, email);
      if (problem === 'tooShort') {
        errors.password = format(m.auth.passwordTooShort, { min: PASSWORD_MIN_LENGTH });
      } else if (problem === 'tooLong') {
        errors.password = format(m.auth.passwordTooLong, { max: PASSWORD_MAX_LENGTH });
      } else if (problem === 'common') {
        errors.password = m.auth.passwordCommon;
      } else if (problem === 'hasEmail') {
        errors.password = m.auth.passwordHasEmail;
      }
    }
    if (Object.keys(errors).length > 0 || !parsed.success) {
      return renderPage(c, <SignUpPage page={pageContext(c)} email={email} errors={errors} />, 422);
    }
    const { db } = c.get('deps');
    const user = await createUser(db, {
      email: parsed.data.email,
      passwordHash: await hashPassword(password),
      locale: c.get('locale'),
    });
    if (!user) {
      return renderPage(
        c,
        <SignUpPage page={pageContext(c)} email={email} errors={{ email: m.auth.emailTaken }} />,
        409,
      );
    }
    await startSession(c, user);
    return c.redirect('/cases?notice=welcome', 303);
  });

  app.get('/login', (c) => {
    if (c.get('session')) {
      return c.redirect('/cases', 303);
    }
    const m = c.get('m');
    const reason = c.req.query('notice');
    const notice =
      reason === 'loggedOut'
        ? m.auth.loggedOut
        : reason === 'expired' || c.get('sessionExpired')
          ? m.auth.sessionExpired
          : reason === 'login'
            ? m.auth.mustLogIn
            : undefined;
    const next = safeNext(c.req.query('next'), '');
    return renderPage(
      c,
      <LogInPage page={pageContext(c)} notice={notice} next={next || undefined} />,
    );
  });

  app.post('/login', async (c) => {
    const m = c.get('m');
    const { db } = c.get('deps');
    const body = await formBody(c);
    const email = (body.email ?? '').trim();
    const next = safeNext(body.next, '/cases');
    // A form typed before the session ended, kept through this log-in (see csrfGuard).
    const carried = next === '/cases' ? undefined : parseCarriedFields(body.carried);
    await enforceRateLimit(c, 'loginPerIp', clientIp(c));
    if (email) {
      await enforceRateLimit(c, 'loginPerAccount', normalizeEmail(email));
    }
    const parsed = credentialsSchema.safeParse(body);
    const user = parsed.success ? await findUserByEmail(db, parsed.data.email) : undefined;
    const ok = parsed.success && (await verifyPassword(user?.password_hash, parsed.data.password));
    if (!ok || !user) {
      // One message for an unknown email and a wrong password: it must not reveal who has an account.
      return renderPage(
        c,
        <LogInPage
          page={pageContext(c)}
          email={email}
          next={next === '/cases' ? undefined : next}
          carried={carried ? JSON.stringify(carried) : undefined}
          errors={{ email: m.auth.wrongLogin }}
        />,
        401,
      );
    }
    await startSession(c, user);
    if (isLocale(user.locale)) {
      writeLangCookie(c, user.locale);
      setLocale(c, user.locale);
    }
    if (carried) {
      return renderPage(c, <ResumeFormPage page={pageContext(c)} action={next} fields={carried} />);
    }
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    const session = c.get('session');
    if (session) {
      await deleteSession(c.get('deps').db, session.id);
    }
    clearSessionCookie(c);
    return c.redirect('/login?notice=loggedOut', 303);
  });

  app.post('/language', async (c) => {
    const body = await formBody(c);
    const locale = body.locale;
    if (isLocale(locale)) {
      writeLangCookie(c, locale);
      const session = c.get('session');
      if (session) {
        await setUserLocale(c.get('deps').db, session.userId, locale);
      }
    }
    return c.redirect(safeNext(body.next, '/'), 303);
  });

  return app;
}
