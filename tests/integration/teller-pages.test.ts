// The storyteller's page routes over HTTP on both databases, without a browser: the form, the
// no-JavaScript post (errors, normalised fallbacks, one story per id), friendly pages with the
// right status for unknown, staff-only, not yet open and closed channels, the theme stylesheet,
// the privacy page and withdrawal via /intrekken.
import { count, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { collectionLinks, collections, stories, storyAnswers, tenants } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { DEMO_PUBLIC_SLUG } from '../../src/services/demo/collections.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';

const ORIGIN = 'http://localhost';
const PAGE = `/vertel/${DEMO_PUBLIC_SLUG}`;

const FORM = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  language: 'nl',
  website: '',
  'consent.share': 'ja',
  'consent.quote': 'ja',
  prompt: 'moment',
  title: '',
  text: 'De school en het wijkteam werkten eindelijk samen.',
  'q.wie_hielp.1': '1',
  'q.wie_hielp.2': '3',
  'q.wie_hielp.3': '',
  'q.steun.jeugdhulp.x': '25',
  'q.steun.jeugdhulp.y': '75',
  'q.gehoord': '40',
  'q.gehoord.na': 'ja',
  'q.gevoel': 'opgelucht',
  'q.rol': 'jongere',
  'q.wijk': 'WK999902',
};

