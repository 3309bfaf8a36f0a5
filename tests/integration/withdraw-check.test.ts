// Issue 17, edge 3: /intrekken took any text ("hallo"), asked "Weet u het zeker?", and only then
// said the code was not found. Now the first step checks the code's form and that a story has it,
// and only a real code gets the question. (That the step stays rate-limited with the deletion is
// in client-limits.test.ts.)
import { count, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { stories } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

const ORIGIN = 'http://localhost';
const CONFIRM = 'Weet u het zeker?';

describe.each(testDatabaseTargets())('withdrawing with a code on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;

  const step = (stap: string, code: string) =>
    app.request('/intrekken', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams({ stap, code }).toString(),
    });
  const storiesWithId = async (id: string) => Number((await handle.db.select({ n: count() }).from(stories).where(eq(stories.submissionId, id)))[0].n);

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 3 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: ORIGIN });
  }, 120_000);
  afterAll(async () => handle?.close());

  it('refuses text that is no code at once, next to the field, without asking to confirm', async () => {
    for (const text of ['hallo', 'ABCD-EFGH', 'ABCD-EFGH-JKMN-PQR0']) {
      const response = await step('controleer', text);
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).not.toContain(CONFIRM);
      expect(html).toContain('Dit is geen intrekcode.');
      expect(html).toMatch(/id="intrekcode"[^>]*aria-invalid="true"/);
    }
    // Nor does a crafted delete step go anywhere with it.
    expect((await step('verwijder', 'hallo')).status).toBe(400);
  });

  it('says a well-formed code is not found before asking to confirm', async () => {
    const response = await step('controleer', 'abcd-efgh-jkmn-pqrs');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Code niet gevonden');
    expect(html).not.toContain(CONFIRM);
  });

  it('asks to confirm only for a code that belongs to a story, and then deletes it', async () => {
    const submission = demoSubmission();
    const posted = await app.request(`/api/v1/collections/${DEMO_SLUG}/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify(submission),
    });
    expect(posted.status).toBe(201);
    const { withdrawalCode } = (await posted.json()) as { withdrawalCode: string };
    // Typed sloppily: lower case, spaces instead of dashes; shown back in its usual form.
    const confirm = await step('controleer', withdrawalCode.toLowerCase().replace(/-/g, ' '));
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain(CONFIRM);
    expect(html).toContain(withdrawalCode);
    expect(await storiesWithId(submission.id)).toBe(1);
    expect((await step('verwijder', withdrawalCode)).status).toBe(200);
    expect(await storiesWithId(submission.id)).toBe(0);
  });
});
