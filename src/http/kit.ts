// The request kit, shared by the API (http/routes) and the pages (web/routes): what a handler
// reads from the context instead of building it again. The guards put the services' context on
// the request; refusals thrown by a service become responses in one place (errors.ts).
import type { Context } from 'hono';
import { createFactory } from 'hono/factory';
import type { Problem } from '../domain/problems.ts';
import { Refused, type RefusalKind } from '../domain/refused.ts';
import type { ServiceContext } from '../services/context.ts';
import type { RequestEnv } from './request-env.ts';

/** Middleware and sub-apps typed with what every request carries. */
const kit = createFactory<RequestEnv>();

/** First on every request: the cookie flag from the app's options, read by every cookie we set. */
export const requestKit = (options: { secureCookies: boolean }) =>
  kit.createMiddleware(async (c, next) => {
    c.set('secureCookies', options.secureCookies);
    await next();
  });

/** Who acts for which municipality: set by the guard (API or page) that let this request in. */
export function serviceContext<E extends RequestEnv>(c: Context<E>): ServiceContext {
  const services = (c as unknown as Context<RequestEnv>).get('services');
  // A handler without a guard has no municipality: a programming error, never the caller's.
  if (!services) throw new Error(`no guard on ${c.req.method} ${c.req.routePath}: the service context is set by requirePermission or requirePage`);
  return services;
}

/** The guards' one way to let a request in: its database and its services' context, both scoped. */
export function admit<E extends RequestEnv>(c: Context<E>, db: ServiceContext['db'], session: { tenantId: string; userId: string }) {
  const request = c as unknown as Context<RequestEnv>;
  request.set('db', db);
  request.set('services', { db, tenantId: session.tenantId, actorUserId: session.userId });
}

/**
 * Runs a service call for a page that must show its form again with the user's input and the
 * problems next to the fields: a refusal of one of `kinds` (default: input) goes to `again`;
 * every other refusal or error goes on to app.onError (an error page, errors.ts).
 */
export async function orFormAgain<T, A = T>(
  work: () => Promise<T>,
  again: (problems: Problem[], refusal: Refused) => A | Promise<A>,
  kinds: readonly RefusalKind[] = ['input'],
): Promise<T | A> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof Refused) || !kinds.includes(error.kind)) throw error;
    return again(error.problems, error);
  }
}

/** For a handler whose thing does not exist: throw it, and the one mapping answers 404 (a page or problem+json). */
export function notFound(): Refused {
  return new Refused('not-found', 'not-found', { en: 'Not found.', nl: 'Niet gevonden.' });
}
