import type { Migration } from 'kysely';
import * as m20261128_1200 from './2026_11_28_1200_create_users_sessions_cases.js';
import * as m20261128_1300 from './2026_11_28_1300_create_assessments.js';
import * as m20261128_1400 from './2026_11_28_1400_create_case_events_and_calendars.js';
import * as m20261128_1500 from './2026_11_28_1500_create_case_reminders.js';
import * as m20261128_1600 from './2026_11_28_1600_create_letters.js';
import * as m20261128_1700 from './2026_11_28_1700_create_meetings.js';
import * as m20261128_1800 from './2026_11_28_1800_create_documents.js';
import * as m20261128_1850 from './2026_11_28_1850_create_comm_log.js';
import * as m20261128_1900 from './2026_11_28_1900_create_binders.js';

/**
 * The one migration history, for SQLite and PostgreSQL alike, in the order it runs.
 * Listed by hand (not read from the folder) so it works the same from `src/` and from `dist/`.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_28_1200_create_users_sessions_cases': m20261128_1200,
  '2026_11_28_1300_create_assessments': m20261128_1300,
  '2026_11_28_1400_create_case_events_and_calendars': m20261128_1400,
  '2026_11_28_1500_create_case_reminders': m20261128_1500,
  '2026_11_28_1600_create_letters': m20261128_1600,
  '2026_11_28_1700_create_meetings': m20261128_1700,
  '2026_11_28_1800_create_documents': m20261128_1800,
  '2026_11_28_1850_create_comm_log': m20261128_1850,
  '2026_11_28_1900_create_binders': m20261128_1900,
};
