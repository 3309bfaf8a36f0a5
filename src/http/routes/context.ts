import type { Context } from 'hono';
import type { ServiceContext } from '../../services/context.ts';
import type { AppEnv } from '../middleware/session.ts';

/** Routes behind requirePermission always have a session; this gives the services' context. */
export function serviceContext(c: Context<AppEnv>): ServiceContext {
  const session = c.get('session')!;
  return { db: c.get('db'), tenantId: session.tenantId, actorUserId: session.userId };
}
