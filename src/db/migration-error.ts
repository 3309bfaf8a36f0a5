// A failed migration must say why: Drizzle's own error carries only the SQL ("Failed query: …");
// PostgreSQL's message, SQLSTATE, detail and hint are in its cause. An operator needs the cause
// first (e.g. "permission denied to create role" when the owner lacks CREATEROLE).
interface PgErrorFields {
  message?: string;
  code?: string;
  detail?: string;
  hint?: string;
  where?: string;
  cause?: unknown;
  query?: string;
}

export class MigrationFailed extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationFailed';
  }
}

export function migrationFailed(error: unknown): MigrationFailed {
  const chain: PgErrorFields[] = [];
  for (let e = error as PgErrorFields | undefined, depth = 0; e && depth < 5; e = e.cause as PgErrorFields | undefined, depth++) chain.push(e);
  // The innermost error that came from PostgreSQL (it has a SQLSTATE), else the innermost one.
  const root = [...chain].reverse().find((e) => typeof e.code === 'string') ?? chain[chain.length - 1] ?? {};
  const query = chain.find((e) => typeof e.query === 'string')?.query ?? /^Failed query: ([\s\S]*?)(\nparams:|$)/.exec(chain[0]?.message ?? '')?.[1];
  const lines = [`Migration failed: ${root.message ?? String(error)}${root.code ? ` (SQLSTATE ${root.code})` : ''}`];
  if (root.detail) lines.push(`  detail: ${root.detail}`);
  if (root.hint) lines.push(`  hint: ${root.hint}`);
  if (root.where) lines.push(`  where: ${root.where}`);
  if (query) lines.push(`  statement: ${query.trim().slice(0, 2000)}`);
  return new MigrationFailed(lines.join('\n'), root.code, { cause: error });
}
