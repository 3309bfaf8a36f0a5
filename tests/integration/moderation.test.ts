// The moderation queue's services and pages against both databases: newest first, publish makes
// a story count in analysis, edits are redacted again, reject deletes, and nothing crosses a
// municipality or a role.
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { stories, storyAnswers } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { submitStory } from '../../src/services/collect-story.ts';
import { contextForTenantSlug, type ServiceContext } from '../../src/services/context.ts';
import { editPendingStory, listPendingStories, publishStory, readPendingStory, rejectStory } from '../../src/services/moderation.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';
import { createTestTenant } from '../support/tenant.ts';

describe.each(testDatabaseTargets())('moderation on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let other: ServiceContext;
  const submit = async (title: string) => (await submitStory(handle.db, DEMO_SLUG, demoSubmission({ title }))).id;

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 10 });
    ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    other = await createTestTenant(handle, 'elders');
  });
  afterAll(async () => handle?.close());

  it('lists pending stories newest first with answers and consent; published ones are not listed', async () => {
    const older = await submit('Ouder');
    await new Promise((r) => setTimeout(r, 5));
    const newer = await submit('Nieuwer');
    const page = await listPendingStories(ctx);
    expect(page.stories.map((s) => s.id).slice(0, 2)).toEqual([newer, older]);
    expect(page.total).toBeGreaterThanOrEqual(2);
    const story = page.stories[0];
    expect(story.answers.gehoord).toBe(72);
    expect(story.consent).toMatchObject({ share: true, quote: true, mode: 'self' });
    expect(story.text).toContain('[TELEFOON]');
    expect((await listPendingStories(other)).total).toBe(0);
  });

  it('publishes: the story then counts in the pattern scan', async () => {
    const id = await submit('Publiceren');
    const before = await scanQuestionnaire(ctx, 'zo-thuis');
    await publishStory(ctx, id);
    const after = await scanQuestionnaire(ctx, 'zo-thuis');
    expect(after.stories).toBe(before.stories + 1);
    expect(after.cached).toBe(false);
    await expect(publishStory(ctx, id)).rejects.toMatchObject({ status: 404 });
  });

  it('edits title and text, redacting again, and refuses empty fields', async () => {
    const id = await submit('Bewerken');
    await editPendingStory(ctx, id, { title: 'Nieuwe titel', text: 'Bel 010-1234567, of kom naar Kerkweg 7 bis.' });
    const story = await readPendingStory(ctx, id);
    expect(story).toMatchObject({ title: 'Nieuwe titel', text: 'Bel [TELEFOON], of kom naar [ADRES].' });
    await expect(editPendingStory(ctx, id, { title: '', text: '' })).rejects.toMatchObject({
      problems: [expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'text' })],
    });
  });

  it('rejects by deleting the story and its answers', async () => {
    const id = await submit('Afwijzen');
    await rejectStory(ctx, id);
    expect(await handle.db.select().from(stories).where(eq(stories.id, id))).toHaveLength(0);
    expect(await handle.db.select().from(storyAnswers).where(eq(storyAnswers.storyId, id))).toHaveLength(0);
    await expect(rejectStory(ctx, id)).rejects.toMatchObject({ status: 404 });
  });

  it('never touches another municipality’s story', async () => {
    const id = await submit('Andere gemeente');
    await expect(publishStory(other, id)).rejects.toMatchObject({ status: 404 });
    await expect(rejectStory(other, id)).rejects.toMatchObject({ status: 404 });
    expect(await readPendingStory(other, id)).toBeNull();
    expect((await readPendingStory(ctx, id))?.title).toBe('Andere gemeente');
  });

  it('serves the page to analysts only, and acts only with the CSRF token', async () => {
    const app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    const signIn = async (email: string) => {
      const response = await app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      return {
        cookie: response.headers.get('set-cookie')!.split(';')[0],
        csrf: ((await response.json()) as { csrfToken: string }).csrfToken,
      };
    };
    const analyst = await signIn('analist@voorbeeld.example');
    const page = await app.request('/moderatie', { headers: { cookie: analyst.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Moderatie');
    const council = await signIn('raad@voorbeeld.example');
    expect((await app.request('/moderatie', { headers: { cookie: council.cookie } })).status).toBe(403);

    const id = await submit('Via de pagina');
    const form = (csrf?: string) => ({
      method: 'POST',
      headers: { cookie: analyst.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: new URLSearchParams(csrf ? { _csrf: csrf } : {}).toString(),
    });
    expect((await app.request(`/moderatie/${id}/publiceren`, form())).status).toBe(403);
    expect((await readPendingStory(ctx, id))?.id).toBe(id);
    const published = await app.request(`/moderatie/${id}/publiceren`, form(analyst.csrf));
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toBe('/moderatie?gedaan=published');
    const [row] = await handle.db.select({ status: stories.status }).from(stories).where(eq(stories.id, id));
    expect(row.status).toBe('published');
  });
});
