import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTestDb, type TestDb, testDialect } from '../../test/db.js';
import {
  BLOB_CHUNK_BYTES,
  type BlobStore,
  createBlobStore,
  createDatabaseBlobStore,
  createDiskBlobStore,
  isBlobKey,
  newBlobKey,
} from '../storage/blob-store.js';

// Both stores, on this run's database (SQLite or PostgreSQL): the disk store of the SQLite
// default and the `blobs` table PostgreSQL deployments use.

let t: TestDb;
let dir: string;

beforeAll(async () => {
  t = await createMigratedTestDb();
  dir = mkdtempSync(join(tmpdir(), 'iepnav-blobs-'));
});
afterAll(async () => {
  await t.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (n: number) => new Uint8Array(randomBytes(n));

function filesUnder(root: string): string[] {
  if (!existsSync(root)) {
    return [];
  }
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const stores: [string, () => BlobStore][] = [
  ['the disk store', () => createDiskBlobStore(join(dir, 'files'))],
  ['the database store', () => createDatabaseBlobStore(t.db)],
];

describe.each(stores)(`%s (${testDialect()})`, (_name, make) => {
  it('gives back exactly the bytes it was given, and nothing for an unknown key', async () => {
    const store = make();
    const key = newBlobKey('doc');
    const data = bytes(5000);
    await store.put(key, data);
    expect(Buffer.from((await store.get(key)) ?? []).equals(Buffer.from(data))).toBe(true);
    expect(await store.get(newBlobKey())).toBeUndefined();
  });

  it('keeps an empty file as an empty file, not as nothing', async () => {
    const store = make();
    const key = newBlobKey();
    await store.put(key, new Uint8Array());
    expect(await store.get(key)).toEqual(new Uint8Array());
  });

  it('keeps a file larger than one chunk whole and in order', async () => {
    const store = make();
    const key = newBlobKey();
    const data = bytes(BLOB_CHUNK_BYTES * 2 + 12_345);
    await store.put(key, data);
    expect(Buffer.from((await store.get(key)) ?? []).equals(Buffer.from(data))).toBe(true);
  });

  it('replaces the bytes under a key, leaving nothing of the longer old file', async () => {
    const store = make();
    const key = newBlobKey();
    await store.put(key, bytes(BLOB_CHUNK_BYTES + 10));
    const small = bytes(10);
    await store.put(key, small);
    expect(await store.get(key)).toEqual(small);
  });

  it('deletes, and deleting what is not there is not an error', async () => {
    const store = make();
    const key = newBlobKey();
    await store.put(key, bytes(10));
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it('never lets a key become a path or a pattern: such keys are refused', async () => {
    const store = make();
    for (const key of ['../escape', 'a/b', 'a\\b', '', '.hidden', 'x'.repeat(201), 'a\u0000b']) {
      expect(isBlobKey(key), key).toBe(false);
      await expect(store.put(key, bytes(1)), key).rejects.toThrow('Invalid blob key');
      expect(await store.get(key)).toBeUndefined();
    }
    expect(existsSync(join(dir, 'escape'))).toBe(false);
  });
});

describe(`the disk store writes atomically (${testDialect()})`, () => {
  it('puts each file under its key and leaves no temporary file behind', async () => {
    const root = join(dir, 'atomic');
    const store = createDiskBlobStore(root);
    const key = newBlobKey('doc');
    await store.put(key, bytes(100));
    const files = filesUnder(root);
    expect(files).toEqual([join(root, 'do', key)]);
    expect(filesUnder(join(root, '.tmp'))).toEqual([]);
  });
});

describe(`the database store (${testDialect()})`, () => {
  it('splits a file into 1 MB rows of the blobs table and removes them all on delete', async () => {
    const store = createDatabaseBlobStore(t.db);
    const key = newBlobKey();
    await store.put(key, bytes(BLOB_CHUNK_BYTES * 3 + 1));
    const rows = await t.db.kysely
      .selectFrom('blobs')
      .select('part')
      .where('key', '=', key)
      .orderBy('part')
      .execute();
    expect(rows.map((r) => r.part)).toEqual([0, 1, 2, 3]);
    await store.delete(key);
    const left = await t.db.kysely
      .selectFrom('blobs')
      .select('key')
      .where('key', '=', key)
      .execute();
    expect(left).toEqual([]);
  });
});

describe(`choosing the store (${testDialect()})`, () => {
  it('uses the database on PostgreSQL (no app server keeps files) and DATA_DIR/files on SQLite', async () => {
    const dataDir = join(dir, 'choose');
    const store = createBlobStore({ dataDir }, t.db);
    const key = newBlobKey();
    await store.put(key, bytes(10));
    const inTable = await t.db.kysely
      .selectFrom('blobs')
      .select('key')
      .where('key', '=', key)
      .execute();
    if (t.db.dialect === 'postgres') {
      expect(inTable).toHaveLength(1);
      expect(existsSync(join(dataDir, 'files'))).toBe(false);
    } else {
      expect(inTable).toHaveLength(0);
      expect(filesUnder(join(dataDir, 'files'))).toHaveLength(1);
    }
  });
});
