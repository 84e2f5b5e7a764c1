import { describe, expect, it } from 'vitest';
import { assessPaths } from './assess-paths.js';
import { localizeAssessment } from './localize-assessment.js';

describe('localizeAssessment', () => {
  const outcome = assessPaths({
    jurisdiction: 'US-AL',
    asOf: '2026-11-28',
    plan: 'iep',
    concerns: [{ type: 'service_amount', date: '2026-10-01' }],
    districtRefusedMediation: true,
  });
  if (!outcome.ok) {
    throw new Error('expected a valid request');
  }
  const { assessment } = outcome;

  it('gives Spanish text as plain strings in the API shape', () => {
    const es = localizeAssessment(assessment, 'es');
    const mediation = es.options.find((o) => o.path === 'mediation');
    expect(mediation?.fit).toBe('not_available');
    expect(mediation?.reasons[0]?.text).toContain('El distrito escolar dijo que no a la mediación');
    expect(typeof es.options[0]?.nextSteps[0]?.text).toBe('string');
  });

  it('keeps paths, fits, ranks, windows and citations the same in every language', () => {
    const en = localizeAssessment(assessment, 'en');
    const es = localizeAssessment(assessment, 'es');
    const strip = (a: typeof en) =>
      a.options.map((o) => ({
        path: o.path,
        fit: o.fit,
        rank: o.rank,
        windowCloses: o.windowCloses,
        citations: o.reasons.map((r) => r.citations),
        letters: o.nextSteps.map((s) => [s.letter, s.startsDeadline]),
      }));
    expect(strip(es)).toEqual(strip(en));
    expect(en.options[0]?.reasons[0]?.text).not.toBe(es.options[0]?.reasons[0]?.text);
  });
});
