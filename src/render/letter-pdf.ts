/**
 * Renders a {@link LetterModel} as a tagged, accessible PDF with pdfkit: a structure tree
 * (Document, H1, H2, P, L/LI/Lbl/LBody) in reading order, /Lang, a displayed title, embedded
 * TrueType fonts (see `letter-fonts.ts`), US Letter pages, "Page X of Y" footers marked as
 * pagination artifacts, a typed `/s/` signature block and the copy list.
 *
 * Characters the font cannot draw (emoji; scripts Liberation Sans lacks, such as Hebrew, Arabic or
 * Chinese) are replaced by U+FFFD or, as Liberation Sans lacks that, a white square U+25A1, so the
 * text layer never carries .notdef glyphs; the DOCX and HTML renderers keep them.
 *
 * @module
 */
import PDFDocument from 'pdfkit';
import type { AddressBlock, LetterBlock, LetterModel } from '../domain/letters/index.js';
import { type LetterFontPaths, parsedLetterFonts } from './letter-fonts.js';
import { addPageNumbers, collectPdf, glyphFilter } from './tagged-pdf.js';

/** Options for {@link renderLetterPdf}. */
export type LetterPdfOptions = {
  /** Font files to embed instead of the default search. */
  readonly fonts?: LetterFontPaths;
  /** The creation date written in the PDF (default: now). */
  readonly createdAt?: Date;
};

const PAGE = { width: 612, height: 792 };
const MARGIN = 72;
const WIDTH = PAGE.width - 2 * MARGIN;
const BODY_SIZE = 11;
const SMALL_SIZE = 9;
const HEADING_SIZE = 12;
const TITLE_SIZE = 13;
const GAP = 8;

type Struct = PDFKit.PDFStructureElement;
function addressText(block: AddressBlock): string {
  return [block.name, ...block.lines].join('\n');
}

/**
 * Renders the letter as PDF bytes.
 *
 * @example
 * const result = buildLetter('records_request', data, { language: 'en', today: '2026-11-28' });
 * if (result.ok) {
 *   const pdf = await renderLetterPdf(result.letter);
 *   // pdf starts with '%PDF-1.7'
 * }
 */
