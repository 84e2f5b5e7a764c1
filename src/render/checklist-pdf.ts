/**
 * Renders a meeting checklist (issue 7) as a tagged, accessible PDF with pdfkit: a structure tree
 * (Document, H1, P, Sect, H2, L/LI/Lbl/LBody) in reading order, /Lang (en-US or es-US), a title
 * shown in the window, MarkInfo, the embedded Liberation Sans faces of `letter-fonts.ts` (they
 * carry Spanish), US Letter pages and "Page X of Y" footers marked as pagination artifacts.
 *
 * Each item is a drawn check box (an artifact, so a screen reader does not announce a shape)
 * followed by the item's text and, in small print, the law it rests on. A ticked item gets a
 * check mark inside a `Lbl` element whose alternate text says "Done", so the tick is heard as
 * well as seen. Items are never split across pages; a phase heading never ends a page.
 *
 * The same renderer prints the blank checklist of the public guide (no case details: blank lines
 * to fill in by hand) and a parent's filled-in checklist (case details, ticks, their own items).
 *
 * @module
 */
import PDFDocument from 'pdfkit';
import type { ChecklistItem, CustomChecklistItem, Phase } from '../domain/guide/index.js';
import { PHASE_NAMES, PHASES } from '../domain/guide/index.js';
import type { Citation } from '../domain/law/citation.js';
import { format, formatDate, messages } from '../i18n/index.js';
import { type LetterFontPaths, parsedLetterFonts } from './letter-fonts.js';
import { addPageNumbers, collectPdf, glyphFilter } from './tagged-pdf.js';

/** The languages a checklist PDF is written in. */
export type ChecklistPdfLanguage = 'en' | 'es';

/** The case a filled-in checklist is for. Values are shown as given. */
export type ChecklistCaseDetails = {
  readonly childName: string;
  readonly school?: string | undefined;
  readonly district?: string | undefined;
  /** The meeting day, YYYY-MM-DD; shown as a date in the document's language. */
  readonly meetingDate?: string | undefined;
  /** More rows, already in the document's language (for example where the meeting is). */
  readonly extra?: readonly { readonly label: string; readonly value: string }[] | undefined;
};

/** Options for {@link renderChecklistPdf}. */
export type ChecklistPdfOptions = {
  readonly language: ChecklistPdfLanguage;
  /** The document title (H1 and the title bar), e.g. "Checklist: Yearly IEP meeting". */
  readonly title: string;
  /** Filled in for a case; without it the PDF has blank lines for the child and the date. */
  readonly caseDetails?: ChecklistCaseDetails | undefined;
  /** Ids of the items (built-in or the parent's own) to show as done. */
  readonly ticked?: ReadonlySet<string> | undefined;
  /** The parent's own items, shown after the built-in items of their phase. */
  readonly customItems?: readonly CustomChecklistItem[] | undefined;
  /** Font files to embed instead of the default search. */
  readonly fonts?: LetterFontPaths | undefined;
  /** The creation date written in the PDF (default: now). */
  readonly createdAt?: Date | undefined;
};

const PAGE = { width: 612, height: 792 };
const MARGIN = 60;
const WIDTH = PAGE.width - 2 * MARGIN;
const TITLE_SIZE = 18;
const HEADING_SIZE = 14;
const BODY_SIZE = 11.5;
const LAW_SIZE = 8.5;
const SMALL_SIZE = 9;
const BOX = 12;
const TEXT_INDENT = BOX + 10;
const TEXT_WIDTH = WIDTH - TEXT_INDENT;
const ITEM_GAP = 9;
const BOTTOM = PAGE.height - MARGIN;

type Struct = PDFKit.PDFStructureElement;

/** One line of the printed list: a built-in item or one of the parent's own. */
type Line = {
  readonly id: string;
  readonly text: string;
  readonly citations: readonly Citation[];
};

