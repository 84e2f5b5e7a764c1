import type { Context } from 'hono';
import type { ActiveSession } from '../../db/sessions.js';
import { AppError } from '../../errors.js';
import type { AppEnv } from '../context.js';

/** The logged-in session, or a 401 (pages turn it into a redirect to the log-in page). */
export function requireSession(c: Context<AppEnv>): ActiveSession {
  const session = c.get('session');
  if (!session) {
    throw new AppError('unauthenticated', 'Log in first');
  }
  return session;
}
