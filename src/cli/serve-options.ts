// `duiding serve --port 8080 --host 0.0.0.0` (issue 17, edge 13): what users expect of a server
// command. The options win over PORT and HOST, which stay; a bad value is refused with a message
// that names the option and what it takes, before anything starts.
import { isIP } from 'node:net';
import type { Config } from '../config.ts';
import { UsageError } from './args.ts';

/** A DNS name (letters, digits, hyphens; dot-separated labels) or an IPv4/IPv6 address. */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function parsePortOption(value: string): number {
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port "${value}" is geen poortnummer. Geef een getal van 0 tot en met 65535, bijvoorbeeld --port 8080 (0: een vrije poort).`);
  }
  return port;
}

export function parseHostOption(value: string): string {
  const host = value.trim().replace(/^\[(.*)\]$/, '$1');
  if (!isIP(host) && !HOST_NAME.test(host)) {
    throw new UsageError(
      `--host "${value}" is geen adres. Geef een IP-adres of naam, bijvoorbeeld --host 127.0.0.1 (alleen deze computer) of --host 0.0.0.0 (alle netwerken).`,
    );
  }
  return host;
}

/** The configuration with --port/--host applied; the public URL follows the port unless set. */
export function withServeOptions(config: Config, options: Record<string, string | boolean | undefined>): Config {
  const port = typeof options.port === 'string' ? parsePortOption(options.port) : config.port;
  const host = typeof options.host === 'string' ? parseHostOption(options.host) : config.host;
  const publicUrl = config.publicUrlGiven ? config.publicUrl : `http://localhost:${port}`;
  return { ...config, port, host, publicUrl };
}
