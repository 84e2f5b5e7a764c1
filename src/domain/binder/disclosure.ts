/**
 * The hearing disclosure date: at least 5 business days before a due process hearing, each
 * party discloses the evidence it will use; what was not disclosed can be barred
 * (34 CFR 300.512(a)(3), (b)). Computed by the deadline engine, so the binder and the timeline
 * can never disagree.
 *
 * @module
 */
import { computeDeadlines } from '../deadlines/compute-deadlines.js';
import type { DeadlineStep } from '../deadlines/deadline-step.js';
import type { IsoDate } from '../deadlines/iso-date.js';
import { JURISDICTION_IDS } from '../deadlines/jurisdictions.js';
import type { Citation } from '../law/citation.js';

/** When the evidence for a hearing must be shared. */
export type HearingDisclosure = {
  readonly hearingDate: IsoDate;
  /** The last day to disclose: 5 business days before the hearing. */
  readonly discloseBy: IsoDate;
  /** 'passed' once `today` is after `discloseBy`. */
  readonly status: 'upcoming' | 'due_today' | 'passed';
  /** Calendar days from today to `discloseBy` (negative once passed). */
  readonly daysLeft: number;
  readonly citations: readonly Citation[];
  /** How the date was counted (weekends and holidays skipped), for an explanation. */
  readonly steps: readonly DeadlineStep[];
};

/**
 * The hearing to prepare for among the dates of `due_process_hearing_scheduled` events: the
 * next one from today, or, when all are past, the latest.
 *
 * @example
 * pickHearingDate(['2026-03-01', '2026-05-04'], '2026-04-01'); // '2026-05-04'
 */
export function pickHearingDate(dates: readonly IsoDate[], today: IsoDate): IsoDate | undefined {
  const sorted = [...dates].sort();
  return sorted.find((d) => d >= today) ?? sorted[sorted.length - 1];
}

/**
 * The disclosure date for a hearing on `hearingDate` (US-AL: federal and Alabama holidays),
 * or undefined when the engine cannot count from that date (outside the years it supports).
 *
 * @example
 * hearingDisclosure({ hearingDate: '2026-03-16', today: '2026-03-02' })?.discloseBy;
 * // '2026-03-09'
 */
export function hearingDisclosure(input: {
  readonly hearingDate: IsoDate;
  readonly today: IsoDate;
  readonly county?: string;
}): HearingDisclosure | undefined {
  const result = computeDeadlines({
    jurisdiction: JURISDICTION_IDS[0],
    events: [{ type: 'due_process_hearing_scheduled', date: input.hearingDate }],
    today: input.today,
    ...(input.county ? { county: input.county } : {}),
  });
  if (!result.ok) {
    return undefined;
  }
  const deadline = result.deadlines.find((d) => d.id === 'evidence_disclosure_due');
  if (!deadline) {
    return undefined;
  }
  const daysLeft = deadline.daysLeft ?? 0;
  return {
    hearingDate: input.hearingDate,
    discloseBy: deadline.due,
    status: daysLeft < 0 ? 'passed' : daysLeft === 0 ? 'due_today' : 'upcoming',
    daysLeft,
    citations: deadline.citations,
    steps: deadline.steps,
  };
}