/** The lines of each phase: built-in items first, then the parent's own (ids never repeat). */
function linesByPhase(
  checklist: readonly ChecklistItem[],
  customItems: readonly CustomChecklistItem[],
  language: ChecklistPdfLanguage,
): { readonly [P in Phase]: readonly Line[] } {
  const seen = new Set<string>();
  const lines = (phase: Phase): Line[] => {
    const out: Line[] = [];
    for (const item of checklist) {
      if (item.phase === phase && !seen.has(item.id)) {
        seen.add(item.id);
        out.push({ id: item.id, text: item.text[language], citations: item.citations });
      }
    }
    return out;
  };
  const byPhase = { before: lines('before'), during: lines('during'), after: lines('after') };
  for (const custom of customItems) {
    if (!seen.has(custom.id) && custom.text.trim() !== '') {
      seen.add(custom.id);
      byPhase[custom.phase].push({ id: custom.id, text: custom.text.trim(), citations: [] });
    }
  }
  return byPhase;
}

/**
 * Renders a meeting checklist as PDF bytes: the blank one, or one filled in for a case.
 *
 * @example
 * const pdf = await renderChecklistPdf(checklistFor('annual_iep'), {
 *   language: 'es',
 *   title: 'Lista de verificación: Reunión anual del IEP',
 *   caseDetails: { childName: 'Ana Pérez', school: 'Oak Park Elementary', meetingDate: '2027-01-15' },
 *   ticked: new Set(['before.records_request']),
 *   customItems: [{ id: 'own-1', phase: 'before', text: 'Llamar a la maestra' }],
 * });
 * // pdf starts with '%PDF-1.7'; /Lang is es-US
 */
