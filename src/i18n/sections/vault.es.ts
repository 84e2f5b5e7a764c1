import type { Messages } from '../en.js';

/** Spanish messages for the vault pages, typed against English. */
export const vaultEs: Messages['vault'] = {};
