import { describe, expect, it } from 'vitest';
import { DEADLINE_IDS } from '../deadlines/deadline-rules.js';
import type { Citation } from '../law/citation.js';
import { CONCERN_TYPES, LETTER_KINDS } from '../rules/assessment-types.js';
import { ACTION_PLANS } from './action-plans.js';
import { CHECKLIST_ITEMS } from './checklists.js';
import { GUIDE_CITATIONS } from './citations.js';
import { findTerms, GLOSSARY, GLOSSARY_TERMS } from './glossary.js';
import { guideTexts } from './guide-texts.js';
import { examplesFor, FIT_EXAMPLES } from './paths-compared.js';
import { SCRIPTS } from './scripts.js';
import { CONTACT_IDS, type GuideLink, MEETING_KINDS, SCRIPT_IDS } from './types.js';

const units = guideTexts();

/** Every link anywhere in the guide, with where it is. */
function allLinks(): readonly (readonly [string, GuideLink])[] {
  const links: (readonly [string, GuideLink])[] = [];
  for (const u of units) {
    for (const l of u.links) {
      links.push([u.id, l]);
    }
  }
  for (const e of FIT_EXAMPLES) {
    links.push([`example.${e.id}`, e.link]);
  }
  return links;
}

function isCitation(c: Citation): boolean {
  return (
    typeof c.cite === 'string' &&
    c.cite.trim().length > 0 &&
    typeof c.verified === 'boolean' &&
    (c.url === undefined || /^https?:\/\/\S+$/.test(c.url)) &&
    (c.checked === undefined || /^\d{4}-\d{2}-\d{2}$/.test(c.checked))
  );
}

