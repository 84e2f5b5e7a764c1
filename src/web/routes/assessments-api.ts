import { type Context, Hono } from 'hono';
import { assessPaths, localizeAssessment, type Problem } from '../../domain/rules/index.js';
import { AppError } from '../../errors.js';
import type { Messages } from '../../i18n/index.js';
import type { AppEnv } from '../context.js';
import { clientIp, enforceRateLimit } from '../rate-limit.js';
import { apiFieldErrors, assessmentRequestSchema } from './choose.schema.js';

type C = Context<AppEnv>;

// POST /api/v1/assessments: the path chooser as a stateless public API (no account, no cookie
// needed). The answer is in the language of Accept-Language.

async function jsonBody(c: C): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/json')) {
    throw new AppError('invalid_input', 'Send a JSON body with Content-Type: application/json');
  }
  try {
    return await c.req.json();
  } catch {
    throw new AppError('invalid_input', 'The body is not valid JSON');
  }
}

function problemMessage(problem: Problem, m: Messages): string {
  const a = m.choose.api;
  switch (problem.code) {
    case 'future_date':
      return a.futureDate;
    case 'invalid_date':
      return a.invalidDate;
    case 'no_concerns':
      return a.noConcerns;
    default:
      return a.unknownValue;
  }
}

export function assessmentApiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/', async (c) => {
    await enforceRateLimit(c, 'publicApiPerIp', clientIp(c));
    const body = await jsonBody(c);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new AppError('invalid_input', 'The body must be a JSON object');
    }
    const m = c.get('m');
    const parsed = assessmentRequestSchema.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      throw new AppError('unprocessable', 'Some fields are not valid', {
        fields: apiFieldErrors(parsed.error.issues, m),
      });
    }
    const outcome = assessPaths(parsed.data);
    if (!outcome.ok) {
      const fields: Record<string, string> = {};
      for (const problem of outcome.problems) {
        fields[problem.field] ??= problemMessage(problem, m);
      }
      throw new AppError('unprocessable', 'Some fields are not valid', { fields });
    }
    return c.json(localizeAssessment(outcome.assessment, c.get('locale')));
  });

  return app;
}
