/**
 * Renders a {@link LetterModel} as an editable Word document with the `docx` package: the same
 * content as the PDF, US Letter with 1-inch margins, real headings (Heading 1 and 2) and lists,
 * the document language set, and "Page X of Y" in the footer.
 *
 * @module
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { AddressBlock, LetterBlock, LetterModel } from '../domain/letters/index.js';

/** Twentieths of a point per inch. */
const INCH = 1440;
const FONT = 'Arial';

/** Runs for text that may hold line breaks ("\n" becomes a line break in the same paragraph). */
function runs(text: string, options: { bold?: boolean } = {}): TextRun[] {
  return text
    .split('\n')
    .map(
      (line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, bold: options.bold }),
    );
}

function addressParagraph(block: AddressBlock): Paragraph {
  return new Paragraph({ children: runs([block.name, ...block.lines].join('\n')) });
}

function blockParagraphs(block: LetterBlock, listIndex: number): Paragraph[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.text) })];
    case 'fields':
      return block.rows.map(
        (row, index) =>
          new Paragraph({
            spacing: { after: index === block.rows.length - 1 ? 160 : 0 },
            children: [new TextRun({ text: `${row.label}: `, bold: true }), ...runs(row.value)],
          }),
      );
    case 'list':
      return block.items.map((item) =>
        block.ordered
          ? new Paragraph({
              numbering: { reference: 'ordered', level: 0, instance: listIndex },
              children: runs(item.text),
            })
          : new Paragraph({ bullet: { level: 0 }, children: runs(item.text) }),
      );
  }
}

/** Splits "Page {page} of {pages}" into text and page-number fields. */
function pageNumberChildren(format: string): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const part of format.split(/(\{page\}|\{pages\})/)) {
    if (part === '{page}') {
      children.push(new TextRun({ children: [PageNumber.CURRENT], size: 18 }));
    } else if (part === '{pages}') {
      children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }));
    } else if (part) {
      children.push(new TextRun({ text: part, size: 18 }));
    }
  }
  return children;
}

/**
 * The Word document object for a letter (see {@link renderLetterDocx} for bytes).
 *
 * @example
 * const doc = letterDocument(letter);
 */
export function letterDocument(letter: LetterModel): Document {
  const children: Paragraph[] = [];
  for (const notice of letter.notices) {
    children.push(
      new Paragraph({
        border: {
          top: { style: 'single', size: 12, color: '333333', space: 4 },
          bottom: { style: 'single', size: 12, color: '333333', space: 4 },
          left: { style: 'single', size: 12, color: '333333', space: 4 },
          right: { style: 'single', size: 12, color: '333333', space: 4 },
        },
        children: runs(notice, { bold: true }),
      }),
    );
  }
  children.push(addressParagraph(letter.from));
  children.push(new Paragraph({ children: runs(letter.date) }));
  for (const to of letter.to) {
    children.push(addressParagraph(to));
  }
  children.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: runs(`${letter.labels.subject} ${letter.subject}`),
    }),
  );
  children.push(new Paragraph({ children: runs(letter.salutation) }));
  let listIndex = 0;
  for (const block of letter.body) {
    if (block.type === 'list' && block.ordered) {
      listIndex++;
    }
    children.push(...blockParagraphs(block, listIndex));
  }
  const sig = letter.signature;
  children.push(new Paragraph({ keepNext: true, children: runs(sig.closing) }));
  children.push(
    new Paragraph({
      keepNext: true,
      spacing: { after: 0 },
      children: runs(sig.typed, { bold: true }),
    }),
  );
  children.push(new Paragraph({ children: runs([sig.name, sig.role, ...sig.lines].join('\n')) }));
  if (letter.copies.length > 0) {
    children.push(
      new Paragraph({
        keepNext: true,
        spacing: { after: 0 },
        children: runs(letter.labels.copies, { bold: true }),
      }),
    );
    for (const copy of letter.copies) {
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: runs([copy.name, ...copy.lines].join(', ')),
        }),
      );
    }
  }

  return new Document({
    title: letter.title,
    subject: letter.subject,
    creator: letter.from.name,
    description: letter.mirror ? letter.notices[0] : undefined,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: letter.lang } },
          paragraph: { spacing: { after: 160, line: 264 } },
        },
        heading1: {
          run: { font: FONT, size: 26, bold: true, color: '000000' },
          paragraph: { spacing: { before: 120, after: 160 } },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 8.5 * INCH, height: 11 * INCH },
            margin: { top: INCH, bottom: INCH, left: INCH, right: INCH },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: pageNumberChildren(letter.labels.pageNumber),
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/**
 * Renders the letter as DOCX bytes (a zip).
 *
 * @example
 * const bytes = await renderLetterDocx(letter);
 * // bytes start with 'PK'
 */
export async function renderLetterDocx(letter: LetterModel): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(letterDocument(letter));
  return new Uint8Array(buffer);
}
