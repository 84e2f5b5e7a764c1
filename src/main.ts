import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config.js';
import { defaultSqliteFile, openDb } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { purgeRateLimits } from './db/rate-limits.js';
import { purgeExpiredSessions } from './db/sessions.js';
import { createLogger } from './logger.js';
import { createBlobStore } from './storage/blob-store.js';
import { createApp } from './web/app.js';

// The only file with start-up side effects: config → database → migrations → app → server.

const HOUSEKEEPING_EVERY_MS = 60 * 60_000;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const db = config.databaseUrl
    ? openDb({ databaseUrl: config.databaseUrl })
    : openDb({ sqliteFile: defaultSqliteFile(config.dataDir) });
  const applied = await migrateToLatest(db);
  logger.info('database ready', { dialect: db.dialect, migrationsApplied: applied.length });

  const app = createApp({ db, config, logger, blobs: createBlobStore(config, db) });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info('listening', { url: `http://${config.host}:${info.port}` });
  });

  const housekeeping = setInterval(() => {
    Promise.all([purgeExpiredSessions(db), purgeRateLimits(db)]).catch((error: unknown) => {
      logger.warn('housekeeping failed', { error: (error as Error).name });
    });
  }, HOUSEKEEPING_EVERY_MS);
  housekeeping.unref();

  const stop = (signal: string) => {
    logger.info('stopping', { signal });
    clearInterval(housekeeping);
    server.close(() => {
      db.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${(error as Error).message}\n`);
  process.exit(1);
});
