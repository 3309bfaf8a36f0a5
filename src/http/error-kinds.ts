// What an unexpected error means for the caller, and what of it may be logged (docs/security.md).

/** The SQLSTATE of a database error, also when Drizzle wraps it in a DrizzleQueryError. */
function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/**
 * Class 22 (data exception: a NUL byte, an invalid uuid or number, a value out of range) is
 * input the database could not take: the caller's mistake, answered with 400, not a 500.
 */
export function isDatabaseInputError(error: unknown): boolean {
  return sqlState(error)?.startsWith('22') ?? false;
}

/**
 * The error as it may be logged: Drizzle puts the query's parameters (search words, story text,
 * e-mail addresses) in its message, so only the name, SQLSTATE, the innermost message's first
 * line without quoted values, and the stack frames are kept.
 */
export function loggableError(error: Error): { name: string; code?: string; message: string; stack?: string } {
  let inner: { message?: unknown; cause?: unknown } = error;
  for (let depth = 0; inner.cause && depth < 5; depth++) inner = inner.cause as typeof inner;
  const message = String(inner.message ?? '')
    .split('\n')[0]!
    .replace(/"[^"]*"|'[^']*'/g, '…')
    .slice(0, 300);
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return {
    name: error.name,
    code: sqlState(error),
    message: error.message.startsWith('Failed query') ? `query failed: ${message}` : message,
    stack: frames.join('\n'),
  };
}
