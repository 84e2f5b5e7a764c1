import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { degrees, PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkPdf } from '../../test/pdf-check.js';
import {
  type BinderDocument,
  type BinderLogEntry,
  type BinderPurpose,
  hearingDisclosure,
  planBinder,
} from '../domain/binder/index.js';
import {
  BinderSourceError,
  memorySink,
  openFileSink,
  type RenderBinderInput,
  renderBinderPdf,
} from './binder-pdf.js';

/** A PDF whose page n says "<word> page n", like a short scanned document with a text layer. */
async function sourcePdf(word: string, pages: number, rotate = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([612, 792]);
    if (rotate) {
      page.setRotation(degrees(rotate));
    }
    page.drawText(`${word} page ${i}`, { x: 72, y: 700, size: 14, font });
  }
  return doc.save();
}

/** A one-page "scan": the given bytes as a raw image filling the page. */
async function scannedPdf(image: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([612, 792]);
  const ref = pdf.context.register(
    pdf.context.stream(image, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: image.length / 100,
      Height: 100,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
    }),
  );
  page.node.setXObject(PDFName.of('Scan'), ref);
  page.node.set(
    PDFName.of('Contents'),
    pdf.context.register(pdf.context.stream('q 612 0 0 792 0 0 cm /Scan Do Q')),
  );
  return pdf.save();
}

/**
 * Checks the classic cross-reference table entry by entry: every object in use starts exactly
 * where its entry says. Returns how many objects are in use.
 */
function checkXref(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const header = /^xref\n0 (\d+)\n/.exec(text.slice(startxref));
  const size = Number(header?.[1]);
  const from = startxref + (header?.[0].length ?? 0);
  const table = text.slice(from, from + size * 20);
  let inUse = 0;
  for (let n = 0; n < size; n++) {
    const entry = table.slice(n * 20, n * 20 + 20);
    expect(entry).toMatch(/^\d{10} \d{5} [nf] \n$/);
    if (entry[17] === 'n') {
      inUse += 1;
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + `${n} 0 obj`.length)).toBe(`${n} 0 obj`);
    }
  }
  expect(text).toMatch(new RegExp(`trailer\\n<< /Size ${size} /Root \\d+ 0 R`));
  return inUse;
}

function doc(
  id: string,
  title: string,
  category: string,
  date: string,
  pageCount: number,
  extra: Partial<BinderDocument> = {},
): BinderDocument {
  return {
    id,
    title,
    date,
    category,
    pageCount,
    mediationConfidential: category === 'mediation',
    binderOk: true,
    ...extra,
  };
}

const DOCUMENTS: BinderDocument[] = [
  doc('iep', 'IEP for 2026–27', 'iep', '2026-04-12', 3),
  doc('eval', 'Evaluation report', 'evaluation', '2025-11-20', 1),
  doc('med', 'Mediation session notes', 'mediation', '2026-03-01', 2),
  doc('email', 'Email from the principal', 'correspondence', '2026-02-01', 2, {
    mediationConfidential: false,
  }),
];
const WORDS: Record<string, string> = {
  iep: 'Alpha',
  eval: 'Bravo',
  med: 'Confidential',
  email: 'Delta',
};
const LOG: BinderLogEntry[] = [
  {
    id: 'l1',
    date: '2026-02-03',
    title: 'Phone call with the principal',
    mediationConfidential: false,
  },
  {
    id: 'l2',
    date: '2026-03-01',
    title: 'Talk at the mediation session',
    mediationConfidential: true,
  },
];

let sources: Map<string, Uint8Array>;

beforeAll(async () => {
  // pdf.js warns that it has no font files for the standard Helvetica the binder uses; the text
  // layer is still right, so keep that one warning out of the test output.
  const log = console.log.bind(console);
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('standardFontDataUrl')) {
      log(...args);
    }
  });
  sources = new Map();
  for (const d of DOCUMENTS) {
    sources.set(d.id, await sourcePdf(WORDS[d.id] ?? d.id, d.pageCount, d.id === 'eval' ? 90 : 0));
  }
});

