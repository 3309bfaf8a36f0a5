// Edge #12 of issue 17: a first start shows progress while the demo is seeded, and the console
// stays readable afterwards: pretty lines on a terminal in development, JSON in production or in
// a pipe. (Requests at debug in development: tests/integration/request-log-level.test.ts.)
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger, logFormat } from '../../../src/cli/logger.ts';
import { seedingProgress } from '../../../src/cli/progress.ts';

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

describe('server logs', () => {
  it('chooses pretty lines only for a terminal in development', () => {
    expect(logFormat({ production: false, isTTY: true })).toBe('pretty');
    expect(logFormat({ production: false, isTTY: false })).toBe('json');
    expect(logFormat({ production: true, isTTY: true })).toBe('json');
    expect(logFormat({ production: true, isTTY: undefined })).toBe('json');
  });

  it('writes readable lines to a terminal and JSON to a pipe', async () => {
    const terminal = new Capture(true);
    (await createLogger(pino, { level: 'info', production: false }, terminal)).info({ deleted: 3 }, 'retention applied');
    expect(terminal.text).toMatch(/INFO.*retention applied/);
    expect(terminal.text).toContain('deleted: 3');
    expect(() => JSON.parse(terminal.text)).toThrow();

    const pipe = new Capture(false);
    (await createLogger(pino, { level: 'info', production: false }, pipe)).info({ deleted: 3 }, 'retention applied');
    expect(JSON.parse(pipe.text)).toMatchObject({ msg: 'retention applied', deleted: 3, level: 30 });

    const production = new Capture(true);
    (await createLogger(pino, { level: 'info', production: true }, production)).info('started');
    expect(JSON.parse(production.text)).toMatchObject({ msg: 'started' });
  });
});

describe('progress while the demo is seeded', () => {
  it('writes a line per quarter when the output is not a terminal', () => {
    const out = new Capture(false) as unknown as NodeJS.WriteStream;
    const progress = seedingProgress(out);
    for (let done = 0; done <= 2000; done += 100) progress('write', done, 2000);
    progress.end();
    expect((out as unknown as Capture).text.trim().split('\n')).toEqual([
      'opslaan: 0% (0 / 2.000)',
      'opslaan: 25% (500 / 2.000)',
      'opslaan: 50% (1.000 / 2.000)',
      'opslaan: 75% (1.500 / 2.000)',
      'opslaan: 100% (2.000 / 2.000)',
    ]);
  });

  it('draws a bar on a terminal', () => {
    const out = new Capture(true) as unknown as NodeJS.WriteStream;
    const progress = seedingProgress(out);
    progress('write', 1000, 2000);
    progress.end();
    expect((out as unknown as Capture).text).toMatch(/opslaan\s+█+░+ 50% 1\.000 \/ 2\.000/);
  });
});
