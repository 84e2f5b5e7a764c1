import { createHash, randomUUID } from 'node:crypto';
import { isLetterKind, type LetterKind } from '../domain/letters/index.js';
import type { BlobStore } from '../storage/blob-store.js';
import { newBlobKey } from '../storage/blob-store.js';
import type { Db } from './database.js';
import { isUuid } from './ids.js';
import { ownedCaseIds } from './ownership.js';
import type { Database } from './schema.js';

// Letters of a case. Every function takes the owner's id and scopes through the case: another
// account finds nothing and changes nothing. A final letter's PDF goes into the blob store once,
// with its SHA-256; after that its bytes never change (blobKeysOfCases in documents.ts removes
// them with the case or the account).

export const LETTER_STATUSES = ['draft', 'final', 'sent'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export const SENT_METHODS = ['email', 'certified_mail', 'hand_delivery', 'fax', 'other'] as const;
export type SentMethod = (typeof SENT_METHODS)[number];

/** A letter as the app uses it. */
export type CaseLetter = {
  id: string;
  caseId: string;
  kind: LetterKind;
  language: 'en' | 'es';
  /** The kind's input as the parent entered it (checked by the letter domain before use). */
  data: Record<string, unknown>;
  /** Paragraph edits by block id. */
  overrides: Record<string, string>;
  status: LetterStatus;
  finalBlobKey: string | null;
  finalSha256: string | null;
  finalSize: number | null;
  finalizedAt: string | null;
  sentOn: string | null;
  sentMethod: SentMethod | null;
  trackingNumber: string | null;
  receivedOn: string | null;
  eventId: string | null;
  createdAt: string;
  updatedAt: string;
};

type Row = Database['letters'];

function parseObject(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function parseOverrides(json: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parseObject(json))) {
    if (typeof value === 'string') {
      out[key] = value;
    }
  }
  return out;
}