function input(
  purpose: BinderPurpose,
  overrides: Partial<RenderBinderInput> = {},
): RenderBinderInput {
  return {
    language: 'en',
    purpose,
    labelStyle: 'p_number',
    separators: false,
    cover: {
      childName: 'Maya Johnson',
      school: 'Oak Park Elementary',
      district: 'Mobile County Public Schools',
      preparedOn: '2026-11-28',
    },
    plan: planBinder({
      purpose,
      documents: DOCUMENTS,
      selectedIds: ['iep', 'eval', 'med', 'email'],
      logEntries: LOG,
    }),
    source: async (id) => {
      const bytes = sources.get(id);
      if (!bytes) {
        throw new Error(`no source ${id}`);
      }
      return bytes;
    },
    createdAt: new Date('2026-11-28T15:00:00Z'),
    ...overrides,
  };
}

async function render(i: RenderBinderInput) {
  const sink = memorySink();
  const result = await renderBinderPdf(i, sink);
  const bytes = sink.bytes();
  const report = await checkPdf(bytes);
  return { result, bytes, report, pages: report.text.split('\n').slice(0, report.pages) };
}

/** The page range the table of contents prints for a label (read from the PDF's text). */
function tocRange(tocText: string, label: string): { first: number; last: number } {
  const match = new RegExp(`${label}\\s+\\S+ \\d+, \\d{4}\\s+(\\d+)(?:–(\\d+))?`).exec(tocText);
  if (!match) {
    throw new Error(`no row for ${label} in: ${tocText}`);
  }
  const first = Number(match[1]);
  return { first, last: match[2] ? Number(match[2]) : first };
}

