/**
 * Small helpers shared by the pdfkit renderers of tagged PDFs (letters, meeting checklists):
 * collecting the output bytes, keeping characters the embedded font lacks out of the text
 * layer, and stamping "Page X of Y" footers marked as pagination artifacts.
 *
 * @module
 */

type Doc = PDFKit.PDFDocument;
type FontkitFont = { hasGlyphForCodePoint?: (codePoint: number) => boolean };

/**
 * Starts collecting a document's bytes. Call it right after creating the document; await the
 * returned promise after `doc.end()`.
 *
 * @example
 * const bytes = collectPdf(doc);
 * doc.text('Hello');
 * doc.end();
 * const pdf = await bytes; // Uint8Array starting with '%PDF-'
 */
export function collectPdf(doc: Doc): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/**
 * Replaces characters the current font lacks with U+FFFD (or a white square, or "?"), so the
 * text layer never carries .notdef glyphs. Call it after choosing the document's font.
 *
 * @example
 * doc.font('body');
 * const clean = glyphFilter(doc);
 * clean('Hi 👋'); // 'Hi □' with Liberation Sans
 */
export function glyphFilter(doc: Doc): (text: string) => string {
  const font = (doc as unknown as { _font?: { font?: FontkitFont } })._font?.font;
  const has = font?.hasGlyphForCodePoint?.bind(font);
  if (!has) {
    return (text) => text;
  }
  // U+FFFD, else a white square (in WGL4 fonts such as Liberation), else '?'.
  const replacement = has(0xfffd) ? '\uFFFD' : has(0x25a1) ? '\u25A1' : '?';
  const seen = new Map<number, boolean>();
  return (text) => {
    let out = '';
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code === 0x0a || code === 0x09) {
        out += char;
        continue;
      }
      let ok = seen.get(code);
      if (ok === undefined) {
        ok = has(code);
        seen.set(code, ok);
      }
      out += ok ? char : replacement;
    }
    return out;
  };
}

/** How {@link addPageNumbers} draws the footer. */
export type PageNumberOptions = {
  /** The footer text of a page, e.g. `(1, 3) => 'Page 1 of 3'`. */
  readonly label: (page: number, pages: number) => string;
  /** A font name registered on the document. */
  readonly font: string;
  readonly size: number;
  /** Left and right margin; the footer sits half a margin above the bottom edge. */
  readonly margin: number;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly clean: (text: string) => string;
};

/**
 * Writes a centred page number on every buffered page, marked as a pagination artifact so a
 * screen reader skips it. The document must be created with `bufferPages: true`.
 *
 * @example
 * addPageNumbers(doc, { label: (p, n) => `Page ${p} of ${n}`, font: 'body', size: 9,
 *   margin: 72, pageWidth: 612, pageHeight: 792, clean });
 */
export function addPageNumbers(doc: Doc, options: PageNumberOptions): void {
  const range = doc.bufferedPageRange();
  const bottomMargin = doc.page.margins.bottom;
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    const label = options.label(index + 1, range.count);
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font(options.font)
      .fontSize(options.size)
      .text(
        options.clean(label),
        options.margin,
        options.pageHeight - options.margin / 2 - options.size,
        {
          width: options.pageWidth - 2 * options.margin,
          align: 'center',
          lineBreak: false,
        },
      );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottomMargin;
  }
}
