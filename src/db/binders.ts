import { randomUUID } from 'node:crypto';
import {
  BINDER_PURPOSES,
  type BinderLanguage,
  type BinderPurpose,
  LABEL_STYLES,
  type LabelStyle,
} from '../domain/binder/index.js';
import type { Db } from './database.js';
import { isUuid } from './ids.js';
import { ownedCaseIds, ownedCasesOf } from './ownership.js';
import type { Database } from './schema.js';

// Exhibit binders of a case. Every function takes the owner's id and scopes through the case, as
// the event repository does: another account finds nothing, changes nothing and deletes nothing.
// The build (src/jobs/binder-jobs.ts) writes its progress through the same functions, with the
// id of the account that asked for it. A finished binder's PDF is in the blob store under
// `blob_key`: deleting a binder here returns the row so the route removes the file, and deleting a
// case or an account removes it through `blobKeysOfCases` (src/db/documents.ts), which reads
// this column before the rows go by cascade.

export const BINDER_STATUSES = ['queued', 'building', 'done', 'failed'] as const;
export type BinderStatus = (typeof BINDER_STATUSES)[number];

/** What a build left out, by reason (the PDF's table of contents says the same). */
export type BinderLeftOut = {
  mediationConfidentialDocuments: number;
  mediationConfidentialLogEntries: number;
  noPages: number;
  cannotGoInBinder: number;
};

/** A binder as the app uses it. */
export type Binder = {
  id: string;
  caseId: string;
  purpose: BinderPurpose;
  labelStyle: LabelStyle;
  separators: boolean;
  language: BinderLanguage;
  /** The selected documents, in binder order. */
  documentIds: string[];
  status: BinderStatus;
  pagesDone: number;
  pagesTotal: number;
  /** A short code for a failed build: 'source_changed', 'unreadable', 'interrupted', 'internal'. */
  error: string | null;
  leftOut: BinderLeftOut | null;
  blobKey: string | null;
  sha256: string | null;
  byteSize: number | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
};

/** What the parent chose. */
export type BinderFields = {
  purpose: BinderPurpose;
  labelStyle: LabelStyle;
  separators: boolean;
  language: BinderLanguage;
  documentIds: string[];
};

type Row = Database['binders'];

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function parseLeftOut(json: string | null): BinderLeftOut | null {
  if (!json) {
    return null;
  }
  try {
    const v = JSON.parse(json) as Partial<BinderLeftOut>;
    const n = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : 0);
    return {
      mediationConfidentialDocuments: n(v.mediationConfidentialDocuments),
      mediationConfidentialLogEntries: n(v.mediationConfidentialLogEntries),
      noPages: n(v.noPages),
      cannotGoInBinder: n(v.cannotGoInBinder),
    };
  } catch {
    return null;
  }
}