export async function renderLetterPdf(
  letter: LetterModel,
  options: LetterPdfOptions = {},
): Promise<Uint8Array> {
  const fonts = parsedLetterFonts(options.fonts);
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    lang: letter.lang,
    displayTitle: true,
    bufferPages: true,
    // The default would parse Helvetica's metrics for every document; start with our face.
    font: fonts.regular as unknown as string,
    info: {
      Title: letter.title,
      Author: letter.from.name,
      Subject: letter.subject,
      Creator: 'IEP Navigator',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  const bytes = collectPdf(doc);

  // pdfkit takes a parsed face where its types only name bytes.
  doc.registerFont('body', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  doc.font('body').fontSize(BODY_SIZE).lineGap(2);
  const clean = glyphFilter(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);

  const write = (text: string, font: 'body' | 'bold', size: number, gapAfter = GAP): void => {
    doc.font(font).fontSize(size).text(clean(text), MARGIN, doc.y, { width: WIDTH });
    doc.y += gapAfter;
  };
  const keepRoom = (points: number): void => {
    if (doc.y + points > PAGE.height - MARGIN) {
      doc.addPage();
    }
  };
  const add = (parent: Struct, tag: string, draw: () => void): void => {
    parent.add(doc.struct(tag, {}, draw));
  };

  // Notices (mirror, draft): a framed paragraph at the top.
  for (const notice of letter.notices) {
    const text = clean(notice);
    doc.font('bold').fontSize(BODY_SIZE);
    const height = doc.heightOfString(text, { width: WIDTH - 16 });
    const top = doc.y;
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .rect(MARGIN, top, WIDTH, height + 16)
      .lineWidth(1.5)
      .stroke('#333333');
    doc.endMarkedContent();
    add(root, 'P', () => {
      doc
        .font('bold')
        .fontSize(BODY_SIZE)
        .text(text, MARGIN + 8, top + 8, { width: WIDTH - 16 });
    });
    doc.y = top + height + 16 + GAP * 2;
  }

  add(root, 'P', () => write(addressText(letter.from), 'body', BODY_SIZE, GAP * 1.5));
  add(root, 'P', () => write(letter.date, 'body', BODY_SIZE, GAP * 1.5));
  for (const to of letter.to) {
    add(root, 'P', () => write(addressText(to), 'body', BODY_SIZE, GAP * 1.5));
  }
  add(root, 'H1', () =>
    write(`${letter.labels.subject} ${letter.subject}`, 'bold', TITLE_SIZE, GAP * 1.5),
  );
  add(root, 'P', () => write(letter.salutation, 'body', BODY_SIZE));

  for (const block of letter.body) {
    renderBlock(block);
  }

  // Signature block: kept together on one page.
  const sig = letter.signature;
  keepRoom(doc.heightOfString([sig.closing, sig.typed, sig.name, ...sig.lines].join('\n')) + 40);
  doc.y += GAP;
  add(root, 'P', () => write(sig.closing, 'body', BODY_SIZE, GAP));
  add(root, 'P', () => write(sig.typed, 'bold', BODY_SIZE, 2));
  add(root, 'P', () => write([sig.name, sig.role, ...sig.lines].join('\n'), 'body', BODY_SIZE));

  if (letter.copies.length > 0) {
    doc.y += GAP;
    keepRoom(60);
    add(root, 'P', () => write(letter.labels.copies, 'bold', BODY_SIZE, 2));
    const copies = doc.struct('L');
    root.add(copies);
    for (const copy of letter.copies) {
      const item = doc.struct('LI');
      copies.add(item);
      add(item, 'LBody', () => write([copy.name, ...copy.lines].join(', '), 'body', BODY_SIZE, 2));
      item.end();
    }
    copies.end();
  }
  root.end();

  // Footers: "Page X of Y" on every page, marked as pagination artifacts.
  addPageNumbers(doc, {
    label: (page, pages) =>
      letter.labels.pageNumber.replace('{page}', String(page)).replace('{pages}', String(pages)),
    font: 'body',
    size: SMALL_SIZE,
    margin: MARGIN,
    pageWidth: PAGE.width,
    pageHeight: PAGE.height,
    clean,
  });
  doc.end();
  return bytes;

  function renderBlock(block: LetterBlock): void {
    switch (block.type) {
      case 'heading':
        keepRoom(HEADING_SIZE * 4);
        doc.y += GAP / 2;
        add(root, 'H2', () => write(block.text, 'bold', HEADING_SIZE, GAP / 2));
        return;
      case 'paragraph':
        add(root, 'P', () => write(block.text, 'body', BODY_SIZE));
        return;
      case 'fields': {
        for (const row of block.rows) {
          add(root, 'P', () => {
            doc
              .font('bold')
              .fontSize(BODY_SIZE)
              .text(clean(`${row.label}: `), MARGIN, doc.y, { width: WIDTH, continued: true })
              .font('body')
              .text(clean(row.value));
          });
        }
        doc.y += GAP;
        return;
      }
      case 'list': {
        const listStruct = doc.struct('L');
        root.add(listStruct);
        block.items.forEach((item, index) => {
          const label = block.ordered ? `${index + 1}.` : '\u2022';
          const li = doc.struct('LI');
          listStruct.add(li);
          keepRoom(BODY_SIZE * 2);
          const top = doc.y;
          add(li, 'Lbl', () => {
            doc
              .font('body')
              .fontSize(BODY_SIZE)
              .text(clean(label), MARGIN + 6, top, {
                width: 18,
                lineBreak: false,
              });
          });
          add(li, 'LBody', () => {
            doc
              .font('body')
              .fontSize(BODY_SIZE)
              .text(clean(item.text), MARGIN + 26, top, { width: WIDTH - 26 });
          });
          li.end();
          doc.y += 3;
        });
        listStruct.end();
        doc.y += GAP - 3;
        return;
      }
    }
  }
}
