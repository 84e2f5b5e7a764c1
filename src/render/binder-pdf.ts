/**
 * Renders an exhibit binder as one PDF, streamed object by object to a sink (a file, a blob, a
 * buffer), so memory holds one source document at a time however large the binder is.
 *
 * What is in it, in order (the page arithmetic is `layoutBinder` in src/domain/binder):
 * a cover page (child, school and district, purpose, date; for a hearing the 5-business-day
 * disclosure date), the table of contents (label, date, title, page range; what was left out and
 * why), the chronology (documents and log entries by date), then each exhibit, after its
 * separator page when asked, with every page stamped "P-3 · 2/5 · page 17 of 212". Generated
 * pages are US Letter; exhibit pages keep their own size.
 *
 * How it streams: pdf-lib's `PDFDocument.save()` needs the whole output in memory and copies it
 * again while writing (the naive merge peaks at several times the input). Here each exhibit is
 * parsed alone, its pages are copied (with everything they use) into a small context whose object
 * numbers continue the binder's, stamped, written with pdf-lib's own serializers
 * (`sizeInBytes`/`copyBytesInto`; image streams are handed to the sink without a copy), and then
 * dropped. The page tree, outline, structure tree, info, catalog and a classic cross-reference
 * table are written at the end.
 *
 * Accessibility, as far as pdf-lib allows (it has no tagging API; the tags below are written by
 * hand): /Lang, a title shown in the window (/DisplayDocTitle, Info and XMP), an outline with a
 * bookmark for the cover, the contents, the chronology and every exhibit, and a structure tree
 * for every page this file draws: headings (H1), paragraphs (P), the table of contents (TOC/TOCI)
 * and the chronology (L/LI) in reading order, with stamps and rules marked as pagination
 * artifacts. What is NOT tagged: the exhibits' own content. pdf-lib cannot merge a source PDF's
 * structure tree into another document or retag existing content streams, and a scanned page has
 * no text to tag at all (that would need OCR). Exhibit pages therefore carry no structure
 * elements (their stamps are artifacts); a screen reader finds each exhibit through its bookmark
 * and its row in the table of contents.
 *
 * Fonts: @pdf-lib/fontkit is not installed, so pdf-lib cannot embed Liberation Sans (see
 * letter-fonts.ts); the binder uses the standard Helvetica with WinAnsi encoding, and every text
 * is reduced to characters WinAnsi has (Spanish accents, ñ, ¿ ¡, curly quotes and the middle dot
 * are all in it; anything else loses its accent or becomes "?").
 *
 * @module
 */
import { createHash, randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFPageLeaf,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  StandardFontEmbedder,
  StandardFonts,
} from 'pdf-lib';
import {
  type BinderLanguage,
  type BinderLayout,
  type BinderPlan,
  type BinderPurpose,
  type ChronologyRow,
  exhibitLabel,
  type HearingDisclosure,
  type LabelStyle,
  type LaidOutExhibit,
  layoutBinder,
  paginateLines,
  type TocRow,
} from '../domain/binder/index.js';
import { format, formatDate, type Messages, messages } from '../i18n/index.js';

/** Where the PDF's bytes go, in order. A chunk is never changed after it is handed over. */
export type BinderSink = { write(chunk: Uint8Array): Promise<void> | void };

/** Loads one exhibit's PDF bytes; called once per exhibit, in binder order. */
export type ExhibitSource = (documentId: string) => Promise<Uint8Array>;

export type RenderBinderInput = {
  readonly language: BinderLanguage;
  readonly purpose: BinderPurpose;
  readonly labelStyle: LabelStyle;
  readonly separators: boolean;
  readonly cover: {
    readonly childName: string;
    readonly school?: string | null;
    readonly district?: string | null;
    /** The day the binder is made ('YYYY-MM-DD'). */
    readonly preparedOn: string;
  };
  /** The hearing's disclosure date, shown on the cover of a hearing binder. */
  readonly disclosure?: HearingDisclosure | null;
  /** What goes in, in order, and what was left out (from `planBinder`). */
  readonly plan: BinderPlan;
  readonly source: ExhibitSource;
  /** Called as pages are written (pages done, pages in all). */
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
  /** The creation date written in the PDF (default: now). */
  readonly createdAt?: Date;
};

export type RenderBinderResult = {
  readonly layout: BinderLayout;
  readonly pages: number;
  readonly bytes: number;
  /** SHA-256 of the whole file, hex. */
  readonly sha256: string;
};

/** A source document that does not match what the binder was planned with. */
export class BinderSourceError extends Error {
  constructor(
    readonly code: 'page_count_changed' | 'unreadable',
    readonly documentId: string,
    message: string,
  ) {
    super(message);
    this.name = 'BinderSourceError';
  }
}

// US Letter, 3/4-inch margins; the stamp sits in the bottom margin.
const PAGE_W = 612;
const PAGE_H = 792;
const MARGIN = 54;
const RIGHT = PAGE_W - MARGIN;
const CONTENT_W = PAGE_W - 2 * MARGIN;
const TOP = PAGE_H - MARGIN;
const BOTTOM = MARGIN + 18;
const BODY = 10;
const LINE = 14;
const H1 = 18;
const H1_BLOCK = 32;
const STAMP_SIZE = 9;
const GAP = 8;
/** A table-of-contents or chronology row is cut after this many lines. */
const MAX_ROW_LINES = 4;
// Table of contents columns: label, date, title (what the page range leaves), page range.
const TOC_LABEL_X = MARGIN;
const TOC_DATE_X = MARGIN + 54;
const TOC_TITLE_X = MARGIN + 138;
// Chronology columns: date, what happened, exhibit label (right-aligned).
const CHRON_WHAT_X = MARGIN + 84;
const CHRON_LABEL_W = 48;
const STAMP_FONT = 'IEPNavStamp';

/** pdf-lib's own name for a standard font (the enums are the same strings). */
type FontName = Parameters<typeof StandardFontEmbedder.for>[0];
type Fonts = { readonly regular: StandardFontEmbedder; readonly bold: StandardFontEmbedder };
type FontKey = keyof Fonts;

// ---------------------------------------------------------------------------------------------
// Text: WinAnsi only, measured with the standard font metrics.

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '≤': '<=',
  '≥': '>=',
  '→': '->',
  '←': '<-',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '″': '"',
  '′': "'",
};