function toBinder(row: Row): Binder {
  return {
    id: row.id,
    caseId: row.case_id,
    purpose: oneOf(BINDER_PURPOSES, row.purpose, 'other'),
    labelStyle: oneOf(LABEL_STYLES, row.label_style, 'p_number'),
    separators: Number(row.separators) === 1,
    language: row.language === 'es' ? 'es' : 'en',
    documentIds: parseIds(row.document_ids_json),
    status: oneOf(BINDER_STATUSES, row.status, 'failed'),
    pagesDone: Number(row.pages_done),
    pagesTotal: Number(row.pages_total),
    error: row.error,
    leftOut: parseLeftOut(row.left_out_json),
    blobKey: row.blob_key,
    sha256: row.sha256,
    byteSize: row.byte_size === null ? null : Number(row.byte_size),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

/** The binders of the owner's case, newest first (empty when the case is not theirs). */
export async function listBinders(db: Db, userId: string, caseId: string): Promise<Binder[]> {
  if (!isUuid(caseId)) {
    return [];
  }
  const rows = await db.kysely
    .selectFrom('binders')
    .selectAll()
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toBinder);
}

/** How many binders the owner has queued or building, across their cases. */
export async function countActiveBinders(db: Db, userId: string): Promise<number> {
  const row = await db.kysely
    .selectFrom('binders')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('case_id', 'in', ownedCasesOf(db, userId))
    .where('status', 'in', ['queued', 'building'])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One binder of the owner's case, or undefined exactly as if it did not exist. */
export async function findBinder(
  db: Db,
  userId: string,
  caseId: string,
  binderId: string,
): Promise<Binder | undefined> {
  if (!isUuid(caseId) || !isUuid(binderId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('binders')
    .selectAll()
    .where('id', '=', binderId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return row ? toBinder(row) : undefined;
}

/** Saves a new binder (queued) on the owner's case; undefined when the case is not theirs. */
export async function createBinder(
  db: Db,
  userId: string,
  caseId: string,
  fields: BinderFields,
  now: Date = new Date(),
): Promise<Binder | undefined> {
  if (!isUuid(caseId)) {
    return undefined;
  }
  const owned = await ownedCaseIds(db, userId, caseId).executeTakeFirst();
  if (!owned) {
    return undefined;
  }
  const at = now.toISOString();
  const row: Row = {
    id: randomUUID(),
    case_id: caseId,
    purpose: fields.purpose,
    label_style: fields.labelStyle,
    separators: fields.separators ? 1 : 0,
    language: fields.language,
    document_ids_json: JSON.stringify(fields.documentIds),
    status: 'queued',
    pages_done: 0,
    pages_total: 0,
    error: null,
    left_out_json: null,
    blob_key: null,
    sha256: null,
    byte_size: null,
    created_at: at,
    updated_at: at,
    finished_at: null,
  };
  await db.kysely.insertInto('binders').values(row).execute();
  return toBinder(row);
}

type BinderChange = Partial<
  Pick<
    Row,
    | 'status'
    | 'pages_done'
    | 'pages_total'
    | 'error'
    | 'left_out_json'
    | 'blob_key'
    | 'sha256'
    | 'byte_size'
    | 'finished_at'
  >
>;

/** Changes the owner's binder; false when it is gone (deleted while it was being built). */
async function changeBinder(
  db: Db,
  userId: string,
  binderId: string,
  change: BinderChange,
  now: Date,
  onlyWhileRunning = true,
): Promise<boolean> {
  if (!isUuid(binderId)) {
    return false;
  }
  let query = db.kysely
    .updateTable('binders')
    .set({ ...change, updated_at: now.toISOString() })
    .where('id', '=', binderId)
    .where('case_id', 'in', ownedCasesOf(db, userId));
  if (onlyWhileRunning) {
    // A finished or failed binder never goes back to building.
    query = query.where('status', 'in', ['queued', 'building']);
  }
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The build started, or moved on: `done` of `total` pages written. */
export function recordBinderProgress(
  db: Db,
  userId: string,
  binderId: string,
  done: number,
  total: number,
  now: Date = new Date(),
): Promise<boolean> {
  return changeBinder(
    db,
    userId,
    binderId,
    { status: 'building', pages_done: done, pages_total: total },
    now,
  );
}

/** The build finished and its PDF is stored under `blobKey`; false when the binder is gone. */
export function finishBinder(
  db: Db,
  userId: string,
  binderId: string,
  result: {
    blobKey: string;
    sha256: string;
    byteSize: number;
    pagesTotal: number;
    leftOut: BinderLeftOut;
  },
  now: Date = new Date(),
): Promise<boolean> {
  return changeBinder(
    db,
    userId,
    binderId,
    {
      status: 'done',
      pages_done: result.pagesTotal,
      pages_total: result.pagesTotal,
      blob_key: result.blobKey,
      sha256: result.sha256,
      byte_size: result.byteSize,
      left_out_json: JSON.stringify(result.leftOut),
      finished_at: now.toISOString(),
      error: null,
    },
    now,
  );
}

/** The build failed, for the reason `error` (a short code, never the parent's data). */
export function failBinder(
  db: Db,
  userId: string,
  binderId: string,
  error: string,
  now: Date = new Date(),
): Promise<boolean> {
  return changeBinder(
    db,
    userId,
    binderId,
    { status: 'failed', error, finished_at: now.toISOString() },
    now,
  );
}

/**
 * Deletes a binder of the owner's case; returns the deleted binder (so its PDF can be removed
 * from the blob store), or undefined when there is no such binder for them.
 */
export async function deleteBinder(
  db: Db,
  userId: string,
  caseId: string,
  binderId: string,
): Promise<Binder | undefined> {
  const binder = await findBinder(db, userId, caseId, binderId);
  if (!binder) {
    return undefined;
  }
  const result = await db.kysely
    .deleteFrom('binders')
    .where('id', '=', binder.id)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return result.numDeletedRows > 0n ? binder : undefined;
}
