import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { DOCUMENT_CATEGORIES, type DocumentCategory } from '../domain/binder/index.js';
import type { BlobStore } from '../storage/blob-store.js';
import { newBlobKey } from '../storage/blob-store.js';
import type { Db } from './database.js';
import { isUuid } from './ids.js';
import { ownedCaseIds } from './ownership.js';
import type { Database } from './schema.js';

// The case's document vault. Every function takes the owner's id and reaches a document only
// through the owner's case: another account finds nothing. Rows hold the metadata; the bytes are
// in the blob store (src/storage/blob-store.ts), written before the row and removed with it, so
// a failure on either side leaves no file without a row and no row without its file.

// The categories are the binder's (the domain decides presets and order by them); one list.
export { DOCUMENT_CATEGORIES, type DocumentCategory };

export const DOCUMENT_SOURCES = ['school', 'parent', 'outside_provider'] as const;
export type DocumentSource = (typeof DOCUMENT_SOURCES)[number];

/** The file types the vault keeps. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** Why a kept document cannot go in a binder (a code; pages show translated text). */
export type BinderProblem = 'no_pages' | 'bad_page_size';

/** A document of a case, as the app uses it. */
export type CaseDocument = {
  id: string;
  caseId: string;
  category: DocumentCategory;
  title: string;
  /** 'YYYY-MM-DD'. */
  documentDate: string;
  source: DocumentSource;
  notes: string | null;
  /** Said or made in mediation: left out of hearing binders. Always true for 'mediation'. */
  mediationConfidential: boolean;
  /** The sanitized file name, for display and downloads only (never a path). */
  fileName: string;
  mediaType: DocumentMediaType;
  byteSize: number;
  sha256: string;
  blobKey: string;
  /** The PDF form (the file itself for a PDF; photos made into pages); null if there is none. */
  pdfBlobKey: string | null;
  pdfByteSize: number | null;
  pageCount: number | null;
  /** False when the document is kept but cannot go in a binder; `binderProblem` says why. */
  binderOk: boolean;
  binderProblem: BinderProblem | null;
  createdAt: string;
  updatedAt: string;
};

/** What the parent says about a document. */
export type DocumentFields = {
  category: DocumentCategory;
  title: string;
  documentDate: string;
  source: DocumentSource;
  notes: string | null;
  /** Ignored (always true) for the mediation category. */
  mediationConfidential: boolean;
};

/** A checked, ready-to-store file (see src/storage/prepare-file.ts). */
export type DocumentFile = {
  /** Sanitized. */
  fileName: string;
  mediaType: DocumentMediaType;
  /** The file as kept for download: the upload itself, or the PDF made from several photos. */
  bytes: Uint8Array;
  sha256: string;
  /** The PDF form when `bytes` is not a PDF (a photo made into a page); undefined otherwise. */
  pdf: Uint8Array | undefined;
  pageCount: number | null;
  binderOk: boolean;
  binderProblem: BinderProblem | null;
};

/** What a list may be narrowed to. Dates are 'YYYY-MM-DD', inclusive. */
export type DocumentFilter = {
  category?: DocumentCategory | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Words in the title (case-insensitive). */
  q?: string | undefined;
  /** Only these documents (e.g. a binder's selection). */
  ids?: readonly string[] | undefined;
};

/** The database and the blob store together: what a function that writes files needs. */
export type DocumentStore = { db: Db; blobs: BlobStore };

/** Outcome of storing a file: refused when the case would pass its storage quota. */
export type StoreDocumentResult =
  | { status: 'stored'; document: CaseDocument }
  | { status: 'not_found' }
  | { status: 'over_quota' };

type Row = Database['documents'];

