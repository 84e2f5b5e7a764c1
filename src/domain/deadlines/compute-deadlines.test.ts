import { describe, expect, it } from 'vitest';
import {
  type ComputeDeadlinesInput,
  computeDeadlines,
  type Deadline,
  type DeadlineEventInput,
} from './compute-deadlines.js';
import { isBusinessDay } from './day-count.js';
import { DEADLINE_PARAMETERS } from './deadline-parameters.js';
import { ALABAMA_DEADLINE_RULES, DEADLINE_IDS, type DeadlineId } from './deadline-rules.js';
import { EVENT_TYPES } from './event-types.js';
import { createHolidayCalendar } from './holiday-calendar.js';
import { ALABAMA_HOLIDAYS, FEDERAL_HOLIDAYS } from './holiday-rules.js';
import { ALABAMA_COUNTIES } from './jurisdictions.js';

function deadlinesFor(
  events: readonly DeadlineEventInput[],
  extra: Partial<ComputeDeadlinesInput> = {},
): readonly Deadline[] {
  const result = computeDeadlines({ jurisdiction: 'US-AL', events, ...extra });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.problems));
  }
  return result.deadlines;
}

function dueOf(
  id: DeadlineId,
  type: string,
  date: string,
  extra: Partial<ComputeDeadlinesInput> = {},
) {
  const found = deadlinesFor([{ type, date }], extra).find((d) => d.id === id);
  if (!found) {
    throw new Error(`no ${id}`);
  }
  return found;
}

type Row = readonly [sentence: string, id: DeadlineId, type: string, date: string, due: string];

