import { describe, expect, it } from 'vitest';
import * as binder from '../binder/binder-citations.js';
import { DEADLINE_PARAMETERS } from '../deadlines/deadline-parameters.js';
import { GUIDE_CITATIONS } from '../guide/citations.js';
import { LETTER_CITATIONS } from '../letters/letter-citations.js';
import { PATH_FACT_CITATIONS } from '../rules/path-facts.js';
import { RULE_CITATIONS } from '../rules/us-al-rules.js';
import type { Citation } from './citation.js';

// Each feature keeps its own table of the law it relies on. A rule read in its text is read for
// all of them: the same cite must not be "verified" in one place and "not yet checked" in another
// (a parent would see the same rule marked both ways on two pages).

function isCitation(value: unknown): value is Citation {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { cite?: unknown }).cite === 'string' &&
    typeof (value as { verified?: unknown }).verified === 'boolean'
  );
}

/** Every citation found anywhere inside `value`, with where it was found. */
function collect(value: unknown, where: string, out: { where: string; c: Citation }[]): void {
  if (isCitation(value)) {
    out.push({ where, c: value });
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      collect(v, `${where}[${i}]`, out);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      collect(v, `${where}.${k}`, out);
    }
  }
}

/** The cite without the note in brackets that says how it was read: "34 CFR 300.613(a)". */
function bareCite(c: Citation): string {
  return c.cite.replace(/\s+\(.*$/, '').trim();
}

/**
 * A whole Alabama rule named without a paragraph: its note names the part (the state complaint
 * procedure was read, the mediation and due process paragraphs were not), so those differ.
 */
const WHOLE_RULE = /^Ala\. Admin\. Code r\. [\d-]+\.\d+$/;

const ALL: { where: string; c: Citation }[] = [];
collect(RULE_CITATIONS, 'rules', ALL);
collect(PATH_FACT_CITATIONS, 'pathFacts', ALL);
collect(GUIDE_CITATIONS, 'guide', ALL);
collect(LETTER_CITATIONS, 'letters', ALL);
collect(binder, 'binder', ALL);
collect(DEADLINE_PARAMETERS, 'deadlines', ALL);

describe('citations across features', () => {
  it('finds the citations of every feature', () => {
    for (const feature of ['rules', 'pathFacts', 'guide', 'letters', 'binder', 'deadlines']) {
      expect(ALL.some((x) => x.where.startsWith(`${feature}.`))).toBe(true);
    }
  });

  it('marks the same cite verified or unverified alike in every feature', () => {
    const byCite = new Map<string, { where: string; verified: boolean }[]>();
    for (const { where, c } of ALL.filter((x) => !WHOLE_RULE.test(bareCite(x.c)))) {
      const list = byCite.get(bareCite(c)) ?? [];
      list.push({ where, verified: c.verified });
      byCite.set(bareCite(c), list);
    }
    const disagreements = [...byCite.entries()]
      .filter(([, list]) => new Set(list.map((x) => x.verified)).size > 1)
      .map(([cite, list]) => `${cite}: ${list.map((x) => `${x.where}=${x.verified}`).join(', ')}`);
    expect(disagreements).toEqual([]);
  });
});
