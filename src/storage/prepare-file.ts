import { createHash } from 'node:crypto';
import type { DocumentFile } from '../db/documents.js';
import { inspectPdf, type Photo, photosToPdf } from '../render/vault-pdf.js';
import {
  baseName,
  checkImageSize,
  checkType,
  displayFileName,
  type FileRejection,
  MAX_FILES_PER_UPLOAD,
  MAX_PDF_PAGES,
  readJpegOrientation,
  readJpegSize,
  readPngSize,
  sanitizeFileName,
} from './file-checks.js';

// Turns the files of one upload into documents ready to store, refusing each bad file on its own
// so the good ones are still kept. Nothing here writes anywhere: the repository stores the result.

/** An uploaded file as the multipart parser gives it (a web `File` fits). */
export type UploadedFile = {
  name: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
};

/** A document to store, and the (sanitized) names of the files it was made from. */
export type PreparedDocument = { file: DocumentFile; sourceNames: string[] };

/** A file that was not kept, and why. The name is cleaned for display. */
export type RejectedFile = { fileName: string; reason: FileRejection };

export type PreparedUpload = { documents: PreparedDocument[]; rejected: RejectedFile[] };

export type PrepareOptions = {
  /** The per-file limit (UPLOAD_MAX_FILE_MB). */
  maxFileBytes: number;
  /** True: all photos of the upload become the pages of one document, in order. */
  combinePhotos: boolean;
  /** Title put inside a PDF made from photos. */
  pdfTitle: string;
  maxPages?: number;
};

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

type CheckedPhoto = Photo & { fileName: string };

/**
 * Checks every file of an upload and builds the documents: each PDF is its own document; photos
 * become PDF pages (all photos as one document when `combinePhotos`, else one each). A bad file
 * is listed in `rejected` and the others go on.
 *
 * @example
 * const { documents, rejected } = await prepareUpload(files, {
 *   maxFileBytes: 25 * 1024 * 1024, combinePhotos: true, pdfTitle: 'IEP 2024',
 * });
 */
export async function prepareUpload(
  files: readonly UploadedFile[],
  options: PrepareOptions,
): Promise<PreparedUpload> {
  const documents: PreparedDocument[] = [];
  const rejected: RejectedFile[] = [];
  const photos: CheckedPhoto[] = [];
  const maxPages = options.maxPages ?? MAX_PDF_PAGES;

  for (const [index, upload] of files.entries()) {
    const shownName = displayFileName(upload.name);
    if (index >= MAX_FILES_PER_UPLOAD) {
      rejected.push({ fileName: shownName, reason: 'too_many_files' });
      continue;
    }
    if (upload.size === 0) {
      rejected.push({ fileName: shownName, reason: 'empty' });
      continue;
    }
    if (upload.size > options.maxFileBytes) {
      rejected.push({ fileName: shownName, reason: 'too_large' });
      continue;
    }
    const bytes = new Uint8Array(await upload.arrayBuffer());
    const type = checkType(bytes, upload.name, upload.type);
    if (!type.ok) {
      rejected.push({ fileName: shownName, reason: type.reason });
      continue;
    }
    const fileName = sanitizeFileName(upload.name, type.type);
    if (type.type === 'application/pdf') {
      const pdf = await inspectPdf(bytes, maxPages);
      if (!pdf.ok) {
        rejected.push({ fileName, reason: pdf.reason });
        continue;
      }
      documents.push({
        sourceNames: [fileName],
        file: {
          fileName,
          mediaType: 'application/pdf',
          bytes,
          sha256: sha256(bytes),
          pdf: undefined,
          pageCount: pdf.pageCount,
          binderOk: pdf.binderOk,
          binderProblem: pdf.binderOk ? null : pdf.binderProblem,
        },
      });
      continue;
    }
    const size = type.type === 'image/png' ? readPngSize(bytes) : readJpegSize(bytes);
    const problem = checkImageSize(type.type, size);
    if (problem || !size) {
      rejected.push({ fileName, reason: problem ?? 'image_damaged' });
      continue;
    }
    photos.push({
      bytes,
      type: type.type,
      width: size.width,
      height: size.height,
      orientation: type.type === 'image/jpeg' ? readJpegOrientation(bytes) : 1,
      fileName,
    });
  }

  const groups = options.combinePhotos ? (photos.length ? [photos] : []) : photos.map((p) => [p]);
  for (const group of groups) {
    const { pdf, failed } = await photosToPdf(group, options.pdfTitle);
    for (const i of failed) {
      const photo = group[i];
      if (photo) {
        rejected.push({ fileName: photo.fileName, reason: 'image_damaged' });
      }
    }
    const kept = group.filter((_, i) => !failed.includes(i));
    const first = kept[0];
    if (!pdf || !first) {
      continue;
    }
    if (kept.length === 1) {
      // One photo: keep the photo itself for download, and its page for binders.
      documents.push({
        sourceNames: [first.fileName],
        file: {
          fileName: first.fileName,
          mediaType: first.type,
          bytes: first.bytes,
          sha256: sha256(first.bytes),
          pdf,
          pageCount: 1,
          binderOk: true,
          binderProblem: null,
        },
      });
    } else {
      // Several photos of one paper document: the PDF of their pages is the document.
      const fileName = sanitizeFileName(`${baseName(first.fileName)}.pdf`, 'application/pdf');
      documents.push({
        sourceNames: kept.map((p) => p.fileName),
        file: {
          fileName,
          mediaType: 'application/pdf',
          bytes: pdf,
          sha256: sha256(pdf),
          pdf: undefined,
          pageCount: kept.length,
          binderOk: true,
          binderProblem: null,
        },
      });
    }
  }
  return { documents, rejected };
}
