/**
 * The TrueType fonts letters embed in PDFs. PDFs never rely on the standard 14 fonts: their
 * WinAnsi encoding cannot carry every character a family types, and PDF/UA wants embedded fonts.
 *
 * Liberation Sans (SIL Open Font License 1.1) covers Latin-1 and Latin Extended, so Spanish
 * (á é í ó ú ü ñ ¿ ¡ « ») is fine. It is looked for, in order:
 * 0. `assets/fonts/` in this repository (shipped with the app, licence beside it);
 * 1. `pdfjs-dist/standard_fonts/` (a development dependency, where installed);
 * 2. Debian's `fonts-liberation` (`/usr/share/fonts/truetype/liberation/`);
 * 3. Debian's `fonts-dejavu-core` (`/usr/share/fonts/truetype/dejavu/`).
 * A deployment can pass its own files to `loadLetterFonts(paths)` instead.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/** A regular and a bold face, as TTF bytes. */
export type LetterFonts = {
  readonly regular: Buffer;
  readonly bold: Buffer;
  /** Where they came from, for logs and the report. */
  readonly source: string;
};

/** Paths of a regular and a bold TTF. */
export type LetterFontPaths = { readonly regular: string; readonly bold: string };

function pdfjsFontDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');
  } catch {
    return undefined;
  }
}

/** The places fonts are looked for, in order. */
export function fontCandidates(): LetterFontPaths[] {
  // assets/ sits two levels above both src/render/ and dist/render/.
  const shipped = new URL('../../assets/fonts/', import.meta.url).pathname;
  const candidates: LetterFontPaths[] = [
    {
      regular: join(shipped, 'LiberationSans-Regular.ttf'),
      bold: join(shipped, 'LiberationSans-Bold.ttf'),
    },
  ];
  const pdfjs = pdfjsFontDir();
  if (pdfjs) {
    candidates.push({
      regular: join(pdfjs, 'LiberationSans-Regular.ttf'),
      bold: join(pdfjs, 'LiberationSans-Bold.ttf'),
    });
  }
  candidates.push(
    {
      regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
      bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    },
    {
      regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    },
  );
  return candidates;
}

let cached: LetterFonts | undefined;

/**
 * Loads the letter fonts once (from `paths`, or the first candidate that exists). Throws a clear
 * error when none is found.
 *
 * @example
 * const fonts = loadLetterFonts();
 * fonts.source; // '/…/node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf'
 */
export function loadLetterFonts(paths?: LetterFontPaths): LetterFonts {
  if (!paths && cached) {
    return cached;
  }
  const tried: string[] = [];
  for (const candidate of paths ? [paths] : fontCandidates()) {
    try {
      const fonts: LetterFonts = {
        regular: readFileSync(candidate.regular),
        bold: readFileSync(candidate.bold),
        source: candidate.regular,
      };
      if (!paths) {
        cached = fonts;
      }
      return fonts;
    } catch {
      tried.push(candidate.regular);
    }
  }
  throw new Error(
    `No TrueType font for letters. Tried: ${tried.join(', ')}. Install pdfjs-dist, or apt-get install -y fonts-liberation.`,
  );
}

/**
 * A parsed font face (fontkit's object, as pdfkit holds it). pdfkit accepts one in place of font
 * bytes, which spares re-parsing the TTF for every PDF (the main cost of a small letter).
 */
export type ParsedFontFace = { readonly layout: (...args: never[]) => unknown };

/** The regular and bold faces, parsed once. */
export type ParsedLetterFonts = {
  readonly regular: ParsedFontFace;
  readonly bold: ParsedFontFace;
  readonly source: string;
};

function parseFace(bytes: Buffer): ParsedFontFace {
  const scratch = new PDFDocument({ autoFirstPage: false });
  scratch.registerFont('face', bytes);
  scratch.font('face');
  const face = (scratch as unknown as { _font?: { font?: ParsedFontFace } })._font?.font;
  if (!face || typeof face.layout !== 'function') {
    throw new Error('pdfkit did not parse the letter font');
  }
  return face;
}

let parsed: ParsedLetterFonts | undefined;

/**
 * The letter fonts parsed once by pdfkit's font engine (from `paths`, or the default search).
 *
 * @example
 * const faces = parsedLetterFonts();
 * doc.registerFont('body', faces.regular as unknown as Buffer);
 */
export function parsedLetterFonts(paths?: LetterFontPaths): ParsedLetterFonts {
  if (!paths && parsed) {
    return parsed;
  }
  const fonts = loadLetterFonts(paths);
  const result: ParsedLetterFonts = {
    regular: parseFace(fonts.regular),
    bold: parseFace(fonts.bold),
    source: fonts.source,
  };
  if (!paths) {
    parsed = result;
  }
  return result;
}
