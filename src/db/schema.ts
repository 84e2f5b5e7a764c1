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

/** An exhibit binder of a case and its build; the PDF itself is in the blob store. */
export type BindersTable = {
  id: string;
  case_id: string;
  /** 'hearing' | 'mediation' | 'state_complaint' | 'other'. */
  purpose: string;
  /** 'p_number' | 'letter'. */
  label_style: string;
  /** 0 or 1. */
  separators: number;
  language: string;
  /** The selected document ids in binder order (JSON array). */
  document_ids_json: string;
  /** 'queued' | 'building' | 'done' | 'failed'. */
  status: string;
  pages_done: number;
  pages_total: number;
  error: string | null;
  left_out_json: string | null;
  blob_key: string | null;
  sha256: string | null;
  /** bigint: PostgreSQL returns it as a string. */
  byte_size: number | string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
};

/** A document in a case's vault; its bytes are in the blob store under blob_key. */
export type DocumentsTable = {
  id: string;
  case_id: string;
  /** One of DOCUMENT_CATEGORIES (src/db/documents.ts). */
  category: string;
  title: string;
  /** 'YYYY-MM-DD'. */
  document_date: string;
  /** 'school' | 'parent' | 'outside_provider'. */
  source: string;
  notes: string | null;
  /** 0 or 1; always 1 for the mediation category. */
  mediation_confidential: number;
  file_name: string;
  media_type: string;
  /** bigint: PostgreSQL returns it as a string. */
  byte_size: number | string;
  sha256: string;
  blob_key: string;
  pdf_blob_key: string | null;
  pdf_byte_size: number | string | null;
  page_count: number | null;
  /** 0 or 1. */
  binder_ok: number;
  binder_problem: string | null;
  created_at: string;
  updated_at: string;
};

/** An entry of a case's communication log (src/db/comm-log.ts). */
export type CommLogEntriesTable = {
  id: string;
  case_id: string;
  /** 'YYYY-MM-DD'. */
  occurred_on: string;
  /** 'email' | 'phone' | 'meeting' | 'letter' | 'text' | 'other'. */
  method: string;
  with_whom: string;
  summary: string;
  promised: string | null;
  /** 'YYYY-MM-DD'; also a reminder (source 'comm_log') on the case. */
  follow_up_by: string | null;
  /** 0 or 1: said in mediation, left out of hearing binders. */
  mediation_confidential: number;
  created_at: string;
  updated_at: string;
};

/** A vault document attached to a log entry (same case; both sides cascade). */
export type CommLogAttachmentsTable = {
  entry_id: string;
  document_id: string;
};

/** File bytes on PostgreSQL, one row per chunk (src/storage/blob-store.ts). */
export type BlobsTable = {
  key: string;
  part: number;
  bytes: Buffer;
};

/** A letter of a case; data and overrides are JSON text; the final PDF is in the blob store. */
export type LettersTable = {
  id: string;
  case_id: string;
  kind: string;
  language: string;
  data_json: string;
  overrides_json: string;
  status: string;
  final_blob_key: string | null;
  final_sha256: string | null;
  final_size: number | null;
  finalized_at: string | null;
  sent_on: string | null;
  sent_method: string | null;
  tracking_number: string | null;
  received_on: string | null;
  event_id: string | null;
  created_at: string;
  updated_at: string;
};

/** A meeting the parent prepares for; lists are JSON text. */
export type MeetingsTable = {
  id: string;
  case_id: string;
  kind: string;
  meeting_date: string;
  ticked_json: string;
  custom_items_json: string;
  priorities_json: string;
  concerns: string;
  attendees: string;
  notes: string;
  promises_json: string;
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
  letters: LettersTable;
  meetings: MeetingsTable;
  binders: BindersTable;
  documents: DocumentsTable;
  blobs: BlobsTable;
  comm_log_entries: CommLogEntriesTable;
  comm_log_attachments: CommLogAttachmentsTable;
};

export type User = Selectable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type CaseRow = Selectable<CasesTable>;
export type NewCaseRow = Insertable<CasesTable>;
export type CaseRowUpdate = Updateable<CasesTable>;