function toLetter(row: Row): CaseLetter {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: isLetterKind(row.kind) ? row.kind : 'records_request',
    language: row.language === 'es' ? 'es' : 'en',
    data: parseObject(row.data_json),
    overrides: parseOverrides(row.overrides_json),
    status: (LETTER_STATUSES as readonly string[]).includes(row.status)
      ? (row.status as LetterStatus)
      : 'draft',
    finalBlobKey: row.final_blob_key,
    finalSha256: row.final_sha256,
    finalSize: row.final_size === null ? null : Number(row.final_size),
    finalizedAt: row.finalized_at,
    sentOn: row.sent_on,
    sentMethod: (SENT_METHODS as readonly string[]).includes(row.sent_method ?? '')
      ? (row.sent_method as SentMethod)
      : null,
    trackingNumber: row.tracking_number,
    receivedOn: row.received_on,
    eventId: row.event_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Starts a draft letter on the owner's case with the data given (prefilled by the caller);
 * undefined when the case is not theirs.
 */
export async function createLetter(
  db: Db,
  userId: string,
  caseId: string,
  input: { kind: LetterKind; language: 'en' | 'es'; data: Record<string, unknown> },
  now: Date = new Date(),
): Promise<{ id: string } | undefined> {
  if (!isUuid(caseId) || !(await ownedCaseIds(db, userId, caseId).executeTakeFirst())) {
    return undefined;
  }
  const at = now.toISOString();
  const id = randomUUID();
  await db.kysely
    .insertInto('letters')
    .values({
      id,
      case_id: caseId,
      kind: input.kind,
      language: input.language,
      data_json: JSON.stringify(input.data),
      overrides_json: '{}',
      status: 'draft',
      final_blob_key: null,
      final_sha256: null,
      final_size: null,
      finalized_at: null,
      sent_on: null,
      sent_method: null,
      tracking_number: null,
      received_on: null,
      event_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id };
}

/** The letters of the owner's case, newest first (empty when the case is not theirs). */
export async function listLetters(db: Db, userId: string, caseId: string): Promise<CaseLetter[]> {
  if (!isUuid(caseId)) {
    return [];
  }
  const rows = await db.kysely
    .selectFrom('letters')
    .selectAll()
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toLetter);
}

/** One letter of the owner's case, or undefined exactly as if it did not exist. */
export async function findLetter(
  db: Db,
  userId: string,
  caseId: string,
  letterId: string,
): Promise<CaseLetter | undefined> {
  if (!isUuid(caseId) || !isUuid(letterId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('letters')
    .selectAll()
    .where('id', '=', letterId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return row ? toLetter(row) : undefined;
}

/** Changes a draft's data or paragraph edits; undefined when it is not the owner's draft. */
export async function updateDraft(
  db: Db,
  userId: string,
  caseId: string,
  letterId: string,
  changes: { data?: Record<string, unknown>; overrides?: Record<string, string> },
  now: Date = new Date(),
): Promise<CaseLetter | undefined> {
  const letter = await findLetter(db, userId, caseId, letterId);
  if (letter?.status !== 'draft') {
    return undefined;
  }
  await db.kysely
    .updateTable('letters')
    .set({
      ...(changes.data ? { data_json: JSON.stringify(changes.data) } : {}),
      ...(changes.overrides ? { overrides_json: JSON.stringify(changes.overrides) } : {}),
      updated_at: now.toISOString(),
    })
    .where('id', '=', letterId)
    .where('status', '=', 'draft')
    .execute();
  return findLetter(db, userId, caseId, letterId);
}

/**
 * Makes a draft final: stores the PDF once with its SHA-256. Undefined when it is not the owner's
 * draft (a final letter is never rewritten).
 */
export async function finalizeLetter(
  store: { db: Db; blobs: BlobStore },
  userId: string,
  caseId: string,
  letterId: string,
  pdf: Uint8Array,
  now: Date = new Date(),
): Promise<CaseLetter | undefined> {
  const letter = await findLetter(store.db, userId, caseId, letterId);
  if (letter?.status !== 'draft') {
    return undefined;
  }
  const key = newBlobKey('letter');
  await store.blobs.put(key, pdf);
  const result = await store.db.kysely
    .updateTable('letters')
    .set({
      status: 'final',
      final_blob_key: key,
      final_sha256: createHash('sha256').update(pdf).digest('hex'),
      final_size: pdf.byteLength,
      finalized_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .where('id', '=', letterId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    await store.blobs.delete(key);
    return undefined;
  }
  return findLetter(store.db, userId, caseId, letterId);
}

/** The stored final PDF of the owner's letter. */
export async function finalLetterPdf(
  store: { db: Db; blobs: BlobStore },
  userId: string,
  caseId: string,
  letterId: string,
): Promise<{ letter: CaseLetter; bytes: Uint8Array } | undefined> {
  const letter = await findLetter(store.db, userId, caseId, letterId);
  if (!letter?.finalBlobKey) {
    return undefined;
  }
  const bytes = await store.blobs.get(letter.finalBlobKey);
  return bytes ? { letter, bytes } : undefined;
}

/** Records how and when a final letter was sent, and the event it started. */
export async function markLetterSent(
  db: Db,
  userId: string,
  caseId: string,
  letterId: string,
  sent: {
    sentOn: string;
    method: SentMethod;
    trackingNumber: string | null;
    receivedOn: string | null;
    eventId: string | null;
  },
  now: Date = new Date(),
): Promise<CaseLetter | undefined> {
  const letter = await findLetter(db, userId, caseId, letterId);
  if (letter?.status !== 'final') {
    return undefined;
  }
  await db.kysely
    .updateTable('letters')
    .set({
      status: 'sent',
      sent_on: sent.sentOn,
      sent_method: sent.method,
      tracking_number: sent.trackingNumber,
      received_on: sent.receivedOn,
      event_id: sent.eventId,
      updated_at: now.toISOString(),
    })
    .where('id', '=', letterId)
    .where('status', '=', 'final')
    .execute();
  return findLetter(db, userId, caseId, letterId);
}

/** Deletes a draft of the owner's case (final and sent letters are kept as proof). */
export async function deleteDraft(
  db: Db,
  userId: string,
  caseId: string,
  letterId: string,
): Promise<boolean> {
  if (!isUuid(caseId) || !isUuid(letterId)) {
    return false;
  }
  const result = await db.kysely
    .deleteFrom('letters')
    .where('id', '=', letterId)
    .where('status', '=', 'draft')
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** What the account export holds for a letter: what it is, when and how it was sent, its hash. */
export async function exportLetters(db: Db, userId: string, caseId: string) {
  return (await listLetters(db, userId, caseId)).map((letter) => ({
    id: letter.id,
    kind: letter.kind,
    language: letter.language,
    status: letter.status,
    data: letter.data,
    paragraphEdits: letter.overrides,
    finalSha256: letter.finalSha256,
    finalizedAt: letter.finalizedAt,
    sentOn: letter.sentOn,
    sentMethod: letter.sentMethod,
    trackingNumber: letter.trackingNumber,
    receivedOn: letter.receivedOn,
    createdAt: letter.createdAt,
  }));
}
