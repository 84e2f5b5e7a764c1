import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// The server side of bench/case-list.ts, forked by it into a process of its own so the load
// generator never shares an event loop with the server under test. Two modes:
//
//   real: the IEP Navigator app, assembled as src/main.ts does it (config from the environment,
//         database, migrations, createApp, @hono/node-server) with logging off.
//   bare: a node:http server answering every request with the bytes it is sent over IPC.
//
// It reports { port } over IPC once it listens, and exits on SIGTERM or when the parent goes.

export type BareBody = { type: 'body'; body: string; contentType: string };
export type CpuQuery = { type: 'cpu' };
export type Ready = { type: 'ready'; port: number };
export type CpuUsage = { type: 'cpu'; usage: NodeJS.CpuUsage };

const HOST = '127.0.0.1';

// Production-like: set before the app's modules are loaded (they are imported dynamically below).
process.env.NODE_ENV = 'production';

function reportReady(server: Server): void {
  const port = (server.address() as AddressInfo).port;
  process.send?.({ type: 'ready', port } satisfies Ready);
}

function stopOnSignal(close: () => Promise<void>): void {
  const stop = () => {
    close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // The parent died or hung up: do not outlive it.
  process.once('disconnect', stop);
}

async function serveReal(): Promise<void> {
  const [
    { serve },
    { loadConfig },
    database,
    { migrateToLatest },
    { createLogger },
    { createApp },
    { createBlobStore },
  ] = await Promise.all([
    import('@hono/node-server'),
    import('../src/config.js'),
    import('../src/db/database.js'),
    import('../src/db/migrate.js'),
    import('../src/logger.js'),
    import('../src/web/app.js'),
    import('../src/storage/blob-store.js'),
  ]);
  const config = loadConfig({
    PORT: '0',
    HOST,
    DATA_DIR: process.env.BENCH_DATA_DIR,
    DATABASE_URL: process.env.BENCH_APP_DATABASE_URL ?? '',
    LOG_LEVEL: 'silent',
  });
  const db = config.databaseUrl
    ? database.openDb({ databaseUrl: config.databaseUrl })
    : database.openDb({ sqliteFile: database.defaultSqliteFile(config.dataDir) });
  await migrateToLatest(db);
  const app = createApp({
    db,
    config,
    logger: createLogger(config.logLevel),
    blobs: createBlobStore(config, db),
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }) as Server;
  server.once('listening', () => reportReady(server));
  stopOnSignal(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  });
}

// The parent asks for this process's CPU time before and after a load, to report CPU per request.
process.on('message', (message: BareBody | CpuQuery) => {
  if (message.type === 'cpu') {
    process.send?.({ type: 'cpu', usage: process.cpuUsage() } satisfies CpuUsage);
  }
});

function serveBare(): void {
  process.on('message', (message: BareBody | CpuQuery) => {
    if (message.type !== 'body') {
      return;
    }
    const bytes = Buffer.from(message.body, 'utf8');
    const headers = { 'content-type': message.contentType, 'content-length': bytes.length };
    const server = createServer((_req, res) => {
      res.writeHead(200, headers);
      res.end(bytes);
    });
    server.listen(0, HOST, () => reportReady(server));
    stopOnSignal(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
  });
}

const mode = process.argv[2];
if (mode === 'real') {
  await serveReal();
} else if (mode === 'bare') {
  serveBare();
} else {
  process.stderr.write('usage: case-list-server.ts real|bare (forked by bench/case-list.ts)\n');
  process.exit(2);
}
