// Issue 17, edge 13: `duiding serve --port 8080` was refused ("Unknown option '--port'").
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.ts';
import { parseHostOption, parsePortOption, withServeOptions } from '../../src/cli/serve-options.ts';
import { loadConfig } from '../../src/config.ts';

describe('serve --port and --host', () => {
  it('takes a port from 0 to 65535 and refuses anything else by name', () => {
    expect(parsePortOption('8080')).toBe(8080);
    expect(parsePortOption('0')).toBe(0);
    expect(parsePortOption('65535')).toBe(65535);
    for (const bad of ['', 'abc', '-1', '65536', '80.5', '1e3', '8080x']) {
      expect(() => parsePortOption(bad)).toThrow(UsageError);
      expect(() => parsePortOption(bad)).toThrow(/^--port ".*" is geen poortnummer\. Geef een getal van 0 tot en met 65535/);
    }
  });

  it('takes an IP address or a host name and refuses anything else by name', () => {
    expect(parseHostOption('0.0.0.0')).toBe('0.0.0.0');
    expect(parseHostOption('::1')).toBe('::1');
    expect(parseHostOption('[::1]')).toBe('::1');
    expect(parseHostOption('localhost')).toBe('localhost');
    expect(parseHostOption('duiding.gemeente.example')).toBe('duiding.gemeente.example');
    for (const bad of ['', 'http://localhost', 'local host', '300.1.1.1.1/', 'host:80', '-x']) {
      expect(() => parseHostOption(bad)).toThrow(/^--host ".*" is geen adres\./);
    }
  });

  it('lets the options win over PORT and HOST, and the public URL follow the port unless it is set', () => {
    const env = { PORT: '3000', HOST: '127.0.0.1' };
    const config = withServeOptions(loadConfig(env), { port: '8080', host: '0.0.0.0' });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', publicUrl: 'http://localhost:8080' });
    // Without options the environment stays as it was.
    expect(withServeOptions(loadConfig(env), {})).toMatchObject({ port: 3000, host: '127.0.0.1', publicUrl: 'http://localhost:3000' });
    const withUrl = { ...env, DUIDING_PUBLIC_URL: 'https://duiding.gemeente.example' };
    expect(withServeOptions(loadConfig(withUrl), { port: '8080' }).publicUrl).toBe('https://duiding.gemeente.example');
  });
});
