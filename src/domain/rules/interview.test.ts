import { describe, expect, it } from 'vitest';
import { assessPaths } from './assess-paths.js';
import {
  answersToRequest,
  currentStep,
  INTERVIEW_STEPS,
  type InterviewAnswers,
  previousStep,
  pruneAnswers,
  STEP_IDS,
  type StepId,
  stepsOnPath,
} from './interview.js';

/** Named journeys through the interview, each a full set of answers. */
const JOURNEYS: { readonly [name: string]: InterviewAnswers } = {
  'an IEP parent with a speech-minutes dispute': {
    plan: 'iep',
    concerns: ['service_amount'],
    concernDates: { service_amount: '2026-10-01' },
    districtMediation: 'no',
    pending: ['none'],
    tried: ['iep_meeting'],
  },
  'a 504 parent with a plan not followed': {
    plan: 'section_504',
    concerns: ['iep_not_implemented'],
    concernDates: { iep_not_implemented: '2026-10-01' },
    tried: ['none'],
  },
  'a parent not sure of the plan, with discipline': {
    plan: 'unknown',
    concerns: ['discipline'],
    concernDates: { discipline: '2026-11-20' },
    districtMediation: 'not_sure',
    pending: ['not_sure'],
    tried: ['none'],
  },
};

describe('interview step graph', () => {
  it('reaches every step on at least one test journey', () => {
    const reached = new Set<StepId>();
    for (const answers of Object.values(JOURNEYS)) {
      for (const step of stepsOnPath(answers)) {
        reached.add(step);
      }
    }
    expect([...reached].sort()).toEqual([...STEP_IDS].sort());
  });

  it.each(Object.entries(JOURNEYS))('%s ends on the result page with a valid request', (_n, a) => {
    expect(currentStep(a)).toBe('result');
    const request = answersToRequest(a, '2026-11-28');
    expect(request).not.toBeNull();
    if (request) {
      expect(assessPaths(request).ok).toBe(true);
    }
  });

  it('asks one question at a time, starting with the plan', () => {
    expect(currentStep({})).toBe('plan');
    expect(currentStep({ plan: 'iep' })).toBe('concerns');
    expect(currentStep({ plan: 'iep', concerns: ['placement'] })).toBe('concern_dates');
  });

  it('skips the mediation and pending questions for a 504-only discrimination concern', () => {
    const path = stepsOnPath({
      plan: 'section_504',
      concerns: ['disability_discrimination'],
      concernDates: { disability_discrimination: '2026-10-01' },
      tried: ['ocr_complaint'],
    });
    expect(path).not.toContain('district_mediation');
    expect(path).not.toContain('pending');
    expect(path[path.length - 1]).toBe('result');
  });

  it('goes back without losing answers', () => {
    const answers = JOURNEYS['an IEP parent with a speech-minutes dispute'] ?? {};
    expect(previousStep('tried', answers)).toBe('pending');
    expect(previousStep('plan', answers)).toBeNull();
    expect(pruneAnswers(answers)).toEqual(answers);
  });

  it('drops answers that a later change made irrelevant before computing the result', () => {
    const before = JOURNEYS['an IEP parent with a speech-minutes dispute'] ?? {};
    const changed: InterviewAnswers = {
      ...before,
      plan: 'section_504',
      concerns: ['disability_discrimination'],
      concernDates: { ...before.concernDates, disability_discrimination: '2026-10-15' },
      districtMediation: 'yes',
      pending: ['due_process'],
      tried: ['mediation', 'ocr_complaint'],
    };
    const pruned = pruneAnswers(changed);
    expect(pruned.districtMediation).toBeUndefined();
    expect(pruned.pending).toBeUndefined();
    expect(pruned.concernDates).toEqual({ disability_discrimination: '2026-10-15' });
    expect(pruned.tried).toEqual(['ocr_complaint']);
    expect(answersToRequest(changed, '2026-11-28')).toEqual({
      jurisdiction: 'US-AL',
      asOf: '2026-11-28',
      plan: 'section_504',
      concerns: [{ type: 'disability_discrimination', date: '2026-10-15' }],
      districtRefusedMediation: false,
      pending: [],
      tried: ['ocr_complaint'],
    });
  });

  it('is not finished while a chosen concern has no date', () => {
    const answers: InterviewAnswers = {
      plan: 'iep',
      concerns: ['placement', 'discipline'],
      concernDates: { placement: '2026-10-01' },
    };
    expect(currentStep(answers)).toBe('concern_dates');
    expect(answersToRequest(answers, '2026-11-28')).toBeNull();
  });

  it('offers a "not sure" answer on the plan, mediation and pending questions', () => {
    const values = (id: StepId) => INTERVIEW_STEPS[id].options({}).map((o) => o.value);
    expect(values('plan')).toContain('unknown');
    expect(values('district_mediation')).toContain('not_sure');
    expect(values('pending')).toContain('not_sure');
  });

  it('gives every question and option English and Spanish text', () => {
    const answers = JOURNEYS['an IEP parent with a speech-minutes dispute'] ?? {};
    for (const id of STEP_IDS) {
      const step = INTERVIEW_STEPS[id];
      expect(step.question.es, id).not.toBe(step.question.en);
      for (const option of step.options(answers)) {
        expect(option.label.en.length, option.value).toBeGreaterThan(0);
        expect(option.label.es.length, option.value).toBeGreaterThan(0);
      }
    }
  });
});
