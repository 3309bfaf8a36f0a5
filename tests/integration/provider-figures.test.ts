// A provider (aanbieder) sees its own provider's figures beside the whole area, never another
// provider's — in the API export and on the figures page (issue 6). Staff see every provider.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { addMembership, findUserByEmail } from '../../src/db/repositories/users.repository.ts';
import { createApp } from '../../src/http/app.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { PROVIDER_A, seedTwoTenants, type TwoTenants } from '../support/two-tenants.ts';

const OTHER_PROVIDERS = ['wijkteam-noord', 'jeugdhulp-de-brug'];
const OTHER_PROVIDER_NAMES = ['Wijkteam Noord', 'Jeugdhulp De Brug'];

function providersInCsv(csv: string): Set<string> {
  const [header, ...lines] = csv.trim().split('\n');
  const column = header!.split(',').indexOf('provider');
  expect(column).toBeGreaterThanOrEqual(0);
  return new Set(lines.map((line) => line.split(',')[column] ?? ''));
}

describe.each(testDatabaseTargets())('provider figures on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let tenants: TwoTenants;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    handle = await create();
    tenants = await seedTwoTenants(handle, { stories: 10 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
  }, 120_000);
  afterAll(async () => handle?.close());

  it('the API export gives the aanbieder the whole area and its own provider only', async () => {
    const response = await app.request('/api/v1/indicators', { headers: { cookie: tenants.callers.a.aanbieder.cookie } });
    expect(response.status).toBe(200);
    const providers = providersInCsv(await response.text());
    expect(providers).toEqual(new Set(['', PROVIDER_A]));
  });

  it('staff see every provider (so the filter above is not simply missing data)', async () => {
    const response = await app.request('/api/v1/indicators', { headers: { cookie: tenants.callers.a.analist.cookie } });
    const providers = providersInCsv(await response.text());
    for (const code of ['', PROVIDER_A, ...OTHER_PROVIDERS]) expect(providers).toContain(code);
  });

  it('the figures page shows the aanbieder its own provider and no other', async () => {
    const page = await (await app.request('/cijfers', { headers: { cookie: tenants.callers.a.aanbieder.cookie } })).text();
    expect(page).toContain('Gezinspunt Voorbeeld');
    for (const name of OTHER_PROVIDER_NAMES) expect(page).not.toContain(name);
    const staff = await (await app.request('/cijfers', { headers: { cookie: tenants.callers.a.analist.cookie } })).text();
    for (const name of OTHER_PROVIDER_NAMES) expect(staff).toContain(name);
  });

  it('a person who is both aanbieder and analist sees everything (the wider role wins)', async () => {
    const user = (await findUserByEmail(handle.db, 'matrix-aanbieder@a.example'))!;
    await addMembership(handle.db, { tenantId: tenants.a.tenantId, userId: user.id, role: 'analist' });
    const response = await app.request('/api/v1/indicators', { headers: { cookie: tenants.callers.a.aanbieder.cookie } });
    for (const code of ['', PROVIDER_A, ...OTHER_PROVIDERS]) expect(providersInCsv(await response.clone().text())).toContain(code);
  });
});
