// The only module that reads process.env. Everything else receives a Config.
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
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; appUrl?: string };
  publicUrl: string;
  seedDemo: 'auto' | 'never';
  logLevel: string;
  production: boolean;
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
    seedDemo: e.DUIDING_SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}
