import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './database.js';
import { listDocuments } from './documents.js';
import { isUuid } from './ids.js';
import { listLetters } from './letters.js';
import { ownedCaseIds } from './ownership.js';
import { addReminder, deleteRemindersForSource } from './reminders.js';
import type { Database } from './schema.js';

// The communication log of a case: every call, email, meeting, letter or text with the school,
// as the parent writes it down. Every function takes the owner's id and reaches an entry only
// through the owner's case: another account finds nothing and changes nothing.
//
// Two things follow an entry around, inside the same transaction as the entry itself:
// - its follow-up date is a reminder on the case (src/db/reminders.ts, source 'comm_log'),
//   replaced when the entry changes and removed with it;
// - its attachments are links to vault documents OF THE SAME CASE (a link to a document of
//   another case or account is refused). Deleting the document or the entry removes the link
//   (foreign keys with ON DELETE CASCADE on both sides).

/** How the parent and the school talked. */
export const COMM_METHODS = ['email', 'phone', 'meeting', 'letter', 'text', 'other'] as const;

/** One of {@link COMM_METHODS}. */
export type CommMethod = (typeof COMM_METHODS)[number];

/** An entry of the log, as the app (and the binder's chronology) uses it. */
export type CommLogEntry = {
  id: string;
  caseId: string;
  /** When it happened, 'YYYY-MM-DD'. */
  occurredOn: string;
  method: CommMethod;
  /** Who the parent talked to, e.g. "Ms. Lee, case manager". */
  withWhom: string;
  summary: string;
  /** What the school (or the parent) promised to do; null when nothing was. */
  promised: string | null;
  /** 'YYYY-MM-DD' by which something should happen; it is also a reminder on the case. */
  followUpBy: string | null;
  /** Said in mediation: left out of hearing binders (34 CFR 300.506(b)(8)). */
  mediationConfidential: boolean;
  /** Vault documents (of the same case) attached to the entry. */
  attachmentIds: string[];
  createdAt: string;
  updatedAt: string;
};

/** What the parent enters for an entry (checked at the edge: dates are 'YYYY-MM-DD'). */
export type CommLogFields = {
  occurredOn: string;
  method: CommMethod;
  withWhom: string;
  summary: string;
  promised: string | null;
  followUpBy: string | null;
  mediationConfidential: boolean;
  attachmentIds: readonly string[];
};

/** What a list may be narrowed to. Dates are 'YYYY-MM-DD', inclusive. */
export type CommLogFilter = {
  method?: CommMethod | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Words that must each appear in "with whom", the summary or what was promised. */
  q?: string | undefined;
};

/** Options for saving an entry. */
export type SaveCommLogOptions = {
  /**
   * The title of the follow-up reminder, in the parent's language (e.g. "Follow up: phone call
   * with Ms. Lee"). Without it the reminder is titled "<with whom>: <promised or summary>".
   */
  reminderTitle?: string;
  now?: Date;
};

/** Outcome of saving: refused when an attachment is not a document of the same case. */
export type SaveCommLogResult =
  | { status: 'saved'; entry: CommLogEntry }
  | { status: 'not_found' }
  | { status: 'bad_attachments'; documentIds: string[] };

type Row = Database['comm_log_entries'];

function isMethod(value: string): value is CommMethod {
  return (COMM_METHODS as readonly string[]).includes(value);
}

