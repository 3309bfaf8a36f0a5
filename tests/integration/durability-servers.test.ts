// Two app servers on one PostgreSQL database, as behind a load balancer: a session made on one
// works on the other, and signing out on the other ends it on both (sessions live in the
// database, not in a process). Shared rate limits are tested with the limiter itself.
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { createServerDatabaseUrl, postgresConfigured } from '../support/databases.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

const servers: ServerProcess[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const cleanup of cleanups) await cleanup();
});

it.skipIf(!postgresConfigured())('a session made on one server works on the other, and ends on both', { timeout: 300_000 }, async () => {
  const database = (await createServerDatabaseUrl())!;
  cleanups.push(() => database.drop());
  const setup = await openDatabase({ kind: 'postgres', url: database.url });
  await setup.migrate();
  await seedDemo(setup.db, { stories: 5 });
  await setup.close();

  const [a, b] = await Promise.all([startServer({ DATABASE_URL: database.url }), startServer({ DATABASE_URL: database.url })]);
  servers.push(a, b);
  expect(a.url).not.toBe(b.url);

  const signIn = await fetch(`${a.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'analist@voorbeeld.example', password: DEMO_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };

  const onB = await fetch(`${b.url}/api/v1/questionnaires`, { headers: { cookie } });
  expect(onB.status).toBe(200);
  expect(JSON.stringify(await onB.json())).toContain('zo-thuis');

  // The CSRF token made by A is the session's, so B accepts it for a state-changing request (sent
  // as a browser would: with its Origin).
  const signOut = await fetch(`${b.url}/api/v1/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrfToken, origin: b.url } });
  expect(signOut.status, await signOut.clone().text()).toBe(204);
  expect((await fetch(`${a.url}/api/v1/questionnaires`, { headers: { cookie } })).status).toBe(401);
  expect((await fetch(`${b.url}/api/v1/questionnaires`, { headers: { cookie } })).status).toBe(401);
});
