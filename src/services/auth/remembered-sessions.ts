// A job's progress while PGlite is held. A story import writes in one transaction on PGlite's one
// connection; every request waits for it, its session lookup first, so the job's page could not
// show its progress until the end. The job's page and its state endpoint alone (/taken/{id},
// /taken/{id}/stand) may then
// use a session the database confirmed shortly before: only for a job that runs in this process
// (services/jobs/live-progress.ts), only when the database has not answered within 250 ms, and only
// a confirmation at most 15 minutes old. They show that job's counts and nothing else, and readJob
// still checks municipality and role. On a PostgreSQL server the lookup answers in time, so the
// memory is not used there; a signed-out session is forgotten at its next lookup.
import { createHash } from 'node:crypto';
import type { Database } from '../context.ts';
import { liveJob } from '../jobs/live-progress.ts';
import { identityLookup } from './session-database.ts';
import { findSession, type Session } from './sessions.ts';

const PATIENCE_MS = 250;
const MAX_AGE_MS = 15 * 60_000;
const MAX_ENTRIES = 1000;
const PROGRESS_PATH = /^\/taken\/([0-9a-f-]{36})(?:\/stand)?$/;

/** By a hash of the token (never the token itself): the session and when the database confirmed it. */
const remembered = new Map<string, { session: Session; at: number }>();

/** The session of a request's cookie, as findSession; see above for the one exception. */
export async function findSessionForRequest(db: Database, token: string, path: string): Promise<Session | null> {
  const key = createHash('sha256').update(token).digest('base64url');
  const lookup = findSession(identityLookup(db), token).then((session) => {
    remembered.delete(key);
    if (session) remembered.set(key, { session, at: Date.now() });
    if (remembered.size > MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
    return session;
  });
  const jobId = PROGRESS_PATH.exec(path)?.[1];
  const memory = remembered.get(key);
  if (!jobId || !liveJob(jobId) || !memory || Date.now() - memory.at > MAX_AGE_MS) return lookup;
  let timer: NodeJS.Timeout | undefined;
  const patience = new Promise<Session>((resolve) => (timer = setTimeout(() => resolve(memory.session), PATIENCE_MS)));
  try {
    return await Promise.race([lookup, patience]);
  } finally {
    clearTimeout(timer);
    // The lookup still finishes in the background (and refreshes the memory); never unhandled.
    lookup.catch(() => {});
  }
}
