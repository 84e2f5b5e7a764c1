/**
 * The deadline engine's entry point: events in, every deadline that follows out (soonest first),
 * each explained step by step; or, for bad input, a list of problems naming the field.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import {
  addBusinessDays,
  addCalendarDays,
  addMonthsOrYears,
  addSchoolDays,
  type CountResult,
  type DayType,
  isBusinessDay,
  previousBusinessDay,
  type SchoolCalendar,
  subtractBusinessDays,
} from './day-count.js';
import { CITE_DAY_MEANS_CALENDAR_DAY, getParameter } from './deadline-parameters.js';
import {
  DEADLINE_IDS,
  type DeadlineActor,
  type DeadlineId,
  type DeadlineRule,
  dayTypeOfUnit,
  SUPPORTED_FROM,
  SUPPORTED_TO,
} from './deadline-rules.js';
import type { CountUnit, DeadlineStep } from './deadline-step.js';
import { type EventType, isEventType } from './event-types.js';
import {
  createHolidayCalendar,
  type HolidayCalendar,
  type HolidayOccurrence,
  normalizeCounty,
} from './holiday-calendar.js';
import { daysBetween, type IsoDate, isWeekend, parseIsoDate } from './iso-date.js';
import { isJurisdictionId, JURISDICTIONS, type Jurisdiction } from './jurisdictions.js';
import type { Localized } from './localized.js';

/** One event on a case, as received (strings are checked here). */
export type DeadlineEventInput = {
  readonly type: string;
  readonly date: string;
  /** The caller's id for the event; it makes deadline keys stable when dates change. */
  readonly id?: string;
};

/** A district calendar as received. */
export type SchoolCalendarInput = {
  readonly firstDay: string;
  readonly lastDay: string;
  readonly closedDays?: readonly string[];
};

/** Everything the engine needs; `today` is a parameter, never the clock. */
export type ComputeDeadlinesInput = {
  readonly jurisdiction: string;
  readonly county?: string;
  readonly events: readonly DeadlineEventInput[];
  readonly schoolCalendar?: SchoolCalendarInput;
  readonly today?: string;
};

/** Why an input was refused. */
export type InputProblemCode =
  | 'unknown_jurisdiction'
  | 'unknown_county'
  | 'unknown_event_type'
  | 'malformed_date'
  | 'impossible_date'
  | 'date_out_of_range'
  | 'calendar_ends_before_start';

/** One problem with the input, naming the field. */
export type InputProblem = {
  /** Path to the offending field, e.g. ['events', 2, 'date']. */
  readonly path: readonly (string | number)[];
  readonly code: InputProblemCode;
  /** For developers (English). */
  readonly message: string;
  /** Suggested HTTP status: 400 for a malformed value, 422 for a well-formed but invalid one. */
  readonly status: 400 | 422;
};

/** The event a deadline hangs on. */
export type DeadlineTrigger = {
  readonly type: EventType;
  readonly date: IsoDate;
  readonly eventId?: string;
};

/** One computed deadline. */
export type Deadline = {
  /** Stable across recomputation: the deadline id plus the event id (or type and date). */
  readonly key: string;
  readonly id: DeadlineId;
  /** The date the rule gives. Never moved for weekends or holidays (see `dueOnNonBusinessDay`). */
  readonly due: IsoDate;
  readonly trigger: DeadlineTrigger;
  readonly dayType: DayType;
  readonly count: number;
  readonly unit: CountUnit;
  readonly direction: 'after' | 'before';
  readonly citations: readonly Citation[];
  /** True when nothing in the law lets anyone extend or move the date. */
  readonly firm: boolean;
  readonly steps: readonly DeadlineStep[];
  /** True for school-day counts without a (complete) district calendar. */
  readonly estimate: boolean;
  /** True when the legal value is not confirmed from the rule text; the UI must say so. */
  readonly unverified: boolean;
  readonly differsFromFederal: boolean;
  readonly actor: DeadlineActor;
  /** Set when `due` is a weekend or holiday: act by `actBy`, the business day before. */
  readonly dueOnNonBusinessDay?: {
    readonly weekend: boolean;
    readonly holidays: readonly HolidayOccurrence[];
    readonly actBy: IsoDate;
  };
  /** Set when an earlier event (e.g. an IEP meeting) made the date earlier. */
  readonly outerLimit?: { readonly eventType: EventType; readonly date: IsoDate };
  /** Another reading of the law, e.g. the federal 90 days next to Alabama's unconfirmed 30. */
  readonly alternative?: {
    readonly count: number;
    readonly unit: CountUnit;
    readonly due: IsoDate;
    readonly citations: readonly Citation[];
  };
  readonly title: Localized;
  readonly summary: Localized;
  /** Research note on the legal value (English, for reviewers). */
  readonly note: string;
  /** The dated rule version used. */
  readonly rule: { readonly effectiveFrom: IsoDate; readonly effectiveTo?: IsoDate };
  /** Calendar days from `today` to `due` (negative when overdue); only when `today` is given. */
  readonly daysLeft?: number;
  readonly status?: 'overdue' | 'due_today' | 'upcoming';
};

