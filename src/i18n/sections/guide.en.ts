/** English messages for the guide pages (a section of the catalogue in ../en.ts). */
export const guideEn = {} as const;
