/** Every setting the service reads from its environment, validated once at start-up. */
export type DatabaseKind = 'sqlite' | 'postgres';

export interface AppConfig {
  nodeEnv: string;
  port: number;
  /**
   * `poolSize`: connections each process keeps to PostgreSQL (SQLite has one); at least two, since a
   * rebalance reads its snapshot in one transaction while it records its progress on another.
   */
  database: { kind: DatabaseKind; url: string; sqlitePath: string; poolSize: number };
  redisUrl: string;
  /** Redis key prefix of the job queues; processes that share it share the queues. */
  queuePrefix: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  bootstrapCoordinator: { login: string; password: string } | null;
  workers: boolean;
  /**
   * Login attempts: `limit` per client address and login within `ttlSeconds`, and `accountLimit`
   * per login from all addresses together, past which the login is locked until `lockoutSeconds` pass.
   */
  loginThrottle: { limit: number; ttlSeconds: number; accountLimit: number; lockoutSeconds: number };
  /** Which proxies' X-Forwarded-For names the client (Express `trust proxy`); false trusts none. */
  trustProxy: false | number | string[];
  /** How long a worker holds a job before another may take it over (a dead worker's job waits this long). */
  jobLockSeconds: number;
  logLevel: string;
  notifications: NotificationChannelsConfig;
  /**
   * A report that took `liveMs` or longer to compute is served from its last reading, refreshed in
   * the background, while that reading is younger than `maxAgeSeconds`.
   */
  reports: { liveMs: number; maxAgeSeconds: number };
}

/** The notification channels; a channel left null is off, and only in-app messages are written for it. */
export interface NotificationChannelsConfig {
  whatsapp: { apiUrl: string; apiVersion: string; phoneNumberId: string; accessToken: string } | null;
  /** Signs Meta's webhook calls; without it every webhook call is refused. */
  whatsappAppSecret: string | null;
  whatsappVerifyToken: string | null;
  smtp: { url: string; from: string } | null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The solve runs in its own thread, so the lock is renewed while it works: a dead worker's job waits this long. */
export const DEFAULT_JOB_LOCK_SECONDS = 30;

const DEV_JWT_SECRET = 'kakak-asuh-development-only-secret';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(\/\d{1,3})?)$/;

function trustProxy(env: NodeJS.ProcessEnv): AppConfig['trustProxy'] {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === 'false') return false;
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 1, 10);
  const proxies = raw.split(',').map((entry) => entry.trim());
  if (!proxies.every((entry) => PROXY_ADDRESS.test(entry))) {
    throw new ConfigError(`TRUST_PROXY must be false, a hop count, or proxy addresses such as loopback,10.0.0.0/8, got "${raw}"`);
  }
  return proxies;
}

function database(env: NodeJS.ProcessEnv): AppConfig['database'] {
  const url = env.DATABASE_URL || 'sqlite:data/kakak-asuh.sqlite';
  const poolSize = integer(env, 'DATABASE_POOL_SIZE', 20, 2, 500);
  if (url.startsWith('sqlite:')) {
    const sqlitePath = url.slice('sqlite:'.length);
    if (!sqlitePath) throw new ConfigError('DATABASE_URL sqlite: needs a file path, e.g. sqlite:data/kakak-asuh.sqlite');
    return { kind: 'sqlite', url, sqlitePath, poolSize };
  }
  if (/^postgres(ql)?:\/\/.+/.test(url)) return { kind: 'postgres', url, sqlitePath: '', poolSize };
  throw new ConfigError(`DATABASE_URL must start with sqlite: or postgres://, got "${url}"`);
}

function bootstrapCoordinator(env: NodeJS.ProcessEnv): AppConfig['bootstrapCoordinator'] {
  const login = env.BOOTSTRAP_COORDINATOR_LOGIN;
  const password = env.BOOTSTRAP_COORDINATOR_PASSWORD;
  if (!login && !password) return null;
  if (!login || !password) {
    throw new ConfigError('BOOTSTRAP_COORDINATOR_LOGIN and BOOTSTRAP_COORDINATOR_PASSWORD must be set together');
  }
  if (password.length < 8) throw new ConfigError('BOOTSTRAP_COORDINATOR_PASSWORD must have at least 8 characters');
  return { login, password };
}