/** The engine's answer. */
export type ComputeDeadlinesResult =
  | { readonly ok: true; readonly deadlines: readonly Deadline[] }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

type ValidEvent = { readonly type: EventType; readonly date: IsoDate; readonly id?: string };

type ValidInput = {
  readonly jurisdiction: Jurisdiction;
  readonly county?: string;
  readonly events: readonly ValidEvent[];
  readonly schoolCalendar?: SchoolCalendar;
  readonly today?: IsoDate;
};

function checkDate(
  value: unknown,
  path: readonly (string | number)[],
  problems: InputProblem[],
  range?: { readonly from: IsoDate; readonly to: IsoDate },
): value is IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) {
    problems.push(
      parsed.error === 'malformed'
        ? {
            path,
            code: 'malformed_date',
            message: `Expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}.`,
            status: 400,
          }
        : {
            path,
            code: 'impossible_date',
            message: `${String(value)} is not a real calendar date.`,
            status: 422,
          },
    );
    return false;
  }
  if (range && (String(value) < range.from || String(value) > range.to)) {
    problems.push({
      path,
      code: 'date_out_of_range',
      message: `Dates must be between ${range.from} and ${range.to}.`,
      status: 422,
    });
    return false;
  }
  return true;
}

/**
 * Checks the input and returns either typed values or every problem found.
 *
 * @example
 * validateDeadlineInput({ jurisdiction: 'US-AL', events: [{ type: 'x', date: '2026-02-30' }] });
 * // { ok: false, problems: [{ path: ['events', 0, 'type'], code: 'unknown_event_type', … }, …] }
 */
export function validateDeadlineInput(
  input: ComputeDeadlinesInput,
): { ok: true; value: ValidInput } | { ok: false; problems: readonly InputProblem[] } {
  const problems: InputProblem[] = [];
  const range = { from: SUPPORTED_FROM, to: SUPPORTED_TO };
  const jurisdiction = isJurisdictionId(input.jurisdiction)
    ? JURISDICTIONS[input.jurisdiction]
    : undefined;
  if (jurisdiction === undefined) {
    problems.push({
      path: ['jurisdiction'],
      code: 'unknown_jurisdiction',
      message: `Unknown jurisdiction ${JSON.stringify(input.jurisdiction)}.`,
      status: 422,
    });
  }
  let county: string | undefined;
  if (input.county !== undefined && jurisdiction !== undefined) {
    const wanted = normalizeCounty(input.county);
    county = jurisdiction.counties.find((name) => normalizeCounty(name) === wanted);
    if (county === undefined) {
      problems.push({
        path: ['county'],
        code: 'unknown_county',
        message: `Unknown county ${JSON.stringify(input.county)} in ${jurisdiction.id}.`,
        status: 422,
      });
    }
  }
  const events: ValidEvent[] = [];
  input.events.forEach((event, index) => {
    const typeOk = isEventType(event.type);
    if (!typeOk) {
      problems.push({
        path: ['events', index, 'type'],
        code: 'unknown_event_type',
        message: `Unknown event type ${JSON.stringify(event.type)}.`,
        status: 422,
      });
    }
    const dateOk = checkDate(event.date, ['events', index, 'date'], problems, range);
    if (typeOk && dateOk) {
      events.push({
        type: event.type as EventType,
        date: event.date,
        ...(event.id !== undefined ? { id: event.id } : {}),
      });
    }
  });
  let schoolCalendar: SchoolCalendar | undefined;
  if (input.schoolCalendar !== undefined) {
    const { firstDay, lastDay, closedDays = [] } = input.schoolCalendar;
    const firstOk = checkDate(firstDay, ['schoolCalendar', 'firstDay'], problems, range);
    const lastOk = checkDate(lastDay, ['schoolCalendar', 'lastDay'], problems, range);
    const closed: IsoDate[] = [];
    closedDays.forEach((day, index) => {
      if (checkDate(day, ['schoolCalendar', 'closedDays', index], problems)) {
        closed.push(day);
      }
    });
    if (firstOk && lastOk) {
      if (lastDay < firstDay) {
        problems.push({
          path: ['schoolCalendar', 'lastDay'],
          code: 'calendar_ends_before_start',
          message: `The last day (${lastDay}) is before the first day (${firstDay}).`,
          status: 422,
        });
      } else {
        schoolCalendar = { firstDay, lastDay, closedDays: closed };
      }
    }
  }
  let today: IsoDate | undefined;
  if (input.today !== undefined && checkDate(input.today, ['today'], problems)) {
    today = input.today;
  }
  if (problems.length > 0 || jurisdiction === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      jurisdiction,
      events,
      ...(county !== undefined ? { county } : {}),
      ...(schoolCalendar !== undefined ? { schoolCalendar } : {}),
      ...(today !== undefined ? { today } : {}),
    },
  };
}

