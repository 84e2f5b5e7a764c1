import type { Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are ISO-8601 UTC text and calendar dates are 'YYYY-MM-DD' text on both dialects. */
export type UsersTable = {
  id: string;
  email: string;
  password_hash: string;
  locale: string;
  created_at: string;
  updated_at: string;
};

export type SessionsTable = {
  /** sha256 of the cookie token: a copy of the database does not give working sessions. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
};

export type CasesTable = {
  id: string;
  user_id: string;
  child_first_name: string;
  child_last_name: string | null;
  child_date_of_birth: string | null;
  grade: string | null;
  school: string | null;
  district: string | null;
  state: string;
  plan_type: string;
  parent_language: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
};

export type RateLimitsTable = {
  key: string;
  count: number;
  expires_at: string;
};

/** An event on a case ('YYYY-MM-DD' date); deadlines are computed from these, never stored. */
export type CaseEventsTable = {
  id: string;
  case_id: string;
  type: string;
  date: string;
  note: string | null;
  created_at: string;
  updated_at: string;
};

/** A case's district calendar and county; closed days are a JSON array of 'YYYY-MM-DD'. */
export type SchoolCalendarsTable = {
  case_id: string;
  first_day: string | null;
  last_day: string | null;
  closed_days_json: string;
  county: string | null;
  updated_at: string;
};

/** A private calendar subscription: sha256 (hex) of the secret token in its URL. */
export type CalendarFeedsTable = {
  case_id: string;
  token_hash: string;
  created_at: string;
};

/** A path chooser result saved to a case: answers and result are JSON text. */
export type AssessmentsTable = {
  id: string;
  case_id: string;
  user_id: string;
  as_of: string;
  answers_json: string;
  result_json: string;
  created_at: string;
};

/** A date the parent wants to remember on a case (not a legal deadline). */
export type CaseRemindersTable = {
  id: string;
  case_id: string;
  date: string;
  title: string;
  /** What made it: 'letter' | 'meeting' | 'comm_log' | 'manual'. */
  source: string;
  source_id: string | null;
  created_at: string;
  updated_at: string;
};

export type Database = {
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  rate_limits: RateLimitsTable;
  assessments: AssessmentsTable;
  case_events: CaseEventsTable;
  school_calendars: SchoolCalendarsTable;
  calendar_feeds: CalendarFeedsTable;
  case_reminders: CaseRemindersTable;
};

export type User = Selectable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type CaseRow = Selectable<CasesTable>;
export type NewCaseRow = Insertable<CasesTable>;
export type CaseRowUpdate = Updateable<CasesTable>;
