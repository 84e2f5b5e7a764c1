import { describe, expect, it } from 'vitest';
import { checkLetter, describeElements, MAX_TEXT_LENGTH } from './check-letter.js';
import { LETTER_DEFINITIONS } from './letter-definitions.js';
import { ELEMENTS, type ElementId } from './letter-elements.js';
import { SAMPLE_CORE, SAMPLE_LETTERS } from './letter-fixtures.js';
import { LETTER_KINDS, type LetterData, type LetterKind } from './letter-types.js';

const TODAY = '2026-11-28';

type Loose = Record<string, unknown> & { concerns: Record<string, unknown>[] };

/** A deep copy of the sample of `kind` with one element taken out. */
function without(kind: LetterKind, element: ElementId): LetterData {
  const data = structuredClone(SAMPLE_LETTERS[kind]) as unknown as Loose;
  const parent = data.parent as Record<string, unknown>;
  const child = data.child as Record<string, unknown>;
  const first = data.concerns[0] ?? {};
  switch (element) {
    case 'letter_date':
      data.date = '';
      break;
    case 'parent_name':
      parent.name = '  ';
      break;
    case 'parent_contact':
      parent.address = '';
      parent.phone = '';
      parent.email = '\u200F';
      break;
    case 'signature':
      data.signature = undefined;
      break;
    case 'child_name':
      child.name = '';
      break;
    case 'child_address':
      child.address = '';
      break;
    case 'child_school':
      child.school = '';
      break;
    case 'district_name':
      (data.district as Record<string, unknown>).name = '';
      break;
    case 'violation_statement':
    case 'issues':
    case 'decisions':
      first.description = '';
      break;
    case 'facts':
    case 'problem_description':
      first.facts = '';
      break;
    case 'proposed_resolution':
      data.proposedResolution = '';
      break;
    case 'availability':
      data.availability = '';
      break;
    case 'pending_due_process':
      data.dueProcessPending = null;
      break;
    case 'disputed_evaluation':
      (data.evaluation as Record<string, unknown>).date = '';
      break;
    case 'meeting_date':
      (data.meeting as Record<string, unknown>).date = '';
      break;
    case 'attendees':
      (data.meeting as Record<string, unknown>).attendees = '';
      break;
    case 'meeting_summary':
      data.decisions = [];
      data.promises = [];
      data.refused = [];
      data.documentsOwed = [];
      data.concerns = [];
      break;
    default:
      throw new Error(`no way to remove ${element}`);
  }
  return data as unknown as LetterData;
}

function citesOf(kind: LetterKind, element: ElementId): string {
  const rule = LETTER_DEFINITIONS[kind].elements.find((r) => r.id === element);
  const cites = (rule?.citations ?? []).map((c) => c.cite).join('; ');
  return rule?.basis === 'law' ? cites : `required by the app${cites ? `; rests on ${cites}` : ''}`;
}

const requiredCases = LETTER_KINDS.flatMap((kind) =>
  LETTER_DEFINITIONS[kind].elements
    .filter((rule) => rule.level === 'required')
    .map((rule) => ({
      kind,
      element: rule.id,
      title: LETTER_DEFINITIONS[kind].title.en.toLowerCase(),
      name: ELEMENTS[rule.id].name.en.toLowerCase(),
      cites: citesOf(kind, rule.id),
    })),
);

