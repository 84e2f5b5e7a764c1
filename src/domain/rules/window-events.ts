/**
 * Which timeline events a path chooser answer puts on a case, so the case timeline shows the
 * filing windows the result talked about. The dates are the parent's own: when each problem
 * happened or became known.
 *
 * - IDEA concerns start both IDEA windows: a state complaint within one year of the violation
 *   (34 CFR 300.153(c)) and due process within two years of when the parent knew or should have
 *   known (34 CFR 300.507(a)(2)). The interview asks one date per concern, used for both, as the
 *   engine does.
 * - Discrimination, and any concern under a 504 plan alone, starts the OCR window (180 days;
 *   34 CFR 100.7(b), applied by 34 CFR 104.61): the IDEA windows do not apply to a 504-only plan.
 *
 * @module
 */
import type { EventType } from '../deadlines/event-types.js';
import type { ConcernType, IsoDate, Plan } from './assessment-types.js';

export type WindowEvent = {
  readonly type: EventType;
  readonly date: IsoDate;
  readonly concern: ConcernType;
};

/**
 * The events to add for the concerns and their dates, without duplicates.
 *
 * @example
 * windowEventsFor('iep', { iep_not_implemented: '2026-09-02' });
 * // [{ type: 'alleged_violation_occurred', date: '2026-09-02', … },
 * //  { type: 'alleged_violation_known', date: '2026-09-02', … }]
 */
export function windowEventsFor(
  plan: Plan | undefined,
  concernDates: { readonly [C in ConcernType]?: IsoDate },
): WindowEvent[] {
  const events: WindowEvent[] = [];
  const seen = new Set<string>();
  const add = (type: EventType, date: IsoDate, concern: ConcernType) => {
    const key = `${type}@${date}`;
    if (!seen.has(key)) {
      seen.add(key);
      events.push({ type, date, concern });
    }
  };
  for (const [concern, date] of Object.entries(concernDates) as [
    ConcernType,
    IsoDate | undefined,
  ][]) {
    if (!date) {
      continue;
    }
    if (concern === 'disability_discrimination' || plan === 'section_504') {
      add('discrimination_occurred', date, concern);
    } else {
      add('alleged_violation_occurred', date, concern);
      add('alleged_violation_known', date, concern);
    }
  }
  return events;
}