/** Reduces text to characters the font's WinAnsi encoding has (see the module note). */
function winAnsiCleaner(font: StandardFontEmbedder): (text: string) => string {
  const cache = new Map<string, string>();
  const encodable = (char: string): boolean => {
    try {
      font.widthOfTextAtSize(char, 1);
      return true;
    } catch {
      return false;
    }
  };
  const fallback = (char: string): string => {
    const replaced = REPLACEMENTS[char];
    if (replaced !== undefined) {
      return replaced;
    }
    // "ă" → "a", "ﬁ" → "fi": decompose and keep what the font has.
    const decomposed = [...char.normalize('NFKD').replace(/\p{M}/gu, '')]
      .filter(encodable)
      .join('');
    return decomposed || '?';
  };
  return (text) => {
    let out = '';
    for (const char of text.normalize('NFC')) {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0x2028 || code === 0x2029) {
        out += ' ';
        continue;
      }
      let mapped = cache.get(char);
      if (mapped === undefined) {
        mapped = encodable(char) ? char : fallback(char);
        cache.set(char, mapped);
      }
      out += mapped;
    }
    return out;
  };
}

function widthOf(fonts: Fonts, font: FontKey, text: string, size: number): number {
  return fonts[font].widthOfTextAtSize(text, size);
}

/** Word-wraps clean text to a width; words longer than a line are broken. */
function wrap(fonts: Fonts, font: FontKey, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (widthOf(fonts, font, candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
    }
    let rest = word;
    while (widthOf(fonts, font, rest, size) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && widthOf(fonts, font, rest.slice(0, cut), size) > width) {
        cut -= 1;
      }
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) {
    lines.push(line);
  }
  return lines.length > 0 ? lines : [''];
}

