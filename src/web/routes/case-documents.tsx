import { type Context, Hono } from 'hono';
import { findCase } from '../../db/cases.js';
import {
  type CaseDocument,
  caseStorageBytes,
  createDocument,
  deleteDocument,
  findDocument,
  listDocuments,
  replaceDocumentFile,
  updateDocument,
} from '../../db/documents.js';
import type { Case } from '../../domain/case/case.js';
import { AppError } from '../../errors.js';
import { attachmentDisposition, baseName } from '../../storage/file-checks.js';
import { prepareUpload, type RejectedFile, type UploadedFile } from '../../storage/prepare-file.js';
import type { AppEnv } from '../context.js';
import {
  DocumentDeletePage,
  DocumentEditPage,
  DocumentListPage,
  DocumentReplacePage,
  DocumentUploadPage,
  DocumentViewPage,
  documentFormValues,
  type SavedDocument,
  type UploadLimits,
  UploadResultPage,
} from '../pages/documents.js';
import type { FieldErrors } from '../pages/form.js';
import { formBody, pageContext, renderPage } from '../render.js';
import {
  documentFieldErrors,
  documentFieldsSchema,
  documentInputFromForm,
  parseDocumentFilter,
  toDocumentFields,
} from './case-documents.schema.js';
import { requireSession } from './require-session.js';

type C = Context<AppEnv>;

/** The form fields that carry files: the file picker and the phone camera. */
const FILE_FIELDS = ['files', 'camera'] as const;

/** Upload routes, for the larger body limit in app.tsx. */
export const DOCUMENT_UPLOAD_PATH = /^\/cases\/[^/]+\/documents(\/[^/]+\/replace)?$/;

async function ownedCase(c: C): Promise<Case | undefined> {
  const session = requireSession(c);
  return findCase(c.get('deps').db, session.userId, c.req.param('id') ?? '');
}

async function ownedDocument(c: C): Promise<{ kase: Case; doc: CaseDocument } | undefined> {
  const kase = await ownedCase(c);
  if (!kase) {
    return undefined;
  }
  const session = requireSession(c);
  const doc = await findDocument(
    c.get('deps').db,
    session.userId,
    kase.id,
    c.req.param('docId') ?? '',
  );
  return doc ? { kase, doc } : undefined;
}

function limitsOf(c: C): UploadLimits {
  const { config } = c.get('deps');
  return { maxFileBytes: config.uploadMaxFileBytes, quotaBytes: config.caseQuotaBytes };
}

/**
 * A multipart body split into its text fields and its chosen files: the file picker's files in
 * the order chosen, then the camera's photo (the order pages will have).
 */
async function multipartBody(
  c: C,
): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  const body = await c.req.parseBody({ all: true }).catch(() => {
    throw new AppError('invalid_input', 'The form body could not be read');
  });
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const key of FILE_FIELDS) {
    const value = body[key];
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      // A file input left empty still sends a part with no name and no bytes.
      if (typeof v !== 'string' && !(v.name === '' && v.size === 0)) {
        files.push(v);
      }
    }
  }
  for (const [key, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (!(FILE_FIELDS as readonly string[]).includes(key) && typeof first === 'string') {
      fields[key] = first;
    }
  }
  return { fields, files };
}

/**
 * The case's document vault (mounted at /cases): list and search, upload (several files, photos
 * as pages), view, download, change details, replace the file, delete. Every route answers 404
 * unless the case and the document belong to the signed-in parent.
 */