// One table for every rule in issue 3; each rule has rows on both sides of a boundary.
const RULE_TABLE: readonly Row[] = [
  [
    'an evaluation consent received on 2026-09-02 makes the initial evaluation due 60 calendar days later on 2026-11-01',
    'initial_evaluation_due',
    'evaluation_consent_received',
    '2026-09-02',
    '2026-11-01',
  ],
  [
    'a consent received on 2026-11-01 runs through the winter break into the next year: 2026-12-31',
    'initial_evaluation_due',
    'evaluation_consent_received',
    '2026-11-01',
    '2026-12-31',
  ],
  [
    'a consent received on 2026-11-02 crosses the year end: 2027-01-01',
    'initial_evaluation_due',
    'evaluation_consent_received',
    '2026-11-02',
    '2027-01-01',
  ],
  [
    'in Alabama an evaluation completed on 2028-01-30 needs an eligibility decision by 2028-02-29 (leap year)',
    'eligibility_determination_due',
    'evaluation_completed',
    '2028-01-30',
    '2028-02-29',
  ],
  [
    'an evaluation completed on 2027-01-30 needs an eligibility decision by 2027-03-01 (no Feb 29)',
    'eligibility_determination_due',
    'evaluation_completed',
    '2027-01-30',
    '2027-03-01',
  ],
  [
    'eligibility decided on 2026-12-02 makes the first IEP meeting due 30 calendar days later on 2027-01-01',
    'initial_iep_meeting_due',
    'eligibility_determined',
    '2026-12-02',
    '2027-01-01',
  ],
  [
    'eligibility decided on 2026-12-01 makes the first IEP meeting due on 2026-12-31',
    'initial_iep_meeting_due',
    'eligibility_determined',
    '2026-12-01',
    '2026-12-31',
  ],
  [
    'eligibility decided on 2024-02-29 makes the 3-year reevaluation due on 2027-02-28',
    'reevaluation_due',
    'eligibility_determined',
    '2024-02-29',
    '2027-02-28',
  ],
  [
    'eligibility decided on 2025-02-28 makes the 3-year reevaluation due on 2028-02-28, not Feb 29',
    'reevaluation_due',
    'eligibility_determined',
    '2025-02-28',
    '2028-02-28',
  ],
  [
    'an IEP meeting held on 2027-02-28 makes the yearly review due on 2028-02-28',
    'annual_iep_review_due',
    'iep_meeting_held',
    '2027-02-28',
    '2028-02-28',
  ],
  [
    'an IEP meeting held on 2028-02-29 makes the yearly review due on 2029-02-28',
    'annual_iep_review_due',
    'iep_meeting_held',
    '2028-02-29',
    '2029-02-28',
  ],
  [
    'a records request received on 2026-11-17 must be met within 45 calendar days, by 2027-01-01',
    'records_access_due',
    'records_request_received',
    '2026-11-17',
    '2027-01-01',
  ],
  [
    'a records request received on 2026-11-16 must be met by 2026-12-31',
    'records_access_due',
    'records_request_received',
    '2026-11-16',
    '2026-12-31',
  ],
  [
    'a violation on 2026-03-10 must be in a complaint the state receives by 2027-03-10',
    'state_complaint_window_closes',
    'alleged_violation_occurred',
    '2026-03-10',
    '2027-03-10',
  ],
  [
    'a violation on 2028-02-29 must be in a complaint the state receives by 2029-02-28',
    'state_complaint_window_closes',
    'alleged_violation_occurred',
    '2028-02-29',
    '2029-02-28',
  ],
  [
    'a problem known on 2026-12-31 must be brought to due process by 2028-12-31',
    'due_process_window_closes',
    'alleged_violation_known',
    '2026-12-31',
    '2028-12-31',
  ],
  [
    'a problem known on 2024-02-29 must be brought to due process by 2026-02-28',
    'due_process_window_closes',
    'alleged_violation_known',
    '2024-02-29',
    '2026-02-28',
  ],
  [
    'a state complaint received on 2026-11-02 must be decided within 60 calendar days, by 2027-01-01',
    'state_complaint_decision_due',
    'state_complaint_received',
    '2026-11-02',
    '2027-01-01',
  ],
  [
    'a state complaint received on 2026-11-01 must be decided by 2026-12-31',
    'state_complaint_decision_due',
    'state_complaint_received',
    '2026-11-01',
    '2026-12-31',
  ],
  [
    'a due process complaint received on 2026-12-22 must be answered within 10 days, by 2027-01-01',
    'district_response_due',
    'due_process_complaint_received',
    '2026-12-22',
    '2027-01-01',
  ],
  [
    'a due process complaint received on 2026-12-21 must be answered by 2026-12-31',
    'district_response_due',
    'due_process_complaint_received',
    '2026-12-21',
    '2026-12-31',
  ],
  [
    'a sufficiency challenge to a complaint received on 2028-02-14 is due 15 days later on 2028-02-29',
    'sufficiency_challenge_due',
    'due_process_complaint_received',
    '2028-02-14',
    '2028-02-29',
  ],
  [
    'a sufficiency challenge to a complaint received on 2027-02-14 is due on 2027-03-01',
    'sufficiency_challenge_due',
    'due_process_complaint_received',
    '2027-02-14',
    '2027-03-01',
  ],
  [
    'a resolution meeting for a complaint received on 2026-12-17 is due 15 days later on 2027-01-01',
    'resolution_meeting_due',
    'due_process_complaint_received',
    '2026-12-17',
    '2027-01-01',
  ],
  [
    'a resolution meeting for a complaint received on 2026-12-16 is due on 2026-12-31',
    'resolution_meeting_due',
    'due_process_complaint_received',
    '2026-12-16',
    '2026-12-31',
  ],
  [
    'the resolution period for a complaint received on 2026-12-02 ends 30 days later on 2027-01-01',
    'resolution_period_ends',
    'due_process_complaint_received',
    '2026-12-02',
    '2027-01-01',
  ],
  [
    'the resolution period for a complaint received on 2026-12-01 ends on 2026-12-31',
    'resolution_period_ends',
    'due_process_complaint_received',
    '2026-12-01',
    '2026-12-31',
  ],
  [
    'a hearing decision on a complaint received on 2026-10-02 is due 45 days after the period ends (2026-11-01): 2026-12-16',
    'hearing_decision_due',
    'due_process_complaint_received',
    '2026-10-02',
    '2026-12-16',
  ],
  [
    'a hearing decision on a complaint received on 2026-10-18 is due 75 days after receipt: 2027-01-01',
    'hearing_decision_due',
    'due_process_complaint_received',
    '2026-10-18',
    '2027-01-01',
  ],
  [
    'a resolution agreement signed Thu 2021-01-14 can be voided for 3 business days, to 2021-01-20 (weekend and Lee / King Day skipped)',
    'resolution_agreement_review_ends',
    'resolution_agreement_signed',
    '2021-01-14',
    '2021-01-20',
  ],
  [
    'a resolution agreement signed Mon 2021-01-11 can be voided until Thu 2021-01-14',
    'resolution_agreement_review_ends',
    'resolution_agreement_signed',
    '2021-01-11',
    '2021-01-14',
  ],
  [
    'evidence for a hearing on Mon 2026-03-16 must be shared 5 business days before, by Mon 2026-03-09',
    'evidence_disclosure_due',
    'due_process_hearing_scheduled',
    '2026-03-16',
    '2026-03-09',
  ],
  [
    'evidence for a hearing on Tue 2026-05-26 must be shared by Mon 2026-05-18 (Memorial Day skipped)',
    'evidence_disclosure_due',
    'due_process_hearing_scheduled',
    '2026-05-26',
    '2026-05-18',
  ],
  [
    'a hearing decision received on 2026-12-02 gives, unconfirmed for Alabama, 30 days to go to court: 2027-01-01',
    'civil_action_due',
    'hearing_decision_received',
    '2026-12-02',
    '2027-01-01',
  ],
  [
    'a hearing decision received on 2026-12-01 gives until 2026-12-31',
    'civil_action_due',
    'hearing_decision_received',
    '2026-12-01',
    '2026-12-31',
  ],
  [
    'an expedited complaint received on 2026-12-25 needs a resolution meeting within 7 days: 2027-01-01',
    'expedited_resolution_meeting_due',
    'expedited_due_process_complaint_received',
    '2026-12-25',
    '2027-01-01',
  ],
  [
    'an expedited complaint received on 2026-12-24 needs a resolution meeting by 2026-12-31',
    'expedited_resolution_meeting_due',
    'expedited_due_process_complaint_received',
    '2026-12-24',
    '2026-12-31',
  ],
  [
    'an expedited complaint received on 2026-12-17 has a 15-day resolution period ending 2027-01-01',
    'expedited_resolution_period_ends',
    'expedited_due_process_complaint_received',
    '2026-12-17',
    '2027-01-01',
  ],
  [
    'an expedited complaint received on 2026-12-16 has a resolution period ending 2026-12-31',
    'expedited_resolution_period_ends',
    'expedited_due_process_complaint_received',
    '2026-12-16',
    '2026-12-31',
  ],
  [
    'an expedited complaint filed Fri 2026-10-02 needs a hearing within 20 school days (estimate, Columbus Day skipped): 2026-11-02',
    'expedited_hearing_due',
    'expedited_due_process_complaint_received',
    '2026-10-02',
    '2026-11-02',
  ],
  [
    'an expedited complaint filed Fri 2026-09-04 needs a hearing by 2026-10-05 (Labor Day skipped)',
    'expedited_hearing_due',
    'expedited_due_process_complaint_received',
    '2026-09-04',
    '2026-10-05',
  ],
  [
    'an expedited hearing held Fri 2026-12-18 needs a decision within 10 school days (estimate): 2027-01-05',
    'expedited_hearing_decision_due',
    'expedited_hearing_held',
    '2026-12-18',
    '2027-01-05',
  ],
  [
    'an expedited hearing held Fri 2026-12-11 needs a decision by 2026-12-28 (Christmas skipped)',
    'expedited_hearing_decision_due',
    'expedited_hearing_held',
    '2026-12-11',
    '2026-12-28',
  ],
  [
    'a disciplinary change of placement on Mon 2026-12-14 needs a manifestation review within 10 school days (estimate): 2026-12-29',
    'manifestation_determination_due',
    'disciplinary_change_of_placement',
    '2026-12-14',
    '2026-12-29',
  ],
  [
    'a disciplinary change of placement on Mon 2026-12-07 needs a manifestation review by 2026-12-21',
    'manifestation_determination_due',
    'disciplinary_change_of_placement',
    '2026-12-07',
    '2026-12-21',
  ],
  [
    'discrimination on 2026-07-05 must reach OCR within 180 days: 2027-01-01',
    'ocr_complaint_window_closes',
    'discrimination_occurred',
    '2026-07-05',
    '2027-01-01',
  ],
  [
    'discrimination on 2027-09-02 must reach OCR by 2028-02-29 (leap year)',
    'ocr_complaint_window_closes',
    'discrimination_occurred',
    '2027-09-02',
    '2028-02-29',
  ],
];

