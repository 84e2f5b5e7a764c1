import { describe, expect, it } from 'vitest';
import {
  fixture,
  jpegClaimingSize,
  makeExecutable,
  makePdf,
  makePng,
  makePngBomb,
  withExifOrientation,
} from '../../test/fixtures/files.js';
import {
  attachmentDisposition,
  checkImageSize,
  checkType,
  displayFileName,
  MAX_FILE_NAME_LENGTH,
  readJpegOrientation,
  readJpegSize,
  readPngSize,
  sanitizeFileName,
  sniffType,
} from './file-checks.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('what a file really is (magic bytes)', () => {
  it('knows a PDF, a JPEG and a PNG by their first bytes', async () => {
    expect(sniffType(await makePdf())).toBe('application/pdf');
    expect(sniffType(fixture('page-1.jpg'))).toBe('image/jpeg');
    expect(sniffType(fixture('page-3.png'))).toBe('image/png');
  });

  it('finds a PDF header after a little junk, as PDF readers do, but not after 1 KB', () => {
    expect(sniffType(text(`\n\n%PDF-1.4\n`))).toBe('application/pdf');
    expect(sniffType(text(`${' '.repeat(2000)}%PDF-1.4\n`))).toBeUndefined();
  });

  it('knows nothing of programs, web pages, text or empty files', () => {
    expect(sniffType(makeExecutable())).toBeUndefined();
    expect(sniffType(text('<html><script>alert(1)</script>'))).toBeUndefined();
    expect(sniffType(text('just words'))).toBeUndefined();
    expect(sniffType(new Uint8Array())).toBeUndefined();
  });

  it('refuses bytes that are not what the name or the browser says, trusting neither', async () => {
    const pdf = await makePdf();
    const jpg = fixture('page-1.jpg');
    expect(checkType(makeExecutable(), 'report.pdf', 'application/pdf')).toEqual({
      ok: false,
      reason: 'unsupported_type',
    });
    expect(checkType(jpg, 'report.pdf', 'application/pdf')).toEqual({
      ok: false,
      reason: 'type_mismatch',
    });
    expect(checkType(pdf, 'scan.png', 'image/png')).toEqual({ ok: false, reason: 'type_mismatch' });
    expect(checkType(pdf, 'report.pdf', 'image/jpeg')).toEqual({
      ok: false,
      reason: 'type_mismatch',
    });
  });

  it('judges a file by its bytes when the name and type claim nothing we know', () => {
    expect(checkType(fixture('page-1.jpg'), 'image', 'application/octet-stream')).toEqual({
      ok: true,
      type: 'image/jpeg',
    });
    expect(checkType(fixture('page-1.jpg'), 'IMG_0001.JPEG', 'image/jpg')).toEqual({
      ok: true,
      type: 'image/jpeg',
    });
  });
});

describe('image size from the header, before any decoding', () => {
  it('reads a PNG’s width and height from IHDR', () => {
    expect(readPngSize(fixture('page-3.png'))).toEqual({ width: 150, height: 200 });
    expect(readPngSize(makePngBomb(100_000, 100_000))).toEqual({ width: 100_000, height: 100_000 });
  });

  it('reads a JPEG’s width and height from its start-of-frame header', () => {
    expect(readJpegSize(fixture('page-1.jpg'))).toEqual({ width: 300, height: 400 });
    expect(readJpegSize(jpegClaimingSize(fixture('page-1.jpg'), 65_000, 20))).toEqual({
      width: 65_000,
      height: 20,
    });
  });

  it('reads the EXIF orientation a phone writes (1 when there is none)', () => {
    expect(readJpegOrientation(fixture('page-1.jpg'))).toBe(1);
    expect(readJpegOrientation(fixture('page-2-rotated.jpg'))).toBe(6);
    expect(readJpegOrientation(withExifOrientation(fixture('page-1.jpg'), 8))).toBe(8);
  });

  it('gives up on a header it cannot read rather than guess', () => {
    expect(readPngSize(text('\x89PNG'))).toBeUndefined();
    expect(readJpegSize(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeUndefined();
    expect(checkImageSize('image/jpeg', undefined)).toBe('image_damaged');
    expect(checkImageSize('image/png', { width: 0, height: 10 })).toBe('image_damaged');
  });

  it('refuses extreme sides, and more pixels than the budget (a bomb claims both)', () => {
    expect(checkImageSize('image/jpeg', { width: 4032, height: 3024 })).toBeUndefined();
    expect(checkImageSize('image/png', { width: 12_001, height: 10 })).toBe('image_too_wide');
    expect(checkImageSize('image/jpeg', { width: 10, height: 60_000 })).toBe('image_too_wide');
    expect(checkImageSize('image/jpeg', { width: 8_000, height: 8_000 })).toBe(
      'image_too_many_pixels',
    );
    expect(checkImageSize('image/png', { width: 6_000, height: 6_000 })).toBe(
      'image_too_many_pixels',
    );
    const bomb = makePngBomb(100_000, 100_000);
    expect(bomb.length).toBeLessThan(200);
    expect(checkImageSize('image/png', readPngSize(bomb))).toBe('image_too_wide');
    expect(checkImageSize('image/png', readPngSize(makePng(20, 20)))).toBeUndefined();
  });
});

describe('file names', () => {
  it('keeps only the last part of a path, with either slash', () => {
    expect(sanitizeFileName('../../etc/passwd.pdf', 'application/pdf')).toBe('passwd.pdf');
    expect(sanitizeFileName('C:\\Users\\Ana\\IEP 2024.pdf', 'application/pdf')).toBe(
      'IEP 2024.pdf',
    );
    expect(sanitizeFileName('..', 'application/pdf')).toBe('file.pdf');
  });

  it('drops control and invisible reordering characters', () => {
    expect(sanitizeFileName('re\u0000po\nrt\u202Efdp.pdf', 'application/pdf')).toBe(
      'reportfdp.pdf',
    );
    expect(displayFileName('\u0007\u0000')).toBe('file');
  });

  it('cuts a 300-character name to the limit and keeps the extension that matches the bytes', () => {
    const name = sanitizeFileName(`${'é'.repeat(300)}.pdf`, 'application/pdf');
    expect([...name].length).toBe(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(sanitizeFileName('photo.JPG', 'image/jpeg')).toBe('photo.jpg');
    expect(sanitizeFileName('IMG_2231', 'image/jpeg')).toBe('IMG_2231.jpg');
    expect(sanitizeFileName('🙂'.repeat(300), 'image/png')).toMatch(/^(🙂)+\.png$/u);
  });

  it('makes a download header with an ASCII name and the full name in UTF-8 (RFC 5987)', () => {
    expect(attachmentDisposition('Evaluación "final"; 100%.pdf')).toBe(
      `attachment; filename="Evaluacion _final__ 100_.pdf"; filename*=UTF-8''Evaluaci%C3%B3n%20%22final%22%3B%20100%25.pdf`,
    );
    expect(attachmentDisposition('日本.pdf')).toBe(
      `attachment; filename="__.pdf"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf`,
    );
  });
});
