// The policy layer's guards (http requirePermission, web requirePage) carry the permission they
// check on the middleware function itself, so that tests/integration/authorization-matrix can
// read every route's rule from app.routes and fail for a route that has none. Middleware tagging
// is an HTTP concern: it lives here, not among the services.
import type { Permission } from '../../services/auth/policy.ts';

const GUARD = Symbol.for('duiding.guard');

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