describe('checkLetter: required elements, per kind', () => {
  it.each(LETTER_KINDS)('a complete %s has no missing elements and no problems', (kind) => {
    const check = checkLetter(kind, SAMPLE_LETTERS[kind], TODAY);
    expect(check.missing).toEqual([]);
    expect(check.problems).toEqual([]);
  });

  it.each(requiredCases)('a $title without $name cannot be final ($cites)', ({ kind, element }) => {
    expect(checkLetter(kind, without(kind, element) as never, TODAY).missing).toContain(element);
  });

  it('a state complaint without a proposed resolution cannot be final (34 CFR 300.153(b)(4)(v))', () => {
    const check = checkLetter('state_complaint', { ...SAMPLE_CORE, proposedResolution: '' }, TODAY);
    expect(check.missing).toEqual(['proposed_resolution']);
  });

  it('a state complaint must be signed (34 CFR 300.153(a), (b)(3)); a typed name counts', () => {
    const { signature: _omit, ...unsigned } = SAMPLE_CORE;
    expect(checkLetter('state_complaint', unsigned, TODAY).missing).toEqual(['signature']);
    expect(
      checkLetter('state_complaint', { ...SAMPLE_CORE, signature: 'Ana' }, TODAY).missing,
    ).toEqual([]);
  });

  it("a due process complaint without the child's home address cannot be final (34 CFR 300.508(b)(2))", () => {
    const data = { ...SAMPLE_CORE, child: { ...SAMPLE_CORE.child, address: '' } };
    expect(checkLetter('due_process_complaint', data, TODAY).missing).toEqual(['child_address']);
  });

  it('a state complaint with no problems listed misses the statement and the facts (34 CFR 300.153(b)(1)-(2))', () => {
    const check = checkLetter('state_complaint', { ...SAMPLE_CORE, concerns: [] }, TODAY);
    expect(check.missing).toEqual(['violation_statement', 'facts']);
  });

  it('a mediation request must say whether a due process complaint is pending (app rule; 34 CFR 300.506(b)(1))', () => {
    const data = { ...SAMPLE_LETTERS.mediation_request, dueProcessPending: null };
    expect(checkLetter('mediation_request', data, TODAY).missing).toEqual(['pending_due_process']);
    const answered = { ...data, dueProcessPending: true };
    expect(checkLetter('mediation_request', answered, TODAY).missing).toEqual([]);
  });

  it('an IEE request must name the evaluation the parent disagrees with (34 CFR 300.502(b)(1))', () => {
    const data = {
      ...SAMPLE_LETTERS.iee_request,
      evaluation: { name: '', date: '2026-10-14' },
    };
    expect(checkLetter('iee_request', data, TODAY).missing).toEqual(['disputed_evaluation']);
  });

  it('every required element of a law-based kind carries at least one citation', () => {
    for (const kind of LETTER_KINDS) {
      for (const rule of LETTER_DEFINITIONS[kind].elements) {
        if (rule.basis === 'law') {
          expect(rule.citations.length, `${kind}.${rule.id}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('checkLetter: warnings (good practice, never blockers)', () => {
  it('no response date asked gives a warning, not a blocker, on an IEE request', () => {
    const { responseBy: _omit, ...data } = SAMPLE_LETTERS.iee_request;
    const check = checkLetter('iee_request', data, TODAY);
    expect(check.missing).toEqual([]);
    expect(check.warnings).toEqual(['response_date']);
  });

  it('a Spanish-speaking parent who has not said whether an interpreter is needed gets a warning', () => {
    const { interpreter: _omit, ...data } = SAMPLE_LETTERS.records_request;
    expect(checkLetter('records_request', data, TODAY).warnings).toEqual(['interpreter_need']);
    const declined = { ...data, interpreter: { needed: false } };
    expect(checkLetter('records_request', declined, TODAY).warnings).toEqual([]);
  });

  it('an English-speaking parent gets no interpreter warning', () => {
    const { interpreter: _omit, ...data } = SAMPLE_LETTERS.records_request;
    const english = { ...data, parent: { ...data.parent, language: 'en' as const } };
    expect(checkLetter('records_request', english, TODAY).warnings).toEqual([]);
  });

  it('a state complaint about a violation more than one year before receipt warns (34 CFR 300.153(c))', () => {
    const old = {
      ...SAMPLE_CORE,
      concerns: [{ ...SAMPLE_CORE.concerns[0], description: 'x', facts: 'y', date: '2025-11-27' }],
    };
    expect(checkLetter('state_complaint', old, TODAY).warnings).toEqual(['violation_window']);
    const recent = { ...old, concerns: [{ description: 'x', facts: 'y', date: '2025-11-28' }] };
    expect(checkLetter('state_complaint', recent, TODAY).warnings).toEqual([]);
  });

  it('the window counts from the letter date when it is later than today (receipt is presumed then)', () => {
    const data = {
      ...SAMPLE_CORE,
      date: '2026-12-10',
      concerns: [{ description: 'x', facts: 'y', date: '2025-12-01' }],
    };
    expect(checkLetter('state_complaint', data, TODAY).warnings).toEqual(['violation_window']);
  });

  it('a due process complaint about something more than two years old warns (34 CFR 300.507(a)(2); Alabama unverified)', () => {
    const data = {
      ...SAMPLE_CORE,
      concerns: [{ description: 'x', facts: 'y', date: '2024-11-01' }],
    };
    expect(checkLetter('due_process_complaint', data, TODAY).warnings).toEqual([
      'violation_window',
    ]);
  });

  it('a Section 504 grievance about discrimination more than 180 days ago warns about the OCR window (34 CFR 100.7(b), unverified)', () => {
    const data = {
      ...SAMPLE_LETTERS.section_504_grievance,
      concerns: [{ description: 'x', facts: 'y', date: '2026-05-01' }],
    };
    expect(checkLetter('section_504_grievance', data, TODAY).warnings).toEqual([
      'violation_window',
    ]);
  });
});

describe('checkLetter: problems', () => {
  it('a 100 KB paragraph is accepted', () => {
    const data = {
      ...SAMPLE_CORE,
      concerns: [{ description: 'x', facts: 'a'.repeat(100_000) }],
    };
    expect(checkLetter('state_complaint', data, TODAY).problems).toEqual([]);
  });

  it('text over the limit and impossible dates are named by field', () => {
    const data = {
      ...SAMPLE_CORE,
      responseBy: '2026-02-30',
      child: { ...SAMPLE_CORE.child, name: 'x'.repeat(501) },
      concerns: [{ description: 'x', facts: 'a'.repeat(MAX_TEXT_LENGTH + 1) }],
    };
    expect(checkLetter('state_complaint', data, TODAY).problems).toEqual([
      { field: 'child.name', code: 'too_long' },
      { field: 'concerns[0].facts', code: 'too_long' },
      { field: 'responseBy', code: 'invalid_date' },
    ]);
  });
});

describe('describeElements', () => {
  it('names missing elements in Spanish with the field to fix and the law', () => {
    const [element] = describeElements('state_complaint', 'es', ['proposed_resolution']);
    expect(element).toMatchObject({
      id: 'proposed_resolution',
      field: 'proposedResolution',
      name: 'Lo que usted quiere que haga la escuela para resolverlo',
      basis: 'law',
    });
    expect(element?.citations.map((c) => c.cite)).toContain('34 CFR 300.153(b)(4)(v)');
  });

  it('marks unverified law: the records rule was read only in state copies (34 CFR 300.613)', () => {
    const records = LETTER_DEFINITIONS.records_request.citations;
    expect(records.every((c) => c.verified === false)).toBe(true);
  });
});
