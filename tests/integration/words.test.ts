// Words that set a group apart (issue 4): the service and the API over the demo municipality,
// on PGlite and on PostgreSQL, and the stemmer against the database's own Snowball Dutch.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { DUTCH_STOP_WORDS, stemDutch, tokenize, type WordsDocument } from '../../src/domain/words/index.ts';
import { createApp } from '../../src/http/app.ts';
import { contextForTenantSlug, type ServiceContext } from '../../src/services/context.ts';
import { DEMO_PASSWORD, DEMO_TENANT_SLUG, seedDemo } from '../../src/services/seed-demo.ts';
import { distinctiveWordsFor } from '../../src/services/words.ts';
import { testDatabaseTargets } from '../support/databases.ts';

describe.each(testDatabaseTargets())('words on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 400 });
    ctx = await contextForTenantSlug(handle.db, DEMO_TENANT_SLUG);
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
  }, 120_000);
  afterAll(async () => handle?.close());

  async function signIn(email: string) {
    const response = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return response.headers.get('set-cookie')!.split(';')[0];
  }

  it('finds "wachtlijst" among the words of gevoel=boos against the rest, with z > 2', async () => {
    const doc = await distinctiveWordsFor(ctx, { questionnaireKey: 'zo-thuis', a: 'gevoel=boos' });
    expect(doc.a.label).toBe('gevoel=boos');
    expect(doc.b.label).toBe('rest');
    expect(doc.a.stories + doc.b.stories).toBe(doc.corpus.stories);
    expect(doc.topA).toHaveLength(20);
    const wachtlijst = doc.topA.find((w) => w.stem === stemDutch('wachtlijst'));
    expect(wachtlijst, JSON.stringify(doc.topA.map((w) => w.stem))).toBeDefined();
    expect(wachtlijst!.z).toBeGreaterThan(2);
    expect(wachtlijst!.countA).toBeGreaterThan(0);
    // Ranked: A by falling z, B by rising z.
    expect(doc.topA.map((w) => w.z)).toEqual([...doc.topA.map((w) => w.z)].sort((x, y) => y - x));
    expect(doc.topB.map((w) => w.z)).toEqual([...doc.topB.map((w) => w.z)].sort((x, y) => x - y));
    expect(doc.topB.every((w) => w.z < 0)).toBe(true);
  });

  it('compares two filters, including a multichoice option, and keeps top N', async () => {
    const doc = await distinctiveWordsFor(ctx, { questionnaireKey: 'zo-thuis', a: 'gevoel=opgelucht', b: 'gevoel=boos', top: 5 });
    expect(doc.topA.length).toBeLessThanOrEqual(5);
    expect(doc.topB.length).toBeLessThanOrEqual(5);
    expect(doc.a.stories + doc.b.stories).toBeLessThan(doc.corpus.stories);
    expect(doc.topB.map((w) => w.stem)).toContain(stemDutch('wachtlijst'));
    const multi = await distinctiveWordsFor(ctx, { questionnaireKey: 'zo-thuis', a: 'wat_hielp=vaste-contactpersoon' });
    expect(multi.a.stories).toBeGreaterThan(0);
    expect(multi.topA.map((w) => w.stem)).toContain(stemDutch('contactpersoon'));
  });

  it('rejects an unknown question or option, naming the parameter', async () => {
    const rejected = async (request: Parameters<typeof distinctiveWordsFor>[1]) => {
      try {
        await distinctiveWordsFor(ctx, request);
      } catch (error) {
        expect(error).toBeInstanceOf(InputRejected);
        return (error as InputRejected).problems[0];
      }
      throw new Error('not rejected');
    };
    expect(await rejected({ questionnaireKey: 'zo-thuis', a: 'humeur=boos' })).toMatchObject({ field: 'a', code: 'unknown-question' });
    expect(await rejected({ questionnaireKey: 'zo-thuis', a: 'gevoel=boos', b: 'gevoel=blij' })).toMatchObject({ field: 'b', code: 'unknown-option' });
    expect(await rejected({ questionnaireKey: 'zo-thuis', a: 'cijfer=3' })).toMatchObject({ field: 'a', code: 'unsupported-question' });
    expect(await rejected({ questionnaireKey: 'zo-thuis', a: 'gevoel' })).toMatchObject({ field: 'a', code: 'invalid-filter' });
    expect(await rejected({ questionnaireKey: 'bestaat-niet', a: 'gevoel=boos' })).toMatchObject({ field: 'questionnaire' });
  });

  it('serves GET /api/v1/questionnaires/{key}/words to roles that may read patterns', async () => {
    const cookie = await signIn('analist@voorbeeld.example');
    const response = await app.request('/api/v1/questionnaires/zo-thuis/words?a=gevoel%3Dboos&top=10', { headers: { cookie } });
    expect(response.status).toBe(200);
    const doc = (await response.json()) as WordsDocument;
    expect(doc.format).toBe('duiding.words/v1');
    expect(doc.topA.length).toBeLessThanOrEqual(10);
    expect(doc.topA.map((w) => w.stem)).toContain(stemDutch('wachtlijst'));

    const bad = await app.request('/api/v1/questionnaires/zo-thuis/words?a=gevoel%3Dboos&b=gevoel%3Dblij', { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const problem = JSON.stringify(await bad.json());
    expect(problem).toContain('"field":"b"');
    expect(problem).toContain('blij');

    const raad = await signIn('raad@voorbeeld.example');
    expect((await app.request('/api/v1/questionnaires/zo-thuis/words?a=gevoel%3Dboos', { headers: { cookie: raad } })).status).toBe(403);

    const openapi = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toContain('/api/v1/questionnaires/{key}/words');
  });

  it("stems every demo word as the database's Snowball Dutch (to_tsvector('dutch', …)) does", async () => {
    const result = await handle.db.execute(sql`SELECT title, text FROM stories LIMIT 400`);
    const rows = (result as unknown as { rows: { title: string; text: string }[] }).rows;
    const words = [...new Set(rows.flatMap((r) => tokenize(`${r.title} ${r.text}`)))].filter((w) => !w.includes("'") && !DUTCH_STOP_WORDS.has(w));
    expect(words.length).toBeGreaterThan(100);
    const checked = await handle.db.execute(
      sql`SELECT w, to_tsvector('dutch', w)::text AS v FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) AS w`,
    );
    const mismatches: string[] = [];
    let compared = 0;
    for (const { w, v } of (checked as unknown as { rows: { w: string; v: string }[] }).rows) {
      const lexeme = /^'(.*)':1$/.exec(v)?.[1];
      if (lexeme === undefined) continue; // a stop word there, not here
      compared++;
      if (lexeme !== stemDutch(w)) mismatches.push(`${w}: ${lexeme} ≠ ${stemDutch(w)}`);
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });
});
