import { describe, expect, it } from 'vitest';
import { PATH_FACTS_BY_JURISDICTION } from '../rules/path-facts.js';
import {
  COMPARED_PATH_NAMES,
  COMPARISON_ROWS,
  comparePaths,
  examplesFor,
  FIT_EXAMPLES,
  FITS_WHEN,
  GUIDE_PAGE_LINKS,
} from './paths-compared.js';

const table = comparePaths();
const cites = (cell: { citations: readonly { cite: string }[] } | null): string[] =>
  cell ? cell.citations.map((c) => c.cite) : [];

describe('the side-by-side comparison of mediation, a state complaint and due process', () => {
  it('has a column for each of the three paths and a cell for every row', () => {
    expect(Object.keys(table)).toEqual(['mediation', 'state_complaint', 'due_process']);
    for (const column of Object.values(table)) {
      expect(Object.keys(column)).toEqual([...COMPARISON_ROWS]);
    }
  });

  it('cites every cell it fills', () => {
    for (const [path, column] of Object.entries(table)) {
      for (const row of COMPARISON_ROWS) {
        const cell = column[row];
        if (cell) {
          expect(cell.citations.length, `${path}.${row}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('leaves a cell empty where the fact sheet says nothing (whether a state complaint is private)', () => {
    expect(table.state_complaint.confidential).toBeNull();
    const empty = Object.entries(table).flatMap(([path, column]) =>
      COMPARISON_ROWS.filter((row) => column[row] === null).map((row) => `${path}.${row}`),
    );
    expect(empty).toEqual(['state_complaint.confidential']);
  });

  it('takes the chooser’s cited facts from rules/path-facts.ts instead of copying them', () => {
    const facts = PATH_FACTS_BY_JURISDICTION['US-AL'];
    expect(table.mediation.confidential?.text).toBe(facts.mediation.confidential?.text);
    expect(table.due_process.decides?.citations).toBe(facts.due_process.decides?.citations);
    expect(table.state_complaint.who_can_start?.text).toBe(facts.state_complaint.starts?.text);
  });

  it('says mediation is confidential and free (34 CFR 300.506(b)(8), (b)(4))', () => {
    expect(cites(table.mediation.confidential)).toEqual(['34 CFR 300.506(b)(8)']);
    expect(cites(table.mediation.cost)).toEqual(['34 CFR 300.506(b)(4)']);
  });

  it('explains how to ask for each path and links the matching letter', () => {
    expect(table.mediation.how_to_ask?.links).toContainEqual({
      kind: 'letter',
      letter: 'mediation_request',
    });
    expect(table.state_complaint.how_to_ask?.links).toContainEqual({
      kind: 'letter',
      letter: 'state_complaint',
    });
    expect(table.due_process.how_to_ask?.links).toContainEqual({
      kind: 'letter',
      letter: 'due_process_complaint',
    });
  });

  it('marks Alabama’s unread mediation and due process steps as unverified', () => {
    const unverified = (cell: typeof table.mediation.how_to_ask) =>
      cell?.citations.filter((c) => !c.verified).map((c) => c.cite) ?? [];
    expect(unverified(table.mediation.how_to_ask)).toEqual([
      'Ala. Admin. Code r. 290-8-9-.08 (mediation paragraph not read; how to ask is not confirmed)',
    ]);
    expect(unverified(table.due_process.how_to_ask)).toHaveLength(1);
    expect(table.state_complaint.how_to_ask?.citations.every((c) => c.verified)).toBe(true);
  });

  it('says what each path can lead to, marking compensatory remedies as unverified', () => {
    expect(table.state_complaint.orders?.citations.some((c) => !c.verified)).toBe(true);
    expect(cites(table.due_process.orders)).toContain(
      'Compensatory education as a hearing remedy (case law; not in the text of 34 CFR Part 300)',
    );
  });
});

describe('when each path fits', () => {
  it('explains when each path fits, with the law behind it', () => {
    for (const path of ['mediation', 'state_complaint', 'due_process'] as const) {
      expect(FITS_WHEN[path].citations.length).toBeGreaterThan(0);
      expect(COMPARED_PATH_NAMES[path].es).not.toBe('');
      expect(examplesFor(path).fits.length).toBeGreaterThan(0);
      expect(examplesFor(path).doesNotFit.length).toBeGreaterThan(0);
    }
  });

  it('opens the chooser for each example, with its concern when it has one', () => {
    for (const e of FIT_EXAMPLES) {
      expect(e.link).toEqual(
        e.concern ? { kind: 'chooser', concern: e.concern } : { kind: 'chooser' },
      );
    }
    expect(FIT_EXAMPLES.find((e) => e.id === 'speech_minutes')?.concern).toBe('service_amount');
    expect(FIT_EXAMPLES.find((e) => e.id === 'inclusion_or_separate')?.concern).toBe('placement');
    expect(FIT_EXAMPLES.find((e) => e.id === 'communication_device')?.concern).toBe(
      'assistive_technology',
    );
    expect(FIT_EXAMPLES.find((e) => e.id === 'transition_no_referral')?.concern).toBe(
      'transition_services',
    );
  });

  it('names 30 against 60 minutes of speech, as the seed does', () => {
    const speech = FIT_EXAMPLES.find((e) => e.id === 'speech_minutes');
    expect(speech?.text.en).toMatch(/30 minutes.*60/);
    expect(speech?.text.es).toMatch(/30 minutos.*60/);
  });

  it('links every guide page to the chooser and to the checklist', () => {
    expect(GUIDE_PAGE_LINKS).toEqual([
      { kind: 'chooser' },
      { kind: 'checklist', meeting: 'annual_iep' },
    ]);
  });
});
