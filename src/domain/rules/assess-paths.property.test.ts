import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessPaths } from './assess-paths.js';
import { CONCERN_TYPES, PATHS, PENDING_KINDS, PLANS } from './assessment-types.js';
import { addDays, compareDates } from './calendar-date.js';

const AS_OF = '2026-11-28';
const request = fc.record({
  plan: fc.constantFrom(...PLANS),
  concerns: fc.array(
    fc.record({
      type: fc.constantFrom(...CONCERN_TYPES),
      date: fc.integer({ min: 0, max: 1200 }).map((n) => addDays(AS_OF, -n)),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  districtRefusedMediation: fc.boolean(),
  pending: fc.subarray([...PENDING_KINDS]),
  tried: fc.subarray([...PATHS]),
});

describe('assessPaths invariants', () => {
  it('always ranks every path once, recommended first, with texts and citations', () => {
    fc.assert(
      fc.property(request, (r) => {
        const outcome = assessPaths({ jurisdiction: 'US-AL', asOf: AS_OF, ...r });
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) {
          return;
        }
        const { options } = outcome.assessment;
        expect(options.map((o) => o.path).sort()).toEqual([...PATHS].sort());
        expect(options.map((o) => o.rank)).toEqual(options.map((_, i) => i + 1));
        if (options.some((o) => o.fit === 'recommended')) {
          expect(options[0]?.fit).toBe('recommended');
        }
        const order = { recommended: 0, possible: 1, not_available: 2 } as const;
        for (let i = 1; i < options.length; i++) {
          const prev = options[i - 1];
          const cur = options[i];
          if (prev && cur) {
            expect(order[prev.fit]).toBeLessThanOrEqual(order[cur.fit]);
          }
        }
        for (const o of options) {
          expect(o.reasons.length).toBeGreaterThan(0);
          for (const reason of o.reasons) {
            expect(reason.citations.length).toBeGreaterThan(0);
          }
          if (o.fit !== 'not_available' && o.windowCloses !== null) {
            expect(compareDates(o.windowCloses, AS_OF)).toBeGreaterThanOrEqual(0);
          }
        }
        if (r.districtRefusedMediation) {
          expect(options.find((o) => o.path === 'mediation')?.fit).toBe('not_available');
        }
      }),
      { numRuns: 300 },
    );
  });
});
