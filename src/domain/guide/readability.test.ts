import { describe, expect, it } from 'vitest';
import {
  countSentences,
  countSpanishSyllables,
  englishCounts,
  fernandezHuerta,
  fleschKincaidGrade,
  spanishCounts,
  wordsOf,
} from '../../../test/readability.js';

describe('the reading-level calculators (test/readability.ts)', () => {
  it.each([
    ['casa', 2],
    ['escuela', 3],
    ['educación', 4],
    ['evaluación', 4],
    ['mediación', 3],
    ['individualizado', 7],
    ['día', 2],
    ['país', 2],
    ['oído', 3],
    ['maestro', 3],
    ['poeta', 3],
    ['leer', 2],
    ['aéreo', 4],
    ['ciudad', 2],
    ['queso', 2],
    ['guerra', 2],
    ['pingüino', 3],
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['Uruguay', 3],
    ['averiguáis', 4],
  ])('counts %s as %i Spanish syllables', (word, expected) => {
    expect(countSpanishSyllables(word)).toBe(expected);
  });

  it('counts words as runs of letters and leaves out numbers', () => {
    expect(wordsOf('Call 334-694-4782 by May 5, 2027.')).toEqual(['Call', 'by', 'May']);
    expect(wordsOf('your child’s IEP')).toEqual(['your', 'child’s', 'IEP']);
  });

  it('ends sentences at end marks and line breaks, and counts a text without one as one sentence', () => {
    expect(countSentences('One. Two? Three!')).toBe(3);
    expect(countSentences('Who decides: the state')).toBe(2);
    expect(countSentences('a line\nanother line')).toBe(2);
    expect(countSentences('no end mark')).toBe(1);
  });

  it('computes the Flesch–Kincaid grade from words, sentences and syllables', () => {
    const text = 'The cat sat on the mat. The dog ran.';
    const c = englishCounts(text);
    expect(c).toEqual({ sentences: 2, words: 9, syllables: 9 });
    expect(fleschKincaidGrade(text)).toBeCloseTo(0.39 * 4.5 + 11.8 * 1 - 15.59, 5);
  });

  it('rates long words and long sentences at a higher English grade', () => {
    const plain = 'Ask the school for the data. Ask who wrote it down.';
    const dense =
      'Notwithstanding the aforementioned considerations, the administrative determination regarding individualized educational programming necessitates comprehensive documentation.';
    expect(fleschKincaidGrade(plain)).toBeLessThan(3);
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
  });

  it('computes the Fernández-Huerta score with the corrected formula', () => {
    const text = 'El niño va a la escuela.';
    const c = spanishCounts(text);
    expect(c).toEqual({ sentences: 1, words: 6, syllables: 9 });
    expect(fernandezHuerta(text)).toBeCloseTo(206.84 - 0.6 * 150 - 1.02 * 6, 5);
  });

  it('rates dense Spanish as harder than everyday Spanish', () => {
    expect(fernandezHuerta('Pida los datos. Pregunte quién los tomó.')).toBeGreaterThan(80);
    expect(
      fernandezHuerta(
        'La determinación administrativa correspondiente a la programación educativa individualizada requiere documentación exhaustiva.',
      ),
    ).toBeLessThan(30);
  });
});
