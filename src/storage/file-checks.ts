// Pure checks on an uploaded file, before anything decodes or stores it: what the bytes really
// are (magic bytes; neither the file name nor the browser's type is trusted), how big an image
// says it is (read from the PNG IHDR or JPEG SOF header, never by decoding), and a file name that
// is safe to show and to put in a download header. Nothing here touches the disk or a path.

/** The file types the vault accepts. */
export type SniffedType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** Why a file was refused (a code; pages show the translated sentence). */
export type FileRejection =
  | 'empty'
  | 'too_large'
  | 'unsupported_type'
  | 'type_mismatch'
  | 'pdf_damaged'
  | 'pdf_encrypted'
  | 'pdf_too_many_pages'
  | 'image_damaged'
  | 'image_too_wide'
  | 'image_too_many_pixels'
  | 'too_many_files'
  | 'over_quota';

/** A PDF with more pages than this is refused (a binder of such files could not be built). */
export const MAX_PDF_PAGES = 2000;
/** The longest side, in pixels, of an accepted photo. */
export const MAX_IMAGE_SIDE = 12_000;
/** Pixels in an accepted JPEG (embedded in the PDF as it is, never decoded). 50 MP. */
export const MAX_JPEG_PIXELS = 50_000_000;
/**
 * Pixels in an accepted PNG. Lower than for JPEG: a PNG is decoded in memory (4 bytes a pixel)
 * to become a PDF page, so this bounds that memory (about 100 MB). 25 MP.
 */
export const MAX_PNG_PIXELS = 25_000_000;
/** Files in one upload. */
export const MAX_FILES_PER_UPLOAD = 50;
/** Characters kept of a file name (the extension is kept). */
export const MAX_FILE_NAME_LENGTH = 120;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** How many leading bytes a PDF header may be preceded by (readers accept junk before it). */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) {
    return false;
  }
  return prefix.every((b, i) => bytes[at + i] === b);
}

/**
 * What the bytes are, from their magic numbers; undefined for anything the vault does not take.
 *
 * @example
 * sniffType(new TextEncoder().encode('%PDF-1.7\n…')); // 'application/pdf'
 */
export function sniffType(bytes: Uint8Array): SniffedType | undefined {
  if (startsWith(bytes, PNG_SIGNATURE)) {
    return 'image/png';
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return 'image/jpeg';
  }
  const window = Math.min(bytes.length, PDF_HEADER_WINDOW);
  for (let i = 0; i + 5 <= window; i++) {
    // '%PDF-'
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) {
      return 'application/pdf';
    }
  }
  return undefined;
}

const EXTENSION_TYPES: Record<string, SniffedType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  jfif: 'image/jpeg',
  png: 'image/png',
};

/** The type a file name's extension claims, if it claims one we know. */
export function typeFromName(name: string): SniffedType | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0) {
    return undefined;
  }
  return EXTENSION_TYPES[name.slice(dot + 1).toLowerCase()];
}

/** The type a browser's Content-Type claims, if it is one we know (`image/jpg` included). */
export function typeFromDeclared(declared: string): SniffedType | undefined {
  const base = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  if (base === 'image/jpg' || base === 'image/pjpeg') {
    return 'image/jpeg';
  }
  return base === 'application/pdf' || base === 'image/jpeg' || base === 'image/png'
    ? base
    : undefined;
}

/**
 * The file's real type, or why it is refused: unknown bytes are 'unsupported_type'; bytes of one
 * kind under a name or type that says another (a photo called .pdf, a PDF sent as image/png) are
 * 'type_mismatch'. A name with no known extension (e.g. a phone's "image") is judged by its bytes.
 */
export function checkType(
  bytes: Uint8Array,
  name: string,
  declared: string,
): { ok: true; type: SniffedType } | { ok: false; reason: FileRejection } {
  const sniffed = sniffType(bytes);
  if (!sniffed) {
    return { ok: false, reason: 'unsupported_type' };
  }
  const byName = typeFromName(name);
  const byDeclared = typeFromDeclared(declared);
  if ((byName && byName !== sniffed) || (byDeclared && byDeclared !== sniffed)) {
    return { ok: false, reason: 'type_mismatch' };
  }
  return { ok: true, type: sniffed };
}

export type ImageSize = { width: number; height: number };

function u16be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
}

function u32be(b: Uint8Array, i: number): number {
  return (
    (((b[i] ?? 0) << 24) >>> 0) + ((b[i + 1] ?? 0) << 16) + ((b[i + 2] ?? 0) << 8) + (b[i + 3] ?? 0)
  );
}

/** Width and height from a PNG's IHDR chunk (which must come first), without decoding. */
export function readPngSize(bytes: Uint8Array): ImageSize | undefined {
  // Signature (8), chunk length (4), 'IHDR' (4), width (4), height (4).
  if (!startsWith(bytes, PNG_SIGNATURE) || bytes.length < 24) {
    return undefined;
  }
  if (!startsWith(bytes, [0x49, 0x48, 0x44, 0x52], 12)) {
    return undefined;
  }
  return { width: u32be(bytes, 16), height: u32be(bytes, 20) };
}

/** Start-of-frame markers (baseline, progressive, lossless…); C4, C8 and CC are not frames. */
function isSofMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Walks a JPEG's marker segments up to the image data, calling `visit` for each. */
function walkJpeg(
  bytes: Uint8Array,
  visit: (marker: number, start: number, length: number) => boolean,
) {
  if (!startsWith(bytes, [0xff, 0xd8])) {
    return;
  }
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) {
      return;
    }
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      // Fill byte before a marker.
      i += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) {
      // End of image, or the image data starts: no more headers.
      return;
    }
    const length = u16be(bytes, i + 2);
    if (length < 2) {
      return;
    }
    if (visit(marker, i + 4, length - 2)) {
      return;
    }
    i += 2 + length;
  }
}

