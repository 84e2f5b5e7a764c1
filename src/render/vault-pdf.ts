/**
 * The document vault's PDF work (pdf-lib): checking an uploaded PDF before it is kept, and making
 * photos of paper pages into PDF pages, in order, upright, on US Letter.
 *
 * The rule for PDFs (one rule, everywhere): a PDF that pdf-lib cannot load, or that is encrypted
 * (any /Encrypt: password-protected or locked), or that has more than MAX_PDF_PAGES pages, is
 * refused with a plain message; the parent keeps their file and is told what to do. A PDF that
 * loads but whose pages cannot be laid out (no pages, or a page of impossible size) is kept and
 * marked "cannot go in a binder" with the reason.
 *
 * @module
 */
import { degrees, PDFDocument, type PDFImage } from 'pdf-lib';
import type { FileRejection } from '../storage/file-checks.js';

/** What an accepted PDF is, for the vault. */
export type PdfInspection =
  | { ok: true; pageCount: number; binderOk: true }
  | { ok: true; pageCount: number; binderOk: false; binderProblem: 'no_pages' | 'bad_page_size' }
  | { ok: false; reason: FileRejection };

/** The PDF user-space limit on a page side (ISO 32000-1 Annex C: 14,400 units, 200 inches). */
const MAX_PAGE_SIDE = 14_400;

/**
 * Loads a PDF with pdf-lib and tells whether the vault keeps it, and whether it can go in a
 * binder.
 *
 * @example
 * const result = await inspectPdf(bytes, 2000);
 * if (result.ok) console.log(result.pageCount);
 */
export async function inspectPdf(bytes: Uint8Array, maxPages: number): Promise<PdfInspection> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    return { ok: false, reason: 'pdf_damaged' };
  }
  if (doc.isEncrypted) {
    return { ok: false, reason: 'pdf_encrypted' };
  }
  let pageCount: number;
  let sizesOk = true;
  try {
    pageCount = doc.getPageCount();
    if (pageCount > maxPages) {
      return { ok: false, reason: 'pdf_too_many_pages' };
    }
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize();
      if (
        !(Number.isFinite(width) && Number.isFinite(height)) ||
        Math.abs(width) < 1 ||
        Math.abs(height) < 1 ||
        Math.abs(width) > MAX_PAGE_SIDE ||
        Math.abs(height) > MAX_PAGE_SIDE
      ) {
        sizesOk = false;
      }
    }
  } catch {
    // The file starts like a PDF and parts of it load, but its page tree is broken.
    return { ok: false, reason: 'pdf_damaged' };
  }
  if (pageCount === 0) {
    return { ok: true, pageCount, binderOk: false, binderProblem: 'no_pages' };
  }
  if (!sizesOk) {
    return { ok: true, pageCount, binderOk: false, binderProblem: 'bad_page_size' };
  }
  return { ok: true, pageCount, binderOk: true };
}

/** A checked photo: its bytes, type, size from its header, and EXIF orientation (1–8). */
export type Photo = {
  bytes: Uint8Array;
  type: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  orientation: number;
};

/** US Letter, in points. */
const LETTER = { short: 612, long: 792 };
const MARGIN = 24;

/**
 * Photos of paper pages as one PDF, one page each, in the order given: each photo turned upright
 * (EXIF orientation; the mirrored orientations 2, 4, 5, 7, which cameras do not write, are
 * treated as their unmirrored turn), scaled to fit a Letter page (portrait or landscape, as the
 * photo is) and centred. Returns the PDF and the index of any photo that could not be read.
 *
 * @example
 * const { pdf, failed } = await photosToPdf([photo1, photo2], 'Evaluation');
 */
export async function photosToPdf(
  photos: readonly Photo[],
  title: string,
): Promise<{ pdf: Uint8Array | undefined; failed: number[] }> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('IEP Navigator');
  doc.setCreator('IEP Navigator');
  const failed: number[] = [];
  let pages = 0;
  for (const [index, photo] of photos.entries()) {
    let image: PDFImage;
    try {
      image =
        photo.type === 'image/jpeg'
          ? await doc.embedJpg(photo.bytes)
          : await doc.embedPng(photo.bytes);
    } catch {
      failed.push(index);
      continue;
    }
    drawUpright(doc, image, photo.orientation);
    pages++;
  }
  if (pages === 0) {
    return { pdf: undefined, failed };
  }
  return { pdf: await doc.save(), failed };
}

function drawUpright(doc: PDFDocument, image: PDFImage, orientation: number): void {
  // The turn (clockwise) that makes the stored picture upright.
  const turn = { 3: 180, 4: 180, 5: 270, 6: 90, 7: 90, 8: 270 }[orientation] ?? 0;
  const sideways = turn === 90 || turn === 270;
  const shownWidth = sideways ? image.height : image.width;
  const shownHeight = sideways ? image.width : image.height;
  const landscape = shownWidth > shownHeight;
  const pageWidth = landscape ? LETTER.long : LETTER.short;
  const pageHeight = landscape ? LETTER.short : LETTER.long;
  const scale = Math.min(
    (pageWidth - 2 * MARGIN) / shownWidth,
    (pageHeight - 2 * MARGIN) / shownHeight,
  );
  // Drawn size of the picture before it is turned, and the box it fills once turned.
  const w = image.width * scale;
  const h = image.height * scale;
  const boxW = shownWidth * scale;
  const boxH = shownHeight * scale;
  const bx = (pageWidth - boxW) / 2;
  const by = (pageHeight - boxH) / 2;
  const page = doc.addPage([pageWidth, pageHeight]);
  // pdf-lib turns an image about its lower-left corner (counter-clockwise for positive degrees),
  // so that corner is placed where the turned picture lands inside its box.
  if (turn === 90) {
    page.drawImage(image, { x: bx, y: by + w, width: w, height: h, rotate: degrees(-90) });
  } else if (turn === 270) {
    page.drawImage(image, { x: bx + h, y: by, width: w, height: h, rotate: degrees(90) });
  } else if (turn === 180) {
    page.drawImage(image, { x: bx + w, y: by + h, width: w, height: h, rotate: degrees(180) });
  } else {
    page.drawImage(image, { x: bx, y: by, width: w, height: h });
  }
}
