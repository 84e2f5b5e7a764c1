import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { MAX_PDF_PAGES } from '../../src/storage/file-checks.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';
import {
  type FilePart,
  fixture,
  jpegClaimingSize,
  makeCorruptPdf,
  makeEncryptedPdf,
  makeExecutable,
  makePdf,
  makePngBomb,
  multipart,
} from '../fixtures/files.js';

// The document vault through the real app: uploads (multipart, as a browser sends them), the
// list and its search, downloads, edits, replacing and deleting, and every hostile file. After
// each change the blob store is compared with the rows: no file without a row, no row without
// its file, nothing half-written.

const KB = 1024;

type Env = { t: TestApp; owner: TestClient; caseId: string };

async function setUp(config: Partial<Config> = {}): Promise<Env> {
  const t = await createTestApp({ config });
  const owner = t.client();
  await owner.signUp(uniqueEmail('vault'));
  const caseId = await newCase(owner);
  return { t, owner, caseId };
}

async function newCase(client: TestClient, childFirstName = 'Lena'): Promise<string> {
  const res = await client.postForm('/cases', caseForm({ childFirstName }));
  const id = /\/cases\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
  if (!id) {
    throw new Error('No case created');
  }
  return id;
}

const details = {
  category: 'iep',
  documentDate: '2024-03-27',
  source: 'school',
  notes: '',
  photos: 'combine',
};

