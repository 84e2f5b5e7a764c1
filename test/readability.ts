/**
 * Reading-level calculators for the plain-language test (issue 7): Flesch–Kincaid grade for
 * English and the Fernández-Huerta reading ease for Spanish.
 *
 * Why this lives under `test/` and not in `src/domain/guide/`: the English syllable counter is
 * the `syllable` package, a dev dependency. Code under `src/` is compiled into the production
 * build (`tsconfig.build.json`), where dev dependencies are not installed, and `src/domain` must
 * stay dependency-light. Nothing in the running app needs a reading grade; only the tests do.
 *
 * Counting rules (the same for both languages):
 * - a sentence ends at `.`, `!`, `?`, `…`, `:` or `;` followed by a space or the end, or at a line
 *   break; a text with words but no end mark is one sentence;
 * - a word is a run of letters (apostrophes and hyphens inside a word are kept); tokens with no
 *   letters (numbers, phone numbers, dates) are left out of both the word and syllable counts,
 *   because the formulas were made for running prose, not for figures.
 *
 * @module
 */
import { syllable } from 'syllable';

/** Counts of a text, as both formulas need them. */
export type TextCounts = {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
};

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?…:;]+(?=\s|$)|\n+/u;

/** The words of a text (runs of letters), in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The number of sentences: pieces between end marks that hold at least one word. */
export function countSentences(text: string): number {
  return text.split(SENTENCE_END).filter((piece) => wordsOf(piece).length > 0).length;
}

/**
 * Flesch–Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
 *
 * @example
 * fleschKincaidGrade('The cat sat on the mat.'); // about -1.4
 */
export function fleschKincaidGrade(text: string): number {
  const counts = englishCounts(text);
  if (counts.words === 0) {
    return 0;
  }
  return (
    0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59
  );
}

/** Sentence, word and English syllable counts of a text. */
export function englishCounts(text: string): TextCounts {
  const words = wordsOf(text);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return { sentences: Math.max(1, countSentences(text)), words: words.length, syllables };
}

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü']);

function isVowelAt(word: string, index: number): boolean {
  const ch = word[index];
  if (ch === undefined) {
    return false;
  }
  if (STRONG.has(ch) || WEAK.has(ch)) {
    // The "u" of que/qui/gue/gui is silent ("queso", "guerra"), but not "ü" ("pingüino").
    if (ch === 'u') {
      const before = word[index - 1];
      const after = word[index + 1];
      if (
        (before === 'q' || before === 'g') &&
        (after === 'e' || after === 'i' || after === 'é' || after === 'í')
      ) {
        return false;
      }
    }
    return true;
  }
  // "y" is a vowel at the end of a word or before a consonant ("hoy", "muy", "y").
  if (ch === 'y') {
    const after = word[index + 1];
    return after === undefined || !(STRONG.has(after) || WEAK.has(after));
  }
  return false;
}

/** Weak vowels for diphthongs: unaccented i, u, ü, and "y" used as a vowel. */
function isWeak(ch: string): boolean {
  return WEAK.has(ch) || ch === 'y';
}

/** Two vowels side by side stay in one syllable (a diphthong) unless they are in hiatus. */
function inHiatus(previous: string, current: string): boolean {
  // An accented í or ú never joins another vowel ("día", "país", "oído").
  if (previous === 'í' || previous === 'ú' || current === 'í' || current === 'ú') {
    return true;
  }
  // Two open vowels (a, e, o, accented or not) are two syllables ("maestro", "leer", "poeta").
  return !isWeak(previous) && !isWeak(current);
}

/**
 * Counts the syllables of one Spanish word by its vowel nuclei: diphthongs and triphthongs are
 * one syllable, hiatus (two open vowels, or an accented í/ú) splits them, the "u" of
 * que/qui/gue/gui is silent, and a final or pre-consonant "y" is a vowel.
 *
 * @example
 * countSpanishSyllables('evaluación'); // 4 (e-va-lua-ción)
 */
export function countSpanishSyllables(word: string): number {
  const w = word.toLowerCase();
  let count = 0;
  let previousVowel: string | undefined;
  for (let i = 0; i < w.length; i += 1) {
    const ch = w[i] ?? '';
    if (isVowelAt(w, i)) {
      if (previousVowel === undefined || inHiatus(previousVowel, ch)) {
        count += 1;
      }
      previousVowel = ch;
    } else {
      // Consonants (and the silent u, and "h") end the vowel run.
      previousVowel = undefined;
    }
  }
  return Math.max(1, count);
}

/** Sentence, word and Spanish syllable counts of a text. */
export function spanishCounts(text: string): TextCounts {
  const words = wordsOf(text);
  const syllables = words.reduce((sum, word) => sum + countSpanishSyllables(word), 0);
  return { sentences: Math.max(1, countSentences(text)), words: words.length, syllables };
}

/**
 * Fernández-Huerta reading ease (1959), in the corrected form (Law, 2011):
 * 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence. Higher is easier:
 * 90–100 very easy (4th grade), 80–90 easy (5th), 70–80 fairly easy (6th), 60–70 normal
 * (7th–8th), 50–60 fairly difficult, below 50 difficult.
 *
 * @example
 * fernandezHuerta('El niño va a la escuela.'); // about 96
 */
export function fernandezHuerta(text: string): number {
  const counts = spanishCounts(text);
  if (counts.words === 0) {
    return 100;
  }
  return (
    206.84 -
    0.6 * ((100 * counts.syllables) / counts.words) -
    1.02 * (counts.words / counts.sentences)
  );
}
