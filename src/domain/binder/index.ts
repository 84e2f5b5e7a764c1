/**
 * The exhibit binder: selection rules, presets, chronology, the hearing disclosure date and the
 * page arithmetic. Pure: no I/O, no clock; the renderer (src/render/binder-pdf.ts) turns a
 * layout into a PDF.
 *
 * @module
 */
export {
  BINDER_CITATIONS_CHECKED,
  CITE_BUSINESS_DAYS,
  CITE_EVALUATIONS_DISCLOSED,
  CITE_EVIDENCE_NOT_DISCLOSED,
  CITE_MEDIATION_CONFIDENTIAL,
} from './binder-citations.js';
export {
  BINDER_PURPOSES,
  type BinderDocument,
  type BinderLanguage,
  type BinderLogEntry,
  type BinderPurpose,
  DOCUMENT_CATEGORIES,
  type DocumentCategory,
  EXCLUSION_REASONS,
  type ExclusionReason,
  LABEL_STYLES,
  type LabelStyle,
} from './binder-types.js';
export {
  type HearingDisclosure,
  hearingDisclosure,
  pickHearingDate,
} from './disclosure.js';
export { exhibitLabel, letterLabel } from './labels.js';
export {
  type BinderLayout,
  type BinderPage,
  type ExcludedItem,
  type ExhibitInput,
  formatPageRange,
  type LaidOutExhibit,
  type LayoutBinderInput,
  layoutBinder,
  type PageKind,
  type PageRange,
  paginateLines,
  stampText,
  type TocMeasure,
  type TocRow,
} from './layout-binder.js';
export {
  BINDER_PRESETS,
  type BinderPlan,
  type BinderPreset,
  type ChronologyRow,
  categoryOf,
  defaultOrder,
  disputedIep,
  isMediationConfidential,
  type LeftOut,
  type PlanBinderInput,
  PRESET_CATEGORIES,
  PRESET_PURPOSE,
  planBinder,
  presetSelection,
} from './select-exhibits.js';
