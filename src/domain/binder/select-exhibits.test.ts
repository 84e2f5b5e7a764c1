import { describe, expect, it } from 'vitest';
import type { BinderDocument, BinderLogEntry } from './binder-types.js';
import { defaultOrder, disputedIep, planBinder, presetSelection } from './select-exhibits.js';

function doc(
  id: string,
  category: string,
  date: string | null,
  extra: Partial<BinderDocument> = {},
): BinderDocument {
  return {
    id,
    title: `${category} ${date ?? 'undated'}`,
    date,
    category,
    pageCount: 3,
    mediationConfidential: category === 'mediation',
    binderOk: true,
    ...extra,
  };
}

const DOCS: BinderDocument[] = [
  doc('email', 'correspondence', '2026-02-01'),
  doc('iep-old', 'iep', '2025-04-10'),
  doc('eval', 'evaluation', '2025-11-20'),
  doc('iep-new', 'iep', '2026-04-12'),
  doc('med-notes', 'mediation', '2026-03-01'),
  doc('doctor', 'medical', '2025-06-01'),
  doc('misc', 'other', null),
  doc('iee', 'independent_evaluation', '2026-01-15'),
  doc('pwn', 'prior_written_notice', '2026-04-20'),
  doc('flagged-email', 'correspondence', '2026-03-02', { mediationConfidential: true }),
];

const LOG: BinderLogEntry[] = [
  {
    id: 'l1',
    date: '2026-02-03',
    title: 'Phone call with the principal',
    mediationConfidential: false,
  },
  { id: 'l2', date: '2026-03-01', title: 'Mediation session', mediationConfidential: true },
  { id: 'l3', date: '2026-01-10', title: 'Meeting with the teacher', mediationConfidential: false },
];

describe('default order', () => {
  it('puts the most recent IEP first, then everything else by date with undated documents last', () => {
    expect(defaultOrder(DOCS).map((d) => d.id)).toEqual([
      'iep-new',
      'iep-old',
      'doctor',
      'eval',
      'iee',
      'email',
      'med-notes',
      'flagged-email',
      'pwn',
      'misc',
    ]);
  });

  it('puts the IEP the parent names as disputed first', () => {
    expect(defaultOrder(DOCS, 'iep-old')[0]?.id).toBe('iep-old');
    expect(disputedIep(DOCS, 'iep-old')?.id).toBe('iep-old');
  });

  it('has no disputed IEP when the case has no IEP', () => {
    expect(disputedIep(DOCS.filter((d) => d.category !== 'iep'))).toBeUndefined();
  });
});

describe('presets', () => {
  it('the mediation packet picks mediation papers but not medical records or "other"', () => {
    const ids = presetSelection('mediation_packet', DOCS);
    expect(ids).toContain('med-notes');
    expect(ids).not.toContain('doctor');
    expect(ids).not.toContain('misc');
    expect(ids[0]).toBe('iep-new');
  });

  it('hearing disclosure picks every evidence category, medical records included (34 CFR 300.512(a)(3))', () => {
    const ids = presetSelection('hearing_disclosure', DOCS);
    expect(ids).toEqual(expect.arrayContaining(['iep-new', 'eval', 'iee', 'doctor', 'pwn']));
    expect(ids).not.toContain('misc');
  });

  it('state complaint exhibits leave out independent evaluations, medical and mediation papers', () => {
    const ids = presetSelection('state_complaint_exhibits', DOCS);
    expect(ids).toEqual(['iep-new', 'iep-old', 'eval', 'email', 'flagged-email', 'pwn']);
  });
});

describe('planBinder', () => {
  it('a hearing binder leaves out mediation-confidential documents and log entries and counts them (34 CFR 300.506(b)(8))', () => {
    const plan = planBinder({
      purpose: 'hearing',
      documents: DOCS,
      selectedIds: presetSelection('hearing_disclosure', DOCS),
      logEntries: LOG,
    });
    const out = plan.exhibits.filter((e) => e.exclusion).map((e) => [e.id, e.exclusion]);
    expect(out).toEqual([
      ['med-notes', 'mediation_confidential'],
      ['flagged-email', 'mediation_confidential'],
    ]);
    expect(plan.leftOut.mediationConfidential).toMatchObject({ documents: 2, logEntries: 1 });
    expect(plan.leftOut.mediationConfidential.citations.map((c) => c.cite)).toEqual([
      '34 CFR 300.506(b)(8)',
    ]);
    expect(plan.leftOut.total).toBe(3);
    expect(plan.chronology.map((r) => r.title)).not.toContain('Mediation session');
    expect(plan.chronology.some((r) => r.documentId === 'med-notes')).toBe(false);
  });

  it('a mediation category document is confidential in a hearing binder even when its flag is off (34 CFR 300.506(b)(8))', () => {
    const unflagged = doc('m2', 'mediation', '2026-03-05', { mediationConfidential: false });
    const plan = planBinder({
      purpose: 'hearing',
      documents: [unflagged],
      selectedIds: ['m2'],
      logEntries: [],
    });
    expect(plan.exhibits[0]?.exclusion).toBe('mediation_confidential');
  });

  it('a mediation packet keeps mediation-confidential documents and log entries', () => {
    const plan = planBinder({
      purpose: 'mediation',
      documents: DOCS,
      selectedIds: presetSelection('mediation_packet', DOCS),
      logEntries: LOG,
    });
    expect(plan.exhibits.find((e) => e.id === 'med-notes')?.exclusion).toBeUndefined();
    expect(plan.leftOut.total).toBe(0);
    expect(plan.chronology.map((r) => r.title)).toContain('Mediation session');
  });

  it('leaves out documents the vault cannot use and documents with no pages, in any binder', () => {
    const plan = planBinder({
      purpose: 'mediation',
      documents: [
        doc('locked', 'iep', '2026-01-01', { binderOk: false }),
        doc('empty', 'evaluation', '2026-01-02', { pageCount: 0 }),
        doc('fine', 'evaluation', '2026-01-03'),
      ],
      selectedIds: ['locked', 'empty', 'fine', 'fine', 'unknown'],
      logEntries: [],
    });
    expect(plan.exhibits.map((e) => [e.id, e.exclusion ?? null])).toEqual([
      ['locked', 'cannot_go_in_binder'],
      ['empty', 'no_pages'],
      ['fine', null],
    ]);
    expect(plan.leftOut).toMatchObject({ noPages: 1, cannotGoInBinder: 1, total: 2 });
  });

  it('lists the binder documents and log entries by date in the chronology, documents first on a shared day', () => {
    const plan = planBinder({
      purpose: 'state_complaint',
      documents: DOCS,
      selectedIds: ['email', 'eval', 'misc'],
      logEntries: [
        ...LOG,
        { id: 'l4', date: '2026-02-01', title: 'Email reply', mediationConfidential: false },
      ],
    });
    expect(plan.chronology.map((r) => [r.date, r.kind])).toEqual([
      ['2025-11-20', 'document'],
      ['2026-01-10', 'log'],
      ['2026-02-01', 'document'],
      ['2026-02-01', 'log'],
      ['2026-02-03', 'log'],
      ['2026-03-01', 'log'],
      [null, 'document'],
    ]);
  });

  it('plans an empty binder when nothing is selected', () => {
    const plan = planBinder({ purpose: 'other', documents: DOCS, selectedIds: [], logEntries: [] });
    expect(plan.exhibits).toEqual([]);
    expect(plan.chronology).toEqual([]);
    expect(plan.leftOut.total).toBe(0);
  });
});
