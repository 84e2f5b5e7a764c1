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

export type Database = {
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  rate_limits: RateLimitsTable;
};

export type User = Selectable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type CaseRow = Selectable<CasesTable>;
export type NewCaseRow = Insertable<CasesTable>;
export type CaseRowUpdate = Updateable<CasesTable>;
