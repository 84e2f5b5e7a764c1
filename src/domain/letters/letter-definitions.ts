/**
 * Every letter kind's definition, by kind.
 *
 * @module
 */

import { DUE_PROCESS_COMPLAINT } from './kinds/due-process-complaint.js';
import { IEE_REQUEST } from './kinds/iee-request.js';
import { MEDIATION_REQUEST } from './kinds/mediation-request.js';
import { MEETING_FOLLOW_UP } from './kinds/meeting-follow-up.js';
import { PWN_REQUEST } from './kinds/pwn-request.js';
import { RECORDS_REQUEST } from './kinds/records-request.js';
import { SECTION_504_GRIEVANCE } from './kinds/section-504-grievance.js';
import { STATE_COMPLAINT } from './kinds/state-complaint.js';
import type { LetterDefinition } from './letter-definition.js';
import type { LetterKind } from './letter-types.js';

/** The definitions, by kind. */
export const LETTER_DEFINITIONS: { readonly [K in LetterKind]: LetterDefinition<K> } = {
  mediation_request: MEDIATION_REQUEST,
  state_complaint: STATE_COMPLAINT,
  due_process_complaint: DUE_PROCESS_COMPLAINT,
  records_request: RECORDS_REQUEST,
  iee_request: IEE_REQUEST,
  pwn_request: PWN_REQUEST,
  meeting_follow_up: MEETING_FOLLOW_UP,
  section_504_grievance: SECTION_504_GRIEVANCE,
};
