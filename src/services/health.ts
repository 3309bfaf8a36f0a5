// GET /health: can the application reach its database, as the role it serves requests with?
import { selectOne } from '../db/repositories/health.repository.ts';
import { appDatabase } from '../db/tenant-scope.ts';
import type { Database } from './context.ts';

/** As the application role: on PostgreSQL this checks the app's own login too. */
export async function databaseAnswers(db: Database): Promise<boolean> {
  try {
    await selectOne(appDatabase(db));
    return true;
  } catch {
    return false;
  }
}
