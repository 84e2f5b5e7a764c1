import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/index.js';
import {
  parseCalendarForm,
  parseClosedDays,
  parseEventForm,
  parseLooseDate,
} from './timeline.schema.js';

const m = messages('en');
const year = { firstDay: '2026-08-06', lastDay: '2027-05-21' };

describe('reading dates the way parents write them', () => {
  it.each([
    ['2026-11-26', '2026-11-26'],
    ['2026/11/26', '2026-11-26'],
    ['11/26/2026', '2026-11-26'],
    ['1/4/2027', '2027-01-04'],
    ['11-26-2026', '2026-11-26'],
    ['11/26/26', '2026-11-26'],
    [' 2026-9-7 ', '2026-09-07'],
  ])('%s is %s', (text, date) => {
    expect(parseLooseDate(text)).toEqual({ ok: true, date });
  });

  it.each([
    ['2026-02-30', 'impossible'],
    ['13/01/2026', 'impossible'],
    ['Nov 26', 'not_date'],
    ['', 'not_date'],
    ['2026-11-26x', 'not_date'],
  ])('%s is refused as %s', (text, error) => {
    expect(parseLooseDate(text)).toEqual({ ok: false, error });
  });
});

describe('the pasted list of days without school', () => {
  it('takes lines, commas, semicolons, words around dates and breaks, sorted without repeats', () => {
    const result = parseClosedDays(
      'Labor Day 9/7/2026\n2026-11-26, 2026-11-27; 2026-11-26\nWinter break: 2026-12-21 to 2026-12-23\n2027-01-04 – 2027-01-05\n\n',
      m,
      year,
    );
    expect(result).toEqual({
      ok: true,
      days: [
        '2026-09-07',
        '2026-11-26',
        '2026-11-27',
        '2026-12-21',
        '2026-12-22',
        '2026-12-23',
        '2027-01-04',
        '2027-01-05',
      ],
    });
  });

  it('two dates without a word between them are two days, not a break', () => {
    expect(parseClosedDays('2026-11-26 2026-12-04', m, year)).toEqual({
      ok: true,
      days: ['2026-11-26', '2026-12-04'],
    });
  });

  it('names every bad line', () => {
    const result = parseClosedDays('2026-11-26\nsoon\n2026-02-30\n2028-01-01', m, year);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain('Line 2: “soon” is not a date.');
    expect(message).toContain('Line 3: “2026-02-30” is not a real date.');
    expect(message).toContain(
      'Line 4: 2028-01-01 is not between the first and last day of school.',
    );
  });

  it('stops a list that is far too long', () => {
    const result = parseClosedDays('2026-08-06 to 2027-05-21', m, {
      firstDay: '2026-08-06',
      lastDay: '2027-09-01',
    });
    expect(result).toEqual({ ok: true, days: expect.any(Array) });
    const tooMany = parseClosedDays('2026-01-01 to 2027-12-31', m, {
      firstDay: '2026-01-01',
      lastDay: '2027-12-31',
    });
    expect(tooMany.ok).toBe(false);
  });
});

describe('the forms', () => {
  it('an event keeps its note trimmed, and an empty note is none', () => {
    expect(
      parseEventForm({ type: 'iep_meeting_held', date: '3/1/2026', note: '  hi \u0000 ' }, m),
    ).toEqual({
      ok: true,
      value: { type: 'iep_meeting_held', date: '2026-03-01', note: 'hi' },
    });
    expect(
      parseEventForm({ type: 'iep_meeting_held', date: '2026-03-01', note: '   ' }, m),
    ).toEqual({
      ok: true,
      value: { type: 'iep_meeting_held', date: '2026-03-01', note: null },
    });
  });

  it('an empty calendar form removes the calendar; the county may come alone', () => {
    expect(
      parseCalendarForm({ firstDay: '', lastDay: '', closedDays: ' \n', county: '' }, m),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(parseCalendarForm({ county: 'Mobile' }, m)).toEqual({
      ok: true,
      value: { firstDay: null, lastDay: null, closedDays: [], county: 'Mobile' },
    });
  });
});
