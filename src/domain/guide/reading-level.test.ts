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

const units = guideTexts();
const prose = units.filter((u) => u.group !== 'label');

describe('the guide’s reading level', () => {
  it.each(prose.map((u) => [u.id, u] as const))(
    '%s reads at English grade 7 or below and Spanish "normal" or easier',
    (id, unit) => {
      const grade = fleschKincaidGrade(unit.text.en);
      const ease = fernandezHuerta(unit.text.es);
      expect(grade, `${id}: ${unit.text.en}`).toBeLessThanOrEqual(MAX_GRADE);
      expect(ease, `${id}: ${unit.text.es}`).toBeGreaterThanOrEqual(MIN_FERNANDEZ_HUERTA);
    },
  );

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