/** Width and height from a JPEG's start-of-frame header, without decoding. */
export function readJpegSize(bytes: Uint8Array): ImageSize | undefined {
  let size: ImageSize | undefined;
  walkJpeg(bytes, (marker, start, length) => {
    if (isSofMarker(marker) && length >= 5 && start + 5 <= bytes.length) {
      // precision (1), height (2), width (2)
      size = { height: u16be(bytes, start + 1), width: u16be(bytes, start + 3) };
      return true;
    }
    return false;
  });
  return size;
}

/**
 * The EXIF orientation of a JPEG (1 to 8; 1 when there is none): how a phone says its photo must
 * be turned to stand upright.
 */
export function readJpegOrientation(bytes: Uint8Array): number {
  let orientation = 1;
  walkJpeg(bytes, (marker, start, length) => {
    // APP1 holding 'Exif\0\0' then a TIFF header.
    if (
      marker !== 0xe1 ||
      length < 14 ||
      !startsWith(bytes, [0x45, 0x78, 0x69, 0x66, 0x00, 0x00], start)
    ) {
      return false;
    }
    const tiff = start + 6;
    const end = Math.min(bytes.length, start + length);
    const little = bytes[tiff] === 0x49 && bytes[tiff + 1] === 0x49;
    const big = bytes[tiff] === 0x4d && bytes[tiff + 1] === 0x4d;
    if (!little && !big) {
      return true;
    }
    const u16 = (i: number) =>
      little ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : u16be(bytes, i);
    const u32 = (i: number) =>
      little
        ? ((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16)) +
          (bytes[i + 3] ?? 0) * 0x1000000
        : u32be(bytes, i);
    const ifd = tiff + u32(tiff + 4);
    if (ifd + 2 > end) {
      return true;
    }
    const entries = u16(ifd);
    for (let n = 0; n < entries; n++) {
      const entry = ifd + 2 + n * 12;
      if (entry + 12 > end) {
        break;
      }
      if (u16(entry) === 0x0112) {
        const value = u16(entry + 8);
        if (value >= 1 && value <= 8) {
          orientation = value;
        }
        break;
      }
    }
    return true;
  });
  return orientation;
}

/**
 * Refuses an image whose header claims extreme dimensions (a decompression bomb is a tiny file
 * claiming a huge picture), before anything decodes it.
 */
export function checkImageSize(
  type: 'image/jpeg' | 'image/png',
  size: ImageSize | undefined,
): FileRejection | undefined {
  if (!size || size.width === 0 || size.height === 0) {
    return 'image_damaged';
  }
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE) {
    return 'image_too_wide';
  }
  const budget = type === 'image/png' ? MAX_PNG_PIXELS : MAX_JPEG_PIXELS;
  if (size.width * size.height > budget) {
    return 'image_too_many_pixels';
  }
  return undefined;
}

const EXTENSION_FOR: Record<SniffedType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/**
 * A file name safe to show and store: only the last part of any path (either slash), no control
 * or bidirectional-override characters, no leading dots, spaces squeezed, at most
 * {@link MAX_FILE_NAME_LENGTH} characters with the extension kept, and the extension made to
 * match the real type. Never used as a path: files are stored under random keys.
 *
 * @example
 * sanitizeFileName('..\\..\\C:/evil/\u0000report.pdf', 'application/pdf'); // 'report.pdf'
 */
export function sanitizeFileName(raw: string, type: SniffedType): string {
  const cleaned = displayFileName(raw);
  const ext = EXTENSION_FOR[type];
  const dot = cleaned.lastIndexOf('.');
  let base = (dot > 0 ? cleaned.slice(0, dot) : cleaned).trim();
  if (base === '') {
    base = 'document';
  }
  const room = MAX_FILE_NAME_LENGTH - ext.length - 1;
  // Cut by code points, so a character outside the BMP is never split in half.
  const chars = [...base];
  if (chars.length > room) {
    base = chars.slice(0, room).join('').trim();
  }
  return `${base}.${ext}`;
}

/**
 * A file name as the parent may see it in a message (a refused file has no real type): the
 * cleaning of {@link sanitizeFileName} without the extension fix, at most
 * {@link MAX_FILE_NAME_LENGTH} characters; 'file' when nothing is left.
 */
export function displayFileName(raw: string): string {
  const lastPart = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = lastPart
    .normalize('NFC')
    // Control characters (Cc), and invisible format characters (Cf) that reorder or hide text:
    // bidirectional overrides, zero-width spaces, byte order marks.
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const chars = [...cleaned];
  const short =
    chars.length > MAX_FILE_NAME_LENGTH ? chars.slice(0, MAX_FILE_NAME_LENGTH).join('') : cleaned;
  return short === '' ? 'file' : short;
}

/** The name without its extension, e.g. for a default title. */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/**
 * A `Content-Disposition: attachment` value: an ASCII `filename` fallback (anything else becomes
 * '_') and the full UTF-8 name in `filename*` (RFC 5987 / RFC 6266).
 *
 * @example
 * attachmentDisposition('Evaluación 2024.pdf');
 * // `attachment; filename="Evaluacion 2024.pdf"; filename*=UTF-8''Evaluaci%C3%B3n%202024.pdf`
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