function ruleApplies(rule: DeadlineRule, event: ValidEvent): boolean {
  return (
    rule.trigger === event.type &&
    event.date >= rule.effectiveFrom &&
    (rule.effectiveTo === undefined || event.date <= rule.effectiveTo)
  );
}

// Memos of pure results, so a busy case (or many cases) does not redo the same work: the
// holiday calendar of a jurisdiction and county (it keeps every year it has computed), the rules
// grouped by trigger, and each parameter's citations.

const HOLIDAY_CALENDARS = new WeakMap<Jurisdiction, Map<string, HolidayCalendar>>();

function holidayCalendarFor(
  jurisdiction: Jurisdiction,
  county: string | undefined,
): HolidayCalendar {
  let byCounty = HOLIDAY_CALENDARS.get(jurisdiction);
  if (byCounty === undefined) {
    byCounty = new Map();
    HOLIDAY_CALENDARS.set(jurisdiction, byCounty);
  }
  const key = county ?? '';
  let calendar = byCounty.get(key);
  if (calendar === undefined) {
    calendar = createHolidayCalendar(jurisdiction.holidays, county !== undefined ? { county } : {});
    byCounty.set(key, calendar);
  }
  return calendar;
}

const RULES_BY_TRIGGER = new WeakMap<Jurisdiction, ReadonlyMap<string, readonly DeadlineRule[]>>();

function rulesTriggeredBy(jurisdiction: Jurisdiction, type: EventType): readonly DeadlineRule[] {
  let byTrigger = RULES_BY_TRIGGER.get(jurisdiction);
  if (byTrigger === undefined) {
    const grouped = new Map<string, DeadlineRule[]>();
    for (const rule of jurisdiction.rules) {
      const list = grouped.get(rule.trigger);
      if (list) {
        list.push(rule);
      } else {
        grouped.set(rule.trigger, [rule]);
      }
    }
    byTrigger = grouped;
    RULES_BY_TRIGGER.set(jurisdiction, byTrigger);
  }
  return byTrigger.get(type) ?? [];
}

const CITATIONS_BY_PARAMETER = new Map<DeadlineRule['parameter'], readonly Citation[]>();

