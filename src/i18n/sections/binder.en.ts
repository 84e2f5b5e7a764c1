/** English messages for the binder pages (a section of the catalogue in ../en.ts). */
export const binderEn = {} as const;
