import type { Messages } from '../en.js';

/** Spanish messages for the guide pages, typed against English. */
export const guideEs: Messages['guide'] = {};
