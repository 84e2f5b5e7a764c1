/** English messages for the vault pages (a section of the catalogue in ../en.ts). */
export const vaultEn = {} as const;