function jwtSecret(env: NodeJS.ProcessEnv, nodeEnv: string): string {
  const secret = env.JWT_SECRET;
  if (secret) {
    if (secret.length < 32) throw new ConfigError('JWT_SECRET must have at least 32 characters');
    return secret;
  }
  if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  return DEV_JWT_SECRET;
}

function redisUrl(env: NodeJS.ProcessEnv): string {
  const url = env.REDIS_URL || 'redis://127.0.0.1:6379';
  if (!/^rediss?:\/\/.+/.test(url)) throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got "${url}"`);
  return url;
}

function queuePrefix(env: NodeJS.ProcessEnv): string {
  const prefix = env.QUEUE_PREFIX || 'kakak-asuh';
  if (!/^[A-Za-z0-9_-]{1,50}$/.test(prefix)) throw new ConfigError(`QUEUE_PREFIX must be 1-50 letters, digits, _ or -, got "${prefix}"`);
  return prefix;
}

const DEFAULT_WHATSAPP_API_URL = 'https://graph.facebook.com';
const DEFAULT_WHATSAPP_API_VERSION = 'v23.0';

function notificationChannels(env: NodeJS.ProcessEnv): NotificationChannelsConfig {
  const apiUrl = (env.WHATSAPP_API_URL || DEFAULT_WHATSAPP_API_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/.+/.test(apiUrl)) throw new ConfigError(`WHATSAPP_API_URL must start with http:// or https://, got "${apiUrl}"`);
  const apiVersion = env.WHATSAPP_API_VERSION || DEFAULT_WHATSAPP_API_VERSION;
  if (!/^v\d+\.\d+$/.test(apiVersion)) throw new ConfigError(`WHATSAPP_API_VERSION must look like v23.0, got "${apiVersion}"`);
  const { WHATSAPP_PHONE_NUMBER_ID: phoneNumberId, WHATSAPP_ACCESS_TOKEN: accessToken, SMTP_URL: smtpUrl, MAIL_FROM: from } = env;
  if (phoneNumberId && !/^\d{1,30}$/.test(phoneNumberId)) throw new ConfigError('WHATSAPP_PHONE_NUMBER_ID must be the digits of the phone number id');
  if (smtpUrl && !/^smtps?:\/\/.+/.test(smtpUrl)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  if (smtpUrl && !from) throw new ConfigError('MAIL_FROM must be set with SMTP_URL, e.g. "Kakak Asuh <program@example.org>"');
  return {
    whatsapp: phoneNumberId && accessToken ? { apiUrl, apiVersion, phoneNumberId, accessToken } : null,
    whatsappAppSecret: env.WHATSAPP_APP_SECRET || null,
    whatsappVerifyToken: env.WHATSAPP_VERIFY_TOKEN || null,
    smtp: smtpUrl && from ? { url: smtpUrl, from } : null,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV || 'development';
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    database: database(env),
    redisUrl: redisUrl(env),
    queuePrefix: queuePrefix(env),
    jwtSecret: jwtSecret(env, nodeEnv),
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 3600, 60, 7 * 24 * 3600),
    bootstrapCoordinator: bootstrapCoordinator(env),
    workers: boolean(env, 'WORKERS', true),
    loginThrottle: {
      limit: integer(env, 'LOGIN_RATE_LIMIT', 5, 1, 1000),
      ttlSeconds: integer(env, 'LOGIN_RATE_WINDOW_SECONDS', 60, 1, 3600),
      accountLimit: integer(env, 'LOGIN_ACCOUNT_RATE_LIMIT', 20, 1, 10_000),
      lockoutSeconds: integer(env, 'LOGIN_LOCKOUT_SECONDS', 900, 1, 24 * 3600),
    },
    trustProxy: trustProxy(env),
    jobLockSeconds: integer(env, 'JOB_LOCK_SECONDS', DEFAULT_JOB_LOCK_SECONDS, 1, 3600),
    logLevel,
    notifications: notificationChannels(env),
    reports: {
      liveMs: integer(env, 'REPORT_LIVE_MS', 250, 0, 60_000),
      maxAgeSeconds: integer(env, 'REPORT_MAX_AGE_SECONDS', 600, 1, 24 * 3600),
    },
  };
}