function toDocument(row: Row): CaseDocument {
  return {
    id: row.id,
    caseId: row.case_id,
    category: row.category as DocumentCategory,
    title: row.title,
    documentDate: row.document_date,
    source: row.source as DocumentSource,
    notes: row.notes,
    mediationConfidential: row.mediation_confidential === 1,
    fileName: row.file_name,
    mediaType: row.media_type as DocumentMediaType,
    byteSize: Number(row.byte_size),
    sha256: row.sha256,
    blobKey: row.blob_key,
    pdfBlobKey: row.pdf_blob_key,
    pdfByteSize: row.pdf_byte_size === null ? null : Number(row.pdf_byte_size),
    pageCount: row.page_count,
    binderOk: row.binder_ok === 1,
    binderProblem: row.binder_problem as BinderProblem | null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Mediation documents are always confidential; other categories keep the parent's choice. */
function isConfidential(fields: DocumentFields): boolean {
  return fields.category === 'mediation' || fields.mediationConfidential;
}

/** Characters that are wildcards in LIKE, escaped with '\'. */
function likePattern(words: string): string {
  return `%${words.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** The owner's documents of a case, newest document date first (empty when not theirs). */
export async function listDocuments(
  db: Db,
  userId: string,
  caseId: string,
  filter: DocumentFilter = {},
): Promise<CaseDocument[]> {
  if (!isUuid(caseId)) {
    return [];
  }
  let query = db.kysely
    .selectFrom('documents')
    .selectAll()
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId));
  if (filter.category) {
    query = query.where('category', '=', filter.category);
  }
  if (filter.from) {
    query = query.where('document_date', '>=', filter.from);
  }
  if (filter.to) {
    query = query.where('document_date', '<=', filter.to);
  }
  // Every word of the search must be in the title (case-insensitive; LIKE wildcards escaped).
  const words = (filter.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 10);
  for (const word of words) {
    query = query.where(sql<boolean>`lower(title) like ${likePattern(word)} escape '\\'`);
  }
  if (filter.ids) {
    const ids = filter.ids.filter(isUuid);
    if (ids.length === 0) {
      return [];
    }
    query = query.where('id', 'in', ids);
  }
  const rows = await query
    .orderBy('document_date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toDocument);
}

/** One document of the owner's case, or undefined exactly as if it did not exist. */
export async function findDocument(
  db: Db,
  userId: string,
  caseId: string,
  documentId: string,
): Promise<CaseDocument | undefined> {
  if (!isUuid(caseId) || !isUuid(documentId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', documentId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return row ? toDocument(row) : undefined;
}

/** Bytes the owner's case keeps in the blob store (files and their PDF forms). */
export async function caseStorageBytes(db: Db, userId: string, caseId: string): Promise<number> {
  const docs = await listDocuments(db, userId, caseId);
  return docs.reduce((sum, d) => sum + storedBytes(d), 0);
}

function storedBytes(d: Pick<CaseDocument, 'byteSize' | 'pdfBlobKey' | 'blobKey' | 'pdfByteSize'>) {
  return d.byteSize + (d.pdfBlobKey && d.pdfBlobKey !== d.blobKey ? (d.pdfByteSize ?? 0) : 0);
}

function fileBytes(file: DocumentFile): number {
  return file.bytes.byteLength + (file.pdf?.byteLength ?? 0);
}

/** Writes a file's blobs; on any failure removes what it wrote and rethrows. */
async function putFile(
  blobs: BlobStore,
  file: DocumentFile,
): Promise<{ blobKey: string; pdfBlobKey: string | null }> {
  const blobKey = newBlobKey('doc');
  const pdfBlobKey =
    file.mediaType === 'application/pdf' ? blobKey : file.pdf ? newBlobKey('pdf') : null;
  try {
    await blobs.put(blobKey, file.bytes);
    if (file.pdf && pdfBlobKey && pdfBlobKey !== blobKey) {
      await blobs.put(pdfBlobKey, file.pdf);
    }
  } catch (error) {
    await deleteBlobs(blobs, [blobKey, pdfBlobKey]);
    throw error;
  }
  return { blobKey, pdfBlobKey };
}

function fileColumns(file: DocumentFile, keys: { blobKey: string; pdfBlobKey: string | null }) {
  return {
    file_name: file.fileName,
    media_type: file.mediaType,
    byte_size: file.bytes.byteLength,
    sha256: file.sha256,
    blob_key: keys.blobKey,
    pdf_blob_key: keys.pdfBlobKey,
    pdf_byte_size:
      keys.pdfBlobKey === null
        ? null
        : keys.pdfBlobKey === keys.blobKey
          ? file.bytes.byteLength
          : (file.pdf?.byteLength ?? null),
    page_count: file.pageCount,
    binder_ok: file.binderOk ? 1 : 0,
    binder_problem: file.binderOk ? null : file.binderProblem,
  };
}

/**
 * Stores a checked file as a new document of the owner's case: the blobs first, then the row
 * (and the blobs are removed again if the row cannot be written). `quotaBytes` is the case's
 * storage limit.
 */
export async function createDocument(
  store: DocumentStore,
  userId: string,
  caseId: string,
  fields: DocumentFields,
  file: DocumentFile,
  options: { quotaBytes: number; now?: Date },
): Promise<StoreDocumentResult> {
  const { db, blobs } = store;
  if (!isUuid(caseId)) {
    return { status: 'not_found' };
  }
  const owned = await ownedCaseIds(db, userId, caseId).executeTakeFirst();
  if (!owned) {
    return { status: 'not_found' };
  }
  if ((await caseStorageBytes(db, userId, caseId)) + fileBytes(file) > options.quotaBytes) {
    return { status: 'over_quota' };
  }
  const keys = await putFile(blobs, file);
  const at = (options.now ?? new Date()).toISOString();
  const row: Row = {
    id: randomUUID(),
    case_id: caseId,
    category: fields.category,
    title: fields.title,
    document_date: fields.documentDate,
    source: fields.source,
    notes: fields.notes,
    mediation_confidential: isConfidential(fields) ? 1 : 0,
    ...fileColumns(file, keys),
    created_at: at,
    updated_at: at,
  };
  try {
    await db.kysely.insertInto('documents').values(row).execute();
  } catch (error) {
    await deleteBlobs(blobs, [keys.blobKey, keys.pdfBlobKey]);
    throw error;
  }
  return { status: 'stored', document: toDocument(row) };
}

/** Changes what the parent said about a document; undefined when it is not theirs. */
export async function updateDocument(
  db: Db,
  userId: string,
  caseId: string,
  documentId: string,
  fields: DocumentFields,
  now: Date = new Date(),
): Promise<CaseDocument | undefined> {
  if (!isUuid(caseId) || !isUuid(documentId)) {
    return undefined;
  }
  const result = await db.kysely
    .updateTable('documents')
    .set({
      category: fields.category,
      title: fields.title,
      document_date: fields.documentDate,
      source: fields.source,
      notes: fields.notes,
      mediation_confidential: isConfidential(fields) ? 1 : 0,
      updated_at: now.toISOString(),
    })
    .where('id', '=', documentId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    return undefined;
  }
  return findDocument(db, userId, caseId, documentId);
}

/**
 * Puts a new file in place of a document's file (details stay): new blobs first, then the row,
 * then the old blobs are removed. The quota counts the case without the file being replaced.
 */
export async function replaceDocumentFile(
  store: DocumentStore,
  userId: string,
  caseId: string,
  documentId: string,
  file: DocumentFile,
  options: { quotaBytes: number; now?: Date },
): Promise<StoreDocumentResult> {
  const { db, blobs } = store;
  const old = await findDocument(db, userId, caseId, documentId);
  if (!old) {
    return { status: 'not_found' };
  }
  const used = (await caseStorageBytes(db, userId, caseId)) - storedBytes(old);
  if (used + fileBytes(file) > options.quotaBytes) {
    return { status: 'over_quota' };
  }
  const keys = await putFile(blobs, file);
  let updated: bigint;
  try {
    const result = await db.kysely
      .updateTable('documents')
      .set({ ...fileColumns(file, keys), updated_at: (options.now ?? new Date()).toISOString() })
      .where('id', '=', documentId)
      .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
      .executeTakeFirst();
    updated = result.numUpdatedRows;
  } catch (error) {
    await deleteBlobs(blobs, [keys.blobKey, keys.pdfBlobKey]);
    throw error;
  }
  if (updated === 0n) {
    // Deleted meanwhile: nothing points at the new blobs.
    await deleteBlobs(blobs, [keys.blobKey, keys.pdfBlobKey]);
    return { status: 'not_found' };
  }
  await deleteBlobs(blobs, [old.blobKey, old.pdfBlobKey]);
  const document = await findDocument(db, userId, caseId, documentId);
  return document ? { status: 'stored', document } : { status: 'not_found' };
}

/** Deletes a document of the owner's case and its files; false when it is not theirs. */
export async function deleteDocument(
  store: DocumentStore,
  userId: string,
  caseId: string,
  documentId: string,
): Promise<boolean> {
  const { db, blobs } = store;
  const doc = await findDocument(db, userId, caseId, documentId);
  if (!doc) {
    return false;
  }
  const result = await db.kysely
    .deleteFrom('documents')
    .where('id', '=', documentId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) {
    return false;
  }
  await deleteBlobs(blobs, [doc.blobKey, doc.pdfBlobKey]);
  return true;
}

/** The file of a document as kept (for download), or undefined when it is not theirs. */
export async function documentFileBytes(
  store: DocumentStore,
  userId: string,
  caseId: string,
  documentId: string,
): Promise<{ document: CaseDocument; bytes: Uint8Array } | undefined> {
  const document = await findDocument(store.db, userId, caseId, documentId);
  if (!document) {
    return undefined;
  }
  const bytes = await store.blobs.get(document.blobKey);
  return bytes ? { document, bytes } : undefined;
}

/**
 * The PDF form of a document, for the binder: the PDF itself, or the pages made from photos.
 * Undefined when the document is not the owner's or has no PDF form.
 */
export async function documentPdfBytes(
  store: DocumentStore,
  userId: string,
  caseId: string,
  documentId: string,
): Promise<Uint8Array | undefined> {
  const document = await findDocument(store.db, userId, caseId, documentId);
  if (!document?.pdfBlobKey) {
    return undefined;
  }
  return store.blobs.get(document.pdfBlobKey);
}

/**
 * Every blob key the owner's cases hold (one case, or all of them): documents and finished
 * binders and final letters. Read these BEFORE deleting a case or an account (the rows go by cascade), then pass
 * them to {@link deleteBlobs}, so no file outlives its row.
 */
export async function blobKeysOfCases(db: Db, userId: string, caseId?: string): Promise<string[]> {
  if (caseId !== undefined && !isUuid(caseId)) {
    return [];
  }
  let cases = db.kysely.selectFrom('cases').select('id').where('user_id', '=', userId);
  if (caseId !== undefined) {
    cases = cases.where('id', '=', caseId);
  }
  const docs = await db.kysely
    .selectFrom('documents')
    .select(['blob_key', 'pdf_blob_key'])
    .where('case_id', 'in', cases)
    .execute();
  const binders = await db.kysely
    .selectFrom('binders')
    .select('blob_key')
    .where('case_id', 'in', cases)
    .execute();
  const keys = new Set<string>();
  for (const d of docs) {
    keys.add(d.blob_key);
    if (d.pdf_blob_key) {
      keys.add(d.pdf_blob_key);
    }
  }
  for (const b of binders) {
    if (b.blob_key) {
      keys.add(b.blob_key);
    }
  }
  const letters = await db.kysely
    .selectFrom('letters')
    .select('final_blob_key')
    .where('case_id', 'in', cases)
    .execute();
  for (const l of letters) {
    if (l.final_blob_key) {
      keys.add(l.final_blob_key);
    }
  }
  return [...keys];
}

/** Deletes blobs by key (skipping empty and repeated keys). */
export async function deleteBlobs(
  blobs: BlobStore,
  keys: readonly (string | null | undefined)[],
): Promise<void> {
  for (const key of new Set(keys)) {
    if (key) {
      await blobs.delete(key);
    }
  }
}

/** How the account export tells the parent to get the files themselves (they are not inside it). */
export const EXPORT_FILES_NOTE =
  'Document files are not inside this export, only their details. To download a file, log in and open its downloadPath (add the address of this site before it), or open the case, then Documents, then the document, then "Download the file". sha256 lets you check a downloaded file is the same.';

/** A document's details for the account export: no storage keys, and where to download it. */
export async function exportDocuments(db: Db, userId: string, caseId: string) {
  const docs = await listDocuments(db, userId, caseId);
  return docs.map((d) => ({
    id: d.id,
    category: d.category,
    title: d.title,
    documentDate: d.documentDate,
    source: d.source,
    notes: d.notes,
    mediationConfidential: d.mediationConfidential,
    fileName: d.fileName,
    mediaType: d.mediaType,
    byteSize: d.byteSize,
    sha256: d.sha256,
    pageCount: d.pageCount,
    binderOk: d.binderOk,
    binderProblem: d.binderProblem,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    downloadPath: `/cases/${d.caseId}/documents/${d.id}/download`,
  }));
}
