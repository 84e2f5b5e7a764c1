import type { Messages } from '../en.js';

/** Spanish messages for the letters pages, typed against English. */
export const lettersEs: Messages['letters'] = {};
