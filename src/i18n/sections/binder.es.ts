import type { Messages } from '../en.js';

/** Spanish messages for the binder pages, typed against English. */
export const binderEs: Messages['binder'] = {};
