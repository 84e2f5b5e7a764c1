import type { Messages } from '../en.js';

/** Spanish messages for the meetings pages, typed against English. */
export const meetingsEs: Messages['meetings'] = {};
