import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import { createCase, deleteCase, findCase, listCases, updateCase } from '../../db/cases.js';
import { blobKeysOfCases, deleteBlobs } from '../../db/documents.js';
import { AppError } from '../../errors.js';
import type { AppEnv } from '../context.js';
import { caseUpdateSchema } from './api.schema.js';
import { caseFieldErrors, caseInputSchema } from './cases.schema.js';
import { openApiDocument } from './openapi.js';
import { requireSession } from './require-session.js';

type C = Context<AppEnv>;

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

function parseOr422<T extends z.ZodType>(c: C, schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('unprocessable', 'Some fields are not valid', {
      fields: caseFieldErrors(parsed.error.issues, c.get('m')),
    });
  }
  return parsed.data;
}

function notFound(): never {
  throw new AppError('not_found', 'No such case');
}

/** JSON API v1. Same session as the pages; errors are `{ error: { code, message, fields? } }`. */
export function apiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/cases', async (c) => {
    const session = requireSession(c);
    return c.json({ cases: await listCases(c.get('deps').db, session.userId) });
  });

  app.post('/cases', async (c) => {
    const session = requireSession(c);
    const input = parseOr422(c, caseInputSchema, await jsonBody(c));
    const kase = await createCase(c.get('deps').db, session.userId, input);
    return c.json({ case: kase }, 201, { Location: `/api/v1/cases/${kase.id}` });
  });

  app.get('/cases/:id', async (c) => {
    const session = requireSession(c);
    const kase = await findCase(c.get('deps').db, session.userId, c.req.param('id'));
    return kase ? c.json({ case: kase }) : notFound();
  });

  app.patch('/cases/:id', async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const existing = await findCase(db, session.userId, c.req.param('id'));
    if (!existing) {
      notFound();
    }
    const changes = parseOr422(c, caseUpdateSchema, await jsonBody(c));
    const { id: _id, createdAt: _c, updatedAt: _u, ...current } = existing;
    const updated = await updateCase(db, session.userId, existing.id, { ...current, ...changes });
    return updated ? c.json({ case: updated }) : notFound();
  });

  app.delete('/cases/:id', async (c) => {
    const session = requireSession(c);
    const { db, blobs } = c.get('deps');
    // The case's files (documents, binders) are read first: the rows go with the case.
    const fileKeys = await blobKeysOfCases(db, session.userId, c.req.param('id'));
    const deleted = await deleteCase(db, session.userId, c.req.param('id'));
    if (deleted) {
      await deleteBlobs(blobs, fileKeys);
    }
    return deleted ? c.body(null, 204) : notFound();
  });

  app.all('*', () => {
    throw new AppError('not_found', 'No such API route');
  });

  return app;
}
