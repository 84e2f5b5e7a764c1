/** English messages for the meetings pages (a section of the catalogue in ../en.ts). */
export const meetingsEn = {} as const;
