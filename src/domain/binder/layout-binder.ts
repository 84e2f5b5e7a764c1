/**
 * The binder's page arithmetic, in one pure function: where the cover, the table of contents,
 * the chronology, each separator page and each exhibit fall in the finished PDF, every exhibit's
 * label and page range, and the stamp printed on every page ("P-3 · 2/5 · page 17 of 212").
 *
 * The order of the binder is fixed: cover, table of contents, chronology, then each exhibit
 * (after its separator page, when separators are wanted).
 *
 * The table of contents is the hard part (a known failure of other binder tools): it lists the
 * page range of every exhibit, but its own length moves every page after it. Its length depends
 * on its rows, and a row's height can depend on its page numbers (the renderer gives the title
 * whatever width the page range leaves, so "998–1003" may wrap a title that "98–103" did not).
 * So the length is a fixed point: start with one page, place everything, measure the rows with
 * their real page numbers, and if they need more pages, place again with that many. Each round
 * only ever adds pages, and a table never needs more pages than it has rows, so this ends; it
 * ends at the smallest length that holds its own rows.
 *
 * @module
 */
import type { IsoDate } from '../deadlines/iso-date.js';
import type { BinderLanguage, ExclusionReason, LabelStyle } from './binder-types.js';
import { exhibitLabel } from './labels.js';

/** Pages `first` to `last` of the whole binder, 1-based and inclusive. */
export type PageRange = { readonly first: number; readonly last: number };

/** One item the parent put in the binder, in binder order. */
export type ExhibitInput = {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate | null;
  /** Pages of the document; 0 means it is left out with the reason `no_pages`. */
  readonly pageCount: number;
  /** Set when the selection rules leave the item out (it then gets no label and no pages). */
  readonly exclusion?: ExclusionReason;
};

/** A row of the table of contents. */
export type TocRow = {
  readonly kind: 'chronology' | 'exhibit';
  /** The exhibit label; null for the chronology. */
  readonly label: string | null;
  /** The exhibit's title; empty for the chronology (the renderer names it in its language). */
  readonly title: string;
  readonly date: IsoDate | null;
  readonly pages: PageRange;
  /** The range as printed: "17" or "17–21". */
  readonly pagesText: string;
};

/** How much fits on a page of the table of contents, in lines, and how tall each row is. */
export type TocMeasure = {
  /** Lines for rows on the first page (after its heading and the "left out" notice). */
  readonly firstPageLines: number;
  /** Lines for rows on every later page. */
  readonly laterPageLines: number;
  /** Lines a row takes (at least 1); default 1. A row never splits across pages. */
  readonly rowLines?: (row: TocRow) => number;
};

export type LayoutBinderInput = {
  /** Pages of the cover; 0 for none. */
  readonly coverPages: number;
  readonly toc: TocMeasure;
  /** Pages of the chronology; 0 for none. */
  readonly chronologyPages: number;
  /** One separator page before each exhibit. */
  readonly separators: boolean;
  readonly labelStyle: LabelStyle;
  readonly language: BinderLanguage;
  readonly exhibits: readonly ExhibitInput[];
};

/** An exhibit as placed in the binder. */
export type LaidOutExhibit = {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly date: IsoDate | null;
  readonly pageCount: number;
  /** The separator page before it, when separators are on. */
  readonly separatorPage: number | null;
  /** The document's own pages (not the separator). */
  readonly pages: PageRange;
};

/** An item that is not in the binder, and why. */
export type ExcludedItem = {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate | null;
  readonly reason: ExclusionReason;
};

export type PageKind = 'cover' | 'toc' | 'chronology' | 'separator' | 'exhibit';

/** One page of the binder and its stamp. */
export type BinderPage = {
  /** 1-based. */
  readonly number: number;
  readonly kind: PageKind;
  /** Index into `exhibits` for separator and exhibit pages. */
  readonly exhibit?: number;
  /** 1-based page of the exhibit's own document, for exhibit pages. */
  readonly pageInExhibit?: number;
  readonly stamp: string;
};

