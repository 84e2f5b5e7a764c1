/**
 * Document checkers for tests: what a screen reader and a text extractor find in a PDF (tagging,
 * language, title, the text of every page) and the text of a DOCX. Shared by every test that
 * renders a document (letters, checklists, concerns statements, binders).
 */

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdf.js reads the 14 standard fonts (the binder's Helvetica) from its own package. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** What a PDF checker finds: tagging, metadata and the text of every page. */
export type PdfReport = {
  marked: boolean;
  structRoles: string[];
  title: string;
  language: string;
  pages: number;
  text: string;
  pageSize: [number, number];
};

function roles(node: unknown, out: string[]): string[] {
  if (node && typeof node === 'object') {
    const { role, children } = node as { role?: string; children?: unknown[] };
    if (role) {
      out.push(role);
    }
    for (const child of children ?? []) {
      roles(child, out);
    }
  }
  return out;
}

export async function checkPdf(bytes: Uint8Array): Promise<PdfReport> {
  const pdf = await pdfjs.getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  const markInfo = await pdf.getMarkInfo();
  const metadata = await pdf.getMetadata();
  const info = metadata.info as { Title?: string; Language?: string };
  const structRoles: string[] = [];
  let text = '';
  let pageSize: [number, number] = [0, 0];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    if (n === 1) {
      const [, , width, height] = page.view;
      pageSize = [width ?? 0, height ?? 0];
    }
    roles(await page.getStructTree(), structRoles);
    const content = await page.getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    text += '\n';
  }
  await pdf.destroy();
  return {
    marked: markInfo?.Marked === true,
    structRoles,
    title: info.Title ?? '',
    language: info.Language ?? '',
    pages: pdf.numPages,
    text,
    pageSize,
  };
}

/** Text with all whitespace removed, so wrapped lines compare with the source. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export function docxText(bytes: Uint8Array): { xml: string; text: string; files: string[] } {
  const files = unzipSync(bytes);
  const document = files['word/document.xml'];
  if (!document) {
    throw new Error('no word/document.xml');
  }
  const xml = strFromU8(document);
  const text = xml
    .replace(/<w:br\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { xml, text, files: Object.keys(files) };
}
