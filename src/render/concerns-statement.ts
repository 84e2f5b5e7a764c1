/**
 * Renders the parent concerns statement (issue 7) as a one-page tagged PDF (pdfkit: Document, H1,
 * P, H2, L/LI structure in reading order, /Lang, a displayed title, MarkInfo, embedded Liberation
 * Sans, US Letter, page numbers as artifacts) and as an editable DOCX (docx: real headings and a
 * numbered list, the document language set).
 *
 * @module
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import PDFDocument from 'pdfkit';
import type { ConcernsStatement } from '../domain/guide/index.js';
import { type LetterFontPaths, parsedLetterFonts } from './letter-fonts.js';
import { addPageNumbers, collectPdf, glyphFilter } from './tagged-pdf.js';

const PAGE = { width: 612, height: 792 };
const MARGIN = 72;
const WIDTH = PAGE.width - 2 * MARGIN;

function lang(statement: ConcernsStatement): string {
  return statement.locale === 'es' ? 'es-US' : 'en-US';
}

/** The statement as PDF bytes. */
export async function renderConcernsPdf(
  statement: ConcernsStatement,
  options: { fonts?: LetterFontPaths; createdAt?: Date } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = parsedLetterFonts(options.fonts);
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    lang: lang(statement),
    displayTitle: true,
    bufferPages: true,
    font: fonts.regular as unknown as string,
    info: {
      Title: statement.title,
      Author: 'IEP Navigator',
      Creator: 'IEP Navigator',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  const bytes = collectPdf(doc);
  doc.registerFont('body', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  doc.font('body').fontSize(11).lineGap(2);
  const clean = glyphFilter(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const add = (parent: PDFKit.PDFStructureElement, tag: string, draw: () => void) => {
    parent.add(doc.struct(tag, {}, draw));
  };
  const para = (text: string, gap = 6) => {
    add(root, 'P', () => {
      doc.font('body').fontSize(11).text(clean(text), MARGIN, doc.y, { width: WIDTH });
    });
    doc.y += gap;
  };
  const heading = (text: string) => {
    doc.y += 6;
    add(root, 'H2', () => {
      doc.font('bold').fontSize(12).text(clean(text), MARGIN, doc.y, { width: WIDTH });
    });
    doc.y += 4;
  };

  add(root, 'H1', () => {
    doc.font('bold').fontSize(14).text(clean(statement.title), MARGIN, doc.y, { width: WIDTH });
  });
  doc.y += 8;
  for (const line of [statement.childLine, statement.schoolLine, statement.dateLine]) {
    if (line) {
      para(line, 2);
    }
  }
  doc.y += 6;
  para(statement.intro);
  heading(statement.prioritiesHeading);
  const list = doc.struct('L');
  root.add(list);
  statement.priorities.forEach((priority, i) => {
    const item = doc.struct('LI');
    list.add(item);
    const top = doc.y;
    item.add(
      doc.struct('Lbl', {}, () => {
        doc
          .font('bold')
          .fontSize(11)
          .text(`${i + 1}.`, MARGIN, top, { width: 20 });
      }),
    );
    item.add(
      doc.struct('LBody', {}, () => {
        doc
          .font('body')
          .fontSize(11)
          .text(clean(priority), MARGIN + 20, top, { width: WIDTH - 20 });
      }),
    );
    item.end();
    doc.y += 4;
  });
  list.end();
  if (statement.concernsHeading && statement.concerns.length > 0) {
    heading(statement.concernsHeading);
    for (const paragraph of statement.concerns) {
      para(paragraph);
    }
  }
  doc.y += 6;
  para(statement.attachRequest);
  if (statement.signatureLine) {
    para(statement.signatureLine);
  }
  root.end();
  addPageNumbers(doc, {
    label: (page, pages) =>
      statement.locale === 'es' ? `Página ${page} de ${pages}` : `Page ${page} of ${pages}`,
    font: 'body',
    size: 9,
    margin: MARGIN,
    pageWidth: PAGE.width,
    pageHeight: PAGE.height,
    clean,
  });
  doc.end();
  return bytes;
}

/** The statement as DOCX bytes. */
export async function renderConcernsDocx(statement: ConcernsStatement): Promise<Uint8Array> {
  const language = lang(statement);
  const text = (value: string, bold = false) =>
    new TextRun({ text: value, bold, language: { value: language } });
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(statement.title, true)] }),
    ...[statement.childLine, statement.schoolLine, statement.dateLine]
      .filter((line): line is string => Boolean(line))
      .map((line) => new Paragraph({ children: [text(line)] })),
    new Paragraph({ spacing: { before: 200 }, children: [text(statement.intro)] }),
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [text(statement.prioritiesHeading, true)],
    }),
    ...statement.priorities.map(
      (priority) =>
        new Paragraph({
          numbering: { reference: 'priorities', level: 0 },
          children: [text(priority)],
        }),
    ),
    ...(statement.concernsHeading && statement.concerns.length > 0
      ? [
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [text(statement.concernsHeading, true)],
          }),
          ...statement.concerns.map((p) => new Paragraph({ children: [text(p)] })),
        ]
      : []),
    new Paragraph({ spacing: { before: 200 }, children: [text(statement.attachRequest)] }),
    ...(statement.signatureLine
      ? [new Paragraph({ children: [text(statement.signatureLine)] })]
      : []),
  ];
  const doc = new Document({
    title: statement.title,
    creator: 'IEP Navigator',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'priorities',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 12240, height: 15840 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