export type BinderLayout = {
  readonly totalPages: number;
  readonly cover: PageRange | null;
  readonly toc: PageRange;
  readonly chronology: PageRange | null;
  readonly exhibits: readonly LaidOutExhibit[];
  readonly excluded: readonly ExcludedItem[];
  /** Rows of the table of contents: the chronology (if any), then every exhibit in order. */
  readonly tocRows: readonly TocRow[];
  /** For each page of the table of contents, the indexes of the rows printed on it. */
  readonly tocPageRows: readonly (readonly number[])[];
  /** Every page, in order (`pages[n - 1].number === n`). */
  readonly pages: readonly BinderPage[];
};

const STAMP_WORDS: Readonly<Record<BinderLanguage, { page: string; of: string }>> = {
  en: { page: 'page', of: 'of' },
  es: { page: 'página', of: 'de' },
};

/**
 * A page range as printed in the table of contents.
 *
 * @example
 * formatPageRange({ first: 17, last: 21 }); // '17–21'
 * formatPageRange({ first: 4, last: 4 }); // '4'
 */
export function formatPageRange(range: PageRange): string {
  return range.first === range.last ? String(range.first) : `${range.first}–${range.last}`;
}

/**
 * The stamp on a page: the exhibit label, the page within the exhibit and the running number.
 *
 * @example
 * stampText({ page: 17, total: 212, label: 'P-3', pageInExhibit: 2, exhibitPages: 5 }, 'en');
 * // 'P-3 · 2/5 · page 17 of 212'
 */
export function stampText(
  at: {
    readonly page: number;
    readonly total: number;
    readonly label?: string;
    readonly pageInExhibit?: number;
    readonly exhibitPages?: number;
  },
  language: BinderLanguage,
): string {
  const words = STAMP_WORDS[language];
  const parts: string[] = [];
  if (at.label !== undefined) {
    parts.push(at.label);
  }
  if (at.pageInExhibit !== undefined && at.exhibitPages !== undefined) {
    parts.push(`${at.pageInExhibit}/${at.exhibitPages}`);
  }
  parts.push(`${words.page} ${at.page} ${words.of} ${at.total}`);
  return parts.join(' · ');
}

/**
 * Fills pages with rows of the given heights, in order, never splitting a row. A row taller than
 * a page gets a page of its own (the renderer cuts it). Always at least one page (maybe empty).
 *
 * @example
 * paginateLines([1, 1, 2, 1], 3, 4); // [[0, 1], [2, 3]]
 */
