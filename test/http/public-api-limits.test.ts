import { describe, expect, it } from 'vitest';
import { createTestApp } from '../app.js';
import { testDialect } from '../db.js';

describe(`public APIs are rate-limited per address (${testDialect()})`, () => {
  it.each(['/api/v1/deadlines', '/api/v1/assessments'])(
    '%s answers 429 with Retry-After after 300 calls a minute from one address',
    async (path) => {
      // One instant for every call, so the 301 calls cannot straddle the edge of the minute.
      let at = new Date();
      const t = await createTestApp({ now: () => at });
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
        // A minute later the address may call again.
        at = new Date(at.getTime() + 60_000);
        expect((await call()).status).not.toBe(429);
        at = new Date(at.getTime() - 60_000);
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
