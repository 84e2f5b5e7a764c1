/**
 * The path chooser engine: turns a parent's facts into every dispute path with a fit, a rank,
 * reasons with citations (English and Spanish), the date the filing window closes, and next steps.
 *
 * Order of the rules applied to each path (each step cites the law it rests on through its
 * reasons):
 * 1. fit of the path for each concern (`concern-profiles.ts`);
 * 2. filing windows, per concern (34 CFR 300.153(c); 300.507(a)(2); 34 CFR 100.7(b));
 * 3. what was already tried, and escalation to due process when other routes failed;
 * 4. a district's refusal of mediation (34 CFR 300.506(b)(1));
 * 5. filings already pending (34 CFR 300.152(c); 300.508(d)(3); 300.518);
 * 6. state prerequisites in force on `asOf` (dated data, e.g. a future HB197);
 * 7. several concerns combined; the plan the child has.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import {
  type Assessment,
  type AssessmentInput,
  type AssessmentOutcome,
  type AssessmentRequest,
  type Concern,
  type Fit,
  type IsoDate,
  type LocalizedText,
  PATHS,
  type Path,
  type PathOption,
  type Reason,
  SUPPORTING_PATHS,
} from './assessment-types.js';
import { addDays, addYears, compareDates } from './calendar-date.js';
import { type Cell, CONCERN_KINDS, profileFor } from './concern-profiles.js';
import {
  allInForce,
  type FilingWindow,
  inForce,
  type JurisdictionRules,
  type ProvisionId,
  provisionCitations,
  RULES_BY_JURISDICTION,
} from './jurisdiction-rules.js';
import { nextStepsFor } from './next-steps.js';
import {
  CONCERN_LABELS,
  PATH_LABELS,
  REASON_TEXTS,
  type ReasonId,
  UNVERIFIED_NOTE,
} from './reason-texts.js';
import { validateAssessmentRequest } from './validate-assessment-request.js';

/** The provision that says what each path is; cited when a reason names no provision itself. */
const PATH_PROVISION: { readonly [P in Path]: ProvisionId } = {
  iep_meeting: 'iepReview',
  mediation: 'mediationAvailable',
  state_complaint: 'stateComplaintScope',
  due_process: 'dueProcessScope',
  mediation_with_due_process: 'resolutionMeeting',
  expedited_due_process: 'expeditedHearing',
  section_504_hearing: 'section504Hearing',
  ocr_complaint: 'ocrScope',
  records_request: 'recordsAccess',
  iee_request: 'ieeRight',
  pwn_request: 'priorWrittenNotice',
};

/** Which reason texts describe a window, by what the window counts from. */
const WINDOW_REASONS: {
  readonly [K in FilingWindow['countsFrom']]: { open: ReasonId; closed: ReasonId };
} = {
  violation: { open: 'state_complaint.window_open', closed: 'state_complaint.window_closed' },
  knew_or_should_have_known: {
    open: 'due_process.window_open',
    closed: 'due_process.window_closed',
  },
  discrimination: { open: 'ocr.window_open', closed: 'ocr.window_closed' },
};

const FIT_ORDER: { readonly [F in Fit]: number } = {
  recommended: 0,
  possible: 1,
  not_available: 2,
};

type Fill = {
  readonly date?: IsoDate;
  readonly length?: LocalizedText;
  readonly concerns?: readonly Concern[];
  readonly tried?: readonly Path[];
};

type Working = {
  readonly path: Path;
  fit: Fit;
  score: number;
  reasons: Reason[];
  windowCloses: IsoDate | null;
  /** Concerns this path can still be used for (in scope and inside the window). */
  openConcerns: readonly Concern[];
  /** The fit of this path for each open concern. */
  openCells: readonly { readonly concern: Concern; readonly cell: Cell }[];
};

function dedupeCitations(citations: readonly Citation[]): readonly Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    if (seen.has(c.cite)) {
      return false;
    }
    seen.add(c.cite);
    return true;
  });
}

