import { describe, expect, it } from 'vitest';
import type { ExhibitInput, LayoutBinderInput } from './layout-binder.js';
import { formatPageRange, layoutBinder, paginateLines, stampText } from './layout-binder.js';

function input(
  exhibits: ExhibitInput[],
  overrides: Partial<LayoutBinderInput> = {},
): LayoutBinderInput {
  return {
    coverPages: 1,
    toc: { firstPageLines: 20, laterPageLines: 40 },
    chronologyPages: 1,
    separators: false,
    labelStyle: 'p_number',
    language: 'en',
    exhibits,
    ...overrides,
  };
}

function doc(id: string, pageCount: number, extra: Partial<ExhibitInput> = {}): ExhibitInput {
  return { id, title: `Document ${id}`, date: '2026-01-05', pageCount, ...extra };
}

describe('layoutBinder', () => {
  it('lays out a binder with no documents as cover, contents and chronology only', () => {
    const layout = layoutBinder(input([]));
    expect(layout.totalPages).toBe(3);
    expect(layout.cover).toEqual({ first: 1, last: 1 });
    expect(layout.toc).toEqual({ first: 2, last: 2 });
    expect(layout.chronology).toEqual({ first: 3, last: 3 });
    expect(layout.exhibits).toEqual([]);
    expect(layout.tocRows.map((r) => r.kind)).toEqual(['chronology']);
    expect(layout.pages.map((p) => p.stamp)).toEqual(['page 1 of 3', 'page 2 of 3', 'page 3 of 3']);
  });

  it('gives single-page documents a one-number range and a 1/1 stamp', () => {
    const layout = layoutBinder(input([doc('a', 1), doc('b', 1)]));
    expect(layout.exhibits.map((e) => [e.label, e.pages])).toEqual([
      ['P-1', { first: 4, last: 4 }],
      ['P-2', { first: 5, last: 5 }],
    ]);
    expect(layout.tocRows.map((r) => r.pagesText)).toEqual(['3', '4', '5']);
    expect(layout.pages[3]?.stamp).toBe('P-1 · 1/1 · page 4 of 5');
  });

  it('stamps every exhibit page with its label, its page in the exhibit and the running number', () => {
    const layout = layoutBinder(input([doc('a', 3), doc('b', 5), doc('c', 5)]));
    const c = layout.exhibits[2];
    expect(c?.label).toBe('P-3');
    expect(c?.pages).toEqual({ first: 12, last: 16 });
    expect(layout.pages[12]?.stamp).toBe('P-3 · 2/5 · page 13 of 16');
    expect(layout.pages[12]).toMatchObject({ kind: 'exhibit', exhibit: 2, pageInExhibit: 2 });
  });

  it('leaves out zero-page documents with the reason no_pages, giving them no label', () => {
    const layout = layoutBinder(input([doc('a', 2), doc('empty', 0), doc('b', 1)]));
    expect(layout.exhibits.map((e) => [e.id, e.label])).toEqual([
      ['a', 'P-1'],
      ['b', 'P-2'],
    ]);
    expect(layout.excluded).toEqual([
      { id: 'empty', title: 'Document empty', date: '2026-01-05', reason: 'no_pages' },
    ]);
    expect(layout.totalPages).toBe(6);
  });

  it('leaves out excluded items with their reason even when they have pages', () => {
    const layout = layoutBinder(
      input([doc('a', 2), doc('med', 4, { exclusion: 'mediation_confidential' }), doc('b', 1)]),
    );
    expect(layout.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['med', 'mediation_confidential'],
    ]);
    expect(layout.totalPages).toBe(3 + 2 + 1);
    expect(layout.pages.some((p) => p.stamp.includes('P-3'))).toBe(false);
  });

  it('puts a separator page before each exhibit, outside the exhibit range the contents give', () => {
    const layout = layoutBinder(input([doc('a', 2), doc('b', 3)], { separators: true }));
    expect(layout.exhibits.map((e) => [e.separatorPage, e.pages])).toEqual([
      [4, { first: 5, last: 6 }],
      [7, { first: 8, last: 10 }],
    ]);
    expect(layout.pages[3]).toMatchObject({ kind: 'separator', stamp: 'P-1 · page 4 of 10' });
    expect(layout.totalPages).toBe(10);
  });

  it('labels hundreds of exhibits past Z and spills the contents onto several pages', () => {
    const exhibits = Array.from({ length: 300 }, (_, i) => doc(String(i), 1 + (i % 4)));
    const layout = layoutBinder(
      input(exhibits, { labelStyle: 'letter', toc: { firstPageLines: 30, laterPageLines: 45 } }),
    );
    // 301 rows (chronology + 300): 30 on the first page, then 45 a page: 1 + 7 pages.
    expect(layout.toc).toEqual({ first: 2, last: 9 });
    expect(layout.tocPageRows.map((rows) => rows.length)).toEqual([30, 45, 45, 45, 45, 45, 45, 1]);
    expect(layout.chronology).toEqual({ first: 10, last: 10 });
    expect(layout.exhibits[0]?.pages.first).toBe(11);
    expect(layout.exhibits[26]?.label).toBe('AA');
    expect(layout.exhibits[299]?.label).toBe('KN');
    const last = layout.exhibits[299];
    expect(last?.pages.last).toBe(layout.totalPages);
  });

  it('finds the fixed point when longer page numbers make rows wrap and push the contents onto another page', () => {
    // A row takes 2 lines once its range needs 3-digit page numbers. With 1 contents page the
    // rows still fit; the extra page moves exhibit 10 to pages 100+, it wraps, and needs room.
    const exhibits = Array.from({ length: 10 }, (_, i) => doc(String(i), 10));
    const rowLines = (row: { pagesText: string }) => (row.pagesText.length > 5 ? 2 : 1);
    const layout = layoutBinder(
      input(exhibits, {
        coverPages: 1,
        chronologyPages: 0,
        toc: { firstPageLines: 11, laterPageLines: 40, rowLines },
      }),
    );
    // With one contents page exhibits run 3–102: the last range "93–102" needs 2 lines, 11 in all:
    // it fits. Check the arithmetic really used the wrapped height.
    expect(layout.toc).toEqual({ first: 2, last: 2 });
    expect(layout.tocRows[9]?.pagesText).toBe('93–102');

    const tight = layoutBinder(
      input(exhibits, {
        coverPages: 1,
        chronologyPages: 0,
        toc: { firstPageLines: 10, laterPageLines: 40, rowLines },
      }),
    );
    // 11 lines do not fit on 10: a second contents page moves everything by one page, and the
    // table is laid out again with the new numbers (now "94–103").
    expect(tight.toc).toEqual({ first: 2, last: 3 });
    expect(tight.exhibits[0]?.pages).toEqual({ first: 4, last: 13 });
    expect(tight.tocRows[9]?.pagesText).toBe('94–103');
    expect(tight.tocPageRows).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8], [9]]);
  });

  it('writes stamps in Spanish for a Spanish binder', () => {
    const layout = layoutBinder(input([doc('a', 2)], { language: 'es' }));
    expect(layout.pages[4]?.stamp).toBe('P-1 · 2/2 · página 5 de 5');
  });

  it('works without a cover and without a chronology', () => {
    const layout = layoutBinder(input([doc('a', 2)], { coverPages: 0, chronologyPages: 0 }));
    expect(layout.cover).toBeNull();
    expect(layout.chronology).toBeNull();
    expect(layout.toc).toEqual({ first: 1, last: 1 });
    expect(layout.exhibits[0]?.pages).toEqual({ first: 2, last: 3 });
  });

  it('refuses page counts that are not whole numbers', () => {
    expect(() => layoutBinder(input([doc('a', 1.5)]))).toThrow(RangeError);
    expect(() => layoutBinder(input([doc('a', -1)]))).toThrow(RangeError);
  });
});

describe('paginateLines', () => {
  it('never splits a row and gives a row taller than a page a page of its own', () => {
    expect(paginateLines([1, 1, 2, 1], 3, 4)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(paginateLines([5, 1], 3, 4)).toEqual([[0], [1]]);
    expect(paginateLines([], 3, 4)).toEqual([[]]);
  });
});

describe('stamp and range text', () => {
  it('prints a range with an en dash and a single page as one number', () => {
    expect(formatPageRange({ first: 17, last: 21 })).toBe('17–21');
    expect(formatPageRange({ first: 4, last: 4 })).toBe('4');
  });

  it('prints the example stamp of the issue', () => {
    expect(
      stampText({ page: 17, total: 212, label: 'P-3', pageInExhibit: 2, exhibitPages: 5 }, 'en'),
    ).toBe('P-3 · 2/5 · page 17 of 212');
  });
});