export function paginateLines(
  lines: readonly number[],
  firstPageLines: number,
  laterPageLines: number,
): number[][] {
  if (!(firstPageLines >= 1 && laterPageLines >= 1)) {
    throw new RangeError('A page must hold at least one line');
  }
  const pages: number[][] = [[]];
  let room = firstPageLines;
  lines.forEach((height, index) => {
    const need = Math.max(1, Math.ceil(height));
    const current = pages[pages.length - 1] ?? [];
    if (need > room && current.length > 0) {
      pages.push([index]);
      room = laterPageLines - need;
      return;
    }
    current.push(index);
    room -= need;
  });
  return pages;
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of pages, got ${value}`);
  }
}

type Placement = {
  readonly exhibits: LaidOutExhibit[];
  readonly chronology: PageRange | null;
  readonly total: number;
};

/** Places everything after a table of contents of `tocPages` pages. */
function place(
  input: LayoutBinderInput,
  included: readonly ExhibitInput[],
  tocPages: number,
): Placement {
  let next = input.coverPages + tocPages + 1;
  let chronology: PageRange | null = null;
  if (input.chronologyPages > 0) {
    chronology = { first: next, last: next + input.chronologyPages - 1 };
    next += input.chronologyPages;
  }
  const exhibits = included.map((exhibit, index): LaidOutExhibit => {
    const separatorPage = input.separators ? next : null;
    if (input.separators) {
      next += 1;
    }
    const pages = { first: next, last: next + exhibit.pageCount - 1 };
    next += exhibit.pageCount;
    return {
      id: exhibit.id,
      label: exhibitLabel(index, input.labelStyle),
      title: exhibit.title,
      date: exhibit.date,
      pageCount: exhibit.pageCount,
      separatorPage,
      pages,
    };
  });
  return { exhibits, chronology, total: next - 1 };
}

function rowsOf(placement: Placement): TocRow[] {
  const rows: TocRow[] = [];
  if (placement.chronology) {
    rows.push({
      kind: 'chronology',
      label: null,
      title: '',
      date: null,
      pages: placement.chronology,
      pagesText: formatPageRange(placement.chronology),
    });
  }
  for (const exhibit of placement.exhibits) {
    rows.push({
      kind: 'exhibit',
      label: exhibit.label,
      title: exhibit.title,
      date: exhibit.date,
      pages: exhibit.pages,
      pagesText: formatPageRange(exhibit.pages),
    });
  }
  return rows;
}

/**
 * Lays out a whole binder: labels, page ranges, the table of contents and every page's stamp.
 * Items with an `exclusion`, and documents with no pages, are left out (no label, no pages) and
 * listed in `excluded` in their original order.
 *
 * @example
 * const layout = layoutBinder({
 *   coverPages: 1,
 *   toc: { firstPageLines: 30, laterPageLines: 40 },
 *   chronologyPages: 1,
 *   separators: false,
 *   labelStyle: 'p_number',
 *   language: 'en',
 *   exhibits: [{ id: 'iep', title: 'IEP', date: '2026-09-01', pageCount: 5 }],
 * });
 * layout.exhibits[0]?.pages; // { first: 4, last: 8 }
 * layout.pages[4]?.stamp; // 'P-1 · 2/5 · page 5 of 8'
 */
export function layoutBinder(input: LayoutBinderInput): BinderLayout {
  checkCount('coverPages', input.coverPages);
  checkCount('chronologyPages', input.chronologyPages);
  const included: ExhibitInput[] = [];
  const excluded: ExcludedItem[] = [];
  for (const exhibit of input.exhibits) {
    checkCount(`pageCount of ${exhibit.id}`, exhibit.pageCount);
    const reason: ExclusionReason | undefined =
      exhibit.exclusion ?? (exhibit.pageCount === 0 ? 'no_pages' : undefined);
    if (reason) {
      excluded.push({ id: exhibit.id, title: exhibit.title, date: exhibit.date, reason });
    } else {
      included.push(exhibit);
    }
  }

  const rowLines = input.toc.rowLines ?? (() => 1);
  // The fixed point (see the module note): grow the table until it holds its own rows.
  let tocPages = 1;
  let placement: Placement;
  let rows: TocRow[];
  let tocPageRows: number[][];
  for (;;) {
    placement = place(input, included, tocPages);
    rows = rowsOf(placement);
    tocPageRows = paginateLines(
      rows.map((row) => rowLines(row)),
      input.toc.firstPageLines,
      input.toc.laterPageLines,
    );
    if (tocPageRows.length <= tocPages) {
      break;
    }
    tocPages = tocPageRows.length;
  }
  // Only a row measure that shrinks as numbers grow could leave the table shorter than the pages
  // it was given; those pages stay, empty, so no page number moves.
  while (tocPageRows.length < tocPages) {
    tocPageRows.push([]);
  }

  const total = placement.total;
  const cover = input.coverPages > 0 ? { first: 1, last: input.coverPages } : null;
  const toc = { first: input.coverPages + 1, last: input.coverPages + tocPages };
  const pages: BinderPage[] = [];
  const plain = (kind: PageKind, range: PageRange | null): void => {
    if (!range) {
      return;
    }
    for (let n = range.first; n <= range.last; n++) {
      pages.push({ number: n, kind, stamp: stampText({ page: n, total }, input.language) });
    }
  };
  plain('cover', cover);
  plain('toc', toc);
  plain('chronology', placement.chronology);
  placement.exhibits.forEach((exhibit, index) => {
    if (exhibit.separatorPage !== null) {
      const n = exhibit.separatorPage;
      pages.push({
        number: n,
        kind: 'separator',
        exhibit: index,
        stamp: stampText({ page: n, total, label: exhibit.label }, input.language),
      });
    }
    for (let n = exhibit.pages.first; n <= exhibit.pages.last; n++) {
      const pageInExhibit = n - exhibit.pages.first + 1;
      pages.push({
        number: n,
        kind: 'exhibit',
        exhibit: index,
        pageInExhibit,
        stamp: stampText(
          { page: n, total, label: exhibit.label, pageInExhibit, exhibitPages: exhibit.pageCount },
          input.language,
        ),
      });
    }
  });

  return {
    totalPages: total,
    cover,
    toc,
    chronology: placement.chronology,
    exhibits: placement.exhibits,
    excluded,
    tocRows: rows,
    tocPageRows,
    pages,
  };
}
