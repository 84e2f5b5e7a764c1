import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_IDS, ACTION_PLANS, actionPlansInOrder } from './action-plans.js';
import { SCRIPTS, scriptsInOrder } from './scripts.js';
import { SCRIPT_IDS } from './types.js';

const cites = (list: readonly { cite: string }[]): string[] => list.map((c) => c.cite);

describe('script cards', () => {
  it('has the nine cards the issue lists, in order', () => {
    expect(scriptsInOrder().map((s) => s.id)).toEqual([...SCRIPT_IDS]);
  });

  it('keeps the words to say short enough to read from a phone', () => {
    for (const s of scriptsInOrder()) {
      expect(s.say.en.split(/\s+/).length, s.id).toBeLessThanOrEqual(40);
      expect(s.say.es.split(/\s+/).length, s.id).toBeLessThanOrEqual(45);
    }
  });

  it('answers a refusal with a request for prior written notice (34 CFR 300.503)', () => {
    const card = SCRIPTS.refusal_ask_for_notice;
    expect(card.say.en).toContain('prior written notice');
    expect(card.say.es).toContain('aviso previo por escrito');
    expect(cites(card.citations)).toEqual(['34 CFR 300.503(a)', '34 CFR 300.503(b)']);
  });

  it('counts a child sent home early as a removal, citing 300.530 and marking the rest unverified', () => {
    const card = SCRIPTS.sent_home_early;
    expect(cites(card.citations)).toContain('34 CFR 300.530(b)(1)-(2)');
    expect(card.citations.find((c) => c.cite.startsWith('34 CFR 300.530'))?.verified).toBe(true);
    const unverified = card.citations.filter((c) => !c.verified).map((c) => c.cite);
    expect(unverified.some((c) => c.startsWith('34 CFR 300.536'))).toBe(true);
    expect(unverified.some((c) => c.startsWith('OSEP'))).toBe(true);
  });

  it('ties stay-put to filing for due process, not to asking for it', () => {
    expect(SCRIPTS.service_cut.tip?.en).toMatch(/If you file for due process/);
    expect(cites(SCRIPTS.service_cut.citations)).toContain('34 CFR 300.518(a)');
  });
});

describe('action plans', () => {
  it('has the six plans the issue lists, each with steps that have unique ids', () => {
    expect(actionPlansInOrder().map((p) => p.id)).toEqual([...ACTION_PLAN_IDS]);
    for (const plan of actionPlansInOrder()) {
      expect(plan.steps.length, plan.id).toBeGreaterThanOrEqual(4);
      expect(new Set(plan.steps.map((s) => s.id)).size).toBe(plan.steps.length);
    }
  });

  it('gives every plan at least one step that opens a letter, the chooser or a deadline', () => {
    for (const plan of actionPlansInOrder()) {
      const kinds = plan.steps.flatMap((s) => s.links.map((l) => l.kind));
      expect(
        kinds.some((k) => k === 'letter' || k === 'chooser' || k === 'deadline'),
        plan.id,
      ).toBe(true);
    }
  });

  it('starts the IEE plan with an IEE request letter (34 CFR 300.502)', () => {
    const first = ACTION_PLANS.evaluation_disagreement.steps[0];
    expect(first?.links).toEqual([{ kind: 'letter', letter: 'iee_request' }]);
    expect(cites(first?.citations ?? [])).toEqual([
      '34 CFR 300.502(b)(1)-(3)',
      '34 CFR 300.502(a)(3)',
    ]);
  });

  it('explains that stay-put starts with a due process complaint (34 CFR 300.518)', () => {
    const step = ACTION_PLANS.services_cut_or_placement_changed.steps.find(
      (s) => s.id === 'stay_put',
    );
    expect(cites(step?.citations ?? [])).toContain('34 CFR 300.518(a)');
    expect(step?.links).toContainEqual({ kind: 'letter', letter: 'due_process_complaint' });
  });

  it('cites Alabama’s restraint rule 290-3-1-.02(1)(f) as unverified', () => {
    const step = ACTION_PLANS.restraint_or_seclusion.steps.find((s) => s.id === 'alabama_rule');
    expect(step?.citations).toHaveLength(1);
    expect(step?.citations[0]?.cite).toMatch(/^Ala\. Admin\. Code r\. 290-3-1-\.02\(1\)\(f\)/);
    expect(step?.citations[0]?.verified).toBe(false);
  });

  it('sends a parent facing repeated pick-ups to the manifestation deadline', () => {
    const links = ACTION_PLANS.repeated_pickups.steps.flatMap((s) => s.links);
    expect(links).toContainEqual({ kind: 'deadline', id: 'manifestation_determination_due' });
  });
});
