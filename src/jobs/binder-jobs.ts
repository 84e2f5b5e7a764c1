/**
 * Builds binders in the background, in this process: the route saves the binder row (queued)
 * and hands its id here; the build writes its progress to the row as it goes, stores the PDF in
 * the blob store and marks the row done (or failed, with a short reason code).
 *
 * One build runs at a time per process (a queue): a build is CPU work, and a 2-core server must
 * keep serving pages while it runs. The renderer streams (src/render/binder-pdf.ts), so a build
 * holds one source document at a time; the finished file is written to a temporary file first
 * and then given to the blob store, whose `put` takes the whole file.
 *
 * A build that dies with its process (a restart) leaves its row queued or building; the binder's
 * page marks such a row failed ('interrupted') once it has not moved for {@link STALE_AFTER_MS}
 * and no build of this process is working on it.
 *
 * @module
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Binder,
  type BinderLeftOut,
  failBinder,
  findBinder,
  finishBinder,
  recordBinderProgress,
} from '../db/binders.js';
import { listCaseEvents } from '../db/case-events.js';
import { findCase } from '../db/cases.js';
import { listCommLogEntries } from '../db/comm-log.js';
import type { Db } from '../db/database.js';
import { type CaseDocument, documentPdfBytes, listDocuments } from '../db/documents.js';
import { listLetters } from '../db/letters.js';
import { findSchoolCalendar } from '../db/school-calendars.js';
import {
  type BinderDocument,
  type BinderLanguage,
  type BinderLogEntry,
  type BinderPlan,
  type HearingDisclosure,
  hearingDisclosure,
  pickHearingDate,
  planBinder,
} from '../domain/binder/index.js';
import type { Case } from '../domain/case/case.js';
import { format, messages } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { BinderSourceError, openFileSink, renderBinderPdf } from '../render/binder-pdf.js';
import { type BlobStore, newBlobKey } from '../storage/blob-store.js';

/** What a build needs from the app. */
export type BinderJobDeps = { db: Db; blobs: BlobStore; logger: Logger };

/** One build: the binder, and the account and case it belongs to. */
export type BinderJob = { userId: string; caseId: string; binderId: string };

/** A queued or building binder that has not moved for this long was interrupted. */
export const STALE_AFTER_MS = 10 * 60_000;

/** Progress is written to the row at most this often (and always at the start and the end). */
const PROGRESS_EVERY_MS = 400;

/** A vault document as the binder's rules see it. */
export function toBinderDocument(document: CaseDocument): BinderDocument {
  return {
    id: document.id,
    title: document.title,
    date: document.documentDate,
    category: document.category,
    pageCount: document.pageCount ?? 0,
    mediationConfidential: document.mediationConfidential,
    binderOk: document.binderOk && document.pdfBlobKey !== null,
  };
}

/**
 * The hearing to prepare for (the next `due_process_hearing_scheduled` event on the case's
 * timeline, or the latest) and its 5-business-day disclosure date (34 CFR 300.512), counted with
 * the case's county holidays; undefined when the timeline has no hearing.
 */
export async function caseHearingDisclosure(
  db: Db,
  userId: string,
  caseId: string,
  today: string,
): Promise<HearingDisclosure | undefined> {
  const [events, calendar] = await Promise.all([
    listCaseEvents(db, userId, caseId),
    findSchoolCalendar(db, userId, caseId),
  ]);
  const hearingDate = pickHearingDate(
    events.filter((e) => e.type === 'due_process_hearing_scheduled').map((e) => e.date),
    today,
  );
  if (!hearingDate) {
    return undefined;
  }
  return hearingDisclosure({
    hearingDate,
    today,
    ...(calendar?.county ? { county: calendar.county } : {}),
  });
}

/**
 * The communication log of a case as the chronology lists it, in the binder's language:
 * "Phone call with Ms. Lee, case manager: …", keeping each entry's mediation-confidential mark.
 */
export async function caseLogEntries(
  db: Db,
  userId: string,
  caseId: string,
  language: BinderLanguage,
): Promise<BinderLogEntry[]> {
  const m = messages(language);
  const [entries, letters] = await Promise.all([
    listCommLogEntries(db, userId, caseId),
    listLetters(db, userId, caseId),
  ]);
  // Letters sent from the app are part of the record too (the log shows them the same way).
  const sent: BinderLogEntry[] = letters.flatMap((letter) =>
    letter.status === 'sent' && letter.sentOn
      ? [
          {
            id: letter.id,
            date: letter.sentOn,
            title: `${m.letters.kinds[letter.kind]}${
              letter.sentMethod ? ` (${m.letters.methods[letter.sentMethod]})` : ''
            }`,
            mediationConfidential: false,
          },
        ]
      : [],
  );
  return [
    ...sent,
    ...entries.map((entry) => ({
      id: entry.id,
      date: entry.occurredOn,
      title: format(m.binder.pdf.chronology.logEntry, {
        method: m.vault.log.methods[entry.method],
        who: entry.withWhom,
        summary: entry.summary,
      }),
      mediationConfidential: entry.mediationConfidential,
    })),
  ];
}

/** What the binder will hold, from the case's current documents and log. */
export async function planCaseBinder(
  db: Db,
  userId: string,
  binder: Pick<Binder, 'caseId' | 'purpose' | 'documentIds' | 'language'>,
): Promise<BinderPlan> {
  const [documents, entries] = await Promise.all([
    listDocuments(db, userId, binder.caseId),
    caseLogEntries(db, userId, binder.caseId, binder.language),
  ]);
  return planBinder({
    purpose: binder.purpose,
    documents: documents.map(toBinderDocument),
    selectedIds: binder.documentIds,
    logEntries: entries,
  });
}

