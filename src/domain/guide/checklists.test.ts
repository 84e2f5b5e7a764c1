import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ITEMS,
  CHECKLISTS,
  checklistFor,
  checklistProgress,
  MEETING_KIND_NAMES,
} from './checklists.js';
import { MEETING_KINDS, PHASES } from './types.js';

const cites = (id: keyof typeof CHECKLIST_ITEMS): string[] =>
  CHECKLIST_ITEMS[id].citations.map((c) => c.cite);

describe('meeting checklists', () => {
  it('has a named checklist for each of the five meeting kinds', () => {
    expect(Object.keys(CHECKLISTS)).toEqual([...MEETING_KINDS]);
    for (const kind of MEETING_KINDS) {
      expect(MEETING_KIND_NAMES[kind].en).not.toBe('');
    }
  });

  it.each(MEETING_KINDS)(
    'gives the %s checklist before, during and after items, in that order',
    (kind) => {
      const items = checklistFor(kind);
      for (const phase of PHASES) {
        expect(
          items.some((i) => i.phase === phase),
          phase,
        ).toBe(true);
      }
      const order = items.map((i) => PHASES.indexOf(i.phase));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    },
  );

  it('keys each item by its own id, and starts the id with its phase', () => {
    for (const [key, item] of Object.entries(CHECKLIST_ITEMS)) {
      expect(item.id).toBe(key);
      expect(key.startsWith(`${item.phase}.`), key).toBe(true);
    }
  });

  it('uses every item in at least one checklist', () => {
    const used = new Set(Object.values(CHECKLISTS).flat());
    for (const id of Object.keys(CHECKLIST_ITEMS)) {
      expect(used.has(id as keyof typeof CHECKLIST_ITEMS), id).toBe(true);
    }
  });

  it('lists everything the issue asks for in the yearly IEP meeting', () => {
    expect(CHECKLISTS.annual_iep).toEqual(
      expect.arrayContaining([
        'before.draft_and_data',
        'before.records_request',
        'before.list_services',
        'before.concerns_statement',
        'before.three_priorities',
        'before.who_comes',
        'before.interpreter',
        'during.note_taker',
        'during.service_details',
        'during.ask_for_data',
        'during.refusals_in_writing',
        'during.read_back',
        'during.no_signing_today',
        'after.follow_up_letter',
        'after.compare_final',
        'after.check_notice',
        'after.set_reminders',
        'after.service_log',
      ]),
    );
  });

  it('links the records request letter, the concerns statement and the IEP review deadline', () => {
    expect(CHECKLIST_ITEMS['before.draft_and_data'].link).toEqual({
      kind: 'letter',
      letter: 'records_request',
    });
    expect(CHECKLIST_ITEMS['before.concerns_statement'].link).toEqual({
      kind: 'concerns_statement',
    });
    expect(CHECKLIST_ITEMS['after.next_review'].link).toEqual({
      kind: 'deadline',
      id: 'annual_iep_review_due',
    });
  });

  it('tells a parent the resolution meeting is due within 15 days (34 CFR 300.510(a))', () => {
    expect(CHECKLISTS.resolution_meeting[0]).toBe('before.resolution_date');
    expect(cites('before.resolution_date')).toEqual(['34 CFR 300.510(a)']);
    expect(CHECKLIST_ITEMS['before.resolution_date'].text.en).toContain('15 days');
    expect(CHECKLIST_ITEMS['before.resolution_date'].link).toEqual({
      kind: 'deadline',
      id: 'resolution_meeting_due',
    });
    expect(cites('after.three_business_days')).toEqual(['34 CFR 300.510(e)']);
  });

  it('tells a parent mediation talks stay out of later hearings (34 CFR 300.506(b)(8))', () => {
    expect(CHECKLISTS.mediation_session).toContain('during.mediation_private');
    expect(cites('during.mediation_private')).toEqual(['34 CFR 300.506(b)(8)']);
  });

  it('asks for prior written notice of refusals, citing 34 CFR 300.503', () => {
    expect(cites('during.refusals_in_writing')).toEqual(['34 CFR 300.503(a)', '34 CFR 300.503(b)']);
  });

  it('does not cite IDEA’s IEP rules in the 504 meeting checklist', () => {
    for (const item of checklistFor('section_504_meeting')) {
      for (const c of item.citations) {
        expect(c.cite, item.id).not.toMatch(/300\.32[0-4]/);
      }
    }
  });
});

describe('checklistProgress', () => {
  it('leaves every item when nothing is ticked', () => {
    const p = checklistProgress('mediation_session', [], []);
    expect(p.total).toBe(CHECKLISTS.mediation_session.length);
    expect(p.done).toBe(0);
    expect(p.complete).toBe(false);
    expect(p.left.map((e) => e.id)).toEqual(CHECKLISTS.mediation_session);
  });

  it('counts ticked items as done and keeps the rest in display order', () => {
    const p = checklistProgress('annual_iep', ['before.list_services', 'during.read_back'], []);
    expect(p.done).toBe(2);
    expect(p.left).toHaveLength(CHECKLISTS.annual_iep.length - 2);
    expect(p.left.map((e) => e.id)).not.toContain('before.list_services');
    expect(p.byPhase.before).toEqual({ total: 9, done: 1 });
    expect(p.byPhase.during).toEqual({ total: 6, done: 1 });
  });

  it('adds the parent’s own items to their phase, after the guide’s items', () => {
    const p = checklistProgress(
      'annual_iep',
      ['custom-2'],
      [
        { id: 'custom-1', phase: 'before', text: 'Bring the OT report' },
        { id: 'custom-2', phase: 'after', text: 'Call Ms. Lee' },
      ],
    );
    expect(p.total).toBe(CHECKLISTS.annual_iep.length + 2);
    expect(p.done).toBe(1);
    const before = p.entries.filter((e) => e.phase === 'before');
    expect(before.at(-1)).toEqual({
      source: 'custom',
      id: 'custom-1',
      phase: 'before',
      done: false,
      text: 'Bring the OT report',
    });
    expect(p.left.some((e) => e.id === 'custom-2')).toBe(false);
  });

  it('is complete when every item, guide and custom, is ticked', () => {
    const custom = [{ id: 'c', phase: 'during' as const, text: 'Ask about the bus' }];
    const p = checklistProgress(
      'section_504_meeting',
      [...CHECKLISTS.section_504_meeting, 'c'],
      custom,
    );
    expect(p.complete).toBe(true);
    expect(p.left).toEqual([]);
  });

  it('ignores ticks that match no item, and reports them', () => {
    const p = checklistProgress(
      'eligibility_review',
      ['before.retired_item', 'before.list_services'],
      [],
    );
    expect(p.done).toBe(1);
    expect(p.ignoredTicks).toEqual(['before.retired_item']);
  });

  it('drops a custom item whose id repeats a guide item or another custom item', () => {
    const p = checklistProgress(
      'resolution_meeting',
      [],
      [
        { id: 'before.list_services', phase: 'before', text: 'mine' },
        { id: 'x', phase: 'after', text: 'one' },
        { id: 'x', phase: 'after', text: 'two' },
      ],
    );
    expect(p.droppedCustomIds).toEqual(['before.list_services', 'x']);
    expect(p.total).toBe(CHECKLISTS.resolution_meeting.length + 1);
  });
});
