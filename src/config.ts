// The only module that reads process.env. Everything else receives a Config.
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000), // 0: any free port (tests)
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  /** A login as duiding_app for the application's queries (DATABASE_URL is the owner): docs/operations.md. */
  DUIDING_APP_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DUIDING_APP_DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  DUIDING_DATA_DIR: z.string().default('./data'),
  DUIDING_PUBLIC_URL: z.string().url().optional(),
  DUIDING_SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  DUIDING_TRUSTED_PROXIES: z.string().optional(),
  /** CBS open data: OData v4 (the new API) first, v3 as fallback (services/cbs). */
  DUIDING_CBS_V4_URL: z.string().url().default('https://datasets.cbs.nl/odata/v1/CBS'),
  DUIDING_CBS_V3_URL: z.string().url().default('https://opendata.cbs.nl/ODataApi/odata'),
  DUIDING_CBS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; appUrl?: string };
  publicUrl: string;
  /** DUIDING_PUBLIC_URL was set; otherwise the public URL follows the port (`serve --port`). */
  publicUrlGiven: boolean;
  seedDemo: 'auto' | 'never';
  logLevel: string;
  production: boolean;
  trustedProxies: TrustedProxies;
  cbs: CbsConfig;
}

export interface CbsConfig {
  v4Url: string;
  v3Url: string;
  timeoutMs: number;
}

/**
 * Which reverse proxies may say who the client is (X-Forwarded-For), read by
 * http/client-address.ts: none (the socket's peer is the client), a number of proxy hops in front
 * of the app, or a list of proxy addresses and CIDR ranges (`loopback` and `private` as shorthands).
 */
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; entries: string[] };

const PROXY_SHORTHANDS: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** Parses DUIDING_TRUSTED_PROXIES; returns an error message for a value that is neither form. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | string {
  const text = value?.trim() ?? '';
  if (text === '') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) return `DUIDING_TRUSTED_PROXIES: ${hops} proxy hops is more than any real set-up (at most 20)`;
    return hops === 0 ? { kind: 'none' } : { kind: 'hops', hops };
  }
  const entries: string[] = [];
  for (const item of text.split(/[\s,]+/).filter(Boolean)) {
    if (PROXY_SHORTHANDS[item]) {
      entries.push(...PROXY_SHORTHANDS[item]);
      continue;
    }
    const [address, prefix, extra] = item.split('/');
    const family = isIP(address ?? '');
    const bits = prefix === undefined ? null : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (!family || extra !== undefined || (bits !== null && !(bits <= (family === 4 ? 32 : 128)))) {
      return `DUIDING_TRUSTED_PROXIES: "${item}" is not an IP address, a CIDR range (10.0.0.0/8), loopback or private; or give a number of proxy hops`;
    }
    entries.push(item);
  }
  return entries.length ? { kind: 'list', entries } : { kind: 'none' };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL= in a .env file or a shell) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration (environment variables):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const trustedProxies = parseTrustedProxies(e.DUIDING_TRUSTED_PROXIES);
  if (typeof trustedProxies === 'string') throw new ConfigError(`Invalid configuration (environment variables):\n  ${trustedProxies}`);
  if (e.DUIDING_APP_DATABASE_URL && !e.DATABASE_URL) {
    throw new ConfigError('Invalid configuration (environment variables):\n  DUIDING_APP_DATABASE_URL needs DATABASE_URL (the owner, for migrations) as well');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, ...(e.DUIDING_APP_DATABASE_URL ? { appUrl: e.DUIDING_APP_DATABASE_URL } : {}) }
      : { kind: 'pglite', dataDir: path.resolve(e.DUIDING_DATA_DIR) },
    publicUrl: e.DUIDING_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    publicUrlGiven: e.DUIDING_PUBLIC_URL !== undefined,
    seedDemo: e.DUIDING_SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    trustedProxies,
    cbs: { v4Url: e.DUIDING_CBS_V4_URL.replace(/\/+$/, ''), v3Url: e.DUIDING_CBS_V3_URL.replace(/\/+$/, ''), timeoutMs: e.DUIDING_CBS_TIMEOUT_MS },
  };
}

/** CBS's own open data addresses and timeout, for callers without a loaded Config (web routes in tests). */
export function defaultCbsConfig(): CbsConfig {
  return loadConfig({}).cbs;
}
