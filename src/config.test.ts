import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'iepnav-config-'));

describe('configuration', () => {
  it('needs no setup: defaults to 127.0.0.1:3000 and the SQLite file in ./data', () => {
    const dir = tmp();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: dir,
      logLevel: 'info',
      trustProxy: false,
    });
  });

  it('generates a session secret on first start, keeps it private in DATA_DIR, and reuses it', () => {
    const dir = tmp();
    const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
  });

  it('uses SESSION_SECRET when it is set', () => {
    const secret = 's'.repeat(40);
    expect(loadConfig({ DATA_DIR: tmp(), SESSION_SECRET: secret }).sessionSecret).toBe(secret);
  });

  it('selects PostgreSQL from a postgres:// DATABASE_URL', () => {
    const url = 'postgres://app@db.internal:5432/iep';
    expect(loadConfig({ DATA_DIR: tmp(), DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it('fails fast, naming every bad variable', () => {
    expect(() =>
      loadConfig({
        DATA_DIR: tmp(),
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SESSION_SECRET: 'short',
        LOG_LEVEL: 'loud',
        BASE_URL: 'not a url',
      }),
    ).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('LOG_LEVEL');
    }
  });

  it('session limits are configurable in minutes and hours', () => {
    const config = loadConfig({
      DATA_DIR: tmp(),
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '24',
    });
    expect(config.sessionIdleMs).toBe(30 * 60_000);
    expect(config.sessionMaxMs).toBe(24 * 3_600_000);
  });
});