function toEntry(row: Row, attachmentIds: string[]): CommLogEntry {
  return {
    id: row.id,
    caseId: row.case_id,
    occurredOn: row.occurred_on,
    method: isMethod(row.method) ? row.method : 'other',
    withWhom: row.with_whom,
    summary: row.summary,
    promised: row.promised,
    followUpBy: row.follow_up_by,
    mediationConfidential: row.mediation_confidential === 1,
    attachmentIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Runs `work` in one transaction, handing it a `Db` whose queries all go through it. */
function inTransaction<T>(db: Db, work: (tdb: Db) => Promise<T>): Promise<T> {
  return db.kysely
    .transaction()
    .execute((trx) => work({ kysely: trx, dialect: db.dialect, close: async () => {} }));
}

/** Characters that are wildcards in LIKE, escaped with '\'. */
function likePattern(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function byEntry(rows: readonly { entry_id: string; document_id: string }[]) {
  const map = new Map<string, string[]>();
  for (const row of rows) {
    const list = map.get(row.entry_id) ?? [];
    list.push(row.document_id);
    map.set(row.entry_id, list);
  }
  return map;
}

/** The attachments of one entry (document ids, in a stable order). */
async function attachmentsOf(db: Db, entryId: string): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('comm_log_attachments')
    .select(['entry_id', 'document_id'])
    .where('entry_id', '=', entryId)
    .orderBy('document_id')
    .execute();
  return rows.map((row) => row.document_id);
}

/** The attachments of every entry of the owner's case (one query), for a whole list. */
async function attachmentsOfCase(db: Db, userId: string, caseId: string) {
  const rows = await db.kysely
    .selectFrom('comm_log_attachments as a')
    .innerJoin('comm_log_entries as e', 'e.id', 'a.entry_id')
    .select(['a.entry_id', 'a.document_id'])
    .where('e.case_id', 'in', ownedCaseIds(db, userId, caseId))
    .orderBy('a.document_id')
    .execute();
  return byEntry(rows);
}

/**
 * The log of the owner's case, newest first (empty when the case is not theirs). With no
 * filter, every entry: this is what the binder's chronology and the account export read.
 *
 * @example
 * const entries = await listCommLogEntries(db, userId, caseId, { method: 'phone' });
 */
export async function listCommLogEntries(
  db: Db,
  userId: string,
  caseId: string,
  filter: CommLogFilter = {},
): Promise<CommLogEntry[]> {
  if (!isUuid(caseId)) {
    return [];
  }
  let query = db.kysely
    .selectFrom('comm_log_entries')
    .selectAll()
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId));
  if (filter.method) {
    query = query.where('method', '=', filter.method);
  }
  if (filter.from) {
    query = query.where('occurred_on', '>=', filter.from);
  }
  if (filter.to) {
    query = query.where('occurred_on', '<=', filter.to);
  }
  for (const word of searchWords(filter.q)) {
    const pattern = likePattern(word);
    query = query.where(
      sql<boolean>`(lower(with_whom) like ${pattern} escape '\\' or lower(summary) like ${pattern} escape '\\' or lower(coalesce(promised, '')) like ${pattern} escape '\\')`,
    );
  }
  const rows = await query
    .orderBy('occurred_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  if (rows.length === 0) {
    return [];
  }
  const attachments = await attachmentsOfCase(db, userId, caseId);
  return rows.map((row) => toEntry(row, attachments.get(row.id) ?? []));
}

/** The words of a search, at most 10 (each must match). */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 10);
}

