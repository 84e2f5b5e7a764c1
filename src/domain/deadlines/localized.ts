/** The languages every parent-facing string is written in. */
export type Locale = 'en' | 'es';

/** The same text in English and Spanish. */
export type Localized = Readonly<Record<Locale, string>>;

/** The supported locales, English first (the source language). */
export const LOCALES: readonly Locale[] = ['en', 'es'];
