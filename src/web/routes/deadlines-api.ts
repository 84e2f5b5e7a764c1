import { Hono } from 'hono';
import { computeDeadlines } from '../../domain/deadlines/index.js';
import { AppError } from '../../errors.js';
import type { AppEnv } from '../context.js';
import { clientIp, enforceRateLimit } from '../rate-limit.js';
import {
  deadlinesRequestSchema,
  deadlineToJson,
  problemFieldErrors,
  shapeFieldErrors,
} from './deadlines-api.schema.js';

/**
 * POST /api/v1/deadlines: stateless (no account, nothing stored). Events in, every deadline that
 * follows out, soonest first, explained in the language of `Accept-Language` (English or Spanish).
 */
export function deadlinesApiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/deadlines', async (c) => {
    await enforceRateLimit(c, 'publicApiPerIp', clientIp(c));
    const m = c.get('m');
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('application/json')) {
      throw new AppError('invalid_input', 'Send a JSON body with Content-Type: application/json');
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new AppError('invalid_input', 'The body is not valid JSON');
    }
    const parsed = deadlinesRequestSchema.safeParse(body);
    if (!parsed.success) {
      throw new AppError('invalid_input', 'The body does not have the expected shape', {
        fields: shapeFieldErrors(parsed.error.issues, m),
      });
    }
    const result = computeDeadlines(parsed.data);
    if (!result.ok) {
      const malformed = result.problems.some((p) => p.status === 400);
      throw new AppError(
        malformed ? 'invalid_input' : 'unprocessable',
        malformed ? 'Some fields are malformed' : 'Some fields are not valid',
        { fields: problemFieldErrors(result.problems, m) },
      );
    }
    const locale = c.get('locale');
    return c.json({ deadlines: result.deadlines.map((d) => deadlineToJson(d, locale)) });
  });

  return app;
}