/** How many entries the owner's case has. */
export async function countCommLogEntries(db: Db, userId: string, caseId: string): Promise<number> {
  if (!isUuid(caseId)) {
    return 0;
  }
  const row = await db.kysely
    .selectFrom('comm_log_entries')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One entry of the owner's case, or undefined exactly as if it did not exist. */
export async function findCommLogEntry(
  db: Db,
  userId: string,
  caseId: string,
  entryId: string,
): Promise<CommLogEntry | undefined> {
  if (!isUuid(caseId) || !isUuid(entryId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('comm_log_entries')
    .selectAll()
    .where('id', '=', entryId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  if (!row) {
    return undefined;
  }
  return toEntry(row, await attachmentsOf(db, row.id));
}

/**
 * The asked-for attachments that are NOT documents of the owner's case (a made-up id, another
 * case's document, another account's document), asked of the vault's own repository. Empty when
 * every one may be attached.
 */
async function foreignDocumentIds(
  db: Db,
  userId: string,
  caseId: string,
  documentIds: readonly string[],
): Promise<string[]> {
  const wanted = [...new Set(documentIds)];
  if (wanted.length === 0) {
    return [];
  }
  const found = new Set(
    (await listDocuments(db, userId, caseId, { ids: wanted })).map((d) => d.id),
  );
  return wanted.filter((id) => !found.has(id));
}

function columns(fields: CommLogFields) {
  return {
    occurred_on: fields.occurredOn,
    method: fields.method,
    with_whom: fields.withWhom,
    summary: fields.summary,
    promised: fields.promised,
    follow_up_by: fields.followUpBy,
    mediation_confidential: fields.mediationConfidential ? 1 : 0,
  };
}

async function linkAttachments(db: Db, entryId: string, documentIds: readonly string[]) {
  const unique = [...new Set(documentIds)];
  if (unique.length > 0) {
    await db.kysely
      .insertInto('comm_log_attachments')
      .values(unique.map((documentId) => ({ entry_id: entryId, document_id: documentId })))
      .execute();
  }
}

/** Puts the entry's follow-up date on the case as a reminder (after removing the old one). */
async function syncReminder(
  db: Db,
  userId: string,
  caseId: string,
  entryId: string,
  fields: CommLogFields,
  options: SaveCommLogOptions,
): Promise<void> {
  await deleteRemindersForSource(db, userId, caseId, 'comm_log', entryId);
  if (fields.followUpBy) {
    const title =
      options.reminderTitle ?? `${fields.withWhom}: ${fields.promised ?? fields.summary}`;
    await addReminder(
      db,
      userId,
      caseId,
      { date: fields.followUpBy, title, source: 'comm_log', sourceId: entryId },
      options.now,
    );
  }
}

/**
 * Adds an entry to the owner's case, with its attachments and its follow-up reminder, in one
 * transaction. Refused (nothing saved) when an attachment is not a document of this case.
 */
export async function createCommLogEntry(
  db: Db,
  userId: string,
  caseId: string,
  fields: CommLogFields,
  options: SaveCommLogOptions = {},
): Promise<SaveCommLogResult> {
  if (!isUuid(caseId)) {
    return { status: 'not_found' };
  }
  return inTransaction(db, async (tdb): Promise<SaveCommLogResult> => {
    const owned = await ownedCaseIds(tdb, userId, caseId).executeTakeFirst();
    if (!owned) {
      return { status: 'not_found' };
    }
    const foreign = await foreignDocumentIds(tdb, userId, caseId, fields.attachmentIds);
    if (foreign.length > 0) {
      return { status: 'bad_attachments', documentIds: foreign };
    }
    const at = (options.now ?? new Date()).toISOString();
    const row: Row = {
      id: randomUUID(),
      case_id: caseId,
      ...columns(fields),
      created_at: at,
      updated_at: at,
    };
    await tdb.kysely.insertInto('comm_log_entries').values(row).execute();
    await linkAttachments(tdb, row.id, fields.attachmentIds);
    await syncReminder(tdb, userId, caseId, row.id, fields, options);
    const entry = await findCommLogEntry(tdb, userId, caseId, row.id);
    return entry ? { status: 'saved', entry } : { status: 'not_found' };
  });
}

/**
 * Changes an entry of the owner's case: its fields, its attachments (replaced by the new list)
 * and its follow-up reminder (replaced, or removed when the date is cleared), in one transaction.
 */
export async function updateCommLogEntry(
  db: Db,
  userId: string,
  caseId: string,
  entryId: string,
  fields: CommLogFields,
  options: SaveCommLogOptions = {},
): Promise<SaveCommLogResult> {
  if (!isUuid(caseId) || !isUuid(entryId)) {
    return { status: 'not_found' };
  }
  return inTransaction(db, async (tdb): Promise<SaveCommLogResult> => {
    const existing = await tdb.kysely
      .selectFrom('comm_log_entries')
      .select('id')
      .where('id', '=', entryId)
      .where('case_id', 'in', ownedCaseIds(tdb, userId, caseId))
      .executeTakeFirst();
    if (!existing) {
      return { status: 'not_found' };
    }
    const foreign = await foreignDocumentIds(tdb, userId, caseId, fields.attachmentIds);
    if (foreign.length > 0) {
      return { status: 'bad_attachments', documentIds: foreign };
    }
    await tdb.kysely
      .updateTable('comm_log_entries')
      .set({ ...columns(fields), updated_at: (options.now ?? new Date()).toISOString() })
      .where('id', '=', entryId)
      .execute();
    await tdb.kysely.deleteFrom('comm_log_attachments').where('entry_id', '=', entryId).execute();
    await linkAttachments(tdb, entryId, fields.attachmentIds);
    await syncReminder(tdb, userId, caseId, entryId, fields, options);
    const entry = await findCommLogEntry(tdb, userId, caseId, entryId);
    return entry ? { status: 'saved', entry } : { status: 'not_found' };
  });
}

/**
 * Deletes an entry of the owner's case, its attachment links and its follow-up reminder; false
 * when there is no such entry for them. The attached documents stay in the vault.
 */
export async function deleteCommLogEntry(
  db: Db,
  userId: string,
  caseId: string,
  entryId: string,
): Promise<boolean> {
  if (!isUuid(caseId) || !isUuid(entryId)) {
    return false;
  }
  return inTransaction(db, async (tdb) => {
    const result = await tdb.kysely
      .deleteFrom('comm_log_entries')
      .where('id', '=', entryId)
      .where('case_id', 'in', ownedCaseIds(tdb, userId, caseId))
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) {
      return false;
    }
    await deleteRemindersForSource(tdb, userId, caseId, 'comm_log', entryId);
    return true;
  });
}

/**
 * A letter the parent sent from the app, as the log shows it: read-only here (the letters
 * feature keeps it; it is never copied into the log's table).
 */
export type SentLetterItem = {
  id: string;
  /** One of the letter kinds (src/domain/letters). */
  kind: string;
  /** 'YYYY-MM-DD'. */
  sentOn: string;
  /** How it was sent (a code of the letters feature), or null when not said. */
  sentMethod: string | null;
};

/**
 * The letters of the owner's case that were sent from the app (read from the letters feature,
 * never copied into the log), newest first.
 */
export async function listSentLetters(
  db: Db,
  userId: string,
  caseId: string,
): Promise<SentLetterItem[]> {
  const letters = await listLetters(db, userId, caseId);
  return letters
    .filter((l): l is typeof l & { sentOn: string } => l.status === 'sent' && l.sentOn !== null)
    .map((l) => ({ id: l.id, kind: l.kind, sentOn: l.sentOn, sentMethod: l.sentMethod }))
    .sort((a, b) => (a.sentOn < b.sentOn ? 1 : a.sentOn > b.sentOn ? -1 : 0));
}

/** One row of the log as the page shows it: the parent's entry, or a letter sent from the app. */
export type CommLogItem =
  | { type: 'entry'; date: string; entry: CommLogEntry }
  | { type: 'letter'; date: string; letter: SentLetterItem };

/**
 * The log's rows, newest first: the parent's entries and the letters sent from the app (method
 * 'letter'), merged by date. The filter applies to both; a search matches a letter by the words
 * given in `letterText` for it (e.g. its kind's title in the reader's language).
 *
 * @example
 * mergeSentLetters(entries, letters, { method: 'letter' }, (l) => l.kind);
 */
export function mergeSentLetters(
  entries: readonly CommLogEntry[],
  letters: readonly SentLetterItem[],
  filter: CommLogFilter,
  letterText: (letter: SentLetterItem) => string,
): CommLogItem[] {
  const words = searchWords(filter.q).map((w) => w.toLowerCase());
  const shownLetters = letters.filter(
    (l) =>
      (!filter.method || filter.method === 'letter') &&
      (!filter.from || l.sentOn >= filter.from) &&
      (!filter.to || l.sentOn <= filter.to) &&
      words.every((w) => letterText(l).toLowerCase().includes(w)),
  );
  const items: CommLogItem[] = [
    ...entries.map((entry) => ({ type: 'entry' as const, date: entry.occurredOn, entry })),
    ...shownLetters.map((letter) => ({ type: 'letter' as const, date: letter.sentOn, letter })),
  ];
  // Newest first; on one day, entries keep their own order and letters come after them.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) =>
      a.item.date === b.item.date ? a.index - b.index : a.item.date < b.item.date ? 1 : -1,
    )
    .map(({ item }) => item);
}