describe('renderBinderPdf', () => {
  it('builds a hearing binder whose table of contents points at the pages where each exhibit really starts, and stamps every page', async () => {
    const { result, report, pages } = await render(input('hearing'));
    // Cover, contents, chronology, then P-1 IEP (3), P-2 evaluation (1), P-3 email (2).
    expect(report.pages).toBe(9);
    expect(result.pages).toBe(9);
    const toc = pages[1] ?? '';
    expect(toc).toContain('Table of contents');
    const expected = [
      ['P-1', 'Alpha', 3],
      ['P-2', 'Bravo', 1],
      ['P-3', 'Delta', 2],
    ] as const;
    for (const [label, word, count] of expected) {
      const range = tocRange(toc, label);
      expect(range.last - range.first + 1).toBe(count);
      // The page the contents name is the exhibit's first page, and the one before is not it.
      expect(pages[range.first - 1]).toContain(`${word} page 1`);
      expect(pages[range.first - 2]).not.toContain(`${word} page 1`);
      for (let k = 1; k <= count; k++) {
        const n = range.first + k - 1;
        expect(pages[n - 1]).toContain(`${word} page ${k}`);
        expect(pages[n - 1]).toContain(`${label} · ${k}/${count} · page ${n} of 9`);
      }
    }
    for (const [n, text] of pages.entries()) {
      expect(text).toContain(`page ${n + 1} of 9`);
    }
  });

  it('leaves the mediation-confidential document and log entry out of a hearing binder and says how many and why (34 CFR 300.506(b)(8))', async () => {
    const { report, pages } = await render(input('hearing'));
    expect(report.text).not.toContain('Confidential page');
    expect(report.text).not.toContain('Mediation session notes');
    expect(report.text).not.toContain('Talk at the mediation session');
    const toc = pages[1] ?? '';
    expect(toc).toContain('Left out of this binder: 2 in all.');
    expect(toc).toContain(
      '1 document and 1 log entry marked mediation-confidential. What is said in mediation is confidential and cannot be used as evidence at a hearing (34 CFR 300.506(b)(8)).',
    );
    expect(pages[2]).toContain('Phone call with the principal');
  });

  it('keeps the mediation-confidential document in a mediation packet', async () => {
    const { report, pages } = await render(input('mediation'));
    expect(report.pages).toBe(11);
    const toc = pages[1] ?? '';
    expect(toc).not.toContain('Left out');
    const range = tocRange(toc, 'P-3');
    expect(pages[range.first - 1]).toContain('Confidential page 1');
    expect(pages[range.first - 1]).toContain(`P-3 · 1/2 · page ${range.first} of 11`);
    expect(pages[2]).toContain('Talk at the mediation session');
  });

  it('is tagged as far as pdf-lib allows: language, title, outline, structure for the pages it draws, US Letter', async () => {
    const { bytes, report } = await render(input('hearing'));
    expect(report.marked).toBe(true);
    expect(report.language).toBe('en-US');
    expect(report.title).toBe('Hearing disclosure binder: Maya Johnson');
    expect(report.pageSize).toEqual([612, 792]);
    expect(report.structRoles).toEqual(
      expect.arrayContaining(['H1', 'P', 'TOC', 'TOCI', 'L', 'LI']),
    );
    const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
    const outline = await pdf.getOutline();
    expect(outline.map((item) => item.title)).toEqual([
      'Cover',
      'Table of contents',
      'Chronology',
      'P-1: IEP for 2026–27',
      'P-2: Evaluation report',
      'P-3: Email from the principal',
    ]);
    const dest = outline[4]?.dest;
    const target = Array.isArray(dest) ? await pdf.getPageIndex(dest[0]) : -1;
    expect(target).toBe(6); // 0-based: P-2 is page 7
    await pdf.destroy();
  });

  it('shows the 5-business-day disclosure date of a hearing on the cover (34 CFR 300.512(a)(3), (b))', async () => {
    const disclosure = hearingDisclosure({ hearingDate: '2026-03-16', today: '2026-03-12' });
    const { pages } = await render(input('hearing', { disclosure }));
    expect(pages[0]).toContain('Hearing date');
    expect(pages[0]).toContain('March 16, 2026');
    expect(pages[0]).toContain('Share evidence by');
    expect(pages[0]).toContain('March 9, 2026');
    expect(pages[0]).toContain('34 CFR 300.512(a)(3)');
    expect(pages[0]).toContain('This date has passed.');
  });

  it('puts a separator page before each exhibit, outside the range the contents give', async () => {
    const { report, pages } = await render(input('hearing', { separators: true }));
    expect(report.pages).toBe(12);
    const range = tocRange(pages[1] ?? '', 'P-2');
    expect(pages[range.first - 2]).toContain('Exhibit P-2');
    expect(pages[range.first - 2]).toContain(`P-2 · page ${range.first - 1} of 12`);
    expect(pages[range.first - 1]).toContain('Bravo page 1');
  });

  it('keeps the contents right when they spill onto more pages than one (letters past Z)', async () => {
    const many = Array.from({ length: 70 }, (_, i) =>
      doc(
        `d${i}`,
        `Progress report number ${i + 1} with a title long enough to wrap onto a second line of the table`,
        'progress',
        `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
        1 + (i % 3),
      ),
    );
    const bytesById = new Map<string, Uint8Array>();
    for (const d of many) {
      bytesById.set(d.id, await sourcePdf(`Doc${d.id}x`, d.pageCount));
    }
    const { result, pages } = await render(
      input('other', {
        labelStyle: 'letter',
        plan: planBinder({
          purpose: 'other',
          documents: many,
          selectedIds: many.map((d) => d.id),
          logEntries: [],
        }),
        source: async (id) => bytesById.get(id) ?? new Uint8Array(),
      }),
    );
    const toc = result.layout.toc;
    expect(toc.last - toc.first + 1).toBeGreaterThan(1);
    const tocText = pages.slice(toc.first - 1, toc.last).join(' ');
    for (const [i, d] of many.entries()) {
      const label = result.layout.exhibits[i]?.label ?? '';
      const range = tocRange(tocText, `(?<![A-Z])${label}`);
      expect(pages[range.first - 1]).toContain(`Doc${d.id}x page 1`);
      expect(pages[range.last - 1]).toContain(`Doc${d.id}x page ${d.pageCount}`);
    }
    expect(result.layout.exhibits[26]?.label).toBe('AA');
  });

  it('stamps a rotated page at the bottom right as the reader sees it', async () => {
    const { bytes, result } = await render(input('hearing'));
    const evalPage = result.layout.exhibits[1]?.pages.first ?? 0;
    const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
    const page = await pdf.getPage(evalPage);
    expect(page.rotate).toBe(90);
    const viewport = page.getViewport({ scale: 1 });
    const items = (await page.getTextContent()).items as { str: string; transform: number[] }[];
    const stamp = items.find((item) => item.str.startsWith('P-2'));
    const [x = 0, y = 0] = viewport.convertToViewportPoint(
      stamp?.transform[4] ?? 0,
      stamp?.transform[5] ?? 0,
    );
    expect(viewport.width).toBe(792);
    expect(x).toBeGreaterThan(viewport.width / 2);
    expect(y).toBeGreaterThan(viewport.height - 40);
    await pdf.destroy();
  });

  it('writes Spanish pages and stamps for a Spanish binder', async () => {
    const { report, pages } = await render(input('hearing', { language: 'es' }));
    expect(report.language).toBe('es-US');
    expect(pages[1]).toContain('Índice');
    expect(pages[3]).toContain('P-1 · 1/3 · página 4 de 9');
  });

  it('builds a binder with no exhibits: cover, contents that say so, chronology', async () => {
    const { report, pages } = await render(
      input('other', {
        plan: planBinder({ purpose: 'other', documents: [], selectedIds: [], logEntries: [] }),
      }),
    );
    expect(report.pages).toBe(3);
    expect(pages[1]).toContain('This binder has no exhibits.');
    expect(pages[2]).toContain('Nothing to list yet.');
  });

  it('refuses a source whose page count changed since the binder was planned', async () => {
    const wrong = await sourcePdf('Changed', 5);
    await expect(
      renderBinderPdf(
        input('hearing', {
          source: async (id) => (id === 'eval' ? wrong : (sources.get(id) ?? wrong)),
        }),
        memorySink(),
      ),
    ).rejects.toMatchObject({
      name: 'BinderSourceError',
      code: 'page_count_changed',
      documentId: 'eval',
    });
    await expect(
      renderBinderPdf(
        input('hearing', { source: async () => new Uint8Array([1, 2, 3]) }),
        memorySink(),
      ),
    ).rejects.toBeInstanceOf(BinderSourceError);
  });

  it('writes a cross-reference table whose every entry points at its own object', async () => {
    const { bytes } = await render(input('hearing', { separators: true }));
    expect(checkXref(bytes)).toBeGreaterThan(12);
  });

  it('copies large scanned images byte for byte and in order, whatever their size', async () => {
    // Images below, between and above the writer's buffering sizes (64 KB direct, 1 MB chunks).
    const sizes = [20_000, 150_000, 700_000, 1_300_000];
    const scans = new Map<string, Uint8Array>();
    const images: Uint8Array[] = [];
    for (const [i, size] of sizes.entries()) {
      const noise = new Uint8Array(randomBytes(size));
      images.push(noise);
      scans.set(`scan${i}`, await scannedPdf(noise));
    }
    const documents = sizes.map((_, i) =>
      doc(`scan${i}`, `Scan ${i}`, 'other', `2026-01-0${i + 1}`, 1),
    );
    const { bytes, report } = await render(
      input('other', {
        plan: planBinder({
          purpose: 'other',
          documents,
          selectedIds: documents.map((d) => d.id),
          logEntries: [],
        }),
        source: async (id) => scans.get(id) ?? new Uint8Array(),
      }),
    );
    expect(report.pages).toBe(3 + sizes.length);
    checkXref(bytes);
    const reloaded = await PDFDocument.load(bytes);
    expect(reloaded.getPageCount()).toBe(3 + sizes.length);
    const found = reloaded.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream)
      .filter((stream) => stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
      .map((stream) => Buffer.from(stream.contents).toString('base64'));
    for (const image of images) {
      expect(found).toContain(Buffer.from(image).toString('base64'));
    }
  });

  it('streams to a file with the same bytes and hash as in memory, reporting progress up to the last page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'binder-test-'));
    try {
      const seen: [number, number][] = [];
      const file = join(dir, 'binder.pdf');
      const sink = await openFileSink(file);
      let result: Awaited<ReturnType<typeof renderBinderPdf>>;
      try {
        result = await renderBinderPdf(
          input('hearing', { onProgress: (done, total) => void seen.push([done, total]) }),
          sink,
        );
      } finally {
        await sink.close();
      }
      const onDisk = new Uint8Array(readFileSync(file));
      expect(onDisk.length).toBe(result.bytes);
      const { createHash } = await import('node:crypto');
      expect(createHash('sha256').update(onDisk).digest('hex')).toBe(result.sha256);
      expect(seen[0]).toEqual([0, 9]);
      expect(seen[seen.length - 1]).toEqual([9, 9]);
      expect(seen.every(([done], i) => i === 0 || done >= (seen[i - 1]?.[0] ?? 0))).toBe(true);
      const reloaded = await PDFDocument.load(onDisk);
      expect(reloaded.getPageCount()).toBe(9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
