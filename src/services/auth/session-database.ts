// The databases a request may use: before anyone is known (appDatabase, no municipality), for the
// named cross-tenant look-ups (who signs in, whose public link this is), and once a guard let it
// through (databaseForSession). The edge (http, web) takes them from here and never from db/:
// which role and scope a request runs under is decided in one place.
import type { Database } from '../../db/connection.ts';
import { tenantDatabase } from '../../db/tenant-scope.ts';
import type { Session } from './sessions.ts';

export { appDatabase, identityLookup, publicLinkLookup, tenantDatabase } from '../../db/tenant-scope.ts';

/**
 * Every query runs as the role duiding_app with the session's tenant set, so row-level security
 * backs the policy layer.
 */
export function databaseForSession(db: Database, session: Pick<Session, 'tenantId' | 'userId'>): Database {
  return tenantDatabase(db, { tenantId: session.tenantId, userId: session.userId });
}
