import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { ActiveSession } from '../db/sessions.js';
import type { Locale, Messages } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import type { BlobStore } from '../storage/blob-store.js';

/** What the app is built from. Tests pass a test database and a silent logger. */
export type Deps = {
  db: Db;
  config: Config;
  logger: Logger;
  /** File bytes (documents, binders): see src/storage/blob-store.ts. */
  blobs: BlobStore;
  /**
   * The clock for time windows (rate limits); the real time when absent. Tests pin it so a run of
   * calls cannot straddle the edge of a fixed window.
   */
  now?: () => Date;
};

/** A form kept across a log-in: the path it was posted to and its fields in order. */
export type CarriedForm = { action: string; fields: [string, string][] };

export type AppEnv = {
  Variables: {
    deps: Deps;
    /** The logged-in account, when there is one. */
    session: ActiveSession | undefined;
    /** True when the request carried a session cookie that is no longer valid. */
    sessionExpired: boolean;
    locale: Locale;
    m: Messages;
    /** Cache for `csrfToken(c)`: the token bound to the session or the anonymous cookie. */
    csrfToken: string | undefined;
    /** True when the response may set cookies with `Secure`. */
    secure: boolean;
    /**
     * A form posted from our own page after its session ended: where it was going and what was
     * typed, so the log-in page can keep it (see `csrfGuard`).
     */
    carried: CarriedForm | undefined;
  };
};