/** Wraps and cuts to `max` lines, ending the last kept line with an ellipsis. */
function wrapMax(
  fonts: Fonts,
  font: FontKey,
  text: string,
  size: number,
  width: number,
  max: number,
): string[] {
  const lines = wrap(fonts, font, text, size, width);
  if (lines.length <= max) {
    return lines;
  }
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1] ?? ''}…`;
  while (last.length > 1 && widthOf(fonts, font, last, size) > width) {
    last = `${last.slice(0, -2)}…`;
  }
  kept[max - 1] = last;
  return kept;
}

const SHORT_DATES: Readonly<Record<BinderLanguage, Intl.DateTimeFormat>> = {
  en: new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }),
  es: new Intl.DateTimeFormat('es-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }),
};

/** "Nov 20, 2025" / "20 nov 2025": dates in the narrow columns. */
function shortDate(language: BinderLanguage, date: string): string {
  return SHORT_DATES[language].format(new Date(`${date}T12:00:00Z`));
}

function num(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/\.?0+$/, '');
}

// ---------------------------------------------------------------------------------------------
// The structure tree of the pages this file draws.

type StructLeaf = { readonly type: string; readonly page: number; readonly mcid: number };
type StructGroup = { readonly type: string; readonly kids: (StructGroup | StructLeaf)[] };

// ---------------------------------------------------------------------------------------------
// Drawing one generated page: content operators with marked content for tags and artifacts.

class PageCanvas {
  readonly ops: string[] = [];
  private nextMcid = 0;

  constructor(
    private readonly fonts: Fonts,
    private readonly clean: (text: string) => string,
    /** 0-based index of the page in the binder. */
    readonly pageIndex: number,
  ) {}

  get hasTags(): boolean {
    return this.nextMcid > 0;
  }

  /** Draws clean text with its baseline at (x, y). */
  text(x: number, y: number, text: string, font: FontKey, size: number): void {
    const hex = this.fonts[font].encodeText(text).toString();
    this.ops.push(
      `BT /${font === 'bold' ? 'F2' : 'F1'} ${num(size)} Tf ${num(x)} ${num(y)} Td ${hex} Tj ET`,
    );
  }

  textRight(right: number, y: number, text: string, font: FontKey, size: number): void {
    this.text(right - widthOf(this.fonts, font, text, size), y, text, font, size);
  }

  /** Marked content for a structure element; returns the leaf to put in the tree. */
  tagged(type: string, draw: () => void): StructLeaf {
    const mcid = this.nextMcid++;
    this.ops.push(`/${type} <</MCID ${mcid}>> BDC`);
    draw();
    this.ops.push('EMC');
    return { type, page: this.pageIndex, mcid };
  }

  /** Drawing that is not content (running headers, column headers): a pagination artifact. */
  artifact(draw: () => void): void {
    this.ops.push('/Artifact <</Type /Pagination>> BDC');
    draw();
    this.ops.push('EMC');
  }

  /** A thin rule, marked as a layout artifact. */
  rule(y: number): void {
    this.ops.push(
      `/Artifact <</Type /Layout>> BDC 0.6 G 0.5 w ${num(MARGIN)} ${num(y)} m ${num(RIGHT)} ${num(y)} l S 0 G EMC`,
    );
  }

  /** The page stamp at the bottom right, marked as a pagination artifact. */
  stamp(text: string): void {
    this.ops.push('/Artifact <</Type /Pagination /Subtype /Footer>> BDC');
    this.textRight(RIGHT, MARGIN - 16, this.clean(text), 'regular', STAMP_SIZE);
    this.ops.push('EMC');
  }
}

// ---------------------------------------------------------------------------------------------
// The writer: objects in order, offsets remembered, a classic xref table at the end.

const CHUNK = 1 << 20;
/** Data this large goes to the sink as it is; smaller pieces are gathered into chunks. */
const DIRECT = 64 * 1024;
const encoder = new TextEncoder();

class StreamingPdfWriter {
  private readonly offsets: number[] = [];
  private position = 0;
  private chunk = new Uint8Array(CHUNK);
  private used = 0;
  private readonly hash = createHash('sha256');
  /** The largest object number handed out. */
  largest = 0;

  constructor(private readonly sink: BinderSink) {}

  get size(): number {
    return this.position;
  }

  alloc(): PDFRef {
    this.largest += 1;
    return PDFRef.of(this.largest);
  }

  private async emit(bytes: Uint8Array): Promise<void> {
    this.hash.update(bytes);
    await this.sink.write(bytes);
  }

  async flush(): Promise<void> {
    if (this.used > 0) {
      const out = this.chunk.subarray(0, this.used);
      this.chunk = new Uint8Array(CHUNK);
      this.used = 0;
      await this.emit(out);
    }
  }

  async raw(bytes: Uint8Array): Promise<void> {
    if (bytes.length >= DIRECT) {
      // Large (image data): handed over as it is, without a copy, after what is gathered.
      await this.flush();
      await this.emit(bytes);
    } else {
      if (this.used + bytes.length > CHUNK) {
        await this.flush();
      }
      this.chunk.set(bytes, this.used);
      this.used += bytes.length;
    }
    this.position += bytes.length;
  }

  async text(text: string): Promise<void> {
    await this.raw(encoder.encode(text));
  }

  /** Serializes a pdf-lib object into the chunk (or its own buffer when large). */
  private async serialized(object: PDFObject): Promise<void> {
    const size = object.sizeInBytes();
    if (size >= DIRECT) {
      const bytes = new Uint8Array(size);
      object.copyBytesInto(bytes, 0);
      await this.raw(bytes);
      return;
    }
    if (this.used + size > CHUNK) {
      await this.flush();
    }
    object.copyBytesInto(this.chunk, this.used);
    this.used += size;
    this.position += size;
  }

  async object(ref: PDFRef, object: PDFObject): Promise<void> {
    this.offsets[ref.objectNumber] = this.position;
    await this.text(`${ref.objectNumber} 0 obj\n`);
    if (object instanceof PDFRawStream) {
      object.updateDict();
      await this.serialized(object.dict);
      await this.text('\nstream\n');
      await this.raw(object.contents);
      await this.text('\nendstream');
    } else {
      await this.serialized(object);
    }
    await this.text('\nendobj\n');
  }

  /** Writes every object of `context` numbered above `above`, in number order. */
  async context(context: PDFContext, above: number): Promise<void> {
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      if (ref.objectNumber > above) {
        await this.object(ref, object);
      }
    }
  }

  /** The cross-reference table and trailer; returns the SHA-256 of everything written. */
  async finish(root: PDFRef, info: PDFRef): Promise<string> {
    const xrefAt = this.position;
    const size = this.largest + 1;
    // Numbers handed out but never written (e.g. a reference to an object missing from a source
    // file) are free entries, linked in a list as the format asks.
    const free: number[] = [];
    for (let n = 1; n < size; n++) {
      if (this.offsets[n] === undefined) {
        free.push(n);
      }
    }
    const nextFree = new Map<number, number>();
    [0, ...free].forEach((n, i) => {
      nextFree.set(n, free[i] ?? 0);
    });
    const pad = (n: number) => String(n).padStart(10, '0');
    const lines: string[] = [`xref\n0 ${size}\n`, `${pad(nextFree.get(0) ?? 0)} 65535 f \n`];
    for (let n = 1; n < size; n++) {
      const offset = this.offsets[n];
      lines.push(
        offset === undefined
          ? `${pad(nextFree.get(n) ?? 0)} 00001 f \n`
          : `${pad(offset)} 00000 n \n`,
      );
    }
    const id = randomBytes(16).toString('hex');
    lines.push(
      `trailer\n<< /Size ${size} /Root ${root.toString()} /Info ${info.toString()} /ID [<${id}> <${id}>] >>\n`,
      `startxref\n${xrefAt}\n%%EOF\n`,
    );
    await this.text(lines.join(''));
    await this.flush();
    return this.hash.digest('hex');
  }
}

// ---------------------------------------------------------------------------------------------
// Pages this file draws.

type Shared = {
  readonly fonts: Fonts;
  readonly clean: (text: string) => string;
  readonly t: Messages['binder']['pdf'];
  readonly input: RenderBinderInput;
  readonly writer: StreamingPdfWriter;
  readonly pagesRef: PDFRef;
  readonly regularRef: PDFRef;
  readonly boldRef: PDFRef;
  readonly layout: BinderLayout;
  /** Page refs in binder order. */
  readonly pageRefs: PDFRef[];
  /** StructParents key → the page's leaves, in MCID order. */
  readonly parentTree: { page: number; leaves: StructLeaf[] }[];
  /** Structure groups in reading order (children of the Document element). */
  readonly structure: StructGroup[];
  done: number;
};

async function progress(shared: Shared, pages: number): Promise<void> {
  shared.done += pages;
  await shared.input.onProgress?.(shared.done, shared.layout.totalPages);
}

/** Writes a page drawn on `canvas`, with its stamp and structure. */
async function writeDrawnPage(shared: Shared, canvas: PageCanvas, leaves: StructLeaf[]) {
  const stamp = shared.layout.pages[canvas.pageIndex]?.stamp ?? '';
  canvas.stamp(stamp);
  const { writer } = shared;
  const context = PDFContext.create();
  const base = writer.largest;
  context.largestObjectNumber = base;
  const contents = context.register(
    context.stream(deflateSync(encoder.encode(canvas.ops.join('\n'))), { Filter: 'FlateDecode' }),
  );
  const page: Record<string, unknown> = {
    Type: 'Page',
    Parent: shared.pagesRef,
    MediaBox: [0, 0, PAGE_W, PAGE_H],
    Resources: { Font: { F1: shared.regularRef, F2: shared.boldRef } },
    Contents: contents,
  };
  if (canvas.hasTags) {
    page.StructParents = shared.parentTree.length;
    shared.parentTree.push({ page: canvas.pageIndex, leaves });
  }
  const ref = context.register(context.obj(page as never));
  writer.largest = context.largestObjectNumber;
  await writer.context(context, base);
  shared.pageRefs[canvas.pageIndex] = ref;
  await progress(shared, 1);
}

function purposeTitle(shared: Shared): string {
  return shared.t.purposes[shared.input.purpose];
}

async function writeCover(shared: Shared, pageIndex: number): Promise<void> {
  const { fonts, clean, t, input, layout } = shared;
  const canvas = new PageCanvas(fonts, clean, pageIndex);
  const leaves: StructLeaf[] = [];
  let y = TOP - 60;
  const title = wrapMax(fonts, 'bold', clean(purposeTitle(shared)), 24, CONTENT_W, 2);
  leaves.push(
    canvas.tagged('H1', () => {
      for (const line of title) {
        canvas.text(MARGIN, y, line, 'bold', 24);
        y -= 30;
      }
    }),
  );
  const child = wrapMax(fonts, 'regular', clean(input.cover.childName), 18, CONTENT_W, 2);
  leaves.push(
    canvas.tagged('P', () => {
      for (const line of child) {
        canvas.text(MARGIN, y, line, 'regular', 18);
        y -= 24;
      }
    }),
  );
  y -= 20;
  canvas.rule(y + 10);
  y -= 10;
  const c = t.cover;
  const details: [string, string][] = [[c.child, input.cover.childName]];
  if (input.cover.school) {
    details.push([c.school, input.cover.school]);
  }
  if (input.cover.district) {
    details.push([c.district, input.cover.district]);
  }
  details.push(
    [c.purpose, purposeTitle(shared)],
    [c.preparedOn, formatDate(input.language, input.cover.preparedOn)],
    [
      c.contents,
      format(c.contentsValue, { exhibits: layout.exhibits.length, pages: layout.totalPages }),
    ],
  );
  const disclosure = input.purpose === 'hearing' ? input.disclosure : null;
  if (disclosure) {
    details.push(
      [c.hearingDate, formatDate(input.language, disclosure.hearingDate)],
      [c.discloseBy, formatDate(input.language, disclosure.discloseBy)],
    );
  }
  const valueX = MARGIN + 150;
  for (const [label, value] of details) {
    const lines = wrapMax(fonts, 'regular', clean(value), 11, RIGHT - valueX, 2);
    leaves.push(
      canvas.tagged('P', () => {
        canvas.text(MARGIN, y, clean(label), 'bold', 11);
        for (const line of lines) {
          canvas.text(valueX, y, line, 'regular', 11);
          y -= 16;
        }
      }),
    );
    y -= 4;
  }
  if (disclosure) {
    y -= 8;
    const citations = disclosure.citations.map((x) => x.cite).join('; ');
    const paragraphs = [format(c.disclosureRule, { citations })];
    if (disclosure.status === 'passed') {
      paragraphs.push(c.disclosurePassed);
    }
    for (const paragraph of paragraphs) {
      const lines = wrapMax(fonts, 'regular', clean(paragraph), BODY, CONTENT_W, 6);
      leaves.push(
        canvas.tagged('P', () => {
          for (const line of lines) {
            canvas.text(MARGIN, y, line, 'regular', BODY);
            y -= LINE;
          }
        }),
      );
      y -= 6;
    }
  }
  leaves.push(
    canvas.tagged('P', () => {
      canvas.text(MARGIN, BOTTOM + 10, clean(c.preparedBy), 'regular', STAMP_SIZE);
    }),
  );
  shared.structure.push({ type: 'Sect', kids: leaves });
  await writeDrawnPage(shared, canvas, leaves);
}

/** The "left out" notice of the table of contents, as paragraphs (empty when nothing was). */
function leftOutParagraphs(t: Messages['binder']['pdf'], plan: BinderPlan): string[] {
  const { leftOut } = plan;
  if (leftOut.total === 0) {
    return [];
  }
  const docs = (n: number) =>
    n === 1 ? t.toc.documentsOne : format(t.toc.documentsMany, { count: n });
  const entries = (n: number) =>
    n === 1 ? t.toc.logEntriesOne : format(t.toc.logEntriesMany, { count: n });
  const out = [format(t.toc.leftOutIntro, { count: leftOut.total })];
  const confidential = leftOut.mediationConfidential;
  if (confidential.documents + confidential.logEntries > 0) {
    const parts: string[] = [];
    if (confidential.documents > 0) {
      parts.push(docs(confidential.documents));
    }
    if (confidential.logEntries > 0) {
      parts.push(entries(confidential.logEntries));
    }
    out.push(
      format(t.toc.leftOutConfidential, {
        items: parts.join(` ${t.toc.and} `),
        citations: confidential.citations.map((c) => c.cite).join('; '),
      }),
    );
  }
  if (leftOut.noPages > 0) {
    out.push(format(t.toc.leftOutNoPages, { items: docs(leftOut.noPages) }));
  }
  if (leftOut.cannotGoInBinder > 0) {
    out.push(format(t.toc.leftOutCannot, { items: docs(leftOut.cannotGoInBinder) }));
  }
  return out;
}

type TocGeometry = {
  readonly notice: string[][];
  readonly firstPageLines: number;
  readonly laterPageLines: number;
};

/** How the first contents page is used: heading, the wrapped notice, the column header. */
function tocGeometry(fonts: Fonts, clean: (s: string) => string, notice: string[]): TocGeometry {
  const wrapped = notice.map((p, i) =>
    wrapMax(fonts, i === 0 ? 'bold' : 'regular', clean(p), BODY, CONTENT_W, 8),
  );
  const noticeHeight = wrapped.reduce((sum, lines) => sum + lines.length * LINE + 4, 0);
  const header = LINE + GAP;
  const room = (top: number) => Math.max(1, Math.floor((top - BOTTOM) / LINE));
  return {
    notice: wrapped,
    firstPageLines: room(TOP - H1_BLOCK - noticeHeight - (wrapped.length ? GAP : 0) - header),
    laterPageLines: room(TOP - H1_BLOCK - header),
  };
}

function tocTitleWidth(fonts: Fonts, row: TocRow): number {
  return RIGHT - widthOf(fonts, 'regular', row.pagesText, BODY) - GAP - TOC_TITLE_X;
}

function tocRowTitle(t: Messages['binder']['pdf'], row: TocRow): string {
  return row.kind === 'chronology' ? t.toc.chronology : row.title || t.untitled;
}

function tocRowLines(fonts: Fonts, clean: (s: string) => string, t: Messages['binder']['pdf']) {
  return (row: TocRow): string[] =>
    wrapMax(
      fonts,
      'regular',
      clean(tocRowTitle(t, row)),
      BODY,
      tocTitleWidth(fonts, row),
      MAX_ROW_LINES,
    );
}

async function writeToc(shared: Shared, geometry: TocGeometry): Promise<void> {
  const { fonts, clean, t, layout, input } = shared;
  const linesOf = tocRowLines(fonts, clean, t);
  const group: StructGroup = { type: 'Sect', kids: [] };
  const toc: StructGroup = { type: 'TOC', kids: [] };
  shared.structure.push(group);
  for (const [p, rowIndexes] of layout.tocPageRows.entries()) {
    const pageIndex = layout.toc.first - 1 + p;
    const canvas = new PageCanvas(fonts, clean, pageIndex);
    const leaves: StructLeaf[] = [];
    let y = TOP - H1;
    const heading = clean(p === 0 ? t.toc.title : t.toc.continued);
    if (p === 0) {
      const h = canvas.tagged('H1', () => canvas.text(MARGIN, y, heading, 'bold', H1));
      leaves.push(h);
      group.kids.push(h);
    } else {
      // "(continued)" repeats the heading: a running header, not content.
      canvas.artifact(() => canvas.text(MARGIN, y, heading, 'bold', H1));
    }
    y -= H1_BLOCK - H1 + LINE;
    if (p === 0) {
      geometry.notice.forEach((lines, i) => {
        const leaf = canvas.tagged('P', () => {
          for (const line of lines) {
            canvas.text(MARGIN, y, line, i === 0 ? 'bold' : 'regular', BODY);
            y -= LINE;
          }
        });
        leaves.push(leaf);
        group.kids.push(leaf);
        y -= 4;
      });
      if (geometry.notice.length > 0) {
        y -= GAP;
      }
      if (layout.exhibits.length === 0) {
        const leaf = canvas.tagged('P', () =>
          canvas.text(MARGIN, y, clean(t.toc.noExhibits), 'regular', BODY),
        );
        leaves.push(leaf);
        group.kids.push(leaf);
        y -= LINE;
        // The line was reserved with the header's room: the header below moves down with it.
      }
    }
    if (p === 0) {
      group.kids.push(toc);
    }
    // Column header: decoration for sighted readers; each row says the same in reading order.
    canvas.ops.push('/Artifact <</Type /Pagination>> BDC');
    canvas.text(TOC_LABEL_X, y, clean(t.toc.label), 'bold', BODY);
    canvas.text(TOC_DATE_X, y, clean(t.toc.date), 'bold', BODY);
    canvas.text(TOC_TITLE_X, y, clean(t.toc.titleColumn), 'bold', BODY);
    canvas.textRight(RIGHT, y, clean(t.toc.pages), 'bold', BODY);
    canvas.ops.push('EMC');
    canvas.rule(y - 4);
    y -= LINE + GAP;
    for (const index of rowIndexes) {
      const row = layout.tocRows[index];
      if (!row) {
        continue;
      }
      const lines = linesOf(row);
      const leaf = canvas.tagged('TOCI', () => {
        if (row.label) {
          canvas.text(TOC_LABEL_X, y, clean(row.label), 'bold', BODY);
        }
        canvas.text(
          TOC_DATE_X,
          y,
          clean(
            row.date ? shortDate(input.language, row.date) : row.kind === 'exhibit' ? t.noDate : '',
          ),
          'regular',
          BODY,
        );
        canvas.textRight(RIGHT, y, clean(row.pagesText), 'regular', BODY);
        for (const line of lines) {
          canvas.text(TOC_TITLE_X, y, line, 'regular', BODY);
          y -= LINE;
        }
      });
      leaves.push(leaf);
      toc.kids.push(leaf);
    }
    await writeDrawnPage(shared, canvas, leaves);
  }
}

type ChronologyLine = { readonly row: ChronologyRow; readonly lines: string[] };

function chronologyLines(
  fonts: Fonts,
  clean: (s: string) => string,
  t: Messages['binder']['pdf'],
  rows: readonly ChronologyRow[],
): ChronologyLine[] {
  const width = RIGHT - CHRON_LABEL_W - GAP - CHRON_WHAT_X;
  return rows.map((row) => {
    // A log entry's title already says how (e.g. "Phone call with Ms. Lee: …").
    const text =
      row.kind === 'document'
        ? `${t.chronology.document}: ${row.title || t.untitled}`
        : row.title || t.chronology.contact;
    return { row, lines: wrapMax(fonts, 'regular', clean(text), BODY, width, MAX_ROW_LINES) };
  });
}

/** Chronology rows per page (at least one page, which may say there is nothing yet). */
function chronologyPagination(lines: readonly ChronologyLine[]): number[][] {
  const room = Math.max(1, Math.floor((TOP - H1_BLOCK - LINE - GAP - BOTTOM) / LINE));
  return paginateLines(
    lines.map((l) => l.lines.length),
    room,
    room,
  );
}

async function writeChronology(
  shared: Shared,
  lines: readonly ChronologyLine[],
  pagination: readonly number[][],
  labels: ReadonlyMap<string, string>,
): Promise<void> {
  const { fonts, clean, t, layout, input } = shared;
  const group: StructGroup = { type: 'Sect', kids: [] };
  const list: StructGroup = { type: 'L', kids: [] };
  shared.structure.push(group);
  const first = layout.chronology?.first ?? 0;
  for (const [p, rowIndexes] of pagination.entries()) {
    const canvas = new PageCanvas(fonts, clean, first - 1 + p);
    const leaves: StructLeaf[] = [];
    let y = TOP - H1;
    const heading = clean(p === 0 ? t.chronology.title : t.chronology.continued);
    if (p === 0) {
      const h = canvas.tagged('H1', () => canvas.text(MARGIN, y, heading, 'bold', H1));
      leaves.push(h);
      group.kids.push(h, list);
    } else {
      canvas.artifact(() => canvas.text(MARGIN, y, heading, 'bold', H1));
    }
    y -= H1_BLOCK - H1 + LINE;
    canvas.ops.push('/Artifact <</Type /Pagination>> BDC');
    canvas.text(MARGIN, y, clean(t.chronology.date), 'bold', BODY);
    canvas.text(CHRON_WHAT_X, y, clean(t.chronology.what), 'bold', BODY);
    canvas.textRight(RIGHT, y, clean(t.chronology.exhibit), 'bold', BODY);
    canvas.ops.push('EMC');
    canvas.rule(y - 4);
    y -= LINE + GAP;
    if (lines.length === 0) {
      const leaf = canvas.tagged('P', () =>
        canvas.text(MARGIN, y, clean(t.chronology.empty), 'regular', BODY),
      );
      leaves.push(leaf);
      group.kids.push(leaf);
    }
    for (const index of rowIndexes) {
      const item = lines[index];
      if (!item) {
        continue;
      }
      const label = item.row.documentId ? labels.get(item.row.documentId) : undefined;
      const leaf = canvas.tagged('LI', () => {
        canvas.text(
          MARGIN,
          y,
          clean(item.row.date ? shortDate(input.language, item.row.date) : t.noDate),
          'regular',
          BODY,
        );
        if (label) {
          canvas.textRight(RIGHT, y, clean(label), 'bold', BODY);
        }
        for (const line of item.lines) {
          canvas.text(CHRON_WHAT_X, y, line, 'regular', BODY);
          y -= LINE;
        }
      });
      leaves.push(leaf);
      list.kids.push(leaf);
    }
    await writeDrawnPage(shared, canvas, leaves);
  }
}

async function writeSeparator(shared: Shared, exhibit: LaidOutExhibit): Promise<void> {
  if (exhibit.separatorPage === null) {
    return;
  }
  const { fonts, clean, t, input } = shared;
  const canvas = new PageCanvas(fonts, clean, exhibit.separatorPage - 1);
  const leaves: StructLeaf[] = [];
  const center = (text: string, y: number, font: FontKey, size: number) =>
    canvas.text((PAGE_W - widthOf(fonts, font, text, size)) / 2, y, text, font, size);
  let y = PAGE_H / 2 + 80;
  const heading = clean(format(t.separator.exhibit, { label: exhibit.label }));
  leaves.push(canvas.tagged('H1', () => center(heading, y, 'bold', 32)));
  y -= 44;
  const title = wrapMax(fonts, 'regular', clean(exhibit.title || t.untitled), 16, CONTENT_W, 4);
  leaves.push(
    canvas.tagged('P', () => {
      for (const line of title) {
        center(line, y, 'regular', 16);
        y -= 22;
      }
    }),
  );
  y -= 8;
  const facts = [
    exhibit.date ? formatDate(input.language, exhibit.date) : t.noDate,
    exhibit.pageCount === 1
      ? t.separator.onePage
      : format(t.separator.pages, { count: exhibit.pageCount }),
  ].join(' · ');
  leaves.push(canvas.tagged('P', () => center(clean(facts), y, 'regular', 12)));
  shared.structure.push({ type: 'Sect', kids: leaves });
  await writeDrawnPage(shared, canvas, leaves);
}

// ---------------------------------------------------------------------------------------------
// Exhibit pages: copied from the source, stamped, written, released.

/** The dictionary `value` points to; undefined for anything else (a malformed file). */
function lookupDict(context: PDFContext, value: PDFObject | undefined): PDFDict | undefined {
  const resolved = value ? context.lookup(value) : undefined;
  return resolved instanceof PDFDict ? resolved : undefined;
}

/** The number `value` points to; undefined for anything else. */
function lookupNumber(context: PDFContext, value: PDFObject | undefined): number | undefined {
  const resolved = value ? context.lookup(value) : undefined;
  return resolved instanceof PDFNumber ? resolved.asNumber() : undefined;
}

function numbersOf(context: PDFContext, value: PDFObject | undefined): number[] | undefined {
  const resolved = value ? context.lookup(value) : undefined;
  const array = resolved instanceof PDFArray ? resolved : undefined;
  if (array?.size() !== 4) {
    return undefined;
  }
  const out: number[] = [];
  for (let i = 0; i < 4; i++) {
    const n = context.lookup(array.get(i));
    if (!(n instanceof PDFNumber)) {
      return undefined;
    }
    out.push(n.asNumber());
  }
  return out;
}

/**
 * The stamp's operators for a page of the given box and rotation: drawn in the page's visible
 * frame (bottom right as the reader sees it), on a white box so it reads over a scan.
 */
function stampOps(fonts: Fonts, text: string, box: readonly number[], rotate: number): string {
  const [ax = 0, ay = 0, bx = PAGE_W, by = PAGE_H] = box;
  const x0 = Math.min(ax, bx);
  const x1 = Math.max(ax, bx);
  const y0 = Math.min(ay, by);
  const y1 = Math.max(ay, by);
  const turned = rotate === 90 || rotate === 270;
  const w = turned ? y1 - y0 : x1 - x0;
  const h = turned ? x1 - x0 : y1 - y0;
  // The visible frame's origin and axes in page space, per /Rotate (clockwise on screen).
  const frames: Record<number, [number, number, number, number, number, number]> = {
    0: [1, 0, 0, 1, x0, y0],
    90: [0, 1, -1, 0, x1, y0],
    180: [-1, 0, 0, -1, x1, y1],
    270: [0, -1, 1, 0, x0, y1],
  };
  const matrix = frames[rotate] ?? frames[0];
  // Scans made at odd sizes (a 2550-point page) get a stamp that is just as readable.
  const scale = Math.max(1, Math.min(w, h) / PAGE_W);
  const size = STAMP_SIZE * scale;
  const pad = 3 * scale;
  const margin = 12 * scale;
  const textW = widthOf(fonts, 'regular', text, size);
  const u = w - margin - textW;
  const v = margin;
  const hex = fonts.regular.encodeText(text).toString();
  return [
    'q',
    `${(matrix ?? [1, 0, 0, 1, 0, 0]).map(num).join(' ')} cm`,
    '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
    `1 g ${num(u - pad)} ${num(v - pad - size * 0.25)} ${num(textW + 2 * pad)} ${num(size * 1.2 + 2 * pad)} re f`,
    `0 g BT /${STAMP_FONT} ${num(size)} Tf ${num(u)} ${num(v)} Td ${hex} Tj ET`,
    'EMC',
    'Q',
  ].join('\n');
}

const INHERITED_PAGE_KEYS = PDFPageLeaf.InheritableEntries.map((key) => PDFName.of(key));
const PARENT = PDFName.of('Parent');

/**
 * Copies pages, and everything they reference, from one context into another; returns the new
 * page refs. Unlike pdf-lib's `PDFObjectCopier`, stream data is shared rather than copied (the
 * source is dropped right after), so a scanned page costs no extra copy. Any page reached (the
 * pages themselves, or a page a link points to) gets its inherited attributes and loses its
 * parent, as in `PDFDocument.copyPages`; pages are copied by reference, so links between pages
 * of the exhibit land on the copies.
 */
function copyPages(src: PDFContext, dest: PDFContext, pageRefs: readonly PDFRef[]): PDFRef[] {
  const mapped = new Map<PDFRef, PDFRef>();
  const pending: PDFRef[] = [];
  const mapRef = (ref: PDFRef): PDFRef => {
    let target = mapped.get(ref);
    if (!target) {
      target = dest.nextRef();
      mapped.set(ref, target);
      pending.push(ref);
    }
    return target;
  };
  const copyDict = (dict: PDFDict, skip?: PDFName): PDFDict => {
    const out = PDFDict.withContext(dest);
    for (const [key, value] of dict.entries()) {
      if (key !== skip) {
        out.set(key, copy(value));
      }
    }
    return out;
  };
  const copy = (object: PDFObject): PDFObject => {
    if (object instanceof PDFRef) {
      return mapRef(object);
    }
    if (object instanceof PDFDict) {
      return copyDict(object);
    }
    if (object instanceof PDFArray) {
      const out = PDFArray.withContext(dest);
      for (let i = 0; i < object.size(); i++) {
        out.push(copy(object.get(i)));
      }
      return out;
    }
    if (object instanceof PDFRawStream) {
      return PDFRawStream.of(copyDict(object.dict), object.contents);
    }
    if (object instanceof PDFStream) {
      const clone = object.clone(dest);
      for (const [key, value] of object.dict.entries()) {
        clone.dict.set(key, copy(value));
      }
      return clone;
    }
    // Names, numbers, strings, booleans and null never change: shared as they are.
    return object;
  };
  const copyPage = (page: PDFPageLeaf): PDFDict => {
    const out = copyDict(page, PARENT);
    for (const key of INHERITED_PAGE_KEYS) {
      const inherited = out.has(key) ? undefined : page.getInheritableAttribute(key);
      if (inherited) {
        out.set(key, copy(inherited));
      }
    }
    return out;
  };
  const result = pageRefs.map(mapRef);
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    const value = src.lookup(ref);
    const target = mapped.get(ref);
    if (value && target) {
      dest.assign(target, value instanceof PDFPageLeaf ? copyPage(value) : copy(value));
    }
  }
  return result;
}

async function writeExhibitPages(
  shared: Shared,
  exhibit: LaidOutExhibit,
  bytes: Uint8Array,
): Promise<void> {
  const { writer, layout, fonts, clean } = shared;
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    throw new BinderSourceError(
      'unreadable',
      exhibit.id,
      `Exhibit ${exhibit.label} could not be read as a PDF: ${(error as Error).name}`,
    );
  }
  const sourcePages = source.getPages();
  if (sourcePages.length !== exhibit.pageCount) {
    throw new BinderSourceError(
      'page_count_changed',
      exhibit.id,
      `Exhibit ${exhibit.label} has ${sourcePages.length} pages, not the ${exhibit.pageCount} the binder was planned with`,
    );
  }
  const context = PDFContext.create();
  const base = writer.largest;
  context.largestObjectNumber = base;
  const copied = copyPages(
    source.context,
    context,
    sourcePages.map((page) => page.ref),
  );
  const push = context.register(context.stream('q'));
  const pop = context.register(context.stream('Q'));
  const contentsKey = PDFName.of('Contents');
  const resourcesKey = PDFName.of('Resources');
  const fontKey = PDFName.of('Font');
  for (const [i, ref] of copied.entries()) {
    const leaf = context.lookup(ref, PDFDict);
    const pageNumber = exhibit.pages.first + i;
    leaf.set(PDFName.of('Parent'), shared.pagesRef);
    // The source's structure tree does not come along (see the module note).
    leaf.delete(PDFName.of('StructParents'));
    const box = numbersOf(context, leaf.get(PDFName.of('CropBox'))) ??
      numbersOf(context, leaf.get(PDFName.of('MediaBox'))) ?? [0, 0, PAGE_W, PAGE_H];
    const rotateValue = lookupNumber(context, leaf.get(PDFName.of('Rotate')));
    const rotate = ((((rotateValue ?? 0) % 360) + 360) % 360) as number;
    const stamp = clean(layout.pages[pageNumber - 1]?.stamp ?? '');
    // A few hundred bytes: not worth compressing.
    const stampRef = context.register(
      context.stream(
        stampOps(fonts, stamp, box, rotate === 90 || rotate === 180 || rotate === 270 ? rotate : 0),
      ),
    );
    // Contents: the source's own streams inside q … Q (so its graphics state cannot move the
    // stamp), then the stamp.
    const contents = [push];
    const existing = leaf.get(contentsKey);
    const resolved = existing ? context.lookup(existing) : undefined;
    const existingArray = resolved instanceof PDFArray ? resolved : undefined;
    if (existingArray) {
      for (let k = 0; k < existingArray.size(); k++) {
        const item = existingArray.get(k);
        if (item instanceof PDFRef) {
          contents.push(item);
        }
      }
    } else if (existing instanceof PDFRef) {
      contents.push(existing);
    }
    contents.push(pop, stampRef);
    leaf.set(contentsKey, context.obj(contents));
    // The stamp's font, added to the page's resources (shared resources get it once).
    let resources = lookupDict(context, leaf.get(resourcesKey));
    if (!resources) {
      resources = context.obj({});
      leaf.set(resourcesKey, resources);
    }
    let fontDict = lookupDict(context, resources.get(fontKey));
    if (!fontDict) {
      fontDict = context.obj({});
      resources.set(fontKey, fontDict);
    }
    fontDict.set(PDFName.of(STAMP_FONT), shared.regularRef);
    shared.pageRefs[pageNumber - 1] = ref;
  }
  writer.largest = context.largestObjectNumber;
  await writer.context(context, base);
  await progress(shared, exhibit.pageCount);
}

// ---------------------------------------------------------------------------------------------
// The end of the file: page tree, outline, structure tree, metadata, catalog.

function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

async function writeOutline(shared: Shared, context: PDFContext): Promise<PDFRef | undefined> {
  const { t, layout, writer, pageRefs } = shared;
  const items: { title: string; page: number }[] = [];
  if (layout.cover) {
    items.push({ title: t.outline.cover, page: layout.cover.first });
  }
  items.push({ title: t.outline.toc, page: layout.toc.first });
  if (layout.chronology) {
    items.push({ title: t.outline.chronology, page: layout.chronology.first });
  }
  for (const exhibit of layout.exhibits) {
    items.push({
      title: format(t.outline.exhibit, {
        label: exhibit.label,
        title: exhibit.title || t.untitled,
      }),
      page: exhibit.separatorPage ?? exhibit.pages.first,
    });
  }
  const root = writer.alloc();
  const refs = items.map(() => writer.alloc());
  for (const [i, item] of items.entries()) {
    const ref = refs[i];
    const target = pageRefs[item.page - 1];
    if (!ref || !target) {
      continue;
    }
    const entry: Record<string, unknown> = {
      Title: PDFHexString.fromText(item.title),
      Parent: root,
      Dest: [target, 'Fit'],
    };
    if (i > 0) {
      entry.Prev = refs[i - 1];
    }
    if (i < refs.length - 1) {
      entry.Next = refs[i + 1];
    }
    await writer.object(ref, context.obj(entry as never));
  }
  await writer.object(
    root,
    context.obj({
      Type: 'Outlines',
      First: refs[0],
      Last: refs[refs.length - 1],
      Count: refs.length,
    } as never),
  );
  return root;
}

async function writeStructure(shared: Shared, context: PDFContext): Promise<PDFRef> {
  const { writer, pageRefs } = shared;
  const root = writer.alloc();
  const documentRef = writer.alloc();
  const leafRefs = new Map<StructLeaf, PDFRef>();
  const pending: { ref: PDFRef; object: PDFObject }[] = [];
  const build = (node: StructGroup | StructLeaf, parent: PDFRef): PDFRef => {
    const ref = writer.alloc();
    if ('kids' in node) {
      const kids = node.kids.map((kid) => build(kid, ref));
      pending.push({
        ref,
        object: context.obj({ Type: 'StructElem', S: node.type, P: parent, K: kids } as never),
      });
    } else {
      leafRefs.set(node, ref);
      pending.push({
        ref,
        object: context.obj({
          Type: 'StructElem',
          S: node.type,
          P: parent,
          Pg: pageRefs[node.page],
          K: node.mcid,
        } as never),
      });
    }
    return ref;
  };
  const sections = shared.structure.map((group) => build(group, documentRef));
  for (const { ref, object } of pending) {
    await writer.object(ref, object);
  }
  await writer.object(
    documentRef,
    context.obj({ Type: 'StructElem', S: 'Document', P: root, K: sections } as never),
  );
  const nums: unknown[] = [];
  shared.parentTree.forEach((entry, key) => {
    nums.push(
      key,
      entry.leaves.map((leaf) => leafRefs.get(leaf)),
    );
  });
  const parentTree = writer.alloc();
  await writer.object(parentTree, context.obj({ Nums: nums } as never));
  await writer.object(
    root,
    context.obj({
      Type: 'StructTreeRoot',
      K: documentRef,
      ParentTree: parentTree,
      ParentTreeNextKey: shared.parentTree.length,
    } as never),
  );
  return root;
}

/**
 * Renders the binder into `sink`, one object at a time, loading one exhibit at a time.
 * Throws a {@link BinderSourceError} when an exhibit is unreadable or its page count changed.
 *
 * @example
 * const file = await openFileSink('/tmp/binder.pdf');
 * try {
 *   const result = await renderBinderPdf(input, file);
 *   result.pages; // 212
 * } finally {
 *   await file.close();
 * }
 */
export async function renderBinderPdf(
  input: RenderBinderInput,
  sink: BinderSink,
): Promise<RenderBinderResult> {
  const t = messages(input.language).binder.pdf;
  const fonts: Fonts = {
    regular: StandardFontEmbedder.for(StandardFonts.Helvetica as unknown as FontName),
    bold: StandardFontEmbedder.for(StandardFonts.HelveticaBold as unknown as FontName),
  };
  const clean = winAnsiCleaner(fonts.regular);

  // Labels do not depend on page numbers: the chronology can be measured before the layout.
  const labels = new Map<string, string>();
  let position = 0;
  for (const exhibit of input.plan.exhibits) {
    if (!exhibit.exclusion && exhibit.pageCount > 0) {
      labels.set(exhibit.id, exhibitLabel(position, input.labelStyle));
      position += 1;
    }
  }
  const chronology = chronologyLines(fonts, clean, t, input.plan.chronology);
  const chronologyPages = chronologyPagination(chronology);
  const geometry = tocGeometry(fonts, clean, leftOutParagraphs(t, input.plan));
  const rowLines = tocRowLines(fonts, clean, t);
  const noExhibitsLine = input.plan.exhibits.some((e) => !e.exclusion && e.pageCount > 0) ? 0 : 1;
  const layout = layoutBinder({
    coverPages: 1,
    toc: {
      firstPageLines: Math.max(1, geometry.firstPageLines - noExhibitsLine),
      laterPageLines: geometry.laterPageLines,
      rowLines: (row) => rowLines(row).length,
    },
    chronologyPages: chronologyPages.length,
    separators: input.separators,
    labelStyle: input.labelStyle,
    language: input.language,
    exhibits: input.plan.exhibits,
  });

  const writer = new StreamingPdfWriter(sink);
  // Header, with the binary comment that tells transfer tools the file is binary.
  await writer.raw(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]));
  await writer.raw(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
  const catalogRef = writer.alloc();
  const pagesRef = writer.alloc();
  const infoRef = writer.alloc();
  const regularRef = writer.alloc();
  const boldRef = writer.alloc();
  const scratch = PDFContext.create();
  await writer.object(
    regularRef,
    scratch.obj({
      Type: 'Font',
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      Encoding: 'WinAnsiEncoding',
    }),
  );
  await writer.object(
    boldRef,
    scratch.obj({
      Type: 'Font',
      Subtype: 'Type1',
      BaseFont: 'Helvetica-Bold',
      Encoding: 'WinAnsiEncoding',
    }),
  );

  const shared: Shared = {
    fonts,
    clean,
    t,
    input,
    writer,
    pagesRef,
    regularRef,
    boldRef,
    layout,
    pageRefs: [],
    parentTree: [],
    structure: [],
    done: 0,
  };
  await input.onProgress?.(0, layout.totalPages);
  await writeCover(shared, 0);
  await writeToc(shared, geometry);
  if (layout.chronology) {
    await writeChronology(shared, chronology, chronologyPages, labels);
  }
  for (const exhibit of layout.exhibits) {
    await writeSeparator(shared, exhibit);
    let bytes: Uint8Array | undefined = await input.source(exhibit.id);
    await writeExhibitPages(shared, exhibit, bytes);
    bytes = undefined;
  }

  const pageRefs = shared.pageRefs;
  if (pageRefs.length !== layout.totalPages || pageRefs.some((r) => r === undefined)) {
    throw new Error('The binder wrote a different number of pages than it laid out');
  }
  await writer.object(
    pagesRef,
    scratch.obj({ Type: 'Pages', Kids: pageRefs, Count: pageRefs.length } as never),
  );
  const outlineRef = await writeOutline(shared, scratch);
  const structRef = await writeStructure(shared, scratch);
  const title = format(t.documentTitle, {
    purpose: purposeTitle(shared),
    child: input.cover.childName,
  });
  const createdAt = input.createdAt ?? new Date();
  const lang = input.language === 'es' ? 'es-US' : 'en-US';
  await writer.object(
    infoRef,
    scratch.obj({
      Title: PDFHexString.fromText(title),
      Subject: PDFHexString.fromText(purposeTitle(shared)),
      Creator: PDFHexString.fromText('IEP Navigator'),
      Producer: PDFHexString.fromText('IEP Navigator (pdf-lib, streamed)'),
      CreationDate: PDFString.of(pdfDate(createdAt)),
    } as never),
  );
  const xmp = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    '<pdf:Producer>IEP Navigator (pdf-lib, streamed)</pdf:Producer>',
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
  const metadataRef = writer.alloc();
  await writer.object(
    metadataRef,
    scratch.stream(encoder.encode(xmp), { Type: 'Metadata', Subtype: 'XML' }),
  );
  await writer.object(
    catalogRef,
    scratch.obj({
      Type: 'Catalog',
      Pages: pagesRef,
      Lang: PDFString.of(lang),
      Metadata: metadataRef,
      MarkInfo: { Marked: true },
      StructTreeRoot: structRef,
      Outlines: outlineRef,
      PageMode: 'UseOutlines',
      ViewerPreferences: { DisplayDocTitle: true },
    } as never),
  );
  const sha256 = await writer.finish(catalogRef, infoRef);
  return { layout, pages: layout.totalPages, bytes: writer.size, sha256 };
}

/** A sink that writes to a new file; `close()` when done (also after an error). */
export async function openFileSink(path: string): Promise<BinderSink & { close(): Promise<void> }> {
  const handle = await open(path, 'wx', 0o600);
  return {
    async write(chunk) {
      let offset = 0;
      while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
    },
    close: () => handle.close(),
  };
}

/** A sink that keeps the bytes in memory, for small binders and tests. */
export function memorySink(): BinderSink & { bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  return {
    write(chunk) {
      chunks.push(chunk);
    },
    bytes: () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
      }
      return out;
    },
  };
}