describe('the guide’s texts', () => {
  it('gives every unit a unique id', () => {
    const ids = units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(units.map((u) => [u.id, u] as const))('%s exists in English and Spanish', (_id, u) => {
    expect(u.text.en.trim()).not.toBe('');
    expect(u.text.es.trim()).not.toBe('');
    expect(u.text.en).toBe(u.text.en.trim());
    expect(u.text.es).toBe(u.text.es.trim());
  });

  it('has a Spanish text that differs from the English one, except where both are names', () => {
    for (const u of units) {
      if (u.group !== 'label') {
        expect(u.text.es, u.id).not.toBe(u.text.en);
      }
    }
  });

  it('uses the polite "usted", never the familiar "tú", in Spanish', () => {
    for (const u of units) {
      expect(u.text.es, u.id).not.toMatch(/\b(tú|tienes|puedes|quieres|debes|tu hijo)\b/i);
    }
  });

  it('makes every citation a Citation with a cite, a verified flag and a valid url and date', () => {
    for (const c of Object.values(GUIDE_CITATIONS)) {
      expect(isCitation(c), c.cite).toBe(true);
    }
    for (const u of units) {
      for (const c of u.citations) {
        expect(isCitation(c), `${u.id}: ${c.cite}`).toBe(true);
      }
    }
  });

  it('marks as unverified every citation the fact sheet could not check', () => {
    const unverified = Object.values(GUIDE_CITATIONS).filter((c) => !c.verified);
    for (const c of unverified) {
      expect(c.cite, 'an unverified cite says why in its text').toMatch(/\(/);
    }
    expect(GUIDE_CITATIONS.alRestraint.verified).toBe(false);
    expect(GUIDE_CITATIONS.osepInformalRemovals.verified).toBe(false);
    expect(GUIDE_CITATIONS.p536.verified).toBe(false);
    expect(GUIDE_CITATIONS.p613.verified).toBe(false);
    expect(GUIDE_CITATIONS.al02.verified).toBe(false);
    expect(GUIDE_CITATIONS.p530b.verified).toBe(true);
    expect(GUIDE_CITATIONS.p506b8.verified).toBe(true);
  });

  it('points every link at a letter kind, deadline, concern, meeting, contact or script that exists', () => {
    for (const [where, link] of allLinks()) {
      switch (link.kind) {
        case 'letter':
          expect(LETTER_KINDS, where).toContain(link.letter);
          break;
        case 'deadline':
          expect(DEADLINE_IDS, where).toContain(link.id);
          break;
        case 'chooser':
          if (link.concern !== undefined) {
            expect(CONCERN_TYPES, where).toContain(link.concern);
          }
          break;
        case 'checklist':
          expect(MEETING_KINDS, where).toContain(link.meeting);
          break;
        case 'contact':
          expect(CONTACT_IDS, where).toContain(link.id);
          break;
        case 'script':
          expect(SCRIPT_IDS, where).toContain(link.id);
          break;
        case 'concerns_statement':
        case 'meeting_notes':
          break;
      }
    }
  });

  it('uses every app tool the issue names at least once', () => {
    const kinds = new Set(allLinks().map(([, l]) => (l.kind === 'letter' ? l.letter : l.kind)));
    for (const tool of [
      'records_request',
      'meeting_follow_up',
      'concerns_statement',
      'meeting_notes',
      'deadline',
      'chooser',
    ]) {
      expect(kinds, tool).toContain(tool);
    }
  });
});

describe('legal terms in the guide', () => {
  it('defines every glossary term in English and Spanish, with the law behind it', () => {
    for (const id of GLOSSARY_TERMS) {
      const entry = GLOSSARY[id];
      expect(entry.id).toBe(id);
      expect(
        entry.term.en && entry.term.es && entry.definition.en && entry.definition.es,
      ).toBeTruthy();
      expect(entry.citations.length, id).toBeGreaterThan(0);
    }
  });

  it('finds each term’s own name in its name, so the glossary page can anchor it', () => {
    for (const id of GLOSSARY_TERMS) {
      expect(
        findTerms(GLOSSARY[id].term.en, 'en').map((t) => t.term),
        id,
      ).toContain(id);
      expect(
        findTerms(GLOSSARY[id].term.es, 'es').map((t) => t.term),
        id,
      ).toContain(id);
    }
  });

  it.each(units.filter((u) => u.group !== 'label').map((u) => [u.id, u] as const))(
    '%s uses the same legal terms in both languages, so each gets its definition link',
    (_id, u) => {
      const en = findTerms(u.text.en, 'en')
        .map((t) => t.term)
        .sort();
      const es = findTerms(u.text.es, 'es')
        .map((t) => t.term)
        .sort();
      expect(es).toEqual(en);
    },
  );

  it('reports where each term first appears, in reading order', () => {
    const text =
      'Ask for prior written notice. If you file for due process, stay-put starts. Due process again.';
    expect(findTerms(text, 'en')).toEqual([
      { term: 'prior_written_notice', index: 8, length: 20 },
      { term: 'due_process', index: 46, length: 11 },
      { term: 'stay_put', index: 59, length: 8 },
    ]);
  });

  it('explains the key terms somewhere in the guide’s own texts', () => {
    const used = new Set(units.flatMap((u) => findTerms(u.text.en, 'en').map((t) => t.term)));
    for (const id of GLOSSARY_TERMS) {
      expect(used, id).toContain(id);
    }
  });
});

describe('content the issue asks for', () => {
  it('has every checklist item, script and action plan named in the issue', () => {
    expect(Object.keys(SCRIPTS).sort()).toEqual([...SCRIPT_IDS].sort());
    expect(Object.keys(ACTION_PLANS)).toEqual([
      'iep_not_implemented',
      'evaluation_refused_or_stalled',
      'evaluation_disagreement',
      'services_cut_or_placement_changed',
      'repeated_pickups',
      'restraint_or_seclusion',
    ]);
    expect(Object.keys(CHECKLIST_ITEMS).length).toBeGreaterThan(30);
  });

  it('gives the seed’s five examples for mediation and its three counter-examples', () => {
    const mediation = examplesFor('mediation');
    expect(mediation.fits.map((e) => e.id)).toEqual([
      'speech_minutes',
      'inclusion_or_separate',
      'communication_device',
      'transition_no_referral',
      'agrees_not_in_writing',
    ]);
    expect(mediation.doesNotFit.map((e) => e.id)).toEqual([
      'evaluation_late',
      'no_written_notice',
      'iep_not_followed',
    ]);
    expect(mediation.doesNotFit.map((e) => e.concern)).toEqual([
      'evaluation_timeline_missed',
      'prior_written_notice_refused',
      'iep_not_implemented',
    ]);
  });
});
