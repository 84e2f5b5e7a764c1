import { describe, expect, it } from 'vitest';
import { cite } from '../law/citation.js';
import { assessPaths } from './assess-paths.js';
import type { AssessmentRequest } from './assessment-types.js';
import {
  allInForce,
  type Dated,
  inForce,
  type JurisdictionRules,
  PROVISION_IDS,
  type Prerequisite,
} from './jurisdiction-rules.js';
import { US_AL_RULES } from './us-al-rules.js';

/**
 * A HYPOTHETICAL version of Alabama bill HB197 (2025), supplied only by this test. Its status is
 * unknown; nothing here says it is law. The effective date is made up to show that a dated rule
 * switches on by adding data, without touching the engine.
 */
const HYPOTHETICAL_EFFECTIVE_DATE = '2027-07-01';
const hypotheticalHb197: Dated<Prerequisite> = {
  from: HYPOTHETICAL_EFFECTIVE_DATE,
  value: {
    id: 'hypothetical.AL-HB197-2025',
    paths: ['due_process', 'mediation_with_due_process'],
    requires: ['state_complaint', 'mediation'],
    reason: {
      en: 'Under this (hypothetical) rule you must first file a state complaint and be offered mediation before asking for a hearing.',
      es: 'Con esta regla (hipotética) primero debe presentar una queja estatal y recibir una oferta de mediación antes de pedir una audiencia.',
    },
  },
  citations: [cite('HB197 (2025 Reg. Sess.), hypothetical effective date', { verified: false })],
};
const rulesWithHb197: JurisdictionRules = {
  ...US_AL_RULES,
  prerequisites: [...US_AL_RULES.prerequisites, hypotheticalHb197],
};

const request = (asOf: string, extra: Partial<AssessmentRequest> = {}): AssessmentRequest => ({
  jurisdiction: 'US-AL',
  asOf,
  plan: 'iep',
  concerns: [{ type: 'placement', date: '2027-05-01' }],
  ...extra,
});

function fitOf(asOf: string, path: string, extra: Partial<AssessmentRequest> = {}) {
  const outcome = assessPaths(request(asOf, extra), { rules: rulesWithHb197 });
  if (!outcome.ok) {
    throw new Error(JSON.stringify(outcome.problems));
  }
  return outcome.assessment.options.find((o) => o.path === path);
}

describe('dated rules', () => {
  it('the shipped Alabama rules do not treat HB197 as law', () => {
    expect(US_AL_RULES.prerequisites).toEqual([]);
  });

  it('a rule added with an effective date does nothing the day before it starts', () => {
    expect(fitOf('2027-06-30', 'due_process')?.fit).toBe('possible');
  });

  it('a rule added with an effective date closes due process from that date until its steps are done', () => {
    const dueProcess = fitOf(HYPOTHETICAL_EFFECTIVE_DATE, 'due_process');
    expect(dueProcess?.fit).toBe('not_available');
    expect(dueProcess?.reasons[0]?.id).toBe('hypothetical.AL-HB197-2025');
    expect(dueProcess?.reasons[0]?.text.en).toContain('has not been checked yet');
    expect(dueProcess?.windowCloses).toBe('2029-05-01');
    expect(fitOf(HYPOTHETICAL_EFFECTIVE_DATE, 'mediation_with_due_process')?.fit).toBe(
      'not_available',
    );
  });

  it('the added rule is met once a state complaint was filed and the district refused mediation', () => {
    const extra = { tried: ['state_complaint'], districtRefusedMediation: true };
    const dueProcess = fitOf(HYPOTHETICAL_EFFECTIVE_DATE, 'due_process', extra);
    expect(dueProcess?.fit).toBe('recommended');
  });

  it('the added rule is not met by a state complaint alone', () => {
    const extra = { pending: ['state_complaint'] };
    expect(fitOf(HYPOTHETICAL_EFFECTIVE_DATE, 'due_process', extra)?.fit).toBe('not_available');
  });

  it('inForce picks the latest entry started on or before asOf and honours until', () => {
    const entries: Dated<number>[] = [
      { from: '2000-01-01', value: 1, citations: [] },
      { from: '2027-07-01', until: '2028-01-01', value: 2, citations: [] },
    ];
    expect(inForce(entries, '2027-06-30')?.value).toBe(1);
    expect(inForce(entries, '2027-07-01')?.value).toBe(2);
    expect(inForce(entries, '2028-01-01')?.value).toBe(1);
    expect(allInForce(entries, '2027-12-31').map((e) => e.value)).toEqual([1, 2]);
  });

  it('every provision in the Alabama rules is in force today and cites something', () => {
    for (const id of PROVISION_IDS) {
      const entry = inForce(US_AL_RULES.provisions[id], '2026-11-28');
      expect(entry?.citations.length, id).toBeGreaterThan(0);
    }
  });

  it('the Alabama windows are 1 year, 2 years and 180 days with citations', () => {
    const today = '2026-11-28';
    expect(inForce(US_AL_RULES.windows.state_complaint ?? [], today)?.value.length).toEqual({
      years: 1,
    });
    expect(inForce(US_AL_RULES.windows.due_process ?? [], today)?.value.length).toEqual({
      years: 2,
    });
    expect(inForce(US_AL_RULES.windows.ocr_complaint ?? [], today)?.value.length).toEqual({
      days: 180,
    });
    const dueProcessCites = inForce(US_AL_RULES.windows.due_process ?? [], today)?.citations ?? [];
    expect(dueProcessCites.map((c) => c.cite)).toContain('34 CFR 300.507(a)(2)');
    // Alabama's own due process paragraph was not read: it must be marked unverified.
    expect(dueProcessCites.find((c) => c.cite.startsWith('Ala. Admin. Code'))?.verified).toBe(
      false,
    );
  });
});