export function caseDocumentRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/documents', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const { db } = c.get('deps');
    const { filter, values, badDate } = parseDocumentFilter(c.req.query());
    const documents = await listDocuments(db, session.userId, kase.id, filter);
    const filtered = Boolean(filter.category || filter.from || filter.to || filter.q || badDate);
    const notice = { deleted: c.get('m').vault.notices.deleted }[c.req.query('notice') ?? ''];
    return renderPage(
      c,
      <DocumentListPage
        page={pageContext(c)}
        kase={kase}
        documents={documents}
        values={values}
        filtered={filtered}
        badDate={badDate}
        notice={notice}
        usedBytes={await caseStorageBytes(db, session.userId, kase.id)}
        limits={limitsOf(c)}
      />,
    );
  });

  app.get('/:id/documents/new', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    return renderPage(
      c,
      <DocumentUploadPage page={pageContext(c)} kase={kase} values={{}} limits={limitsOf(c)} />,
    );
  });

  app.post('/:id/documents', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const deps = c.get('deps');
    const m = c.get('m');
    const { fields, files } = await multipartBody(c);
    const parsed = documentFieldsSchema.safeParse(documentInputFromForm(fields));
    const errors: FieldErrors = {};
    if (files.length === 0) {
      errors.files = m.vault.errors.chooseFile;
    }
    if (!parsed.success) {
      Object.assign(errors, documentFieldErrors(parsed.error.issues, m));
    }
    if (!parsed.success || Object.keys(errors).length > 0) {
      return renderPage(
        c,
        <DocumentUploadPage
          page={pageContext(c)}
          kase={kase}
          values={fields}
          errors={errors}
          limits={limitsOf(c)}
        />,
        422,
      );
    }
    const input = parsed.data;
    const prepared = await prepareUpload(files, {
      maxFileBytes: deps.config.uploadMaxFileBytes,
      combinePhotos: input.photos === 'combine',
      pdfTitle: input.title || m.vault.title,
    });
    const saved: SavedDocument[] = [];
    const rejected: RejectedFile[] = [...prepared.rejected];
    const several = prepared.documents.length > 1;
    for (const { file, sourceNames } of prepared.documents) {
      const name = baseName(file.fileName);
      const title = input.title ? (several ? `${input.title} – ${name}` : input.title) : name;
      const result = await createDocument(
        deps,
        session.userId,
        kase.id,
        toDocumentFields({ ...input, title }, name),
        file,
        { quotaBytes: deps.config.caseQuotaBytes },
      );
      if (result.status === 'stored') {
        saved.push({ document: result.document, sourceNames });
      } else if (result.status === 'over_quota') {
        rejected.push({ fileName: file.fileName, reason: 'over_quota' });
      } else {
        return c.notFound();
      }
    }
    return renderPage(
      c,
      <UploadResultPage
        page={pageContext(c)}
        kase={kase}
        saved={saved}
        rejected={rejected}
        limits={limitsOf(c)}
      />,
      saved.length > 0 ? 200 : 422,
    );
  });

  app.get('/:id/documents/:docId', async (c) => {
    const found = await ownedDocument(c);
    if (!found) {
      return c.notFound();
    }
    const n = c.get('m').vault.notices;
    const notice = { updated: n.updated, replaced: n.replaced }[c.req.query('notice') ?? ''];
    return renderPage(
      c,
      <DocumentViewPage page={pageContext(c)} kase={found.kase} doc={found.doc} notice={notice} />,
    );
  });

  app.get('/:id/documents/:docId/download', async (c) => {
    const found = await ownedDocument(c);
    if (!found) {
      return c.notFound();
    }
    const { doc } = found;
    const asPdf = c.req.query('form') === 'pdf';
    const key = asPdf ? doc.pdfBlobKey : doc.blobKey;
    const bytes = key ? await c.get('deps').blobs.get(key) : undefined;
    if (!bytes) {
      return c.notFound();
    }
    const pdfName =
      doc.mediaType === 'application/pdf' ? doc.fileName : `${baseName(doc.fileName)}.pdf`;
    c.header('Content-Type', asPdf ? 'application/pdf' : doc.mediaType);
    c.header('Content-Disposition', attachmentDisposition(asPdf ? pdfName : doc.fileName));
    c.header('Content-Length', String(bytes.byteLength));
    c.header('X-Content-Type-Options', 'nosniff');
    // Should a browser show it anyway, it runs nothing and reaches nothing.
    c.header('Content-Security-Policy', "default-src 'none'; sandbox");
    return c.body(new Uint8Array(bytes));
  });

  app.get('/:id/documents/:docId/edit', async (c) => {
    const found = await ownedDocument(c);
    if (!found) {
      return c.notFound();
    }
    return renderPage(
      c,
      <DocumentEditPage
        page={pageContext(c)}
        kase={found.kase}
        doc={found.doc}
        values={documentFormValues(found.doc)}
      />,
    );
  });

  app.post('/:id/documents/:docId/edit', async (c) => {
    const found = await ownedDocument(c);
    if (!found) {
      return c.notFound();
    }
    const session = requireSession(c);
    const body = await formBody(c);
    const parsed = documentFieldsSchema.safeParse(documentInputFromForm(body));
    if (!parsed.success) {
      return renderPage(
        c,
        <DocumentEditPage
          page={pageContext(c)}
          kase={found.kase}
          doc={found.doc}
          values={body}
          errors={documentFieldErrors(parsed.error.issues, c.get('m'))}
        />,
        422,
      );
    }
    const updated = await updateDocument(
      c.get('deps').db,
      session.userId,
      found.kase.id,
      found.doc.id,
      toDocumentFields(parsed.data, baseName(found.doc.fileName)),
    );
    if (!updated) {
      return c.notFound();
    }
    return c.redirect(`/cases/${found.kase.id}/documents/${found.doc.id}?notice=updated`, 303);
  });

  app.get('/:id/documents/:docId/replace', async (c) => {
    const found = await ownedDocument(c);
    if (!found) {
      return c.notFound();
    }
    return renderPage(
      c,
      <DocumentReplacePage
        page={pageContext(c)}
        kase={found.kase}
        doc={found.doc}
        limits={limitsOf(c)}
      />,
    );
  });

  app.post('/:id/documents/:docId/replace', async (c) => {
    const found = await ownedDocument(c);
    if (!found) {
      return c.notFound();
    }
    const session = requireSession(c);
    const deps = c.get('deps');
    const m = c.get('m');
    const { files } = await multipartBody(c);
    const again = (errors: FieldErrors, rejected: RejectedFile[] = []) =>
      renderPage(
        c,
        <DocumentReplacePage
          page={pageContext(c)}
          kase={found.kase}
          doc={found.doc}
          errors={errors}
          rejected={rejected}
          limits={limitsOf(c)}
        />,
        422,
      );
    if (files.length === 0) {
      return again({ files: m.vault.errors.chooseFile });
    }
    const prepared = await prepareUpload(files, {
      maxFileBytes: deps.config.uploadMaxFileBytes,
      combinePhotos: true,
      pdfTitle: found.doc.title,
    });
    const [only, ...more] = prepared.documents;
    // All or nothing: a file is only replaced by everything the parent chose.
    if (prepared.rejected.length > 0) {
      return again({}, prepared.rejected);
    }
    if (more.length > 0) {
      return again({ files: m.vault.errors.replaceOne }, prepared.rejected);
    }
    if (!only) {
      return again({}, prepared.rejected);
    }
    const result = await replaceDocumentFile(
      deps,
      session.userId,
      found.kase.id,
      found.doc.id,
      only.file,
      { quotaBytes: deps.config.caseQuotaBytes },
    );
    if (result.status === 'over_quota') {
      return again({}, [
        ...prepared.rejected,
        { fileName: only.file.fileName, reason: 'over_quota' },
      ]);
    }
    if (result.status === 'not_found') {
      return c.notFound();
    }
    return c.redirect(`/cases/${found.kase.id}/documents/${found.doc.id}?notice=replaced`, 303);
  });

  app.get('/:id/documents/:docId/delete', async (c) => {
    const found = await ownedDocument(c);
    if (!found) {
      return c.notFound();
    }
    return renderPage(
      c,
      <DocumentDeletePage page={pageContext(c)} kase={found.kase} doc={found.doc} />,
    );
  });

  app.post('/:id/documents/:docId/delete', async (c) => {
    const found = await ownedDocument(c);
    if (!found) {
      return c.notFound();
    }
    const session = requireSession(c);
    const deleted = await deleteDocument(
      c.get('deps'),
      session.userId,
      found.kase.id,
      found.doc.id,
    );
    if (!deleted) {
      return c.notFound();
    }
    return c.redirect(`/cases/${found.kase.id}/documents?notice=deleted`, 303);
  });

  return app;
}
