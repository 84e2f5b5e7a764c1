/**
 * Plain language, checked (issue 7). Every help text, script and checklist item is scored:
 *
 * - English: Flesch–Kincaid grade at most 7 for each unit a parent reads as one piece (a
 *   checklist item, a script card, an action-plan step, a comparison cell, a definition), and at
 *   most 6 for all the guide's text together.
 * - Spanish: Fernández-Huerta at least 60 for each unit, and at least 70 for all of it together.
 *   On the Fernández-Huerta scale 60–70 is "normal", about 7th–8th grade, and 70–80 is "fairly
 *   easy", about 6th grade; so the unit limit is the Spanish match of English grade 7 and the
 *   overall limit asks for more. Spanish words run longer than English ones, which is why a
 *   single short unit can score low with everyday words; the overall score guards the tone.
 *
 * Labels (meeting names, row questions, path and term names) are a few words of proper names and
 * terms, where these formulas mean nothing; they are held to a length limit instead.
 */
import { describe, expect, it } from 'vitest';
import { fernandezHuerta, fleschKincaidGrade, wordsOf } from '../../../test/readability.js';
import { guideTexts } from './guide-texts.js';

const MAX_GRADE = 7;
const MAX_GRADE_OVERALL = 6;
const MIN_FERNANDEZ_HUERTA = 60;
const MIN_FERNANDEZ_HUERTA_OVERALL = 70;
const MAX_LABEL_WORDS = 8;

/**
 * Cells the comparison takes word for word from `src/domain/rules/path-facts.ts` (the chooser's
 * result cards), which are over the limit (in English; the first two also in Spanish, at 42.9
 * and 46.9). They are another module's text, so they are
 * listed here rather than rewritten; the list may only shrink. Their grades on 2026-11-28:
 * state_complaint.decides 15.5, state_complaint.binding 12.3, due_process.decides 10.1,
 * state_complaint.time 8.4, due_process.confidential 7.6, due_process.time 7.6,
 * mediation.binding 7.2.
 */
const PATH_FACTS_OVER_LIMIT = new Set([
  'comparison.state_complaint.decides',
  'comparison.state_complaint.binding',
  'comparison.due_process.decides',
  'comparison.state_complaint.time',
  'comparison.due_process.confidential',
  'comparison.due_process.time',
  'comparison.mediation.binding',
]);

const units = guideTexts();
const prose = units.filter((u) => u.group !== 'label');

describe('the guide’s reading level', () => {
  it.each(prose.map((u) => [u.id, u] as const))(
    '%s reads at English grade 7 or below and Spanish "normal" or easier',
    (id, unit) => {
      const grade = fleschKincaidGrade(unit.text.en);
      const ease = fernandezHuerta(unit.text.es);
      if (PATH_FACTS_OVER_LIMIT.has(id)) {
        const stillOver = grade > MAX_GRADE || ease < MIN_FERNANDEZ_HUERTA;
        expect(stillOver, `${id} now passes: remove it from PATH_FACTS_OVER_LIMIT`).toBe(true);
        return;
      }
      expect(grade, `${id}: ${unit.text.en}`).toBeLessThanOrEqual(MAX_GRADE);
      expect(ease, `${id}: ${unit.text.es}`).toBeGreaterThanOrEqual(MIN_FERNANDEZ_HUERTA);
    },
  );

  it('lists only comparison cells that come from path-facts as over the limit', () => {
    const ids = new Set(prose.map((u) => u.id));
    for (const id of PATH_FACTS_OVER_LIMIT) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('reads at English grade 6 or below and Spanish "fairly easy" or easier as a whole', () => {
    const english = prose.map((u) => u.text.en).join('\n');
    const spanish = prose.map((u) => u.text.es).join('\n');
    expect(fleschKincaidGrade(english)).toBeLessThanOrEqual(MAX_GRADE_OVERALL);
    expect(fernandezHuerta(spanish)).toBeGreaterThanOrEqual(MIN_FERNANDEZ_HUERTA_OVERALL);
  });

  it.each(units.filter((u) => u.group === 'label').map((u) => [u.id, u] as const))(
    'keeps the label %s short in both languages',
    (_id, unit) => {
      expect(wordsOf(unit.text.en).length).toBeLessThanOrEqual(MAX_LABEL_WORDS);
      expect(wordsOf(unit.text.es).length).toBeLessThanOrEqual(MAX_LABEL_WORDS);
    },
  );
});
