// pg-boss on the embedded database: its `db` option takes any object with executeSql(text,
// values). PGlite has no pg connection; this runs pg-boss's SQL on the one PGlite instance that
// the server shares. Statements without parameters may be several at once (pg-boss's schema
// migrations, and its BEGIN … COMMIT blocks with an advisory lock): exec runs them as one call,
// so no query of the app can come between them; with parameters it is a single statement.
import type { PGlite } from '@electric-sql/pglite';

export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number }>;
}

export function pgliteBossDb(client: PGlite): BossDb {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await client.query(text, values);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      }
      const results = await client.exec(text);
      const last = results.at(-1);
      return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
    },
  };
}
