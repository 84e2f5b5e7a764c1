/**
 * Every parent-facing text of the guide, gathered in one list with its links and citations, so
 * the tests can check each one (both languages present, reading level, glossary terms, link
 * targets, citations) and a reviewer page can list them.
 *
 * A "unit" is what a parent reads as one piece: a checklist item, a script card (when + words +
 * tip), an action-plan step, a comparison cell, a glossary definition.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import { actionPlansInOrder } from './action-plans.js';
import { CHECKLIST_ITEMS, MEETING_KIND_NAMES, PHASE_NAMES } from './checklists.js';
import { CONTACTS } from './contacts.js';
import { GLOSSARY, GLOSSARY_TERMS } from './glossary.js';
import {
  COMPARED_PATH_NAMES,
  COMPARISON_ROW_LABELS,
  COMPARISON_ROWS,
  comparePaths,
  FIT_EXAMPLES,
  FITS_WHEN,
  GUIDE_PAGE_LINKS,
  NOT_COVERED,
} from './paths-compared.js';
import { scriptsInOrder } from './scripts.js';
import type { GuideLink, LocalizedText } from './types.js';

/** Where a text comes from; the reading-level test may hold groups to different limits. */
export type TextGroup =
  | 'checklist'
  | 'script'
  | 'action_plan'
  | 'comparison'
  | 'glossary'
  | 'contact'
  | 'label';

/** One text a parent reads as a piece. */
export type GuideTextUnit = {
  readonly id: string;
  readonly group: TextGroup;
  readonly text: LocalizedText;
  readonly citations: readonly Citation[];
  readonly links: readonly GuideLink[];
};

const join = (...parts: readonly (LocalizedText | undefined)[]): LocalizedText => {
  const present = parts.filter((p): p is LocalizedText => p !== undefined);
  return {
    en: present.map((p) => p.en).join(' '),
    es: present.map((p) => p.es).join(' '),
  };
};

/**
 * Every text unit of the guide, in a stable order.
 *
 * @example
 * guideTexts().some((u) => u.id === 'script.ask_for_break'); // true
 */
export function guideTexts(): readonly GuideTextUnit[] {
  const units: GuideTextUnit[] = [];
  for (const item of Object.values(CHECKLIST_ITEMS)) {
    units.push({
      id: `checklist.${item.id}`,
      group: 'checklist',
      text: item.text,
      citations: item.citations,
      links: item.link ? [item.link] : [],
    });
  }
  for (const script of scriptsInOrder()) {
    units.push({
      id: `label.script_title.${script.id}`,
      group: 'label',
      text: script.title,
      citations: [],
      links: [],
    });
    units.push({
      id: `script.${script.id}`,
      group: 'script',
      text: join(script.when, script.say, script.tip),
      citations: script.citations,
      links: script.links,
    });
  }
  for (const plan of actionPlansInOrder()) {
    units.push({
      id: `action_plan.${plan.id}`,
      group: 'action_plan',
      text: join(plan.title, plan.trigger),
      citations: [],
      links: [],
    });
    for (const step of plan.steps) {
      units.push({
        id: `action_plan.${plan.id}.${step.id}`,
        group: 'action_plan',
        text: step.text,
        citations: step.citations,
        links: step.links,
      });
    }
  }
  const table = comparePaths();
  for (const [path, column] of Object.entries(table)) {
    for (const row of COMPARISON_ROWS) {
      const cell = column[row];
      if (cell) {
        units.push({
          id: `comparison.${path}.${row}`,
          group: 'comparison',
          text: cell.text,
          citations: cell.citations,
          links: cell.links ?? [],
        });
      }
    }
  }
  for (const [path, cell] of Object.entries(FITS_WHEN)) {
    units.push({
      id: `comparison.${path}.fits_when`,
      group: 'comparison',
      text: cell.text,
      citations: cell.citations,
      links: GUIDE_PAGE_LINKS,
    });
  }
  for (const example of FIT_EXAMPLES) {
    units.push({
      id: `comparison.example.${example.id}`,
      group: 'comparison',
      text: example.text,
      citations: example.citations,
      links: [example.link],
    });
  }
  for (const id of GLOSSARY_TERMS) {
    units.push({
      id: `glossary.${id}`,
      group: 'glossary',
      text: GLOSSARY[id].definition,
      citations: GLOSSARY[id].citations,
      links: [],
    });
  }
  for (const contact of Object.values(CONTACTS)) {
    units.push({
      id: `contact.${contact.id}`,
      group: 'contact',
      text: join(contact.role, contact.note),
      citations: [],
      links: [],
    });
  }
  const labels: readonly (readonly [string, LocalizedText])[] = [
    ...Object.entries(MEETING_KIND_NAMES).map(([k, v]) => [`meeting_kind.${k}`, v] as const),
    ...Object.entries(PHASE_NAMES).map(([k, v]) => [`phase.${k}`, v] as const),
    ...Object.entries(COMPARISON_ROW_LABELS).map(([k, v]) => [`row.${k}`, v] as const),
    ...Object.entries(COMPARED_PATH_NAMES).map(([k, v]) => [`path.${k}`, v] as const),
    ...GLOSSARY_TERMS.map((id) => [`glossary_term.${id}`, GLOSSARY[id].term] as const),
    ['not_covered', NOT_COVERED],
  ];
  for (const [id, text] of labels) {
    units.push({ id: `label.${id}`, group: 'label', text, citations: [], links: [] });
  }
  return units;
}
