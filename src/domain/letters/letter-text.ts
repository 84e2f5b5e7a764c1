/**
 * Text helpers for letters: cleaning what the parent typed, long dates in English and Spanish,
 * and language names.
 *
 * @module
 */
import type { ParentLanguage } from '../case/case.js';
import { isIsoDate } from '../deadlines/iso-date.js';
import type { Locale } from '../deadlines/localized.js';

/** C0 controls except tab and newline, DEL, C1 controls, and the non-characters XML forbids. */
function isControl(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

function stripControls(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (isControl(text.charCodeAt(i))) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}
// Direction marks, embeddings, overrides and isolates: invisible, and overrides can disguise
// text ("evil\u202Etxt.exe"). Arabic or Hebrew text keeps its natural direction without them.
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cleans free text the parent typed: NFC, Windows line ends to "\n", no control or direction
 * override characters, no broken surrogate pairs, trimmed. Line breaks and emoji are kept.
 *
 * @example
 * cleanText('  Ana\u202E <b>\r\n'); // 'Ana <b>'
 */
export function cleanText(text: unknown): string {
  if (typeof text !== 'string') {
    return '';
  }
  return stripControls(text.normalize('NFC').replace(/\r\n?/g, '\n'))
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(BIDI_CONTROL, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Like {@link cleanText}, on one line: any run of whitespace (newlines too) becomes one space.
 *
 * @example
 * cleanLine('Ana\n  López'); // 'Ana López'
 */
export function cleanLine(text: unknown): string {
  return cleanText(text).replace(/\s+/g, ' ');
}

/**
 * True when `text` has something other than whitespace after cleaning.
 *
 * @example
 * hasText(' \u200F '); // false
 */
export function hasText(text: unknown): boolean {
  return cleanText(text).length > 0;
}

/**
 * Splits an address typed on several lines (or with commas only) into printed lines.
 *
 * @example
 * addressLines('12 Oak St\nMontgomery, AL 36104'); // ['12 Oak St', 'Montgomery, AL 36104']
 */
export function addressLines(text: unknown): string[] {
  return cleanText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/**
 * A date as a letter writes it: "November 28, 2026" / "28 de noviembre de 2026". Text that is
 * not an ISO date is returned cleaned, as written.
 *
 * @example
 * formatLetterDate('2026-11-28', 'es'); // '28 de noviembre de 2026'
 */
export function formatLetterDate(date: unknown, locale: Locale): string {
  if (!isIsoDate(date)) {
    return cleanLine(date);
  }
  const year = Number(date.slice(0, 4));
  const month = MONTHS[locale][Number(date.slice(5, 7)) - 1] ?? '';
  const day = Number(date.slice(8, 10));
  return locale === 'en' ? `${month} ${day}, ${year}` : `${day} de ${month} de ${year}`;
}

/** The parent's language named in each letter language. */
const LANGUAGE_NAMES: Readonly<Record<ParentLanguage, Readonly<Record<Locale, string>>>> = {
  en: { en: 'English', es: 'inglés' },
  es: { en: 'Spanish', es: 'español' },
  vi: { en: 'Vietnamese', es: 'vietnamita' },
  ko: { en: 'Korean', es: 'coreano' },
  zh: { en: 'Chinese', es: 'chino' },
  ar: { en: 'Arabic', es: 'árabe' },
  other: { en: 'my language', es: 'mi idioma' },
};

/**
 * The name of a parent language in the letter's language.
 *
 * @example
 * languageName('es', 'en'); // 'Spanish'
 */
export function languageName(language: ParentLanguage, locale: Locale): string {
  return LANGUAGE_NAMES[language][locale];
}
