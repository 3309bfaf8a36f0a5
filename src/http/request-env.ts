// What every request carries (Hono's context variables), shared by the API and the pages: the
// signed-in session (or none) and the database connection scoped to its municipality. It is an
// HTTP concern, so it lives here and not among the services.
import type { Database } from '../db/connection.ts';
import type { Session } from '../services/auth/sessions.ts';

export type RequestEnv = { Variables: { session: Session | null; db: Database } };
