// The demo's fictional region (Voorbeeld, Proefhoven, Oefenmeer in "Regio Voorbeeldland") plus one
// municipality outside it ("buiten", with analist@buiten.example), and an app over it: what the
// network integration tests (compare, share, reports) start from. Sign-ins are through the API
// with the demo password, once per address.
import { hash } from '@node-rs/argon2';
import pino from 'pino';
import { expect } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { insertTenant } from '../../src/db/repositories/tenants.repository.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import * as schema from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';

const REGION_ORIGIN = 'http://localhost';
const OUTSIDER = 'analist@buiten.example';

export interface DemoRegion {
  app: ReturnType<typeof createApp>;
  /** Tenant id by slug, the outsider's included. */
  tenantOf: Map<string, string>;
  /** A session by e-mail address (cookie and CSRF token), signed in once. */
  signIn(email: string): Promise<{ cookie: string; csrf: string }>;
}

export async function seedDemoRegion(handle: DatabaseHandle, stories: number): Promise<DemoRegion> {
  await seedDemo(handle.db, { stories, network: true });
  const outsider = await insertTenant(handle.db, { slug: 'buiten', name: 'Gemeente Buiten', fictional: true });
  const tenantOf = new Map<string, string>();
  for (const t of await handle.db.select().from(schema.tenants)) tenantOf.set(t.slug, t.id);
  const userId = await upsertUser(handle.db, { email: OUTSIDER, displayName: 'Buiten', passwordHash: await hash(DEMO_PASSWORD), homeTenantId: outsider.id });
  await addMembership(handle.db, { tenantId: outsider.id, userId, role: 'analist' });
  const app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: REGION_ORIGIN });
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  async function signIn(email: string) {
    if (!sessions.has(email)) {
      const response = await app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: REGION_ORIGIN },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      expect(response.status, email).toBe(200);
      const body = (await response.json()) as { csrfToken: string };
      sessions.set(email, { cookie: response.headers.get('set-cookie')!.split(';')[0]!, csrf: body.csrfToken });
    }
    return sessions.get(email)!;
  }
  return { app, tenantOf, signIn };
}
