/** What kind of plan the child has today, as the parent understands it. */
export const PLAN_TYPES = ['iep', 'section_504', 'not_eligible', 'unknown'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/**
 * Languages a parent can choose for themself. 'other' means "ask me": letters then ask for an
 * interpreter. The app's own pages are in English and Spanish.
 */
export const PARENT_LANGUAGES = ['en', 'es', 'vi', 'ko', 'zh', 'ar', 'other'] as const;
export type ParentLanguage = (typeof PARENT_LANGUAGES)[number];

/** Two-letter US state codes we hold rules for. Alabama first; others are added as data. */
export const STATES = ['AL'] as const;
export type StateCode = (typeof STATES)[number];

/** A case: one child, owned by one account. */
export type Case = {
  id: string;
  childFirstName: string;
  childLastName: string | null;
  childDateOfBirth: string | null;
  grade: Grade | null;
  school: string | null;
  district: string | null;
  state: StateCode;
  planType: PlanType;
  parentLanguage: ParentLanguage;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
};

/** The fields a parent can set on a case. */
export type CaseFields = Omit<Case, 'id' | 'createdAt' | 'updatedAt'>;

/** School grades a parent can pick; stored as these codes, shown in the reader's language. */
export const GRADES = [
  'pre_k',
  'k',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  'transition',
  'not_in_school',
] as const;
export type Grade = (typeof GRADES)[number];
