// The server's logger. In development on a terminal, readable lines (pino-pretty); in
// production (NODE_ENV=production) or when the output is a file or a pipe, one JSON object per
// line, for log collectors. Requests are logged at debug in development (http/app.ts), so at the
// default level the console stays quiet and the start banner with the URL stays in view.
import type { Writable } from 'node:stream';
import type { Logger } from 'pino';

type Pino = typeof import('pino').default;

export type LogFormat = 'pretty' | 'json';

/** Pretty only for a person watching a terminal during development. */
export function logFormat(options: { production: boolean; isTTY: boolean | undefined }): LogFormat {
  return !options.production && options.isTTY ? 'pretty' : 'json';
}

export async function createLogger(
  pino: Pino,
  options: { level: string; production: boolean },
  stream: Writable & { isTTY?: boolean } = process.stdout,
): Promise<Logger> {
  if (logFormat({ production: options.production, isTTY: stream.isTTY }) === 'json') {
    return stream === process.stdout ? pino({ level: options.level }) : pino({ level: options.level }, stream);
  }
  // Loaded only here: production never needs it.
  const { default: pretty } = await import('pino-pretty');
  return pino(
    { level: options.level },
    pretty({ destination: stream, sync: true, colorize: stream === process.stdout, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }),
  );
}
