// Collecting stories through the public API: validation naming each field with nothing stored,
// redaction before storage, idempotent submits, withdrawal, and the guards of a public endpoint.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { and, count, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { collectionLinks, collections, stories, storyAnswers, storyWithdrawals, tenants } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { findCollectionBySlug } from '../../src/services/collect-story.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { publishStory } from '../../src/services/moderation.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

const ORIGIN = 'http://localhost';

describe.each(testDatabaseTargets())('collecting stories on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;

  const post = (body: unknown, options: { slug?: string; headers?: Record<string, string> } = {}) =>
    app.request(`/api/v1/collections/${options.slug ?? DEMO_SLUG}/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, ...options.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const withdraw = (code: unknown) =>
    app.request('/api/v1/stories/withdraw', {
      method: 'DELETE',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ code }),
    });
  const storyCount = async () => Number((await handle.db.select({ n: count() }).from(stories))[0].n);
  const fields = async (response: Response) => ((await response.json()) as { errors?: { field: string }[] }).errors?.map((e) => e.field) ?? [];

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 10 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: ORIGIN });
  });
  afterAll(async () => handle?.close());

  it('stores a story pending moderation, redacted, with its answers, and returns a withdrawal code', async () => {
    const submission = demoSubmission();
    const response = await post(submission);
    expect(response.status).toBe(201);
    const { id, withdrawalCode } = (await response.json()) as { id: string; withdrawalCode: string };
    expect(withdrawalCode).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    const [story] = await handle.db.select().from(stories).where(eq(stories.id, id));
    expect(story).toMatchObject({ status: 'pending', consentQuote: true, submissionId: submission.id, language: 'nl', prompt: 'moment' });
    expect(story.text).toBe(
      'Mijn zoon kreeg in 2025 hulp van het wijkteam. Bel me gerust op [TELEFOON] of mail [E-MAIL]. ' +
        'We wonen op [ADRES], [POSTCODE] Voorbeeld. Het kostte € 1.250,00 en om 14:30 was alles geregeld.',
    );
    expect(story.withdrawalCodeHash).not.toContain(withdrawalCode.replace(/-/g, ''));
    expect(JSON.stringify(story)).not.toContain(withdrawalCode);
    const answers = await handle.db.select().from(storyAnswers).where(eq(storyAnswers.storyId, id));
    const byKey = Object.fromEntries(answers.map((a) => [a.questionKey, a]));
    expect(byKey.gehoord.number).toBe(72);
    expect(byKey.wie_hielp.weights).toEqual([1, 2, 1]);
    expect(byKey.steun.points).toEqual({ wijkteam: [20, 80], school: [50, 50] });
    expect(byKey.wat_hielp.options).toEqual(['luisteren', 'snel-hulp']);
    expect(byKey.wachtweken.notApplicable).toBe(true);
    expect(byKey.tip.text).toBe('Bel eerder terug, mijn nummer is [TELEFOON].');
    expect(byKey.wijk.text).toBe('WK999903');
  });

  it('makes one story of a repeated or simultaneous submit, with the same code', async () => {
    const submission = demoSubmission();
    const first = await post(submission);
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string; withdrawalCode: string };
    const again = await post(submission);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(created);
    const twins = demoSubmission();
    const [a, b] = await Promise.all([post(twins), post(twins)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const rows = await handle.db.select().from(stories).where(eq(stories.submissionId, twins.id));
    expect(rows).toHaveLength(1);
    // The same id with another story is refused: knowing an id does not give someone's code.
    const other = await post({ ...submission, text: 'Een heel ander verhaal.' });
    expect(other.status).toBe(409);
    expect(await handle.db.select().from(stories).where(eq(stories.submissionId, submission.id))).toHaveLength(1);
  });

  const bad: [string, (s: ReturnType<typeof demoSubmission>) => unknown, string][] = [
    ['a missing required answer', (s) => ({ ...s, answers: { ...s.answers, gevoel: undefined } }), 'answers.gevoel'],
    ['a slider that is text', (s) => ({ ...s, answers: { ...s.answers, gehoord: 'veel' } }), 'answers.gehoord'],
    ['a slider above 100', (s) => ({ ...s, answers: { ...s.answers, gehoord: 101 } }), 'answers.gehoord'],
    ['a scale outside min–max', (s) => ({ ...s, answers: { ...s.answers, cijfer: 11 } }), 'answers.cijfer'],
    ['a number below its minimum', (s) => ({ ...s, answers: { ...s.answers, wachtweken: -1 } }), 'answers.wachtweken'],
    ['an unknown option', (s) => ({ ...s, answers: { ...s.answers, rol: 'koning' } }), 'answers.rol'],
    ['a multichoice with an unknown key', (s) => ({ ...s, answers: { ...s.answers, wat_hielp: ['luisteren', 'toveren'] } }), 'answers.wat_hielp'],
    [
      'a multichoice over its max',
      (s) => ({ ...s, answers: { ...s.answers, wat_hielp: ['luisteren', 'snel-hulp', 'school', 'familie'] } }),
      'answers.wat_hielp',
    ],
    ['a triad summing to zero', (s) => ({ ...s, answers: { ...s.answers, wie_hielp: [0, 0, 0] } }), 'answers.wie_hielp'],
    ['a triad with a negative weight', (s) => ({ ...s, answers: { ...s.answers, wie_hielp: [1, -1, 1] } }), 'answers.wie_hielp'],
    ['a triad of two numbers', (s) => ({ ...s, answers: { ...s.answers, wie_hielp: [1, 1] } }), 'answers.wie_hielp'],
    ['a stone outside the field', (s) => ({ ...s, answers: { ...s.answers, steun: { wijkteam: [20, 101] } } }), 'answers.steun'],
    ['an unknown stone', (s) => ({ ...s, answers: { ...s.answers, steun: { politie: [20, 20] } } }), 'answers.steun'],
    ['an unknown area', (s) => ({ ...s, answers: { ...s.answers, wijk: 'WK000000' } }), 'answers.wijk'],
    ['"NA" where it is not allowed', (s) => ({ ...s, answers: { ...s.answers, gevoel: 'NA' } }), 'answers.gevoel'],
    ['an unknown question', (s) => ({ ...s, answers: { ...s.answers, bestaat_niet: 1 } }), 'answers.bestaat_niet'],
    ['a text over 20,000 characters', (s) => ({ ...s, text: 'a'.repeat(20_001) }), 'text'],
    ['an empty text', (s) => ({ ...s, text: '  ' }), 'text'],
    ['no title', (s) => ({ ...s, title: undefined }), 'title'],
    ['an unknown prompt', (s) => ({ ...s, prompt: 'iets' }), 'prompt'],
    ['a language the collection does not offer', (s) => ({ ...s, language: 'de' }), 'language'],
    ['no consent to keep the story', (s) => ({ ...s, consent: { share: false, quote: false } }), 'consent.share'],
    ['an id that is no UUID', (s) => ({ ...s, id: 'abc' }), 'id'],
  ];

  it.each(bad)('refuses %s, naming the field, and stores nothing', async (_name, change, field) => {
    const before = await storyCount();
    const response = await post(change(demoSubmission()));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await fields(response)).toContain(field);
    expect(await storyCount()).toBe(before);
  });

  it('refuses malformed JSON, a body over 256 KB, other media types, unknown and closed collections', async () => {
    const before = await storyCount();
    const malformed = await post('{"title": ');
    expect(malformed.status).toBe(400);
    expect(await fields(malformed)).toEqual(['(body)']);
    expect((await post(demoSubmission({ text: 'x'.repeat(300 * 1024) }))).status).toBe(413);
    expect((await post(JSON.stringify(demoSubmission()), { headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    // A cross-site "simple" request (no CORS preflight) is stopped by the origin check: 403, not 500.
    const crossSiteForm = await post(JSON.stringify(demoSubmission()), { headers: { 'content-type': 'text/plain', origin: 'https://evil.example' } });
    expect(crossSiteForm.status).toBe(403);
    expect(crossSiteForm.headers.get('content-type')).toContain('application/problem+json');
    expect((await post(demoSubmission(), { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await post(demoSubmission(), { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const unknown = await post(demoSubmission(), { slug: 'bestaat-niet' });
    expect(unknown.status).toBe(404);
    expect(await fields(unknown)).toEqual(['slug']);

    const [tenant] = await handle.db.select().from(tenants).where(eq(tenants.slug, 'voorbeeld'));
    const [open] = await handle.db
      .select()
      .from(collections)
      .where(and(eq(collections.tenantId, tenant.id), eq(collections.slug, DEMO_SLUG)));
    const past = new Date(Date.now() - 86_400_000);
    const future = new Date(Date.now() + 86_400_000);
    for (const [slug, opensAt, closesAt, status] of [
      ['gesloten-test', null, past, 410],
      ['later-test', future, null, 409],
    ] as const) {
      const [row] = await handle.db
        .insert(collections)
        .values({ tenantId: tenant.id, slug, questionnaireId: open.questionnaireId, title: slug, mode: 'self', opensAt, closesAt })
        .returning();
      await handle.db.insert(collectionLinks).values({ slug, tenantId: tenant.id, collectionId: row.id });
      const response = await post(demoSubmission(), { slug });
      expect(response.status).toBe(status);
      expect(((await response.json()) as { detail_nl: string }).detail_nl).toMatch(/verzameling/);
    }
    expect(await storyCount()).toBe(before);

    // Closing takes effect at once, even right after a story was accepted (and the link cached).
    const [closing] = await handle.db
      .insert(collections)
      .values({ tenantId: tenant.id, slug: 'sluit-test', questionnaireId: open.questionnaireId, title: 'sluit-test', mode: 'self' })
      .returning();
    await handle.db.insert(collectionLinks).values({ slug: 'sluit-test', tenantId: tenant.id, collectionId: closing.id });
    expect((await post(demoSubmission(), { slug: 'sluit-test' })).status).toBe(201);
    await handle.db.update(collections).set({ closesAt: past }).where(eq(collections.id, closing.id));
    expect((await post(demoSubmission(), { slug: 'sluit-test' })).status).toBe(410);
    expect(await storyCount()).toBe(before + 1);
  });

  it('finds a collection by its global slug and says whether it is open', async () => {
    const open = await findCollectionBySlug(handle.db, DEMO_SLUG);
    expect(open.status).toBe('open');
    if (open.status !== 'open') return;
    expect(open.collection).toMatchObject({ mode: 'self', tenantName: 'Gemeente Voorbeeld', fictional: true, languages: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] });
    expect(open.collection.intro?.nl).toContain('Vertel');
    expect(open.collection.questionnaire.key).toBe('zo-thuis');
    expect((await findCollectionBySlug(handle.db, DEMO_SLUG, new Date('2025-06-01'))).status).toBe('not-yet-open');
    expect((await findCollectionBySlug(handle.db, 'bestaat-niet')).status).toBe('unknown');
    expect((await findCollectionBySlug(handle.db, '../../etc')).status).toBe('unknown');
    // Collections made by a file import are no public channel.
    expect((await findCollectionBySlug(handle.db, 'zo-thuis-2026')).status).toBe('unknown');
  });

  it('describes both endpoints in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/v1/collections/{slug}/stories'])).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/v1/stories/withdraw'])).toEqual(['delete']);
  });

  it('pretends success to a filled honeypot and stores nothing', async () => {
    const before = await storyCount();
    const response = await post(demoSubmission({ website: 'http://spam.example' }));
    expect(response.status).toBe(201);
    const { withdrawalCode } = (await response.json()) as { withdrawalCode: string };
    expect(await storyCount()).toBe(before);
    expect((await withdraw(withdrawalCode)).status).toBe(404);
  });

  it('lets only staff enter interview and signal stories', async () => {
    const anonymous = await post(demoSubmission(), { slug: 'voorbeeld-gesprek' });
    expect(anonymous.status).toBe(401);
    const signIn = async (email: string) => {
      const response = await app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      const cookie = response.headers.get('set-cookie')!.split(';')[0];
      return { cookie, 'x-csrf-token': ((await response.json()) as { csrfToken: string }).csrfToken };
    };
    const interviewer = await signIn('interviewer@voorbeeld.example');
    const entered = await post(demoSubmission(), { slug: 'voorbeeld-gesprek', headers: interviewer });
    expect(entered.status).toBe(201);
    const { id } = (await entered.json()) as { id: string };
    const [story] = await handle.db.select().from(stories).where(eq(stories.id, id));
    expect(story.consent).toMatchObject({ mode: 'interview', recordedBy: expect.any(String) });
    const council = await signIn('raad@voorbeeld.example');
    expect((await post(demoSubmission(), { slug: 'voorbeeld-gesprek', headers: council })).status).toBe(403);
    expect((await post(demoSubmission(), { slug: 'voorbeeld-signaal', headers: council })).status).toBe(201);
  });

  it('withdraws a story for good: story and answers gone, counted, no longer in a scan', async () => {
    const response = await post(demoSubmission());
    const { id, withdrawalCode } = (await response.json()) as { id: string; withdrawalCode: string };
    const ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    await publishStory(ctx, id);
    const scanned = await scanQuestionnaire(ctx, 'zo-thuis');
    expect((await scanQuestionnaire(ctx, 'zo-thuis')).cached).toBe(true);

    expect((await withdraw('XXXX-XXXX-XXXX-XXXX')).status).toBe(404);
    expect((await withdraw('')).status).toBe(400);
    // People type codes in lower case and without dashes.
    expect((await withdraw(withdrawalCode.toLowerCase().replace(/-/g, ' '))).status).toBe(204);
    expect(await handle.db.select().from(stories).where(eq(stories.id, id))).toHaveLength(0);
    expect(await handle.db.select().from(storyAnswers).where(eq(storyAnswers.storyId, id))).toHaveLength(0);
    const [{ n }] = await handle.db.select({ n: count() }).from(storyWithdrawals).where(eq(storyWithdrawals.tenantId, ctx.tenantId));
    expect(Number(n)).toBe(1);
    const after = await scanQuestionnaire(ctx, 'zo-thuis');
    expect(after.cached).toBe(false);
    expect(after.stories).toBe(scanned.stories - 1);
    expect((await withdraw(withdrawalCode)).status).toBe(404);
  });

  it('limits requests per address over a real connection', async () => {
    const limited = createApp({
      db: handle.db,
      logger: pino({ level: 'silent' }),
      secureCookies: false,
      publicUrl: ORIGIN,
      collectRateLimit: { limit: 2, windowMs: 60_000 },
    });
    let close = () => {};
    const port = await new Promise<number>((resolve) => {
      const server = serve({ fetch: limited.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
      close = () => server.close();
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/stories/withdraw`, {
          method: 'DELETE',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: 'AAAA-AAAA-AAAA-AAAA' }),
        });
        statuses.push(response.status);
        if (response.status === 429) expect(response.headers.get('content-type')).toContain('application/problem+json');
      }
      expect(statuses).toEqual([404, 404, 429]);
    } finally {
      close();
    }
  });
});
