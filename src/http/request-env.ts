// What every request carries (Hono's context variables), shared by the API and the pages. It is
// an HTTP concern, so it lives here and not among the services. Who sets what:
// - clientAddress, secureCookies: the request kit's first middleware (kit.ts), on every request;
// - session and db: loadSession (middleware/session.ts); db is scoped to the municipality and
//   `services` (the services' context) is set by the guard that lets the request through
//   (requirePermission, web/guards.tsx requirePage);
// - view (pages only): web/view.ts pageView, see PageEnv there.
import type { Session } from '../services/auth/sessions.ts';
import type { Database, ServiceContext } from '../services/context.ts';

export type RequestEnv = {
  Variables: {
    session: Session | null;
    db: Database;
    /** Who acts for which municipality; only behind a guard (read it with serviceContext(c)). */
    services?: ServiceContext;
    /** The client's address as every limit keys on it (http/client-address.ts); null in-process. */
    clientAddress: string | null;
    /** Secure flag for every cookie we set: true behind HTTPS (AppOptions.secureCookies). */
    secureCookies: boolean;
  };
};
