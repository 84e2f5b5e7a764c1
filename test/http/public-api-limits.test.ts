import { describe, expect, it } from 'vitest';
import { createTestApp } from '../app.js';
import { testDialect } from '../db.js';

describe(`public APIs are rate-limited per address (${testDialect()})`, () => {
  it.each(['/api/v1/deadlines', '/api/v1/assessments'])(
    '%s answers 429 with Retry-After after 300 calls a minute from one address',
    async (path) => {
      const t = await createTestApp();
      try {
        const client = t.client();
        const call = () =>
          client.request(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: '{}',
          });
        for (let i = 0; i < 300; i++) {
          expect((await call()).status).not.toBe(429);
        }
        const limited = await call();
        expect(limited.status).toBe(429);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(((await limited.json()) as { error: { code: string } }).error.code).toBe(
          'rate_limited',
        );
        // Another address is not affected.
        const other = await t.client().request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        expect(other.status).not.toBe(429);
      } finally {
        await t.close();
      }
    },
  );
});
