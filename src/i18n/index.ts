import { en, type Messages } from './en.js';
import { es } from './es.js';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const catalogues: Record<Locale, Messages> = { en, es };

export type { Messages };

/** The message catalogue for a locale. */
export function messages(locale: Locale): Messages {
  return catalogues[locale];
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'es';
}

/**
 * Fills `{name}` placeholders.
 *
 * @example
 * format('Wait {minutes} minutes', { minutes: 5 }); // 'Wait 5 minutes'
 */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/**
 * Picks the better of our locales from an Accept-Language header; English when nothing matches.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) {
    return 'en';
  }
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .filter((x) => x.lang && !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) {
    if (isLocale(lang)) {
      return lang;
    }
  }
  return 'en';
}

/**
 * Formats a calendar date ('YYYY-MM-DD') or a timestamp as a plain date in the reader's language,
 * e.g. "March 27, 2015". A calendar date is shown as it is; a timestamp is shown as the date it
 * was in Alabama (US Central time), where our families are.
 */
export function formatDate(locale: Locale, isoDate: string): string {
  const isCalendarDate = isoDate.length === 10;
  const date = new Date(isCalendarDate ? `${isoDate}T12:00:00Z` : isoDate);
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: isCalendarDate ? 'UTC' : 'America/Chicago',
  }).format(date);
}
