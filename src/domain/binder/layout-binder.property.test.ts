import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCLUSION_REASONS } from './binder-types.js';
import { formatPageRange, layoutBinder, type PageRange } from './layout-binder.js';

const exhibit = fc.record({
  id: fc.uuid(),
  title: fc.string({ maxLength: 40 }),
  date: fc.constantFrom('2025-09-01', '2026-01-05', null),
  pageCount: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 })),
  exclusion: fc.option(fc.constantFrom(...EXCLUSION_REASONS), { nil: undefined }),
});

const layoutInput = fc.record({
  coverPages: fc.integer({ min: 0, max: 3 }),
  chronologyPages: fc.integer({ min: 0, max: 4 }),
  separators: fc.boolean(),
  labelStyle: fc.constantFrom('p_number' as const, 'letter' as const),
  language: fc.constantFrom('en' as const, 'es' as const),
  firstPageLines: fc.integer({ min: 1, max: 40 }),
  laterPageLines: fc.integer({ min: 1, max: 50 }),
  // Rows wrap by title length and by the digits of their range, as the renderer measures them.
  wrapAt: fc.integer({ min: 4, max: 60 }),
  exhibits: fc.array(exhibit, { maxLength: 250 }),
});

function count(range: PageRange | null): number {
  return range ? range.last - range.first + 1 : 0;
}

describe('layoutBinder invariants', () => {
  it('gives page ranges that are contiguous, never overlap, cover every page once and sum to the total', () => {
    fc.assert(
      fc.property(layoutInput, (i) => {
        const layout = layoutBinder({
          coverPages: i.coverPages,
          chronologyPages: i.chronologyPages,
          separators: i.separators,
          labelStyle: i.labelStyle,
          language: i.language,
          toc: {
            firstPageLines: i.firstPageLines,
            laterPageLines: i.laterPageLines,
            rowLines: (row) => Math.ceil((row.title.length + row.pagesText.length + 1) / i.wrapAt),
          },
          exhibits: i.exhibits.map(({ exclusion, ...rest }) =>
            exclusion ? { ...rest, exclusion } : rest,
          ),
        });
        // Every section, in order, starting where the previous one ended.
        const ranges: PageRange[] = [];
        for (const r of [layout.cover, layout.toc, layout.chronology]) {
          if (r) {
            ranges.push(r);
          }
        }
        for (const e of layout.exhibits) {
          if (e.separatorPage !== null) {
            ranges.push({ first: e.separatorPage, last: e.separatorPage });
          }
          ranges.push(e.pages);
        }
        let expected = 1;
        for (const r of ranges) {
          expect(r.first).toBe(expected);
          expect(r.last).toBeGreaterThanOrEqual(r.first);
          expected = r.last + 1;
        }
        expect(expected - 1).toBe(layout.totalPages);
        const sum =
          count(layout.cover) +
          count(layout.toc) +
          count(layout.chronology) +
          layout.exhibits.reduce((s, e) => s + e.pageCount + (e.separatorPage === null ? 0 : 1), 0);
        expect(sum).toBe(layout.totalPages);

        // One page entry per page, numbered in order, and every stamp ends with the total.
        expect(layout.pages.map((p) => p.number)).toEqual(
          Array.from({ length: layout.totalPages }, (_, k) => k + 1),
        );
        const ending =
          i.language === 'en' ? ` of ${layout.totalPages}` : ` de ${layout.totalPages}`;
        expect(layout.pages.every((p) => p.stamp.endsWith(ending))).toBe(true);

        // Included and excluded split the input; excluded items carry a reason and no pages.
        const includedIds = layout.exhibits.map((e) => e.id);
        const out = i.exhibits.filter((e) => e.exclusion !== undefined || e.pageCount === 0);
        expect(layout.excluded.map((e) => e.id)).toEqual(out.map((e) => e.id));
        expect(includedIds.length + layout.excluded.length).toBe(i.exhibits.length);
        expect(new Set(layout.exhibits.map((e) => e.label)).size).toBe(layout.exhibits.length);

        // The contents hold exactly the real ranges, each row on exactly one of its pages.
        const exhibitRows = layout.tocRows.filter((r) => r.kind === 'exhibit');
        expect(exhibitRows.map((r) => [r.label, r.pagesText])).toEqual(
          layout.exhibits.map((e) => [e.label, formatPageRange(e.pages)]),
        );
        expect(layout.tocPageRows.length).toBe(count(layout.toc));
        expect(layout.tocPageRows.flat()).toEqual(layout.tocRows.map((_, k) => k));
      }),
      { numRuns: 300 },
    );
  });
});