describe.each(testDatabaseTargets())('storyteller pages on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;

  const get = (path: string) => app.request(path);
  const postForm = (path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams(fields).toString(),
    });
  const storiesWithId = async (id: string) => Number((await handle.db.select({ n: count() }).from(stories).where(eq(stories.submissionId, id)))[0].n);
  const codeIn = (html: string) => /id="teller-code">([^<]+)</.exec(html)?.[1];
  const demoCollectionId = async () =>
    (await handle.db.select({ id: collectionLinks.collectionId }).from(collectionLinks).where(eq(collectionLinks.slug, DEMO_PUBLIC_SLUG)))[0].id;

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 5 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: ORIGIN });
  });
  afterAll(async () => handle?.close());

  it('serves the form with every step, the step script and its data, in Dutch and in English', async () => {
    const response = await get(PAGE);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const id of ['stap-welkom', 'stap-vraag', 'stap-verhaal', 'stap-over-verhaal', 'stap-over-u', 'stap-controle', 'stap-bedankt'])
      expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<script type="module" src="/assets/teller.js">');
    expect(html).toContain('"draftKey":"duiding.verhaal.voorbeeld-zo-thuis"');
    expect(html).not.toContain('thema.css');
    expect(html).not.toContain('utrecht/component-library.css');
    const english = await (await get(`${PAGE}?lang=en`)).text();
    expect(english).toContain('Tell your story');
    expect(english).toContain('<html lang="en">');
    const script = await get('/assets/teller-widgets.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/..%2Fassets.ts')).status).toBe(404);
  });

  it('without JavaScript: names each problem next to its field and keeps what was typed; nothing is stored', async () => {
    const response = await postForm(PAGE, { ...FORM, 'consent.share': '', 'q.gevoel': '', 'q.wie_hielp.1': '0', 'q.wie_hielp.2': '0' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('id="f-consent-share-error"');
    expect(html).toContain('href="#f-q-gevoel">Hoe voelt u zich als u aan dit verhaal denkt? Kies een antwoord.</a>');
    expect(html).toContain('Geef minstens één punt een getal hoger dan 0.');
    expect(html).toContain('De school en het wijkteam werkten eindelijk samen.</textarea>');
    expect(html).toContain(`name="id" value="${FORM.id}"`);
    expect(await storiesWithId(FORM.id)).toBe(0);
  });

  it('without JavaScript: stores the story with normalised triad, stones and NA; the same id again is the same story', async () => {
    const first = await postForm(PAGE, FORM);
    expect(first.status).toBe(200);
    const code = codeIn(await first.text());
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const again = await postForm(PAGE, FORM);
    const againHtml = await again.text();
    expect(codeIn(againHtml)).toBe(code);
    expect(againHtml).toContain('Dit verhaal was al eerder verstuurd.');
    expect(await storiesWithId(FORM.id)).toBe(1);
    const [story] = await handle.db.select().from(stories).where(eq(stories.submissionId, FORM.id));
    expect(story.title).toBe('De school en het wijkteam werkten eindelijk samen.');
    const answers = Object.fromEntries((await handle.db.select().from(storyAnswers).where(eq(storyAnswers.storyId, story.id))).map((a) => [a.questionKey, a]));
    expect(answers.wie_hielp.weights).toEqual([0.25, 0.75, 0]);
    expect(answers.steun.points).toEqual({ jeugdhulp: [25, 75] });
    expect(answers.gehoord.notApplicable).toBe(true);
    expect(answers.wijk.text).toBe('WK999902');

    // Withdrawal: confirm first, then delete; a second time the code is not found.
    const confirm = await postForm('/intrekken', { stap: 'controleer', code: code!.toLowerCase() });
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('Weet u het zeker?');
    expect(await storiesWithId(FORM.id)).toBe(1);
    const done = await postForm('/intrekken', { stap: 'verwijder', code: code! });
    expect(await done.text()).toContain('Uw verhaal is verwijderd');
    expect(await storiesWithId(FORM.id)).toBe(0);
    const gone = await postForm('/intrekken', { stap: 'verwijder', code: code! });
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('Code niet gevonden');
    expect((await postForm('/intrekken', { stap: 'controleer', code: '' })).status).toBe(400);
  });

  it('answers unknown, staff-only, not yet open and closed channels with a friendly page and the right status', async () => {
    expect((await get('/vertel/bestaat-niet')).status).toBe(404);
    expect((await get('/vertel/voorbeeld-gesprek')).status).toBe(404);
    const id = await demoCollectionId();
    try {
      await handle.db
        .update(collections)
        .set({ opensAt: new Date(Date.now() + 86_400_000) })
        .where(eq(collections.id, id));
      const notYet = await get(PAGE);
      expect(notYet.status).toBe(403);
      expect(await notYet.text()).toContain('Deze vragenlijst is nog niet open');
      await handle.db
        .update(collections)
        .set({ opensAt: null, closesAt: new Date(Date.now() - 1000) })
        .where(eq(collections.id, id));
      const closed = await get(PAGE);
      expect(closed.status).toBe(410);
      expect(await closed.text()).toContain('Deze vragenlijst is gesloten');
      expect((await postForm(PAGE, { ...FORM, id: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' })).status).toBe(410);
    } finally {
      await handle.db.update(collections).set({ opensAt: null, closesAt: null }).where(eq(collections.id, id));
    }
  });

  it("serves the municipality's theme tokens, dropping unsafe values, and links them from the page", async () => {
    await handle.db
      .update(tenants)
      .set({ settings: sql`${tenants.settings} || ${JSON.stringify({ theme: { primaryColor: '#c8102e', linkColor: 'red;}*{x:y' } })}::jsonb` });
    const css = await get(`${PAGE}/thema.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe(':root {\n  --teller-primary: #c8102e;\n}\n');
    expect(await (await get(PAGE)).text()).toContain(`<link rel="stylesheet" href="${PAGE}/thema.css"/>`);
  });

  it('generates the privacy page from the collection: questions, who sees what, retention, withdrawal', async () => {
    const response = await get(`${PAGE}/privacy`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Hoeveel weken wachtte u?');
    expect(html).toContain('Wie ziet uw verhaal?');
    expect(html).toContain('Wij bewaren uw verhaal 36 maanden (3 jaar).');
    expect(html).toContain('Een medewerker kijkt uw verhaal eerst na.');
    expect(html).toContain('href="/intrekken"');
  });
});
