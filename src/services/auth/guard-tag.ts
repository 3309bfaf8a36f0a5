// The policy layer's guards (http requirePermission, web requirePage) carry the permission they
// check on the middleware function itself, so that tests/integration/authorization-matrix can
// read every route's rule from app.routes and fail for a route that has none.
import type { Database } from '../../db/connection.ts';
import { tenantDatabase } from '../../db/tenant-scope.ts';
import type { Permission } from './policy.ts';
import type { Session } from './sessions.ts';

export const GUARD = Symbol.for('duiding.guard');

export interface GuardTag {
  permission: Permission;
  /** api: 401/403 problem+json; page: 303 to /inloggen or a 403 page. */
  kind: 'api' | 'page';
}

export function tagGuard<F extends object>(middleware: F, tag: GuardTag): F {
  Object.defineProperty(middleware, GUARD, { value: tag, enumerable: false });
  return middleware;
}

export function guardOf(handler: unknown): GuardTag | undefined {
  return typeof handler === 'function' ? (handler as unknown as Record<symbol, GuardTag | undefined>)[GUARD] : undefined;
}

/**
 * The database a request may use once a guard let it through: every query runs as the role
 * duiding_app with the session's tenant set, so row-level security backs the policy layer.
 */
export function databaseForSession(db: Database, session: Pick<Session, 'tenantId' | 'userId'>): Database {
  return tenantDatabase(db, { tenantId: session.tenantId, userId: session.userId });
}
