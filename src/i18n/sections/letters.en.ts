/** English messages for the letters pages (a section of the catalogue in ../en.ts). */
export const lettersEn = {} as const;
