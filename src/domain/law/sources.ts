/**
 * Where readers can check the law we cite: one place for the addresses, so every module links
 * the same way.
 *
 * @example
 * ecfr300('153'); // 'https://www.ecfr.gov/current/title-34/…/section-300.153'
 */
export const ecfr300 = (section: string): string =>
  `https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.${section}`;

/** 34 CFR Part 104 (Section 504). */
export const ecfr104 = (section: string): string =>
  `https://www.ecfr.gov/current/title-34/subtitle-B/chapter-I/part-104/section-104.${section}`;

/** 34 CFR Part 100 (Title VI procedures that Part 104 adopts, such as 100.7). */
export const ecfr100 = (section: string): string =>
  `https://www.ecfr.gov/current/title-34/subtitle-B/chapter-I/part-100/section-100.${section}`;

/** Ala. Admin. Code r. 290-8-9-.08 (complaints, mediation, due process). */
export const AL_08 =
  'https://regulations.justia.com/states/alabama/title-290/chapter-290-8-9/section-290-8-9-08';
