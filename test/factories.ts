import type { CaseFields } from '../src/domain/case/case.js';

let n = 0;

/** A unique email for a test account. */
export function uniqueEmail(prefix = 'parent'): string {
  n += 1;
  return `${prefix}.${Date.now().toString(36)}.${n}@example.com`;
}

/** Case fields with plausible values; override what the test is about. */
export function buildCaseFields(overrides: Partial<CaseFields> = {}): CaseFields {
  return {
    childFirstName: 'Maya',
    childLastName: 'Johnson',
    childDateOfBirth: '2015-03-27',
    grade: '5',
    school: 'Oak Park Elementary',
    district: 'Mobile County Public Schools',
    state: 'AL',
    planType: 'iep',
    parentLanguage: 'en',
    notes: null,
    ...overrides,
  };
}

/** The same case as form fields (strings; blank means not given). */
export function caseForm(overrides: Partial<CaseFields> = {}): Record<string, string> {
  const f = buildCaseFields(overrides);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) {
    out[k] = v ?? '';
  }
  return out;
}
