import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';

// File bytes behind one interface (docs/adr/0007-file-storage.md). The database keeps the
// metadata (name, type, size, sha256) and a key; the bytes live here under that key.
//
// - SQLite default: files under DATA_DIR/files, written to a temporary file and renamed, so a
//   crash never leaves half a file under a real key.
// - PostgreSQL (DATABASE_URL): the `blobs` table of the database itself, in chunks, so every app
//   instance serves the same files and no server keeps files on its own disk.
//
// Keys are made by the app (`newBlobKey()`), never from a file name, and are checked before they
// touch a path: a key is only letters, digits, '-' and '_'.

/**
 * Where file bytes are kept. Every method takes a key from {@link newBlobKey}; `put` throws on
 * any other key, `get` finds nothing under it and `delete` does nothing.
 */
export interface BlobStore {
  /** Stores the bytes under the key (replacing any earlier bytes); all or nothing. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under the key, or undefined when there are none. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Removes the bytes under the key; a key with no bytes is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;

/** Bytes per row of the `blobs` table: large files are split so no one value is huge. */
export const BLOB_CHUNK_BYTES = 1024 * 1024;

/**
 * A new random key, optionally with a short prefix naming what it holds.
 *
 * @example
 * const key = newBlobKey('doc'); // 'doc-3f0c…'
 */
export function newBlobKey(prefix?: string): string {
  const key = prefix ? `${prefix}-${randomUUID()}` : randomUUID();
  assertBlobKey(key);
  return key;
}

/** True for a key the stores accept (letters, digits, '-' and '_'; at most 200 characters). */
export function isBlobKey(key: string): boolean {
  return KEY.test(key);
}

function assertBlobKey(key: string): void {
  if (!isBlobKey(key)) {
    throw new Error('Invalid blob key');
  }
}

/**
 * The store the deployment uses: the database's `blobs` table on PostgreSQL, files under
 * `<dataDir>/files` on SQLite.
 *
 * @example
 * const blobs = createBlobStore(config, db);
 */
export function createBlobStore(config: Pick<Config, 'dataDir'>, db: Db): BlobStore {
  return db.dialect === 'postgres'
    ? createDatabaseBlobStore(db)
    : createDiskBlobStore(join(config.dataDir, 'files'));
}

/** Files in a directory: `<dir>/<first two key characters>/<key>`, written atomically. */
export function createDiskBlobStore(dir: string): BlobStore {
  const tmpDir = join(dir, '.tmp');
  const pathOf = (key: string) => {
    assertBlobKey(key);
    return join(dir, key.slice(0, 2).toLowerCase(), key);
  };
  return {
    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(join(target, '..'), { recursive: true, mode: 0o700 });
      await mkdir(tmpDir, { recursive: true, mode: 0o700 });
      // The temporary file is in the same directory tree (same file system), so rename is atomic.
      const tmp = join(tmpDir, `${key}.${randomBytes(6).toString('hex')}`);
      try {
        const handle = await open(tmp, 'wx', 0o600);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(tmp, target);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    },
    async get(key) {
      if (!isBlobKey(key)) {
        return undefined;
      }
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return undefined;
        }
        throw error;
      }
    },
    async delete(key) {
      if (!isBlobKey(key)) {
        return;
      }
      try {
        await unlink(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw error;
        }
      }
    },
  };
}

/**
 * Rows of the database's `blobs` table, one per {@link BLOB_CHUNK_BYTES} chunk (an empty file is
 * one empty chunk), written in one transaction.
 */
export function createDatabaseBlobStore(db: Db): BlobStore {
  return {
    async put(key, bytes) {
      assertBlobKey(key);
      await db.kysely.transaction().execute(async (trx) => {
        await trx.deleteFrom('blobs').where('key', '=', key).execute();
        const count = Math.max(1, Math.ceil(bytes.byteLength / BLOB_CHUNK_BYTES));
        for (let part = 0; part < count; part++) {
          const chunk = bytes.subarray(part * BLOB_CHUNK_BYTES, (part + 1) * BLOB_CHUNK_BYTES);
          await trx
            .insertInto('blobs')
            .values({
              key,
              part,
              bytes: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
            })
            .execute();
        }
      });
    },
    async get(key) {
      if (!isBlobKey(key)) {
        return undefined;
      }
      const rows = await db.kysely
        .selectFrom('blobs')
        .select(['part', 'bytes'])
        .where('key', '=', key)
        .orderBy('part')
        .execute();
      if (rows.length === 0) {
        return undefined;
      }
      if (rows.length === 1 && rows[0]) {
        return new Uint8Array(rows[0].bytes);
      }
      return new Uint8Array(Buffer.concat(rows.map((r) => r.bytes)));
    },
    async delete(key) {
      if (!isBlobKey(key)) {
        return;
      }
      await db.kysely.deleteFrom('blobs').where('key', '=', key).execute();
    },
  };
}
