import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, PATHS } from './assessment-types.js';
import {
  COMPARED_PATHS,
  FACT_KEYS,
  factIsUnverified,
  PATH_FACTS_BY_JURISDICTION,
  pathFacts,
} from './path-facts.js';

describe('path facts (the seed’s comparison, legal.md §3, §4, §9)', () => {
  it('gives every fact of the three compared routes, each with a citation, in both languages', () => {
    for (const path of COMPARED_PATHS) {
      const facts = pathFacts('US-AL', path);
      const keys = facts.map(([key]) => key);
      // The state complaint's confidentiality is not in the fact sheet, so it is left out.
      const expected =
        path === 'state_complaint' ? FACT_KEYS.filter((k) => k !== 'confidential') : FACT_KEYS;
      expect(keys, path).toEqual(expected);
      for (const [key, f] of facts) {
        expect(f.citations.length, `${path}.${key}`).toBeGreaterThan(0);
        expect(f.text.en.length, `${path}.${key}`).toBeGreaterThan(10);
        expect(f.text.es.length, `${path}.${key}`).toBeGreaterThan(10);
        expect(f.text.es, `${path}.${key}`).not.toBe(f.text.en);
      }
    }
  });

  it('every path of every jurisdiction has facts, and every fact is cited', () => {
    for (const j of JURISDICTIONS) {
      for (const path of PATHS) {
        const facts = pathFacts(j, path);
        expect(facts.length, `${j} ${path}`).toBeGreaterThan(0);
        for (const [, f] of facts) {
          expect(f.citations.length).toBeGreaterThan(0);
          for (const c of f.citations) {
            expect(c.cite.length).toBeGreaterThan(0);
          }
        }
      }
    }
    expect(Object.keys(PATH_FACTS_BY_JURISDICTION)).toEqual([...JURISDICTIONS]);
  });

  it('says what §3 and §9 say about mediation: free, confidential, binding only when signed', () => {
    const m = Object.fromEntries(pathFacts('US-AL', 'mediation'));
    expect(m.cost?.text.en).toMatch(/free/i);
    expect(m.cost?.citations.map((c) => c.cite)).toContain('34 CFR 300.506(b)(4)');
    expect(m.confidential?.text.en).toMatch(/cannot be used as evidence/);
    expect(m.confidential?.citations[0]?.cite).toBe('34 CFR 300.506(b)(8)');
    expect(m.binding?.text.en).toMatch(/Once you sign an agreement, both sides must follow it/);
    expect(m.confidential && factIsUnverified(m.confidential)).toBe(false);
  });

  it('gives the state complaint 60 days and 1 year, and due process about 75 days and 2 years', () => {
    const sc = Object.fromEntries(pathFacts('US-AL', 'state_complaint'));
    expect(sc.time?.text.en).toMatch(/60 days/);
    expect(sc.time?.citations.map((c) => c.cite)).toContain('34 CFR 300.152(a)');
    expect(sc.window?.text.en).toMatch(/1 year/);
    const dp = Object.fromEntries(pathFacts('US-AL', 'due_process'));
    expect(dp.time?.text.en).toMatch(/about 75 days/);
    expect(dp.window?.text.en).toMatch(/2 years/);
    expect(dp.binding?.text.en).toMatch(/stay-put/);
  });

  it('marks what the fact sheet rates as memory or a secondary source as not checked', () => {
    const dp = Object.fromEntries(pathFacts('US-AL', 'due_process'));
    // Alabama's 2-year limit is V-s; the court deadline is open; lawyer's fees are M.
    expect(dp.window && factIsUnverified(dp.window)).toBe(true);
    expect(dp.binding && factIsUnverified(dp.binding)).toBe(true);
    expect(dp.cost && factIsUnverified(dp.cost)).toBe(true);
    const records = Object.fromEntries(pathFacts('US-AL', 'records_request'));
    expect(records.time && factIsUnverified(records.time)).toBe(true);
  });
});