async function upload(
  client: TestClient,
  caseId: string,
  files: readonly FilePart[],
  fields: Record<string, string> = {},
  options: { csrf?: boolean; path?: string } = {},
): Promise<Response> {
  const all: Record<string, string> = { ...details, ...fields };
  if (options.csrf !== false) {
    all._csrf = await client.csrfToken();
  }
  const { body, contentType } = multipart(all, files);
  return client.request(options.path ?? `/cases/${caseId}/documents`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

const pdfPart = async (name = 'IEP 2024.pdf', pages = 1): Promise<FilePart> => ({
  name,
  type: 'application/pdf',
  bytes: await makePdf(pages, name),
});
const photo1: FilePart = { name: 'page-1.jpg', type: 'image/jpeg', bytes: fixture('page-1.jpg') };
const photo2: FilePart = {
  name: 'page-2.jpg',
  type: 'image/jpeg',
  bytes: fixture('page-2-rotated.jpg'),
};

type DocRow = {
  id: string;
  title: string;
  category: string;
  file_name: string;
  media_type: string;
  blob_key: string;
  pdf_blob_key: string | null;
  page_count: number | null;
  mediation_confidential: number;
  binder_ok: number;
};

async function rows(t: TestApp, caseId?: string): Promise<DocRow[]> {
  let q = t.deps.db.kysely.selectFrom('documents').selectAll();
  if (caseId) {
    q = q.where('case_id', '=', caseId);
  }
  return (await q.orderBy('created_at').execute()) as DocRow[];
}

/** Every key the blob store holds: files under DATA_DIR/files, or rows of the blobs table. */
async function storedKeys(t: TestApp): Promise<string[]> {
  const keys = new Set<string>();
  if (existsSync(t.filesDir)) {
    for (const e of readdirSync(t.filesDir, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) {
        keys.add(e.name);
      }
    }
  }
  for (const r of await t.deps.db.kysely.selectFrom('blobs').select('key').execute()) {
    keys.add(r.key);
  }
  return [...keys].sort();
}

/** The blob store holds exactly the files the rows point at, and no temporary file. */
async function expectNoOrphans(t: TestApp): Promise<void> {
  const wanted = new Set<string>();
  for (const r of await rows(t)) {
    wanted.add(r.blob_key);
    if (r.pdf_blob_key) {
      wanted.add(r.pdf_blob_key);
    }
  }
  expect(await storedKeys(t)).toEqual([...wanted].sort());
  const tmp = join(t.filesDir, '.tmp');
  expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
}

function imageWidths(doc: PDFDocument): number[] {
  return doc.getPages().map((page) => {
    const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    const ref = xobjects?.values()[0];
    const image = ref ? doc.context.lookup(ref) : undefined;
    const width =
      image instanceof PDFRawStream ? image.dict.lookup(PDFName.of('Width'), PDFNumber) : undefined;
    return width?.asNumber() ?? 0;
  });
}

describe(`the document vault (${testDialect()})`, () => {
  let env: Env;
  beforeAll(async () => {
    env = await setUp();
  });
  afterAll(async () => {
    await env.t.close();
  });

  it('links to the documents from the case page', async () => {
    const html = await (await env.owner.get(`/cases/${env.caseId}`)).text();
    expect(html).toContain(`href="/cases/${env.caseId}/documents"`);
  });

  it('shows an upload form that works from a phone camera and a computer, without JavaScript', async () => {
    const res = await env.owner.get(`/cases/${env.caseId}/documents/new`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toMatch(
      /name="files"[^>]*multiple[^>]*accept="application\/pdf,image\/jpeg,image\/png"/,
    );
    expect(html).toMatch(/name="camera"[^>]*capture="environment"/);
    expect(html).toContain('name="_csrf"');
  });

  it('keeps a PDF and two photos uploaded at once: the photos become one document of two pages, in order', async () => {
    const res = await upload(env.owner, env.caseId, [await pdfPart(), photo1, photo2], {
      title: '',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('We saved 2 documents.');
    expect(html).toContain('Made from: page-1.jpg, page-2.jpg');
    const [pdf, photos] = await rows(env.t, env.caseId);
    expect(pdf).toMatchObject({
      title: 'IEP 2024',
      file_name: 'IEP 2024.pdf',
      media_type: 'application/pdf',
      page_count: 1,
      binder_ok: 1,
    });
    expect(pdf?.pdf_blob_key).toBe(pdf?.blob_key);
    expect(photos).toMatchObject({
      title: 'page-1',
      file_name: 'page-1.pdf',
      media_type: 'application/pdf',
      page_count: 2,
      binder_ok: 1,
    });
    const bytes = await env.t.deps.blobs.get(photos?.pdf_blob_key ?? '');
    const doc = await PDFDocument.load(bytes ?? new Uint8Array());
    expect(doc.getPageCount()).toBe(2);
    // The order uploaded: page-1.jpg (stored 300 wide), then page-2 (stored 400 wide, sideways).
    expect(imageWidths(doc)).toEqual([300, 400]);
    // The sideways photo (EXIF orientation 6) is turned upright: a portrait page, like page 1.
    for (const page of doc.getPages()) {
      expect(page.getSize()).toEqual({ width: 612, height: 792 });
    }
    await expectNoOrphans(env.t);
  });

  it('keeps each photo as its own document when asked, with the photo to download and a PDF page for binders', async () => {
    const res = await upload(env.owner, env.caseId, [photo1], {
      photos: 'separate',
      category: 'progress',
      title: 'Reading data',
      documentDate: '2024-05-01',
    });
    expect(res.status).toBe(200);
    const doc = (await rows(env.t, env.caseId)).find((r) => r.title === 'Reading data');
    expect(doc).toMatchObject({ media_type: 'image/jpeg', file_name: 'page-1.jpg', page_count: 1 });
    expect(doc?.pdf_blob_key).not.toBe(doc?.blob_key);

    const original = await env.owner.get(`/cases/${env.caseId}/documents/${doc?.id}/download`);
    expect(original.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await original.arrayBuffer())).toEqual(photo1.bytes);
    const asPdf = await env.owner.get(
      `/cases/${env.caseId}/documents/${doc?.id}/download?form=pdf`,
    );
    expect(asPdf.headers.get('content-type')).toBe('application/pdf');
    expect(asPdf.headers.get('content-disposition')).toContain('filename="page-1.pdf"');
    expect((await PDFDocument.load(await asPdf.arrayBuffer())).getPageCount()).toBe(1);
    await expectNoOrphans(env.t);
  });

  it('lists the documents, newest date first, and filters by type, dates and words in the title', async () => {
    await upload(env.owner, env.caseId, [await pdfPart('letter.pdf')], {
      category: 'correspondence',
      title: 'Letter asking for an IEE',
      documentDate: '2023-09-10',
      source: 'parent',
    });
    await upload(env.owner, env.caseId, [await pdfPart('100% done.pdf')], {
      category: 'other',
      title: 'Behavior chart 100% done',
      documentDate: '2024-01-15',
      source: 'parent',
    });
    const list = async (query: string) => {
      const res = await env.owner.get(`/cases/${env.caseId}/documents${query}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      return [...html.matchAll(/class="doc-list__title">([^<]+)</g)].map((m) => m[1]);
    };
    const all = await list('');
    expect(all).toHaveLength(5);
    expect(all[0]).toBe('Reading data');
    // Same date (one upload): newest added first, in either order within the same moment.
    expect(all.slice(1, 3).sort()).toEqual(['IEP 2024', 'page-1']);
    expect(all.slice(3)).toEqual(['Behavior chart 100% done', 'Letter asking for an IEE']);
    expect(await list('?category=correspondence')).toEqual(['Letter asking for an IEE']);
    expect((await list('?from=2024-01-01&to=2024-03-31')).sort()).toEqual([
      'Behavior chart 100% done',
      'IEP 2024',
      'page-1',
    ]);
    expect(await list('?q=iee+LETTER')).toEqual(['Letter asking for an IEE']);
    // A LIKE wildcard is only a character: '%' finds the title that has one, not everything.
    expect(await list('?q=%25')).toEqual(['Behavior chart 100% done']);
    expect(await list('?q=nothing+like+this')).toEqual([]);
    const html = await (await env.owner.get(`/cases/${env.caseId}/documents?q=zzz`)).text();
    expect(html).toContain('No documents match your search.');
    const bad = await (await env.owner.get(`/cases/${env.caseId}/documents?from=soon`)).text();
    expect(bad).toContain('Enter dates like 2024-03-27.');
  });

  it('downloads a file to its owner only as an attachment with a safe name, the right type, and nosniff', async () => {
    const [first] = await rows(env.t, env.caseId);
    const res = await env.owner.get(`/cases/${env.caseId}/documents/${first?.id}/download`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="IEP 2024.pdf"; filename*=UTF-8''IEP%202024.pdf`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(body).toEqual(await env.t.deps.blobs.get(first?.blob_key ?? ''));
  });

  it('changes the details; the mediation category is always confidential, others as the parent says', async () => {
    const [first] = await rows(env.t, env.caseId);
    const url = `/cases/${env.caseId}/documents/${first?.id}`;
    expect((await env.owner.get(`${url}/edit`)).status).toBe(200);
    const edit = (fields: Record<string, string>) =>
      env.owner.postForm(`${url}/edit`, { ...details, title: 'IEP March 2024', ...fields });

    let res = await edit({ category: 'mediation' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${url}?notice=updated`);
    expect((await rows(env.t, env.caseId))[0]).toMatchObject({
      title: 'IEP March 2024',
      category: 'mediation',
      mediation_confidential: 1,
    });
    const page = await (await env.owner.get(`${url}?notice=updated`)).text();
    expect(page).toContain('Details saved.');
    expect(page).toContain('Mediation: private');

    await edit({ category: 'meeting_notes', mediationConfidential: '1' });
    expect((await rows(env.t, env.caseId))[0]?.mediation_confidential).toBe(1);
    await edit({ category: 'iep' });
    expect((await rows(env.t, env.caseId))[0]?.mediation_confidential).toBe(0);

    res = await edit({ category: 'nonsense', documentDate: '2999-01-01' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Choose what kind of document it is.');
    expect(html).toContain('The date on the document cannot be in the future.');
  });

  it('marks an uploaded mediation document confidential by itself', async () => {
    await upload(env.owner, env.caseId, [await pdfPart('mediation.pdf')], {
      category: 'mediation',
      title: 'Mediation agreement draft',
    });
    const doc = (await rows(env.t, env.caseId)).find(
      (r) => r.title === 'Mediation agreement draft',
    );
    expect(doc?.mediation_confidential).toBe(1);
  });

  it('replaces the file of a document, keeping its details and removing the old file', async () => {
    const before = (await rows(env.t, env.caseId))[0];
    const url = `/cases/${env.caseId}/documents/${before?.id}`;
    expect((await env.owner.get(`${url}/replace`)).status).toBe(200);
    const res = await upload(
      env.owner,
      env.caseId,
      [await pdfPart('IEP signed.pdf', 3)],
      {},
      {
        path: `${url}/replace`,
      },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${url}?notice=replaced`);
    const after = (await rows(env.t, env.caseId))[0];
    expect(after).toMatchObject({
      id: before?.id,
      title: before?.title,
      file_name: 'IEP signed.pdf',
      page_count: 3,
    });
    expect(after?.blob_key).not.toBe(before?.blob_key);
    expect(await env.t.deps.blobs.get(before?.blob_key ?? '')).toBeUndefined();
    await expectNoOrphans(env.t);

    const refused = await upload(
      env.owner,
      env.caseId,
      [await pdfPart('a.pdf'), await pdfPart('b.pdf')],
      {},
      {
        path: `${url}/replace`,
      },
    );
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Choose one PDF, or photos of one paper document.');
    expect((await rows(env.t, env.caseId))[0]?.blob_key).toBe(after?.blob_key);
    await expectNoOrphans(env.t);
  });

  it('deletes a document and its files after a confirmation page', async () => {
    const doc = (await rows(env.t, env.caseId)).find((r) => r.title === 'Reading data');
    const url = `/cases/${env.caseId}/documents/${doc?.id}`;
    const confirm = await env.owner.get(`${url}/delete`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('Delete “Reading data”?');
    const res = await env.owner.postForm(`${url}/delete`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${env.caseId}/documents?notice=deleted`);
    expect((await rows(env.t, env.caseId)).some((r) => r.id === doc?.id)).toBe(false);
    expect(await env.t.deps.blobs.get(doc?.blob_key ?? '')).toBeUndefined();
    expect(await env.t.deps.blobs.get(doc?.pdf_blob_key ?? '')).toBeUndefined();
    expect((await env.owner.get(url)).status).toBe(404);
    await expectNoOrphans(env.t);
  });

  it('shows another account nothing: 404 on the list, the document, its file and every change', async () => {
    const [doc] = await rows(env.t, env.caseId);
    const other = env.t.client();
    await other.signUp(uniqueEmail('other'));
    const url = `/cases/${env.caseId}/documents/${doc?.id}`;
    for (const path of [
      `/cases/${env.caseId}/documents`,
      `/cases/${env.caseId}/documents/new`,
      url,
      `${url}/download`,
      `${url}/download?form=pdf`,
      `${url}/edit`,
      `${url}/replace`,
      `${url}/delete`,
    ]) {
      const res = await other.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain(doc?.title ?? '');
    }
    expect((await other.postForm(`${url}/delete`, {})).status).toBe(404);
    expect((await other.postForm(`${url}/edit`, { ...details, title: 'pwned' })).status).toBe(404);
    expect((await upload(other, env.caseId, [await pdfPart()])).status).toBe(404);
    expect(
      (await upload(other, env.caseId, [await pdfPart()], {}, { path: `${url}/replace` })).status,
    ).toBe(404);
    // Their own case's list does not show it either.
    const theirs = await newCase(other, 'Theirs');
    expect(await (await other.get(`/cases/${theirs}/documents/${doc?.id}`)).status).toBe(404);
    expect((await rows(env.t, env.caseId)).find((r) => r.id === doc?.id)?.title).toBe(doc?.title);
  });

  it('refuses a multipart upload without the CSRF token, and stores nothing', async () => {
    const before = await storedKeys(env.t);
    const res = await upload(
      env.owner,
      env.caseId,
      [await pdfPart('forged.pdf')],
      {},
      {
        csrf: false,
      },
    );
    expect(res.status).toBe(403);
    expect(await storedKeys(env.t)).toEqual(before);
    expect((await rows(env.t)).some((r) => r.file_name === 'forged.pdf')).toBe(false);
  });

  it('answers a broken multipart body with 400, not a crash', async () => {
    const res = await env.owner.request(`/cases/${env.caseId}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=abc' },
      body: '--abc\r\nContent-Disposition: form-data; name="x"; filename="a\nb"\r\n\r\nzz\r\n--abc--',
    });
    expect(res.status).toBe(400);
  });

  it('asks for a file, a type, a date and a source before uploading anything', async () => {
    const res = await upload(env.owner, env.caseId, [], {
      category: '',
      documentDate: 'someday',
      source: '',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Choose at least one file to upload.');
    expect(html).toContain('Choose what kind of document it is.');
    expect(html).toContain('Enter the date on the document, like 2024-03-27.');
    expect(html).toContain('Choose who made this document.');
  });
});

describe(`hostile files are refused one by one, and the rest of the upload is kept (${testDialect()})`, () => {
  let env: Env;
  let hostile: FilePart[];
  beforeAll(async () => {
    env = await setUp();
    hostile = [
      { name: 'report.pdf', type: 'application/pdf', bytes: makeExecutable() },
      { name: 'scan.pdf', type: 'application/pdf', bytes: fixture('page-1.jpg') },
      { name: 'photo.png', type: 'image/png', bytes: await makePdf() },
      { name: 'broken.pdf', type: 'application/pdf', bytes: makeCorruptPdf() },
      { name: 'locked.pdf', type: 'application/pdf', bytes: await makeEncryptedPdf() },
      {
        name: 'huge.pdf',
        type: 'application/pdf',
        bytes: await makePdf(MAX_PDF_PAGES + 1),
      },
      { name: 'bomb.png', type: 'image/png', bytes: makePngBomb(100_000, 100_000) },
      { name: 'many-pixels.png', type: 'image/png', bytes: makePngBomb(6_000, 6_000) },
      {
        name: 'wide.jpg',
        type: 'image/jpeg',
        bytes: jpegClaimingSize(fixture('page-1.jpg'), 20_000, 100),
      },
      { name: 'empty.pdf', type: 'application/pdf', bytes: new Uint8Array() },
    ];
  });
  afterAll(async () => {
    await env.t.close();
  });

  const expected: [string, string][] = [
    ['report.pdf', 'We can only keep PDF, JPEG and PNG files.'],
    ['scan.pdf', 'The file is not what its name says.'],
    ['photo.png', 'The file is not what its name says.'],
    ['broken.pdf', 'This PDF is damaged and we cannot read it.'],
    ['locked.pdf', 'This PDF has a password or a lock.'],
    ['huge.pdf', `We can keep up to ${MAX_PDF_PAGES} pages in one file.`],
    ['bomb.png', 'Each side can be up to 12000 pixels.'],
    ['many-pixels.png', 'Take a new photo with a lower camera setting'],
    ['wide.jpg', 'Each side can be up to 12000 pixels.'],
    ['empty.pdf', 'The file is empty.'],
  ];

  function problems(html: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const m of html.matchAll(
      /<strong class="file-name">([^<]*)<\/strong><span class="upload-problems__reason">([^<]*)<\/span>/g,
    )) {
      out.set(m[1] ?? '', m[2] ?? '');
    }
    return out;
  }

  it('refuses each hostile file with its own plain message, keeps the good PDF and photo, and leaves no stray file', async () => {
    const good = await pdfPart('good.pdf');
    const res = await upload(env.owner, env.caseId, [...hostile, good, photo1], {
      photos: 'separate',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('We saved 2 documents.');
    expect(html).toContain('These files were not saved');
    const found = problems(html);
    for (const [name, message] of expected) {
      expect(found.get(name), name).toContain(message);
    }
    expect(found.size).toBe(expected.length);
    expect((await rows(env.t, env.caseId)).map((r) => r.file_name).sort()).toEqual([
      'good.pdf',
      'page-1.jpg',
    ]);
    await expectNoOrphans(env.t);
  });

  it('says the same in Spanish', async () => {
    const es = env.t.client();
    es.headers['accept-language'] = 'es-MX,es;q=0.9';
    await es.signUp(uniqueEmail('es'));
    const caseId = await newCase(es, 'Sofía');
    const res = await upload(es, caseId, [...hostile, await pdfPart('bueno.pdf')]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Guardamos 1 documento.');
    const found = problems(html);
    expect(found.get('report.pdf')).toContain('Solo podemos guardar archivos PDF, JPEG y PNG.');
    expect(found.get('scan.pdf')).toContain('El archivo no es lo que dice su nombre.');
    expect(found.get('broken.pdf')).toContain('Este PDF está dañado');
    expect(found.get('locked.pdf')).toContain('Este PDF tiene contraseña o candado.');
    expect(found.get('huge.pdf')).toContain(`hasta ${MAX_PDF_PAGES} páginas`);
    expect(found.get('bomb.png')).toContain('Esta imagen es demasiado grande.');
    expect(found.get('empty.pdf')).toContain('El archivo está vacío.');
    expect(found.size).toBe(expected.length);
    await expectNoOrphans(env.t);
  });

  it('answers 422 with the reasons when every file is refused, storing nothing', async () => {
    const before = await storedKeys(env.t);
    const res = await upload(env.owner, env.caseId, hostile.slice(0, 3));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('We did not save any documents.');
    expect(await storedKeys(env.t)).toEqual(before);
  });

  it('keeps a PDF that loads but has no pages, marked "cannot go in a binder" with the reason', async () => {
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    const res = await upload(env.owner, env.caseId, [
      { name: 'blank.pdf', type: 'application/pdf', bytes: empty },
    ]);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Cannot go in a binder');
    const doc = (await rows(env.t, env.caseId)).find((r) => r.file_name === 'blank.pdf');
    expect(doc).toMatchObject({ binder_ok: 0, page_count: 0 });
    const page = await (await env.owner.get(`/cases/${env.caseId}/documents/${doc?.id}`)).text();
    expect(page).toContain('This PDF has no pages, so it cannot go in a binder.');
    await expectNoOrphans(env.t);
  });

  it('keeps a file with a hostile name under a clean name and never uses the name as a path', async () => {
    const bytes = await makePdf();
    const names = [
      '../../../../etc/passwd.pdf',
      'C:\\Users\\Ana\\..\\evil.pdf',
      'con\u0000tr\u0007ol\u202Egnp.pdf',
      `${'long name '.repeat(30)}.pdf`,
    ];
    const res = await upload(
      env.owner,
      env.caseId,
      names.map((name) => ({ name, type: 'application/pdf', bytes })),
      { photos: 'separate', title: '' },
    );
    expect(res.status).toBe(200);
    const kept = (await rows(env.t, env.caseId)).slice(-4).map((r) => r.file_name);
    expect(kept.slice(0, 3)).toEqual(['passwd.pdf', 'evil.pdf', 'controlgnp.pdf']);
    expect([...(kept[3] ?? '')].length).toBe(120);
    expect(kept[3]).toMatch(/^long name long name .*\.pdf$/);
    // Nothing was written outside the store's own folder.
    expect(existsSync(join(env.t.filesDir, '..', 'etc'))).toBe(false);
    expect(existsSync(join(env.t.filesDir, 'passwd.pdf'))).toBe(false);
    await expectNoOrphans(env.t);

    const doc = (await rows(env.t, env.caseId)).find((r) => r.file_name === 'controlgnp.pdf');
    const download = await env.owner.get(`/cases/${env.caseId}/documents/${doc?.id}/download`);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="controlgnp.pdf"; filename*=UTF-8''controlgnp.pdf`,
    );
  });
});

describe(`size limits: per file and per case (${testDialect()})`, () => {
  let env: Env;
  beforeAll(async () => {
    env = await setUp({
      uploadMaxFileBytes: 100 * KB,
      caseQuotaBytes: 200 * KB,
      uploadMaxRequestBytes: 600 * KB,
    });
  });
  afterAll(async () => {
    await env.t.close();
  });

  it('refuses a file over UPLOAD_MAX_FILE_MB and keeps the rest of the upload', async () => {
    const big = {
      name: 'big.pdf',
      type: 'application/pdf',
      bytes: await makePdf(1, 'big', 120 * KB),
    };
    const res = await upload(env.owner, env.caseId, [big, await pdfPart('small.pdf')], {
      photos: 'separate',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('We saved 1 document.');
    expect(html).toContain('The file is too big. Each file can be up to 0.1 MB.');
    expect((await rows(env.t, env.caseId)).map((r) => r.file_name)).toEqual(['small.pdf']);
    await expectNoOrphans(env.t);
  });

  it('refuses files past the case quota, keeping those that fit, in the order sent', async () => {
    const part = async (name: string) => ({
      name,
      type: 'application/pdf',
      bytes: await makePdf(1, name, 60 * KB),
    });
    const res = await upload(env.owner, env.caseId, [
      await part('one.pdf'),
      await part('two.pdf'),
      await part('three.pdf'),
      await part('four.pdf'),
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('This case is out of storage space (200 KB).');
    const names = (await rows(env.t, env.caseId)).map((r) => r.file_name);
    expect(names).toEqual(['small.pdf', 'one.pdf', 'two.pdf', 'three.pdf']);
    await expectNoOrphans(env.t);
    const list = await (await env.owner.get(`/cases/${env.caseId}/documents`)).text();
    expect(list).toMatch(/This case uses \d+ KB of 200 KB of storage\./);
  });

  it('refuses a whole request over UPLOAD_MAX_REQUEST_MB before reading it, storing nothing', async () => {
    const before = await storedKeys(env.t);
    const parts = await Promise.all(
      [1, 2, 3, 4, 5, 6, 7].map(async (n) => ({
        name: `part-${n}.pdf`,
        type: 'application/pdf',
        bytes: await makePdf(1, 'x', 95 * KB),
      })),
    );
    const res = await upload(env.owner, env.caseId, parts);
    expect(res.status).toBe(413);
    expect(await storedKeys(env.t)).toEqual(before);
  });
});

describe(`a case's or an account's files go with it (${testDialect()})`, () => {
  let env: Env;
  beforeAll(async () => {
    env = await setUp();
  });
  afterAll(async () => {
    await env.t.close();
  });

  it('lists documents in the account export, with how to download the files', async () => {
    await upload(env.owner, env.caseId, [await pdfPart('export me.pdf')], { title: 'Exported' });
    const data = (await (await env.owner.get('/account/export')).json()) as {
      filesNote: string;
      cases: { documents: Record<string, unknown>[] }[];
    };
    expect(data.filesNote).toContain('Document files are not inside this export');
    const [doc] = data.cases[0]?.documents ?? [];
    expect(doc).toMatchObject({
      title: 'Exported',
      fileName: 'export me.pdf',
      mediaType: 'application/pdf',
      category: 'iep',
    });
    expect(doc?.downloadPath).toMatch(
      /^\/cases\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}\/download$/,
    );
    expect(JSON.stringify(data)).not.toMatch(/blob|doc-[0-9a-f]{8}-/i);
    const download = await env.owner.get(String(doc?.downloadPath));
    expect(download.status).toBe(200);
  });

  it('deleting a case removes its documents and their files, and nothing of other cases', async () => {
    const other = await newCase(env.owner, 'Keep');
    await upload(env.owner, other, [photo1, photo2]);
    await upload(env.owner, env.caseId, [photo1], { photos: 'separate' });
    const res = await env.owner.postForm(`/cases/${env.caseId}/delete`, {});
    expect(res.status).toBe(303);
    expect(await rows(env.t, env.caseId)).toEqual([]);
    expect(await rows(env.t, other)).toHaveLength(1);
    await expectNoOrphans(env.t);
    expect((await storedKeys(env.t)).length).toBe(1);
  });

  it('deleting the account removes every document row and every file', async () => {
    const res = await env.owner.postForm('/account/delete', {
      password: 'correct horse battery staple',
    });
    expect(res.status).toBe(303);
    expect(await rows(env.t)).toEqual([]);
    expect(await storedKeys(env.t)).toEqual([]);
  });
});
