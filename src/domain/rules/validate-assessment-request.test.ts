import { describe, expect, it } from 'vitest';
import type { AssessmentRequest } from './assessment-types.js';
import { validateAssessmentRequest } from './validate-assessment-request.js';

const base: AssessmentRequest = {
  jurisdiction: 'US-AL',
  asOf: '2026-11-28',
  plan: 'iep',
  concerns: [{ type: 'placement', date: '2026-10-01' }],
};

describe('validateAssessmentRequest', () => {
  it.each<[string, Partial<AssessmentRequest>, string, string]>([
    [
      'an unknown concern type is named by its index',
      { concerns: [{ type: 'bus_route', date: '2026-10-01' }] },
      'concerns[0].type',
      'unknown_concern_type',
    ],
    [
      'a concern dated after asOf is a future date',
      { concerns: [{ type: 'placement', date: '2026-11-29' }] },
      'concerns[0].date',
      'future_date',
    ],
    ['no concerns is refused', { concerns: [] }, 'concerns', 'no_concerns'],
    [
      'an impossible date like 2026-02-30 is refused',
      { concerns: [{ type: 'placement', date: '2026-02-30' }] },
      'concerns[0].date',
      'invalid_date',
    ],
    [
      'an unknown jurisdiction is refused',
      { jurisdiction: 'US-GA' },
      'jurisdiction',
      'unknown_jurisdiction',
    ],
    ['an impossible asOf is refused', { asOf: '2026-13-01' }, 'asOf', 'invalid_date'],
    ['an unknown plan is refused', { plan: 'ifsp' }, 'plan', 'unknown_plan'],
    [
      'an unknown pending filing is refused',
      { pending: ['lawsuit'] },
      'pending[0]',
      'unknown_pending',
    ],
    ['an unknown tried path is refused', { tried: ['prayer'] }, 'tried[0]', 'unknown_path'],
  ])('%s', (_name, change, field, code) => {
    const result = validateAssessmentRequest({ ...base, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual(expect.objectContaining({ field, code }));
    }
  });

  it('reports every problem at once, not only the first', () => {
    const result = validateAssessmentRequest({
      ...base,
      concerns: [
        { type: 'placement', date: '2027-01-01' },
        { type: 'nope', date: '2026-02-30' },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.field)).toEqual([
        'concerns[0].date',
        'concerns[1].type',
        'concerns[1].date',
      ]);
    }
  });

  it('a concern dated on asOf itself is accepted', () => {
    const result = validateAssessmentRequest({
      ...base,
      concerns: [{ type: 'placement', date: '2026-11-28' }],
    });
    expect(result.ok).toBe(true);
  });

  it('fills defaults and removes duplicate pending and tried entries', () => {
    const result = validateAssessmentRequest({
      ...base,
      pending: ['due_process', 'due_process'],
      tried: ['mediation', 'mediation'],
    });
    expect(result).toEqual({
      ok: true,
      input: {
        jurisdiction: 'US-AL',
        asOf: '2026-11-28',
        plan: 'iep',
        concerns: [{ type: 'placement', date: '2026-10-01' }],
        districtRefusedMediation: false,
        pending: ['due_process'],
        tried: ['mediation'],
      },
    });
  });
});