export async function renderChecklistPdf(
  checklist: readonly ChecklistItem[],
  options: ChecklistPdfOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const { language } = options;
  const t = messages(language).guide.pdf;
  const ticked = options.ticked ?? new Set<string>();
  const phases = linesByPhase(checklist, options.customItems ?? [], language);
  const fonts = parsedLetterFonts(options.fonts);
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    lang: language === 'es' ? 'es-US' : 'en-US',
    displayTitle: true,
    bufferPages: true,
    font: fonts.regular as unknown as string,
    info: {
      Title: options.title,
      Author: 'IEP Navigator',
      Subject: options.title,
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

  const keepRoom = (points: number): void => {
    if (doc.y + points > BOTTOM) {
      doc.addPage();
    }
  };
  const add = (parent: Struct, tag: string, draw: () => void): void => {
    parent.add(doc.struct(tag, {}, draw));
  };
  const artifact = (draw: () => void): void => {
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  };

  // Title.
  add(root, 'H1', () => {
    doc
      .font('bold')
      .fontSize(TITLE_SIZE)
      .text(clean(options.title), MARGIN, doc.y, { width: WIDTH });
  });
  doc.y += 10;

  // The case, or blank lines to write it in.
  const details = options.caseDetails;
  const rows: { label: string; value: string | undefined }[] = details
    ? [
        { label: t.child, value: details.childName },
        ...(details.school ? [{ label: t.school, value: details.school }] : []),
        ...(details.district ? [{ label: t.district, value: details.district }] : []),
        ...(details.meetingDate
          ? [{ label: t.meetingDate, value: formatDate(language, details.meetingDate) }]
          : []),
        ...(details.extra ?? []).map((row) => ({ label: row.label, value: row.value })),
      ]
    : [
        { label: t.child, value: undefined },
        { label: t.meetingDate, value: undefined },
      ];
  for (const row of rows) {
    const label = clean(`${row.label}:`);
    const value = row.value;
    if (value !== undefined) {
      add(root, 'P', () => {
        doc
          .font('bold')
          .fontSize(BODY_SIZE)
          .text(`${label} `, MARGIN, doc.y, { width: WIDTH, continued: true })
          .font('body')
          .text(clean(value));
      });
      doc.y += 3;
    } else {
      const top = doc.y;
      add(root, 'P', () => {
        doc.font('bold').fontSize(BODY_SIZE).text(label, MARGIN, top, { width: WIDTH });
      });
      const labelWidth = doc.font('bold').fontSize(BODY_SIZE).widthOfString(label);
      const lineY = top + BODY_SIZE + 2;
      artifact(() => {
        doc
          .moveTo(MARGIN + labelWidth + 8, lineY)
          .lineTo(MARGIN + WIDTH, lineY)
          .lineWidth(0.75)
          .stroke('#000000');
      });
      doc.y = Math.max(doc.y, lineY) + 10;
    }
  }

  // How to use it, and what is done so far.
  const allLines = PHASES.flatMap((phase) => phases[phase]);
  const doneCount = allLines.filter((line) => ticked.has(line.id)).length;
  const intro =
    options.ticked !== undefined
      ? `${t.intro} ${format(t.progress, { done: doneCount, total: allLines.length })}`
      : t.intro;
  doc.y += 4;
  add(root, 'P', () => {
    doc.font('body').fontSize(BODY_SIZE).text(clean(intro), MARGIN, doc.y, { width: WIDTH });
  });
  doc.y += 6;

  const lawLine = (citations: readonly Citation[]): string | undefined =>
    citations.length === 0
      ? undefined
      : clean(
          `${t.law} ${citations
            .map((c) => (c.verified ? c.cite : `${c.cite} (${t.notChecked})`))
            .join('; ')}`,
        );
  const lineHeight = (line: Line): number => {
    const text = clean(line.text);
    const law = lawLine(line.citations);
    const textHeight = doc
      .font('body')
      .fontSize(BODY_SIZE)
      .heightOfString(text, { width: TEXT_WIDTH });
    const lawHeight = law
      ? doc.font('body').fontSize(LAW_SIZE).heightOfString(law, { width: TEXT_WIDTH }) + 2
      : 0;
    return Math.max(textHeight + lawHeight, BOX + 2);
  };

  for (const phase of PHASES) {
    const lines = phases[phase];
    if (lines.length === 0) {
      continue;
    }
    const section = doc.struct('Sect');
    root.add(section);
    const heading = clean(PHASE_NAMES[phase][language]);
    const first = lines[0];
    // The heading stays with its first item.
    keepRoom(HEADING_SIZE * 2.5 + (first ? lineHeight(first) : 0));
    doc.y += 8;
    add(section, 'H2', () => {
      doc.font('bold').fontSize(HEADING_SIZE).text(heading, MARGIN, doc.y, { width: WIDTH });
    });
    doc.y += 6;
    const list = doc.struct('L');
    section.add(list);
    for (const line of lines) {
      keepRoom(lineHeight(line));
      const top = doc.y;
      const done = ticked.has(line.id);
      artifact(() => {
        doc
          .rect(MARGIN, top + 1, BOX, BOX)
          .lineWidth(1.2)
          .stroke('#000000');
      });
      const item = doc.struct('LI');
      list.add(item);
      if (done) {
        item.add(
          doc.struct('Lbl', { alt: t.done }, () => {
            doc
              .moveTo(MARGIN + 2.5, top + 7)
              .lineTo(MARGIN + 5.5, top + 10.5)
              .lineTo(MARGIN + 10.5, top + 3)
              .lineWidth(2)
              .stroke('#000000');
          }),
        );
      }
      const law = lawLine(line.citations);
      add(item, 'LBody', () => {
        doc
          .font('body')
          .fontSize(BODY_SIZE)
          .fillColor('#000000')
          .text(clean(line.text), MARGIN + TEXT_INDENT, top, { width: TEXT_WIDTH });
        if (law) {
          doc
            .font('body')
            .fontSize(LAW_SIZE)
            .fillColor('#333333')
            .text(law, MARGIN + TEXT_INDENT, doc.y + 2, { width: TEXT_WIDTH });
          doc.fillColor('#000000');
        }
      });
      item.end();
      doc.y = Math.max(doc.y, top + BOX + 2) + ITEM_GAP;
    }
    list.end();
    section.end();
  }

  // Information, not advice.
  doc.y += 6;
  keepRoom(SMALL_SIZE * 3);
  add(root, 'P', () => {
    doc.font('body').fontSize(SMALL_SIZE).text(clean(t.notAdvice), MARGIN, doc.y, { width: WIDTH });
  });
  root.end();

  addPageNumbers(doc, {
    label: (page, pages) => format(t.page, { page, pages }),
    font: 'body',
    size: SMALL_SIZE,
    margin: MARGIN,
    pageWidth: PAGE.width,
    pageHeight: PAGE.height,
    clean,
  });
  doc.end();
  return bytes;
}
