import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  fixture,
  makeCorruptPdf,
  makeEncryptedPdf,
  makePdf,
  makePng,
  withExifOrientation,
} from '../../test/fixtures/files.js';
import { inspectPdf, type Photo, photosToPdf } from './vault-pdf.js';

const jpeg = (orientation: number): Photo => ({
  bytes: withExifOrientation(fixture('page-1.jpg'), orientation),
  type: 'image/jpeg',
  width: 300,
  height: 400,
  orientation,
});

describe('checking an uploaded PDF', () => {
  it('keeps a readable PDF and counts its pages', async () => {
    expect(await inspectPdf(await makePdf(3), 2000)).toEqual({
      ok: true,
      pageCount: 3,
      binderOk: true,
    });
  });

  it('refuses a PDF it cannot load, an encrypted one, and one over the page limit', async () => {
    expect(await inspectPdf(makeCorruptPdf(), 2000)).toEqual({ ok: false, reason: 'pdf_damaged' });
    expect(await inspectPdf(await makeEncryptedPdf(), 2000)).toEqual({
      ok: false,
      reason: 'pdf_encrypted',
    });
    expect(await inspectPdf(await makePdf(6), 5)).toEqual({
      ok: false,
      reason: 'pdf_too_many_pages',
    });
  });

  it('keeps a PDF with no pages, or a page of impossible size, but not for binders', async () => {
    const empty = await PDFDocument.create();
    expect(await inspectPdf(await empty.save({ addDefaultPage: false }), 2000)).toEqual({
      ok: true,
      pageCount: 0,
      binderOk: false,
      binderProblem: 'no_pages',
    });
    const odd = await PDFDocument.create();
    odd.addPage([612, 792]);
    odd.addPage([20_000, 792]);
    expect(await inspectPdf(await odd.save(), 2000)).toEqual({
      ok: true,
      pageCount: 2,
      binderOk: false,
      binderProblem: 'bad_page_size',
    });
  });
});

describe('photos of paper pages become PDF pages', () => {
  it('makes one Letter page per photo, in the order given', async () => {
    const png: Photo = {
      bytes: makePng(40, 20),
      type: 'image/png',
      width: 40,
      height: 20,
      orientation: 1,
    };
    const { pdf, failed } = await photosToPdf([jpeg(1), png], 'Test');
    expect(failed).toEqual([]);
    const doc = await PDFDocument.load(pdf ?? new Uint8Array());
    // A portrait photo on a portrait page, a landscape one on a landscape page.
    expect(doc.getPages().map((p) => p.getSize())).toEqual([
      { width: 612, height: 792 },
      { width: 792, height: 612 },
    ]);
    expect(doc.getTitle()).toBe('Test');
  });

  it('turns a photo upright from its EXIF orientation: 6 and 8 swap the sides, 3 does not', async () => {
    const { pdf } = await photosToPdf([jpeg(6), jpeg(8), jpeg(3)], 'Turned');
    const doc = await PDFDocument.load(pdf ?? new Uint8Array());
    expect(doc.getPages().map((p) => p.getSize())).toEqual([
      { width: 792, height: 612 },
      { width: 792, height: 612 },
      { width: 612, height: 792 },
    ]);
  });

  it('leaves out a photo it cannot read and says which, keeping the others', async () => {
    const broken: Photo = {
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      type: 'image/png',
      width: 10,
      height: 10,
      orientation: 1,
    };
    const { pdf, failed } = await photosToPdf([jpeg(1), broken], 'Some');
    expect(failed).toEqual([1]);
    expect((await PDFDocument.load(pdf ?? new Uint8Array())).getPageCount()).toBe(1);
    const none = await photosToPdf([broken], 'None');
    expect(none).toEqual({ pdf: undefined, failed: [0] });
  });
});
