/**
 * Checks an assessment request and names every bad field, so the HTTP layer can answer 400/422
 * without the engine throwing.
 *
 * @module
 */
import {
  type AssessmentInput,
  type AssessmentRequest,
  CONCERN_TYPES,
  type Concern,
  type ConcernType,
  JURISDICTIONS,
  type JurisdictionId,
  PATHS,
  type Path,
  PENDING_KINDS,
  type PendingKind,
  PLANS,
  type Plan,
  type Problem,
} from './assessment-types.js';
import { compareDates, isCalendarDate } from './calendar-date.js';

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * Validates a request. Problems are listed in field order; all are reported, not only the first.
 *
 * @example
 * validateAssessmentRequest({ jurisdiction: 'US-AL', asOf: '2026-11-28', plan: 'iep', concerns: [] });
 * // { ok: false, problems: [{ field: 'concerns', code: 'no_concerns', message: '...' }] }
 */
export function validateAssessmentRequest(
  request: AssessmentRequest,
): { ok: true; input: AssessmentInput } | { ok: false; problems: readonly Problem[] } {
  const problems: Problem[] = [];
  const { jurisdiction, asOf, plan } = request;

  if (!isOneOf<JurisdictionId>(JURISDICTIONS, jurisdiction)) {
    problems.push({
      field: 'jurisdiction',
      code: 'unknown_jurisdiction',
      message: `Unknown jurisdiction "${String(jurisdiction)}"; expected one of ${JURISDICTIONS.join(', ')}.`,
    });
  }
  const asOfValid = typeof asOf === 'string' && isCalendarDate(asOf);
  if (!asOfValid) {
    problems.push({
      field: 'asOf',
      code: 'invalid_date',
      message: `asOf "${String(asOf)}" is not a calendar date (YYYY-MM-DD).`,
    });
  }
  if (!isOneOf<Plan>(PLANS, plan)) {
    problems.push({
      field: 'plan',
      code: 'unknown_plan',
      message: `Unknown plan "${String(plan)}"; expected one of ${PLANS.join(', ')}.`,
    });
  }

  const rawConcerns = Array.isArray(request.concerns) ? request.concerns : [];
  if (rawConcerns.length === 0) {
    problems.push({
      field: 'concerns',
      code: 'no_concerns',
      message: 'Give at least one concern.',
    });
  }
  const concerns: Concern[] = [];
  rawConcerns.forEach((concern, i) => {
    const typeOk = isOneOf<ConcernType>(CONCERN_TYPES, concern.type);
    if (!typeOk) {
      problems.push({
        field: `concerns[${i}].type`,
        code: 'unknown_concern_type',
        message: `Unknown concern type "${String(concern.type)}".`,
      });
    }
    const dateOk = typeof concern.date === 'string' && isCalendarDate(concern.date);
    if (!dateOk) {
      problems.push({
        field: `concerns[${i}].date`,
        code: 'invalid_date',
        message: `"${String(concern.date)}" is not a calendar date (YYYY-MM-DD).`,
      });
    } else if (asOfValid && compareDates(concern.date, asOf) > 0) {
      problems.push({
        field: `concerns[${i}].date`,
        code: 'future_date',
        message: `${concern.date} is after asOf (${asOf}).`,
      });
    }
    if (typeOk && dateOk) {
      concerns.push({ type: concern.type as ConcernType, date: concern.date });
    }
  });

  const pending: PendingKind[] = [];
  (request.pending ?? []).forEach((kind, i) => {
    if (isOneOf<PendingKind>(PENDING_KINDS, kind)) {
      if (!pending.includes(kind)) {
        pending.push(kind);
      }
    } else {
      problems.push({
        field: `pending[${i}]`,
        code: 'unknown_pending',
        message: `Unknown pending filing "${String(kind)}"; expected one of ${PENDING_KINDS.join(', ')}.`,
      });
    }
  });
  const tried: Path[] = [];
  (request.tried ?? []).forEach((path, i) => {
    if (isOneOf<Path>(PATHS, path)) {
      if (!tried.includes(path)) {
        tried.push(path);
      }
    } else {
      problems.push({
        field: `tried[${i}]`,
        code: 'unknown_path',
        message: `Unknown path "${String(path)}".`,
      });
    }
  });

  if (
    problems.length > 0 ||
    !isOneOf<JurisdictionId>(JURISDICTIONS, jurisdiction) ||
    !isOneOf<Plan>(PLANS, plan)
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    input: {
      jurisdiction,
      asOf,
      plan,
      concerns,
      districtRefusedMediation: request.districtRefusedMediation === true,
      pending,
      tried,
    },
  };
}
