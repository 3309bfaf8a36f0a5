// What an unexpected error may leave in the log, and which database errors are the caller's input.
import { describe, expect, it } from 'vitest';
import { isDatabaseInputError, loggableError } from '../../../src/http/error-kinds.ts';

/** The shape Drizzle gives a failed query: its message lists the parameters. */
function drizzleError(code: string, message: string) {
  const cause = Object.assign(new Error(message), { code });
  return Object.assign(new Error(`Failed query: insert into stories (title, text) values ($1, $2)\nparams: Mijn geheim,Jan woont op de Dorpsstraat 4`), {
    cause,
  });
}

describe('error kinds', () => {
  it('logs no query parameters and no quoted values', () => {
    const logged = JSON.stringify(loggableError(drizzleError('22P02', 'invalid input syntax for type uuid: "jan@example.org"')));
    expect(logged).not.toContain('Dorpsstraat');
    expect(logged).not.toContain('geheim');
    expect(logged).not.toContain('jan@example.org');
    expect(logged).toContain('22P02');
    expect(logged).toContain('invalid input syntax for type uuid');
  });

  it('treats data exceptions (class 22) as input errors, other database errors not', () => {
    expect(isDatabaseInputError(drizzleError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'))).toBe(true);
    expect(isDatabaseInputError(drizzleError('23505', 'duplicate key'))).toBe(false);
    expect(isDatabaseInputError(new Error('plain'))).toBe(false);
  });
});