function citationsOf(parameterId: DeadlineRule['parameter']): readonly Citation[] {
  let citations = CITATIONS_BY_PARAMETER.get(parameterId);
  if (citations === undefined) {
    const parameter = getParameter(parameterId);
    // 34 CFR 300.11(a): a plain "day" is a calendar day.
    citations = uniqueCitations([
      parameter.citations,
      parameter.unit === 'calendar_days' ? [CITE_DAY_MEANS_CALENDAR_DAY] : [],
    ]);
    CITATIONS_BY_PARAMETER.set(parameterId, citations);
  }
  return citations;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const RULE_VERSIONS = new WeakMap<DeadlineRule, Deadline['rule']>();

/** The dated rule version a deadline used, made once per rule. */
function ruleVersionOf(rule: DeadlineRule): Deadline['rule'] {
  let version = RULE_VERSIONS.get(rule);
  if (version === undefined) {
    version =
      rule.effectiveTo !== undefined
        ? { effectiveFrom: rule.effectiveFrom, effectiveTo: rule.effectiveTo }
        : { effectiveFrom: rule.effectiveFrom };
    RULE_VERSIONS.set(rule, version);
  }
  return version;
}

const DEADLINE_ORDER = new Map<DeadlineId, number>(DEADLINE_IDS.map((id, index) => [id, index]));

function count(
  from: IsoDate,
  amount: number,
  unit: CountUnit,
  direction: 'after' | 'before',
  holidays: HolidayCalendar,
  calendar: SchoolCalendar | undefined,
): CountResult {
  if (direction === 'before') {
    // Only "N business days before a hearing" counts backwards today (34 CFR 300.512).
    return subtractBusinessDays(from, amount, holidays);
  }
  switch (unit) {
    case 'calendar_days':
      return addCalendarDays(from, amount);
    case 'business_days':
      return addBusinessDays(from, amount, holidays);
    case 'school_days':
      return addSchoolDays(from, amount, holidays, calendar);
    case 'months':
    case 'years':
      return addMonthsOrYears(from, amount, unit);
  }
}

function uniqueCitations(lists: readonly (readonly Citation[])[]): Citation[] {
  const seen = new Set<string>();
  const result: Citation[] = [];
  for (const citation of lists.flat()) {
    if (!seen.has(citation.cite)) {
      seen.add(citation.cite);
      result.push(citation);
    }
  }
  return result;
}

function computeOne(
  rule: DeadlineRule,
  event: ValidEvent,
  context: {
    readonly input: ValidInput;
    readonly holidays: HolidayCalendar;
    readonly rulesForEvent: readonly DeadlineRule[];
    readonly computed: Map<DeadlineId, Deadline>;
    /** The case's events by date (stable: same-day events keep their input order). */
    readonly eventsByDate: () => readonly ValidEvent[];
  },
): Deadline | undefined {
  const cached = context.computed.get(rule.id);
  if (cached) {
    return cached;
  }
  const parameter = getParameter(rule.parameter);
  const steps: DeadlineStep[] = [
    { kind: 'start', date: event.date, eventType: event.type, direction: rule.direction },
  ];
  let from = event.date;
  if (rule.anchor !== undefined) {
    const anchorId = rule.anchor;
    const anchorRule = context.rulesForEvent.find((candidate) => candidate.id === anchorId);
    const anchor = anchorRule ? computeOne(anchorRule, event, context) : undefined;
    if (anchor === undefined) {
      return undefined;
    }
    from = anchor.due;
    steps.push({ kind: 'start_after_deadline', date: from, deadlineId: anchor.id });
  }
  const counted = count(
    from,
    parameter.value,
    parameter.unit,
    rule.direction,
    context.holidays,
    context.input.schoolCalendar,
  );
  steps.push(...counted.steps);
  let due = counted.date;
  let outerLimit: Deadline['outerLimit'];
  if (rule.outerLimit !== undefined) {
    const limiting = rule.outerLimit.events;
    const first = context
      .eventsByDate()
      .find(
        (other) => limiting.includes(other.type) && other.date > event.date && other.date < due,
      );
    if (first !== undefined) {
      steps.push({ kind: 'outer_limit', eventType: first.type, date: first.date, limitDue: due });
      outerLimit = { eventType: first.type, date: first.date };
      due = first.date;
    }
  }
  let dueOnNonBusinessDay: Deadline['dueOnNonBusinessDay'];
  if (!isBusinessDay(due, context.holidays)) {
    const holidays = context.holidays.holidaysOn(due);
    const actBy = previousBusinessDay(due, context.holidays);
    const weekend = isWeekend(due);
    steps.push({ kind: 'lands_on_non_business_day', date: due, weekend, holidays, actBy });
    dueOnNonBusinessDay = { weekend, holidays, actBy };
  }
  let alternative: Deadline['alternative'];
  if (rule.alternative !== undefined) {
    const other = getParameter(rule.alternative);
    const result = count(
      from,
      other.value,
      other.unit,
      rule.direction,
      context.holidays,
      context.input.schoolCalendar,
    );
    steps.push({
      kind: 'alternative',
      basis: 'federal_default',
      count: other.value,
      unit: other.unit,
      date: result.date,
    });
    alternative = {
      count: other.value,
      unit: other.unit,
      due: result.date,
      citations: other.citations,
    };
  }
  const today = context.input.today;
  const daysLeft = today !== undefined ? daysBetween(today, due) : undefined;
  // Built by assignment in the documented key order: optional keys are only present when set
  // (no `undefined` values), without the temporary objects of conditional spreads (hot path).
  const trigger: Mutable<DeadlineTrigger> = { type: event.type, date: event.date };
  if (event.id !== undefined) {
    trigger.eventId = event.id;
  }
  const built: Partial<Mutable<Deadline>> = {
    key: `${rule.id}:${event.id ?? `${event.type}@${event.date}`}`,
    id: rule.id,
    due,
    trigger,
    dayType: dayTypeOfUnit(parameter.unit),
    count: parameter.value,
    unit: parameter.unit,
    direction: rule.direction,
    citations: citationsOf(rule.parameter),
    firm: rule.firm,
    steps,
    estimate: counted.estimate,
    unverified: !parameter.verified,
    differsFromFederal: rule.differsFromFederal,
    actor: rule.actor,
  };
  if (dueOnNonBusinessDay !== undefined) {
    built.dueOnNonBusinessDay = dueOnNonBusinessDay;
  }
  if (outerLimit !== undefined) {
    built.outerLimit = outerLimit;
  }
  if (alternative !== undefined) {
    built.alternative = alternative;
  }
  built.title = rule.title;
  built.summary = rule.summary;
  built.note = parameter.note;
  built.rule = ruleVersionOf(rule);
  if (daysLeft !== undefined) {
    built.daysLeft = daysLeft;
    built.status = daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due_today' : 'upcoming';
  }
  // Every required key is set above.
  const deadline = built as Deadline;
  context.computed.set(rule.id, deadline);
  return deadline;
}

function compareDeadlines(a: Deadline, b: Deadline): number {
  if (a.due !== b.due) {
    return a.due < b.due ? -1 : 1;
  }
  const byId = (DEADLINE_ORDER.get(a.id) ?? 0) - (DEADLINE_ORDER.get(b.id) ?? 0);
  if (byId !== 0) {
    return byId;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Computes every deadline that follows from a case's events, soonest first. Bad input is
 * answered with problems (field path, code, suggested HTTP status), never an exception.
 *
 * @example
 * const result = computeDeadlines({
 *   jurisdiction: 'US-AL',
 *   events: [{ type: 'evaluation_consent_received', date: '2026-09-02' }],
 * });
 * // result.ok && result.deadlines[0].due === '2026-11-01'
 */
export function computeDeadlines(input: ComputeDeadlinesInput): ComputeDeadlinesResult {
  const checked = validateDeadlineInput(input);
  if (!checked.ok) {
    return { ok: false, problems: checked.problems };
  }
  const valid = checked.value;
  const holidays = holidayCalendarFor(valid.jurisdiction, valid.county);
  let sortedEvents: readonly ValidEvent[] | undefined;
  const eventsByDate = (): readonly ValidEvent[] => {
    sortedEvents ??= [...valid.events].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
    return sortedEvents;
  };
  const deadlines: Deadline[] = [];
  for (const event of valid.events) {
    const rulesForEvent = rulesTriggeredBy(valid.jurisdiction, event.type).filter((rule) =>
      ruleApplies(rule, event),
    );
    if (rulesForEvent.length === 0) {
      continue;
    }
    const computed = new Map<DeadlineId, Deadline>();
    for (const rule of rulesForEvent) {
      const deadline = computeOne(rule, event, {
        input: valid,
        holidays,
        rulesForEvent,
        computed,
        eventsByDate,
      });
      if (deadline !== undefined) {
        deadlines.push(deadline);
      }
    }
  }
  return { ok: true, deadlines: deadlines.sort(compareDeadlines) };
}
