/**
 * Plain language, checked (issue 7), for the words around the guide's content: every string of
 * the guide's page messages (guide.en.ts, guide.es.ts). The content itself (checklists, scripts,
 * action plans, comparison, glossary) is scored in src/domain/guide/reading-level.test.ts, with
 * the same limits:
 *
 * - a sentence or more (9 words or more in English): Flesch–Kincaid grade at most 7 in English,
 *   Fernández-Huerta at least 60 ("normal", about 7th grade) in Spanish;
 * - a label (a heading, a link, a button: under 9 English words), where these formulas mean
 *   nothing: at most 8 words in English and 12 in Spanish, whose words run longer.
 *
 * `{placeholders}` are left out of the count: what fills them is scored where it comes from.
 */
import { describe, expect, it } from 'vitest';
import { fernandezHuerta, fleschKincaidGrade, wordsOf } from '../../../test/readability.js';
import { guideEn } from './guide.en.js';
import { guideEs } from './guide.es.js';

const MAX_GRADE = 7;
const MIN_FERNANDEZ_HUERTA = 60;
const PROSE_MIN_WORDS = 9;
const MAX_LABEL_WORDS = { en: 8, es: 12 };

function leaves(obj: unknown, prefix = ''): [string, string][] {
  if (typeof obj === 'string') {
    return [[prefix, obj]];
  }
  return Object.entries(obj as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

const withoutPlaceholders = (text: string): string => text.replace(/\{\w+\}/g, '');

const spanish = new Map(leaves(guideEs));
const strings = leaves(guideEn).map(([key, en]) => ({
  key,
  en: withoutPlaceholders(en),
  es: withoutPlaceholders(spanish.get(key) ?? ''),
}));
const prose = strings.filter((s) => wordsOf(s.en).length >= PROSE_MIN_WORDS);
const labels = strings.filter((s) => wordsOf(s.en).length < PROSE_MIN_WORDS);

describe('the reading level of the guide pages’ own words', () => {
  it('has Spanish for every English string', () => {
    for (const s of strings) {
      expect(s.es.trim(), s.key).not.toBe('');
    }
    expect(prose.length).toBeGreaterThan(15);
  });

  it.each(prose.map((s) => [s.key, s] as const))(
    'guide.%s reads at English grade 7 or below and Spanish "normal" or easier',
    (key, s) => {
      expect(fleschKincaidGrade(s.en), `${key}: ${s.en}`).toBeLessThanOrEqual(MAX_GRADE);
      expect(fernandezHuerta(s.es), `${key}: ${s.es}`).toBeGreaterThanOrEqual(MIN_FERNANDEZ_HUERTA);
    },
  );

  it.each(labels.map((s) => [s.key, s] as const))('keeps the label guide.%s short', (key, s) => {
    expect(wordsOf(s.en).length, `${key}: ${s.en}`).toBeLessThanOrEqual(MAX_LABEL_WORDS.en);
    expect(wordsOf(s.es).length, `${key}: ${s.es}`).toBeLessThanOrEqual(MAX_LABEL_WORDS.es);
  });

  it('reads at English grade 7 or below as a whole', () => {
    expect(fleschKincaidGrade(prose.map((s) => s.en).join('\n'))).toBeLessThanOrEqual(MAX_GRADE);
    expect(fernandezHuerta(prose.map((s) => s.es).join('\n'))).toBeGreaterThanOrEqual(
      MIN_FERNANDEZ_HUERTA,
    );
  });
});
