/**
 * The letter writer (issue 5): every request a family needs, checked against the elements the
 * law requires, written in English for the school, with a Spanish mirror for the parent or a
 * fully Spanish letter. Pure: no I/O, `today` is a parameter, dates are 'YYYY-MM-DD'.
 *
 * @module
 */
export { type BuildLetterOptions, type BuildLetterResult, buildLetter } from './build-letter.js';
export {
  checkLetter,
  describeElements,
  type ElementDescription,
  type FieldProblem,
  type FieldProblemCode,
  findProblems,
  type LetterCheck,
  MAX_ITEMS,
  MAX_LINE_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TOTAL_LENGTH,
} from './check-letter.js';
export { LETTER_CITATIONS, type LetterCitationKey } from './letter-citations.js';
export type {
  ElementBasis,
  ElementRule,
  LetterDefinition,
  WindowPath,
} from './letter-definition.js';
export { LETTER_DEFINITIONS } from './letter-definitions.js';
export { ELEMENT_IDS, ELEMENTS, type ElementId } from './letter-elements.js';
export type {
  AddressBlock,
  FieldRow,
  LetterBlock,
  LetterLabels,
  LetterModel,
  ListItem,
  SignatureBlock,
} from './letter-model.js';
export { cleanLine, cleanText, formatLetterDate } from './letter-text.js';
export * from './letter-types.js';
