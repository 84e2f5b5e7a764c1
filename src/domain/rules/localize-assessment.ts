/**
 * Projects an assessment to one language: the API shape, where every `text` is a string.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import type {
  Assessment,
  Fit,
  IsoDate,
  LetterKind,
  Locale,
  Path,
  TriggerEvent,
} from './assessment-types.js';

/** An assessment in one language, as `POST /api/v1/assessments` answers it. */
export type LocalizedAssessment = {
  readonly options: readonly {
    readonly path: Path;
    readonly fit: Fit;
    readonly rank: number;
    readonly reasons: readonly {
      readonly id: string;
      readonly text: string;
      readonly citations: readonly Citation[];
    }[];
    readonly windowCloses: IsoDate | null;
    readonly nextSteps: readonly {
      readonly letter: LetterKind | null;
      readonly startsDeadline: TriggerEvent | null;
      readonly text: string;
    }[];
  }[];
};

/**
 * Keeps one language of every reason and next step.
 *
 * @example
 * const outcome = assessPaths(request);
 * if (outcome.ok) {
 *   localizeAssessment(outcome.assessment, 'es').options[0]?.reasons[0]?.text; // Spanish text
 * }
 */
export function localizeAssessment(assessment: Assessment, locale: Locale): LocalizedAssessment {
  return {
    options: assessment.options.map((option) => ({
      path: option.path,
      fit: option.fit,
      rank: option.rank,
      reasons: option.reasons.map((reason) => ({
        id: reason.id,
        text: reason.text[locale],
        citations: reason.citations,
      })),
      windowCloses: option.windowCloses,
      nextSteps: option.nextSteps.map((step) => ({
        letter: step.letter,
        startsDeadline: step.startsDeadline,
        text: step.text[locale],
      })),
    })),
  };
}
