import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  type ValidationError,
} from 'class-validator';
import { CORRIDOR_PROVINCE_CODES } from './corridor-provinces.js';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};

const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

const PG_URL = { protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true };
const REDIS_URL = { protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true };
const HTTP_URL = { protocols: ['http', 'https'], require_tld: false, require_protocol: true };

/**
 * Every setting the node reads, with its default. Values come from the environment and are
 * validated once at start-up, so a wrong setting stops the node before it touches anything.
 */
export class AppConfig {
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: NodeEnvironment = 'development';

  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** How partners and people reach this node; defaults to http://HOST:PORT. */
  @IsOptional()
  @IsUrl(HTTP_URL)
  PUBLIC_BASE_URL?: string;

  /**
   * Where the declarations context is served, for an app that serves another context alone;
   * a node serving every context calls it in process.
   */
  @IsOptional()
  @IsUrl(HTTP_URL)
  DECLARATIONS_URL?: string;

  /** The corridor province this node serves (ISO 3166-2:CN code without "CN-"). */
  @IsIn(CORRIDOR_PROVINCE_CODES)
  NODE_PROVINCE = 'CQ';

  /** The node operator's first account, created on first start. */
  @IsEmail({ require_tld: false }, { message: 'NODE_OPERATOR_EMAIL must be an e-mail address' })
  NODE_OPERATOR_EMAIL = 'operator@landsea.local';

  /** The node operator's first password; when unset, one is generated and logged once. */
  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'NODE_OPERATOR_PASSWORD must be at least 12 characters long' })
  NODE_OPERATOR_PASSWORD?: string;

  /** The built web console (一网服务) the node serves at `/`; when missing, the node serves the API alone. */
  @IsString()
  @MinLength(1)
  CONSOLE_DIR = 'dist/console';

  /** Development only: approve every registration at once. Refused in production. */
  @Transform(toBoolean)
  @IsBoolean()
  IDENTITY_AUTO_APPROVE = false;

  /** Records per envelope sent to a partner node; envelopes also stay under the body limit. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_000)
  EXCHANGE_BATCH_RECORDS = 500;

  /**
   * The most records this node takes in one envelope from a partner; more is refused whole.
   * Above the batch size, so partners configured like this node always fit.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100_000)
  EXCHANGE_MAX_RECORDS = 2_000;

  /** The most records one page of this node's recovery feed holds; pages also stay under the body limit. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_000)
  EXCHANGE_FEED_PAGE_RECORDS = 500;

  /** How long a partner node has to answer an envelope. */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(120_000)
  EXCHANGE_TIMEOUT_MS = 5_000;

  /**
   * Failed deliveries in a row (timeouts, refused connections, 5xx) after which a partner is
   * DOWN: nothing more is sent to it until a probe, the first `EXCHANGE_BREAKER_OPEN_MS` later.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  EXCHANGE_BREAKER_THRESHOLD = 3;

  /** The first probe of a DOWN partner comes this long after; each failed probe doubles it. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  EXCHANGE_BREAKER_OPEN_MS = 30_000;

  /** The longest wait between probes of a DOWN partner: a partner back after days is found within this. */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(86_400_000)
  EXCHANGE_PROBE_MAX_MS = 300_000;

  /** How far a partner's clock may be from this node's before its envelopes are refused. */
  @Transform(toInteger)
  @IsInt()
  @Min(1_000)
  EXCHANGE_CLOCK_SKEW_MS = 300_000;

  @Transform(toInteger)
  @IsInt()
  @Min(30)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 600;

  @Transform(toInteger)
  @IsInt()
  @Min(300)
  @Max(90 * 24 * 3600)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  /** Failed sign-ins after which an account is locked for SIGN_IN_LOCK_SECONDS. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100)
  SIGN_IN_MAX_FAILURES = 5;

  /** Failed sign-ins from one address, over all accounts, after which that address is locked. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10000)
  SIGN_IN_MAX_FAILURES_PER_ADDRESS = 50;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(86400)
  SIGN_IN_LOCK_SECONDS = 900;

  /** The wait imposed after the second failed sign-in of an account; it doubles with each further one. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(60000)
  SIGN_IN_BACKOFF_MS = 1000;

  @IsUrl(PG_URL)
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/landsea';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsUrl(REDIS_URL)
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key the node writes, so nodes and test workers can share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'REDIS_PREFIX must be 1 to 64 letters, digits, "_" or "-"' })
  REDIS_PREFIX = 'landsea';

  /** Start private PostgreSQL and Redis under DATA_DIR when nothing answers at the configured URLs. */
  @Transform(toBoolean)
  @IsBoolean()
  SERVICES_AUTOSTART = true;

  @IsString()
  @MinLength(1)
  DATA_DIR = '.landsea';

  @Transform(toBoolean)
  @IsBoolean()
  MIGRATE_ON_START = true;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  HTTP_BODY_LIMIT_BYTES = 1024 * 1024;

  /** The largest supporting document (PDF, PNG, JPEG) a bill takes, by upload or by DCSA PINT. */
  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  @Max(256 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

  /** The largest invoice or packing list spreadsheet (智能单证) a declarant may upload. */
  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  IMPORT_MAX_BYTES = 5 * 1024 * 1024;

  /** How long one spreadsheet may take to read, in its worker thread, before it is refused. */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(120_000)
  IMPORT_PARSE_TIMEOUT_MS = 5000;

  @Transform(toBoolean)
  @IsBoolean()
  OUTBOX_RELAY_ENABLED = true;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10000)
  OUTBOX_BATCH_SIZE = 1000;

  @Transform(toInteger)
  @IsInt()
  @Min(5)
  @Max(60000)
  OUTBOX_POLL_INTERVAL_MS = 50;

  /** How often a failing job runs before it becomes a dead letter. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100)
  QUEUE_ATTEMPTS = 8;

  /** First retry delay; each further retry doubles it. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  QUEUE_BACKOFF_MS = 1000;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(256)
  QUEUE_CONCURRENCY = 16;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const describeProblem = (error: ValidationError): string => {
  const first = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  const sentence = first.startsWith(error.property) ? first : `${error.property} ${first}`;
  return `${sentence} (got ${JSON.stringify(error.value)})`;
};

/** Reads and validates the node's settings; throws a ConfigError naming every wrong setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(['PUBLIC_BASE_URL', 'NODE_OPERATOR_PASSWORD', 'DECLARATIONS_URL']);
  const given = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, given);
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigError(`Configuration error: ${errors.map(describeProblem).join('; ')}.`);
  }
  if (config.IDENTITY_AUTO_APPROVE && config.NODE_ENV === 'production') {
    throw new ConfigError('Configuration error: IDENTITY_AUTO_APPROVE approves every registration unseen and is refused when NODE_ENV is production.');
  }
  if (config.EXCHANGE_MAX_RECORDS < config.EXCHANGE_BATCH_RECORDS) {
    throw new ConfigError(
      `Configuration error: EXCHANGE_MAX_RECORDS (${config.EXCHANGE_MAX_RECORDS}) is below EXCHANGE_BATCH_RECORDS (${config.EXCHANGE_BATCH_RECORDS}); this node would refuse envelopes the size it sends.`,
    );
  }
  config.PUBLIC_BASE_URL ??= `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  return config;
}
