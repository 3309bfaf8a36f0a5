// The database a request may use once a guard let it through.
import type { Database } from '../../db/connection.ts';
import { tenantDatabase } from '../../db/tenant-scope.ts';
import type { Session } from './sessions.ts';

/**
 * Every query runs as the role duiding_app with the session's tenant set, so row-level security
 * backs the policy layer.
 */
export function databaseForSession(db: Database, session: Pick<Session, 'tenantId' | 'userId'>): Database {
  return tenantDatabase(db, { tenantId: session.tenantId, userId: session.userId });
}
