import { describe, expect, it } from 'vitest';
import { hearingDisclosure, pickHearingDate } from './disclosure.js';

describe('hearing disclosure date', () => {
  it('is 5 business days before the hearing (34 CFR 300.512(a)(3), (b); 300.11(b))', () => {
    // Hearing Monday 2026-03-16: Fri 13, Thu 12, Wed 11, Tue 10, Mon 9.
    const d = hearingDisclosure({ hearingDate: '2026-03-16', today: '2026-03-02' });
    expect(d?.discloseBy).toBe('2026-03-09');
    expect(d?.status).toBe('upcoming');
    expect(d?.daysLeft).toBe(7);
    expect(d?.citations.map((c) => c.cite)).toEqual(
      expect.arrayContaining(['34 CFR 300.512(a)(3)', '34 CFR 300.512(b)(1)', '34 CFR 300.11(b)']),
    );
  });

  it('skips federal and Alabama holidays when counting back (34 CFR 300.11(b))', () => {
    // Hearing Wednesday 2026-01-21. Monday 2026-01-19 is Martin Luther King Jr. Day and Robert
    // E. Lee's birthday in Alabama: Tue 20, (Mon 19 skipped), Fri 16, Thu 15, Wed 14, Tue 13.
    const d = hearingDisclosure({ hearingDate: '2026-01-21', today: '2026-01-02' });
    expect(d?.discloseBy).toBe('2026-01-13');
  });

  it('says the date has passed once today is after it', () => {
    expect(hearingDisclosure({ hearingDate: '2026-03-16', today: '2026-03-10' })?.status).toBe(
      'passed',
    );
    expect(hearingDisclosure({ hearingDate: '2026-03-16', today: '2026-03-09' })?.status).toBe(
      'due_today',
    );
  });

  it('gives nothing for a date the engine cannot count from', () => {
    expect(hearingDisclosure({ hearingDate: '1900-01-01', today: '2026-03-10' })).toBeUndefined();
  });
});

describe('pickHearingDate', () => {
  it('picks the next hearing, or the latest when all are past', () => {
    expect(pickHearingDate(['2026-05-04', '2026-03-01'], '2026-04-01')).toBe('2026-05-04');
    expect(pickHearingDate(['2026-03-01', '2026-02-01'], '2026-04-01')).toBe('2026-03-01');
    expect(pickHearingDate([], '2026-04-01')).toBeUndefined();
  });
});