function joinList(items: readonly string[], locale: 'en' | 'es'): string {
  if (items.length <= 1) {
    return items.join('');
  }
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${locale === 'en' ? 'and' : 'y'} ${last}`;
}

function fillText(template: string, locale: 'en' | 'es', fill: Fill, rules: JurisdictionRules) {
  const concerns = joinList(
    [...new Set((fill.concerns ?? []).map((c) => c.type))].map((t) => CONCERN_LABELS[t][locale]),
    locale,
  );
  const tried = joinList(
    (fill.tried ?? []).map((p) => PATH_LABELS[p][locale]),
    locale,
  );
  return template
    .replaceAll('{date}', fill.date ?? '')
    .replaceAll('{length}', fill.length?.[locale] ?? '')
    .replaceAll('{concerns}', concerns)
    .replaceAll('{tried}', tried)
    .replaceAll('{agency}', rules.stateAgency[locale]);
}

/** Builds a reason: fills its text, looks up its citations, and flags unverified law. */
function buildReason(
  id: ReasonId,
  rules: JurisdictionRules,
  asOf: IsoDate,
  path: Path,
  fill: Fill = {},
  extraCitations: readonly Citation[] = [],
): Reason {
  const template = REASON_TEXTS[id];
  const fromProvisions = template.provisions.flatMap((p) => provisionCitations(rules, p, asOf));
  const own = [...fromProvisions, ...extraCitations];
  // A reason with no provision of its own cites what the path is.
  const citations = dedupeCitations(
    own.length > 0 ? own : provisionCitations(rules, PATH_PROVISION[path], asOf),
  );
  const unverified = citations.some((c) => !c.verified);
  const text = (locale: 'en' | 'es'): string => {
    const base = fillText(template[locale], locale, fill, rules);
    return unverified ? `${base} ${UNVERIFIED_NOTE[locale]}` : base;
  };
  return { id, text: { en: text('en'), es: text('es') }, citations };
}

function addReason(working: Working, reason: Reason): void {
  const key = `${reason.id}|${reason.text.en}`;
  if (!working.reasons.some((r) => `${r.id}|${r.text.en}` === key)) {
    working.reasons.push(reason);
  }
}

function windowLength(window: FilingWindow): LocalizedText {
  if ('years' in window.length) {
    const n = window.length.years;
    return { en: `${n} year${n === 1 ? '' : 's'}`, es: `${n} año${n === 1 ? '' : 's'}` };
  }
  const n = window.length.days;
  return { en: `${n} day${n === 1 ? '' : 's'}`, es: `${n} día${n === 1 ? '' : 's'}` };
}

/**
 * The last day to file for a concern dated `date`. "Not more than one year prior to the date the
 * complaint is received" (34 CFR 300.153(c)) makes the anniversary itself the last day.
 *
 * @example
 * lastDayToFile('2025-03-10', { length: { years: 1 }, countsFrom: 'violation' }); // '2026-03-10'
 */
export function lastDayToFile(date: IsoDate, window: FilingWindow): IsoDate {
  return 'years' in window.length
    ? addYears(date, window.length.years)
    : addDays(date, window.length.days);
}

function bestFit(cells: readonly Cell[]): Fit {
  return cells.reduce<Fit>(
    (best, cell) => (FIT_ORDER[cell.fit] < FIT_ORDER[best] ? cell.fit : best),
    'not_available',
  );
}

/** Steps 1 and 2: the path's fit from its concerns, then the filing windows. */
function assessPathForConcerns(
  path: Path,
  input: AssessmentInput,
  rules: JurisdictionRules,
): Working {
  const { asOf } = input;
  const cells = input.concerns.map((concern) => ({
    concern,
    cell: profileFor(concern.type, input.plan)[path],
  }));
  const inScope = cells.filter((c) => c.cell.fit !== 'not_available');
  const working: Working = {
    path,
    fit: 'not_available',
    score: 0,
    reasons: [],
    windowCloses: null,
    openConcerns: [],
    openCells: [],
  };
  if (inScope.length === 0) {
    for (const { cell } of cells) {
      for (const id of cell.reasons) {
        addReason(working, buildReason(id, rules, asOf, path));
      }
    }
    return working;
  }

  const windowEntry = inForce(rules.windows[path] ?? [], asOf);
  let open = inScope;
  if (windowEntry) {
    const window = windowEntry.value;
    const length = windowLength(window);
    const dated = inScope.map((c) => ({ ...c, closes: lastDayToFile(c.concern.date, window) }));
    const openDated = dated.filter((c) => compareDates(asOf, c.closes) <= 0);
    open = openDated;
    const closed = dated.filter((c) => compareDates(asOf, c.closes) > 0);
    const closedDates = [...new Set(closed.map((c) => c.closes))].sort(compareDates);
    for (const date of closedDates) {
      const concerns = closed.filter((c) => c.closes === date).map((c) => c.concern);
      addReason(
        working,
        buildReason(
          WINDOW_REASONS[window.countsFrom].closed,
          rules,
          asOf,
          path,
          { date, length, concerns },
          windowEntry.citations,
        ),
      );
    }
    if (open.length === 0) {
      working.windowCloses = closedDates[closedDates.length - 1] ?? null;
      return working;
    }
    const firstClose = openDated.map((c) => c.closes).sort(compareDates)[0] ?? null;
    working.windowCloses = firstClose;
    if (firstClose) {
      working.reasons.unshift(
        buildReason(
          WINDOW_REASONS[window.countsFrom].open,
          rules,
          asOf,
          path,
          { date: firstClose, length },
          windowEntry.citations,
        ),
      );
    }
  }

  const fit = bestFit(open.map((c) => c.cell));
  const scores = open.filter((c) => c.cell.fit === fit).map((c) => c.cell.score);
  working.fit = fit;
  working.score = Math.max(...scores) + 2 * (open.length - 1);
  working.openConcerns = open.map((c) => c.concern);
  working.openCells = open.map((c) => ({ concern: c.concern, cell: c.cell }));
  const windowReasons = working.reasons;
  working.reasons = [];
  for (const { cell } of open) {
    for (const id of cell.reasons) {
      addReason(working, buildReason(id, rules, asOf, path));
    }
  }
  working.reasons.push(...windowReasons);
  return working;
}

function makeUnavailable(working: Working, reason: Reason, keepWindow = false): void {
  working.fit = 'not_available';
  working.score = 0;
  if (!keepWindow) {
    working.windowCloses = null;
  }
  working.reasons = [reason, ...working.reasons];
}

/**
 * Ranks every path for validated input. Use `assessPaths` for raw requests.
 *
 * @example
 * const a = evaluatePaths(
 *   { jurisdiction: 'US-AL', asOf: '2026-11-28', plan: 'iep', concerns: [{ type: 'service_amount', date: '2026-10-01' }], districtRefusedMediation: false, pending: [], tried: [] },
 *   US_AL_RULES,
 * );
 * a.options[0]?.path; // 'mediation'
 */
export function evaluatePaths(input: AssessmentInput, rules: JurisdictionRules): Assessment {
  const { asOf, tried, pending } = input;
  const byPath = new Map<Path, Working>(
    PATHS.map((path) => [path, assessPathForConcerns(path, input, rules)]),
  );
  const get = (path: Path): Working => {
    const working = byPath.get(path);
    if (!working) {
      throw new Error(`No working entry for ${path}`);
    }
    return working;
  };
  const reason = (id: ReasonId, path: Path, fill: Fill = {}, extra: readonly Citation[] = []) =>
    buildReason(id, rules, asOf, path, fill, extra);

  // 3. Already tried: the path drops to "possible"; due process is the route when others failed.
  for (const path of tried) {
    const working = get(path);
    if (working.fit !== 'not_available') {
      working.fit = 'possible';
      working.score = Math.max(0, working.score - 50);
      working.reasons.unshift(reason('path.tried', path));
    }
  }
  const failedRoutes = tried.filter((p) => p === 'mediation' || p === 'state_complaint');
  const dueProcess = get('due_process');
  if (dueProcess.fit === 'possible' && !tried.includes('due_process')) {
    if (failedRoutes.length > 0) {
      dueProcess.fit = 'recommended';
      dueProcess.score = 88;
      dueProcess.reasons.unshift(
        reason('due_process.others_failed', 'due_process', { tried: failedRoutes }),
      );
    }
    // 4. Refused mediation (34 CFR 300.506(b)(1)): a hearing is how to get a decision.
    if (input.districtRefusedMediation) {
      dueProcess.fit = 'recommended';
      dueProcess.score = Math.max(dueProcess.score, 88);
      dueProcess.reasons.unshift(reason('due_process.mediation_refused', 'due_process'));
    }
  }
  if (input.districtRefusedMediation) {
    for (const path of ['mediation', 'mediation_with_due_process'] as const) {
      makeUnavailable(get(path), reason('mediation.refused', path));
    }
  }

  // 5. Pending filings.
  if (pending.includes('due_process')) {
    for (const path of ['due_process', 'mediation_with_due_process'] as const) {
      makeUnavailable(get(path), reason('due_process.already_pending', path));
    }
    const stateComplaint = get('state_complaint');
    if (stateComplaint.fit !== 'not_available') {
      if (stateComplaint.fit === 'recommended') {
        stateComplaint.fit = 'possible';
        stateComplaint.score = Math.max(0, stateComplaint.score - 30);
      }
      stateComplaint.reasons.unshift(
        reason('state_complaint.pending_due_process', 'state_complaint'),
      );
    }
  }
  if (pending.includes('state_complaint')) {
    makeUnavailable(
      get('state_complaint'),
      reason('state_complaint.already_pending', 'state_complaint'),
    );
  }

  // 6. State prerequisites in force on asOf (dated data; the engine knows no bill by name).
  const pursued = (path: Path): boolean =>
    tried.includes(path) ||
    (path === 'due_process' && pending.includes('due_process')) ||
    (path === 'state_complaint' && pending.includes('state_complaint')) ||
    (path === 'mediation' && input.districtRefusedMediation);
  for (const entry of allInForce(rules.prerequisites, asOf)) {
    const unmet = entry.value.requires.filter((p) => !pursued(p));
    if (unmet.length === 0) {
      continue;
    }
    const unverified = entry.citations.some((c) => !c.verified);
    const text = (locale: 'en' | 'es') =>
      unverified
        ? `${entry.value.reason[locale]} ${UNVERIFIED_NOTE[locale]}`
        : entry.value.reason[locale];
    for (const path of entry.value.paths) {
      const working = get(path);
      if (working.fit !== 'not_available') {
        makeUnavailable(
          working,
          {
            id: entry.value.id,
            text: { en: text('en'), es: text('es') },
            citations: entry.citations,
          },
          true,
        );
      }
    }
  }

  // 7. Several concerns; the child's plan.
  const stateComplaint = get('state_complaint');
  if (stateComplaint.fit !== 'not_available' && stateComplaint.openConcerns.length > 1) {
    stateComplaint.reasons.push(
      reason('state_complaint.several', 'state_complaint', {
        concerns: stateComplaint.openConcerns,
      }),
    );
  }
  const kindsOpenFor = (path: Path) =>
    new Set(get(path).openConcerns.map((c) => CONCERN_KINDS[c.type]));
  if (
    kindsOpenFor('mediation').has('appropriateness') &&
    kindsOpenFor('state_complaint').has('procedural')
  ) {
    for (const path of ['mediation', 'state_complaint'] as const) {
      const working = get(path);
      if (working.fit !== 'not_available') {
        working.reasons.push(reason('combined.both', path));
      }
    }
  }
  if (input.plan === 'none' || input.plan === 'unknown') {
    const note: ReasonId = input.plan === 'none' ? 'plan.none' : 'plan.unknown';
    for (const path of [
      'mediation',
      'state_complaint',
      'due_process',
      'mediation_with_due_process',
      'expedited_due_process',
    ] as const) {
      const working = get(path);
      if (working.fit !== 'not_available') {
        working.reasons.push(reason(note, path));
      }
    }
    const records = get('records_request');
    if (input.plan === 'unknown' && !tried.includes('records_request')) {
      records.fit = 'recommended';
      records.score = Math.max(records.score, 65);
      records.reasons.unshift(reason('records_request.unknown_plan', 'records_request'));
    }
  }

  // A concern whose best paths are closed or unavailable (window passed, refused, pending,
  // prerequisite) still gets a recommendation: the strongest dispute path left for it.
  const disputePaths = PATHS.filter((p) => !(SUPPORTING_PATHS as readonly Path[]).includes(p)).map(
    get,
  );
  const cellOf = (w: Working, concern: Concern): Cell | undefined =>
    w.openCells.find((c) => c.concern === concern)?.cell;
  for (const concern of input.concerns) {
    const handledByPending =
      (pending.includes('state_complaint') &&
        profileFor(concern.type, input.plan).state_complaint.fit !== 'not_available') ||
      (pending.includes('due_process') &&
        profileFor(concern.type, input.plan).due_process.fit !== 'not_available');
    const covered = disputePaths.some(
      (w) => w.fit === 'recommended' && cellOf(w, concern)?.fit === 'recommended',
    );
    if (covered || handledByPending) {
      continue;
    }
    const best = disputePaths
      .filter((w) => w.fit === 'possible' && !tried.includes(w.path) && cellOf(w, concern))
      .sort((a, b) => (cellOf(b, concern)?.score ?? 0) - (cellOf(a, concern)?.score ?? 0))[0];
    if (best) {
      best.fit = 'recommended';
      best.reasons.unshift(reason('path.best_left', best.path, { concerns: [concern] }));
    }
  }

  // Among recommended options, ways to settle the dispute come before the supporting steps.
  const supportingRank = (w: Working): number =>
    w.fit === 'recommended' && (SUPPORTING_PATHS as readonly Path[]).includes(w.path) ? 1 : 0;
  const ordered = [...byPath.values()].sort(
    (a, b) =>
      FIT_ORDER[a.fit] - FIT_ORDER[b.fit] ||
      supportingRank(a) - supportingRank(b) ||
      b.score - a.score ||
      PATHS.indexOf(a.path) - PATHS.indexOf(b.path),
  );
  const options: PathOption[] = ordered.map((w, index) => ({
    path: w.path,
    fit: w.fit,
    rank: index + 1,
    reasons: w.reasons,
    windowCloses: w.windowCloses,
    nextSteps: w.fit === 'not_available' ? [] : nextStepsFor(w.path, rules),
  }));
  return { options };
}

/**
 * Checks a raw request and, if it is valid, ranks every path. Never throws for bad input: it
 * answers `{ ok: false, problems }` naming each bad field.
 *
 * @param request The request body (`POST /api/v1/assessments`).
 * @param options.rules A rule set to use instead of the shipped one for the request's
 *   jurisdiction (tests use this to switch on a dated rule such as a future HB197).
 * @example
 * const outcome = assessPaths({
 *   jurisdiction: 'US-AL',
 *   asOf: '2026-11-28',
 *   plan: 'iep',
 *   concerns: [{ type: 'evaluation_timeline_missed', date: '2026-09-15' }],
 * });
 * if (outcome.ok) {
 *   outcome.assessment.options[0]?.path; // 'state_complaint'
 * }
 */
export function assessPaths(
  request: AssessmentRequest,
  options: { readonly rules?: JurisdictionRules } = {},
): AssessmentOutcome {
  const validated = validateAssessmentRequest(request);
  if (!validated.ok) {
    return validated;
  }
  const rules = options.rules ?? RULES_BY_JURISDICTION[validated.input.jurisdiction];
  return { ok: true, assessment: evaluatePaths(validated.input, rules) };
}
