/**
 * Exhibit labels: P-1, P-2 … or A, B … Z, AA, AB … AZ, BA … ZZ, AAA … (bijective base 26, the
 * way spreadsheet columns are named, so no label repeats and none is skipped).
 *
 * @module
 */
import type { LabelStyle } from './binder-types.js';

/**
 * The letters for a 1-based position: 1 → A, 26 → Z, 27 → AA, 702 → ZZ, 703 → AAA.
 *
 * @example
 * letterLabel(28); // 'AB'
 */
export function letterLabel(position: number): string {
  if (!Number.isInteger(position) || position < 1) {
    throw new RangeError(`An exhibit position starts at 1, got ${position}`);
  }
  let n = position;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The label of the exhibit at a 0-based index in the binder.
 *
 * @example
 * exhibitLabel(2, 'p_number'); // 'P-3'
 * exhibitLabel(26, 'letter'); // 'AA'
 */
export function exhibitLabel(index: number, style: LabelStyle): string {
  const position = index + 1;
  return style === 'p_number' ? `P-${letterPositionCheck(position)}` : letterLabel(position);
}

function letterPositionCheck(position: number): number {
  if (!Number.isInteger(position) || position < 1) {
    throw new RangeError(`An exhibit index starts at 0, got ${position - 1}`);
  }
  return position;
}