describe('every Alabama deadline, to the day', () => {
  it.each(RULE_TABLE)('%s', (_sentence, id, type, date, due) => {
    expect(dueOf(id, type, date).due).toBe(due);
  });

  it('the table covers every deadline id at least twice (both sides of a boundary)', () => {
    for (const id of DEADLINE_IDS) {
      expect(RULE_TABLE.filter((row) => row[1] === id).length, id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('how deadlines explain themselves', () => {
  it('a deadline has the fields the API promises', () => {
    const d = dueOf('initial_evaluation_due', 'evaluation_consent_received', '2026-09-02');
    expect(d).toMatchObject({
      id: 'initial_evaluation_due',
      due: '2026-11-01',
      trigger: { type: 'evaluation_consent_received', date: '2026-09-02' },
      dayType: 'calendar',
      count: 60,
      unit: 'calendar_days',
      firm: true,
      estimate: false,
      differsFromFederal: false,
    });
    expect(d.citations.map((c) => c.cite)).toEqual([
      '34 CFR 300.301(c)(1)',
      'Ala. Admin. Code r. 290-8-9-.02(1)',
      '34 CFR 300.11(a)',
    ]);
    expect(d.steps[0]).toEqual({
      kind: 'start',
      date: '2026-09-02',
      eventType: 'evaluation_consent_received',
      direction: 'after',
    });
  });

  it('a due date on a Sunday stays on Sunday and is flagged with the Friday before to act on', () => {
    const d = dueOf('initial_evaluation_due', 'evaluation_consent_received', '2026-09-02');
    expect(d.due).toBe('2026-11-01');
    expect(d.dueOnNonBusinessDay).toEqual({ weekend: true, holidays: [], actBy: '2026-10-30' });
  });

  it('a due date on a weekday holiday (Columbus Day 2026) is flagged with the holiday named', () => {
    const d = dueOf('district_response_due', 'due_process_complaint_received', '2026-10-02');
    expect(d.due).toBe('2026-10-12');
    expect(d.dueOnNonBusinessDay?.weekend).toBe(false);
    expect(d.dueOnNonBusinessDay?.holidays.map((h) => h.id)).toContain('us_columbus_day');
    expect(d.dueOnNonBusinessDay?.actBy).toBe('2026-10-09');
  });

  it('a due date on a plain weekday is not flagged', () => {
    expect(
      dueOf('initial_evaluation_due', 'evaluation_consent_received', '2026-09-03')
        .dueOnNonBusinessDay,
    ).toBeUndefined();
  });

  it('business-day deadlines are never flagged: they always land on a business day', () => {
    const holidays = createHolidayCalendar([...FEDERAL_HOLIDAYS, ...ALABAMA_HOLIDAYS]);
    const d = dueOf(
      'resolution_agreement_review_ends',
      'resolution_agreement_signed',
      '2021-01-14',
    );
    expect(isBusinessDay(d.due, holidays)).toBe(true);
    expect(d.dueOnNonBusinessDay).toBeUndefined();
  });

  it('in Mobile County, Mardi Gras 2026 is skipped when counting business days; in Montgomery it is not', () => {
    expect(
      dueOf('resolution_agreement_review_ends', 'resolution_agreement_signed', '2026-02-13', {
        county: 'Mobile',
      }).due,
    ).toBe('2026-02-20');
    expect(
      dueOf('resolution_agreement_review_ends', 'resolution_agreement_signed', '2026-02-13', {
        county: 'Montgomery',
      }).due,
    ).toBe('2026-02-19');
  });

  it('the civil action date is marked unverified, differs from the federal default, and shows the federal 90 days', () => {
    const d = dueOf('civil_action_due', 'hearing_decision_received', '2026-10-02');
    expect(d).toMatchObject({ due: '2026-11-01', unverified: true, differsFromFederal: true });
    expect(d.alternative).toMatchObject({ count: 90, unit: 'calendar_days', due: '2026-12-31' });
    expect(d.citations.some((c) => !c.verified)).toBe(true);
    expect(d.steps.at(-1)).toMatchObject({
      kind: 'alternative',
      basis: 'federal_default',
      date: '2026-12-31',
    });
  });

  it('the Alabama eligibility rule says it differs from the federal default (IDEA has no such number)', () => {
    expect(
      dueOf('eligibility_determination_due', 'evaluation_completed', '2026-09-02')
        .differsFromFederal,
    ).toBe(true);
  });

  it('the hearing decision date shows it starts from the end of the resolution period', () => {
    const d = dueOf('hearing_decision_due', 'due_process_complaint_received', '2026-10-02');
    expect(d.steps).toContainEqual({
      kind: 'start_after_deadline',
      date: '2026-11-01',
      deadlineId: 'resolution_period_ends',
    });
    expect(d.firm).toBe(false);
  });

  it('school-day deadlines without a district calendar are marked as an estimate', () => {
    expect(
      dueOf('manifestation_determination_due', 'disciplinary_change_of_placement', '2026-12-14')
        .estimate,
    ).toBe(true);
  });

  it('with a district calendar the manifestation review skips the closed winter break: 2027-01-12', () => {
    const schoolCalendar = {
      firstDay: '2026-08-10',
      lastDay: '2027-05-21',
      closedDays: [
        '2026-12-21',
        '2026-12-22',
        '2026-12-23',
        '2026-12-24',
        '2026-12-25',
        '2026-12-28',
        '2026-12-29',
        '2026-12-30',
        '2026-12-31',
        '2027-01-01',
        '2027-01-04',
      ],
    };
    const d = dueOf(
      'manifestation_determination_due',
      'disciplinary_change_of_placement',
      '2026-12-14',
      { schoolCalendar },
    );
    expect(d).toMatchObject({ due: '2027-01-12', estimate: false });
  });
});

describe('records access: 45 days, or before an IEP meeting, resolution meeting or hearing if one comes first', () => {
  it.each([
    [
      'an IEP meeting on day 19 makes the records due on that day',
      'iep_meeting_scheduled',
      '2026-09-20',
      '2026-09-20',
    ],
    [
      'a hearing on day 44 makes the records due on that day',
      'due_process_hearing_scheduled',
      '2026-10-15',
      '2026-10-15',
    ],
    [
      'a resolution meeting on day 45 changes nothing',
      'resolution_meeting_scheduled',
      '2026-10-16',
      '2026-10-16',
    ],
    [
      'an IEP meeting on day 46 changes nothing',
      'iep_meeting_scheduled',
      '2026-10-17',
      '2026-10-16',
    ],
    [
      'an IEP meeting on the day of the request changes nothing',
      'iep_meeting_scheduled',
      '2026-09-01',
      '2026-10-16',
    ],
    [
      'an IEP meeting before the request changes nothing',
      'iep_meeting_held',
      '2026-08-20',
      '2026-10-16',
    ],
  ])('a request on 2026-09-01: %s', (_sentence, type, date, due) => {
    const deadlines = deadlinesFor([
      { type: 'records_request_received', date: '2026-09-01' },
      { type, date },
    ]);
    const d = deadlines.find((x) => x.id === 'records_access_due');
    expect(d?.due).toBe(due);
    expect(d?.outerLimit !== undefined).toBe(due !== '2026-10-16');
  });

  it('of two meetings before day 45, the earlier one sets the date', () => {
    const d = deadlinesFor([
      { type: 'records_request_received', date: '2026-09-01' },
      { type: 'iep_meeting_scheduled', date: '2026-10-01' },
      { type: 'resolution_meeting_scheduled', date: '2026-09-15' },
    ]).find((x) => x.id === 'records_access_due');
    expect(d?.outerLimit).toEqual({
      eventType: 'resolution_meeting_scheduled',
      date: '2026-09-15',
    });
  });
});

describe('a whole case', () => {
  const events = [
    { type: 'due_process_complaint_received', date: '2026-10-02', id: 'ev-1' },
    { type: 'evaluation_consent_received', date: '2026-09-02', id: 'ev-2' },
    { type: 'iep_meeting_scheduled', date: '2026-10-20', id: 'ev-3' },
  ];

  it('lists deadlines soonest first', () => {
    const dues = deadlinesFor(events).map((d) => d.due);
    expect(dues).toEqual([...dues].sort());
    expect(deadlinesFor(events)).toHaveLength(6);
  });

  it('gives days left and marks overdue ones when today is given', () => {
    const list = deadlinesFor(events, { today: '2026-11-01' });
    const byId = new Map(list.map((d) => [d.id, d]));
    expect(byId.get('district_response_due')).toMatchObject({ daysLeft: -20, status: 'overdue' });
    expect(byId.get('initial_evaluation_due')).toMatchObject({ daysLeft: 0, status: 'due_today' });
    expect(byId.get('hearing_decision_due')).toMatchObject({ daysLeft: 45, status: 'upcoming' });
  });

  it('without today there is no status', () => {
    expect(
      deadlinesFor(events).every((d) => d.status === undefined && d.daysLeft === undefined),
    ).toBe(true);
  });

  it('keys stay the same when an event date changes, so calendar entries update instead of duplicating', () => {
    const before = deadlinesFor(events)
      .map((d) => d.key)
      .sort();
    const moved = events.map((e) => (e.id === 'ev-2' ? { ...e, date: '2026-09-10' } : e));
    expect(
      deadlinesFor(moved)
        .map((d) => d.key)
        .sort(),
    ).toEqual(before);
    expect(before).toContain('initial_evaluation_due:ev-2');
  });

  it('an event type that starts no deadline (a scheduled IEP meeting) adds nothing by itself', () => {
    expect(deadlinesFor([{ type: 'iep_meeting_scheduled', date: '2026-10-20' }])).toEqual([]);
  });

  it('no events means no deadlines', () => {
    expect(deadlinesFor([])).toEqual([]);
  });
});

describe('bad input is answered with problems that name the field', () => {
  it.each([
    [
      'an unknown jurisdiction',
      { jurisdiction: 'US-ZZ', events: [] },
      ['jurisdiction'],
      'unknown_jurisdiction',
      422,
    ],
    [
      'an unknown county',
      { jurisdiction: 'US-AL', county: 'Orleans', events: [] },
      ['county'],
      'unknown_county',
      422,
    ],
    [
      'an unknown event type',
      { jurisdiction: 'US-AL', events: [{ type: 'birthday', date: '2026-01-02' }] },
      ['events', 0, 'type'],
      'unknown_event_type',
      422,
    ],
    [
      'an impossible date (2026-02-30)',
      { jurisdiction: 'US-AL', events: [{ type: 'iep_meeting_held', date: '2026-02-30' }] },
      ['events', 0, 'date'],
      'impossible_date',
      422,
    ],
    [
      'a malformed date',
      { jurisdiction: 'US-AL', events: [{ type: 'iep_meeting_held', date: '02/03/2026' }] },
      ['events', 0, 'date'],
      'malformed_date',
      400,
    ],
    [
      'a date before 2006-10-13, the start of the 2006 IDEA rules',
      { jurisdiction: 'US-AL', events: [{ type: 'iep_meeting_held', date: '2006-10-12' }] },
      ['events', 0, 'date'],
      'date_out_of_range',
      422,
    ],
    [
      'a date after 2099',
      { jurisdiction: 'US-AL', events: [{ type: 'iep_meeting_held', date: '2100-01-01' }] },
      ['events', 0, 'date'],
      'date_out_of_range',
      422,
    ],
    [
      'a calendar whose last day precedes its first',
      {
        jurisdiction: 'US-AL',
        events: [],
        schoolCalendar: { firstDay: '2026-08-10', lastDay: '2026-08-09' },
      },
      ['schoolCalendar', 'lastDay'],
      'calendar_ends_before_start',
      422,
    ],
    [
      'a closed day that is not a date',
      {
        jurisdiction: 'US-AL',
        events: [],
        schoolCalendar: {
          firstDay: '2026-08-10',
          lastDay: '2027-05-21',
          closedDays: ['2026-11-31'],
        },
      },
      ['schoolCalendar', 'closedDays', 0],
      'impossible_date',
      422,
    ],
    [
      'a malformed today',
      { jurisdiction: 'US-AL', events: [], today: 'tomorrow' },
      ['today'],
      'malformed_date',
      400,
    ],
  ] as const)('%s', (_sentence, input, path, code, status) => {
    const result = computeDeadlines(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual(expect.objectContaining({ path, code, status }));
    }
  });

  it('reports every problem at once', () => {
    const result = computeDeadlines({
      jurisdiction: 'US-AL',
      events: [
        { type: 'nope', date: '2026-02-30' },
        { type: 'iep_meeting_held', date: '2026-02-28' },
        { type: 'iep_meeting_held', date: '2026-13-01' },
      ],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.path.join('.'))).toEqual([
      'events.0.type',
      'events.0.date',
      'events.2.date',
    ]);
  });

  it('a calendar on a single day is allowed', () => {
    expect(
      computeDeadlines({
        jurisdiction: 'US-AL',
        events: [],
        schoolCalendar: { firstDay: '2026-08-10', lastDay: '2026-08-10' },
      }).ok,
    ).toBe(true);
  });

  it('county names are accepted with "County" and any case', () => {
    expect(
      computeDeadlines({ jurisdiction: 'US-AL', county: 'baldwin county', events: [] }).ok,
    ).toBe(true);
  });
});

describe('the rules and parameters as data', () => {
  it('every event type, deadline id and jurisdiction list is exported for the web layer', () => {
    expect(EVENT_TYPES).toContain('evaluation_consent_received');
    expect(new Set(ALABAMA_DEADLINE_RULES.map((r) => r.id))).toEqual(new Set(DEADLINE_IDS));
  });

  it('every rule is triggered by a known event type and has English and Spanish text', () => {
    for (const rule of ALABAMA_DEADLINE_RULES) {
      expect(EVENT_TYPES).toContain(rule.trigger);
      for (const text of [rule.title.en, rule.title.es, rule.summary.en, rule.summary.es]) {
        expect(text.length, rule.id).toBeGreaterThan(10);
      }
      expect(rule.summary.en).not.toBe(rule.summary.es);
    }
  });

  it('every legal value has at least one citation and a check date', () => {
    for (const [id, parameter] of Object.entries(DEADLINE_PARAMETERS)) {
      expect(parameter.citations.length, id).toBeGreaterThan(0);
      expect(parameter.checked, id).toBe('2026-11-28');
      expect(parameter.note.length, id).toBeGreaterThan(20);
    }
  });

  it('exactly these values are marked unverified, each for a stated reason', () => {
    const unverified = Object.entries(DEADLINE_PARAMETERS)
      .filter(([, p]) => !p.verified)
      .map(([id]) => id)
      .sort();
    expect(unverified).toEqual([
      'civil_action_days_alabama_unverified',
      'due_process_window_years',
      'initial_evaluation_days',
      'ocr_complaint_days',
      'records_access_days',
    ]);
  });

  it('an unverified value always has at least one unverified citation', () => {
    for (const parameter of Object.values(DEADLINE_PARAMETERS)) {
      if (!parameter.verified) {
        expect(parameter.citations.some((c) => !c.verified)).toBe(true);
      }
    }
  });

  it('Alabama has 67 counties, including Mobile and Baldwin', () => {
    expect(ALABAMA_COUNTIES).toHaveLength(67);
    expect(new Set(ALABAMA_COUNTIES).size).toBe(67);
    expect(ALABAMA_COUNTIES).toEqual(expect.arrayContaining(['Mobile', 'Baldwin']));
  });

  it('a rule version applies only from its effective date', () => {
    const result = computeDeadlines({
      jurisdiction: 'US-AL',
      events: [{ type: 'iep_meeting_held', date: '2006-10-13' }],
    });
    expect(result.ok && result.deadlines.map((d) => d.rule.effectiveFrom)).toEqual(['2006-10-13']);
  });
});