function leftOutOf(plan: BinderPlan): BinderLeftOut {
  return {
    mediationConfidentialDocuments: plan.leftOut.mediationConfidential.documents,
    mediationConfidentialLogEntries: plan.leftOut.mediationConfidential.logEntries,
    noPages: plan.leftOut.noPages,
    cannotGoInBinder: plan.leftOut.cannotGoInBinder,
  };
}

function errorCode(error: unknown): string {
  if (error instanceof BinderSourceError) {
    return error.code === 'page_count_changed' ? 'source_changed' : 'unreadable';
  }
  return 'internal';
}

/** Runs one build to the end; never throws (a failure is written to the row). */
export async function runBinderJob(
  deps: BinderJobDeps,
  job: BinderJob,
  options: { today: string; now?: () => Date },
): Promise<void> {
  const { db, blobs, logger } = deps;
  const now = options.now ?? (() => new Date());
  const { userId, caseId, binderId } = job;
  const binder = await findBinder(db, userId, caseId, binderId);
  const kase: Case | undefined = binder ? await findCase(db, userId, caseId) : undefined;
  if (!binder || !kase || binder.status !== 'queued') {
    return;
  }
  let dir: string | undefined;
  let blobKey: string | undefined;
  try {
    const plan = await planCaseBinder(db, userId, binder);
    const disclosure =
      binder.purpose === 'hearing'
        ? await caseHearingDisclosure(db, userId, caseId, options.today)
        : undefined;
    dir = await mkdtemp(join(tmpdir(), 'iepnav-binder-'));
    const file = join(dir, 'binder.pdf');
    const sink = await openFileSink(file);
    let lastWrite = 0;
    let result: Awaited<ReturnType<typeof renderBinderPdf>>;
    try {
      result = await renderBinderPdf(
        {
          language: binder.language,
          purpose: binder.purpose,
          labelStyle: binder.labelStyle,
          separators: binder.separators,
          cover: {
            childName: [kase.childFirstName, kase.childLastName].filter(Boolean).join(' '),
            school: kase.school,
            district: kase.district,
            preparedOn: options.today,
          },
          disclosure: disclosure ?? null,
          plan,
          source: async (documentId) => {
            const bytes = await documentPdfBytes({ db, blobs }, userId, caseId, documentId);
            if (!bytes) {
              throw new BinderSourceError(
                'page_count_changed',
                documentId,
                'The document is gone or has no PDF form',
              );
            }
            return bytes;
          },
          onProgress: async (done, total) => {
            const at = Date.now();
            if (done === 0 || done === total || at - lastWrite >= PROGRESS_EVERY_MS) {
              lastWrite = at;
              await recordBinderProgress(db, userId, binderId, done, total, now());
            }
          },
          createdAt: now(),
        },
        sink,
      );
    } finally {
      await sink.close();
    }
    // BlobStore.put takes the whole file (src/storage/blob-store.ts).
    const bytes = await readFile(file);
    await rm(dir, { recursive: true, force: true });
    dir = undefined;
    blobKey = newBlobKey('binder');
    await blobs.put(blobKey, bytes);
    const kept = await finishBinder(
      db,
      userId,
      binderId,
      {
        blobKey,
        sha256: result.sha256,
        byteSize: result.bytes,
        pagesTotal: result.pages,
        leftOut: leftOutOf(plan),
      },
      now(),
    );
    if (!kept) {
      // Deleted while it was being made: nothing points at the file.
      await blobs.delete(blobKey);
    }
  } catch (error) {
    logger.warn('binder build failed', {
      error: (error as Error).name,
      code: errorCode(error),
      stack: (error as Error).stack?.split('\n').slice(1, 6).join('\n'),
    });
    if (blobKey) {
      await blobs.delete(blobKey).catch(() => {});
    }
    await failBinder(db, userId, binderId, errorCode(error), now()).catch(() => {});
  } finally {
    if (dir) {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/** The queue of one app: builds run one after another, in the order they were asked for. */
export type BinderJobRunner = {
  /** Adds a build to the queue and starts the queue if it is idle. */
  enqueue(job: BinderJob): void;
  /** True while the binder is queued or being built by this process. */
  isActive(binderId: string): boolean;
  /** Resolves when the queue is empty and nothing is running (for tests and shutdown). */
  whenIdle(): Promise<void>;
};

const RUNNERS = new WeakMap<object, BinderJobRunner>();

/**
 * The build queue of an app, made on first use and kept with the app's dependencies (so two apps
 * in one process, as in tests, never share a queue).
 *
 * @example
 * binderJobsFor(deps, options).enqueue({ userId, caseId, binderId });
 */
export function binderJobsFor(
  deps: BinderJobDeps,
  options: { today: () => string },
): BinderJobRunner {
  const existing = RUNNERS.get(deps);
  if (existing) {
    return existing;
  }
  const queue: BinderJob[] = [];
  const active = new Set<string>();
  let running = false;
  let waiters: (() => void)[] = [];
  const pump = async (): Promise<void> => {
    if (running) {
      return;
    }
    running = true;
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        try {
          await runBinderJob(deps, job, { today: options.today() });
        } finally {
          active.delete(job.binderId);
        }
      }
    } finally {
      running = false;
      const done = waiters;
      waiters = [];
      for (const resolve of done) {
        resolve();
      }
    }
  };
  const runner: BinderJobRunner = {
    enqueue(job) {
      queue.push(job);
      active.add(job.binderId);
      void pump();
    },
    isActive: (binderId) => active.has(binderId),
    whenIdle: () =>
      running || queue.length > 0
        ? new Promise<void>((resolve) => {
            waiters.push(resolve);
          })
        : Promise.resolve(),
  };
  RUNNERS.set(deps, runner);
  return runner;
}
