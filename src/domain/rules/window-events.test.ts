import { describe, expect, it } from 'vitest';
import { windowEventsFor } from './window-events.js';

describe('filing-window events from the path chooser', () => {
  it('an IEP concern starts the state complaint (300.153(c)) and due process (300.507(a)(2)) windows', () => {
    expect(windowEventsFor('iep', { iep_not_implemented: '2026-09-02' })).toEqual([
      { type: 'alleged_violation_occurred', date: '2026-09-02', concern: 'iep_not_implemented' },
      { type: 'alleged_violation_known', date: '2026-09-02', concern: 'iep_not_implemented' },
    ]);
  });

  it('discrimination starts the OCR window (34 CFR 100.7(b) via 104.61), not the IDEA ones', () => {
    expect(windowEventsFor('iep', { disability_discrimination: '2026-10-01' })).toEqual([
      { type: 'discrimination_occurred', date: '2026-10-01', concern: 'disability_discrimination' },
    ]);
  });

  it('under a 504 plan alone every concern starts the OCR window only', () => {
    expect(windowEventsFor('section_504', { service_amount: '2026-10-01' })).toEqual([
      { type: 'discrimination_occurred', date: '2026-10-01', concern: 'service_amount' },
    ]);
  });

  it('two concerns on the same day add each event once', () => {
    const events = windowEventsFor('iep', {
      placement: '2026-08-20',
      service_amount: '2026-08-20',
      eligibility: '2026-07-01',
    });
    expect(events.map((e) => `${e.type}@${e.date}`)).toEqual([
      'alleged_violation_occurred@2026-08-20',
      'alleged_violation_known@2026-08-20',
      'alleged_violation_occurred@2026-07-01',
      'alleged_violation_known@2026-07-01',
    ]);
  });
});
