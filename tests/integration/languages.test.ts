// Storytelling in the languages of the wijk (issue 17), on PGlite and PostgreSQL: the teller's
// page in Arabic (rtl) and Turkish, the no-JavaScript language chooser, stories that keep their
// language, and search that reads each story with its own text search configuration (migration
// 0012) — through the analyst's page, i.e. the tenant-scoped connection under row-level security.
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { stories, storyChangeCounters } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { DEMO_PUBLIC_SLUG } from '../../src/services/demo/collections.ts';
import { createCollection } from '../../src/services/collections.ts';
import { publishStory } from '../../src/services/moderation.ts';
import { addLanguage, loadDesignerQuestionnaire, saveTranslation, updateSettings } from '../../src/services/questionnaire-designer.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { distinctiveWordsFor } from '../../src/services/words.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { demoSubmission } from '../support/story-submission.ts';

const ORIGIN = 'http://localhost';
const PAGE = `/vertel/${DEMO_PUBLIC_SLUG}`;
const TURKISH = 'Çocuklarımız okula gidemedi, bekleme listesi çok uzundu.';
const ARABIC = 'انتظرنا طويلا حتى جاءت المساعدة من فريق الحي';
const POLISH = 'Czekaliśmy długo na pomoc z zespołu dzielnicowego';

describe.each(testDatabaseTargets())('languages of the wijk on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let analyst: string;

  const postJson = (body: unknown) =>
    app.request(`/api/v1/collections/${DEMO_PUBLIC_SLUG}/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify(body),
    });
  const search = async (query: string) => (await app.request(`/verhalen?zoek=${encodeURIComponent(query)}`, { headers: { cookie: analyst } })).text();

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 5 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: ORIGIN });
    const session = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'analist@voorbeeld.example', password: DEMO_PASSWORD }),
    });
    analyst = session.headers.get('set-cookie')!.split(';')[0];
  });
  afterAll(async () => handle?.close());

  it('serves the page in Arabic right to left, with the chooser naming each language in itself and the machine-translation note', async () => {
    const html = await (await app.request(`${PAGE}?lang=ar`)).text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('أرسِل قصتي'); // the interface (catalog)
    expect(html).toContain('من ساعد أكثر في قصتك؟'); // the questionnaire (definition)
    expect(html).toContain('class="teller-machine-note"');
    expect(html).toContain('<span class="teller-languages__current" lang="ar" dir="rtl" aria-current="true">العربية</span>');
    for (const [tag, name] of [
      ['nl', 'Nederlands'],
      ['tr', 'Türkçe'],
      ['pl', 'Polski'],
      ['uk', 'Українська'],
    ]) {
      expect(html).toContain(`href="${PAGE}?lang=${tag}" lang="${tag}" hreflang="${tag}" dir="ltr">${name}</a>`);
    }
    expect(html).toContain(`action="${PAGE}?lang=ar"`);
    expect(html).toContain('name="language" value="ar"');
    // Dutch has no note: its texts were written, not machine-translated.
    const dutch = await (await app.request(PAGE)).text();
    expect(dutch).toContain('<html lang="nl">');
    expect(dutch).not.toContain('class="teller-machine-note"');
  });

  it('remembers the chosen language without JavaScript (a link and a cookie), and only a language the collection offers', async () => {
    const chosen = await app.request(`${PAGE}?lang=tr`);
    // The no-JS form's submission-id cookie comes along too; the language has its own cookie.
    const cookie = chosen.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('duiding_vertel_taal='));
    expect(cookie).toBe('duiding_vertel_taal=tr');
    const again = await (await app.request(PAGE, { headers: { cookie: cookie! } })).text();
    expect(again).toContain('<html lang="tr">');
    expect(again).toContain('Hikâyemi gönder');
    const unknown = await (await app.request(`${PAGE}?lang=xx`)).text();
    expect(unknown).toContain('<html lang="nl">');
  });

  it('keeps the language of a story told in Turkish without JavaScript, and of one in Arabic through the API', async () => {
    const form = new URLSearchParams({
      id: '7d8f0b4e-6f1a-4c1e-9a55-0d7c2f4b9a01',
      language: 'tr',
      website: '',
      'consent.share': 'ja',
      'consent.quote': 'nee',
      prompt: 'wachten',
      title: 'Bekleme',
      text: TURKISH,
      'q.gevoel': 'boos',
      'q.rol': 'ouder',
      'q.wijk': 'WK999902',
    });
    const told = await app.request(`${PAGE}?lang=tr`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: form.toString(),
    });
    expect(told.status).toBe(200);
    expect(await told.text()).toContain('Hikâyeniz için teşekkürler');
    const [turkish] = await handle.db
      .select()
      .from(stories)
      .where(eq(stories.submissionId, form.get('id')!));
    expect(turkish.language).toBe('tr');

    const arabic = await postJson(demoSubmission({ language: 'ar', title: 'الانتظار', text: ARABIC }));
    expect(arabic.status).toBe(201);
    const polish = await postJson(demoSubmission({ language: 'pl', title: 'Czekanie', text: POLISH }));
    expect(polish.status).toBe(201);
    const ids = [turkish.id, ((await arabic.json()) as { id: string }).id, ((await polish.json()) as { id: string }).id];
    const stored = await handle.db.select({ id: stories.id, language: stories.language }).from(stories).where(sql`${stories.id} in ${ids}`);
    expect(Object.fromEntries(stored.map((s) => [s.id, s.language]))).toEqual({ [ids[0]]: 'tr', [ids[1]]: 'ar', [ids[2]]: 'pl' });

    // Publishing raises the stories' change counter as before (the triggers still see every change).
    const ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    const [before] = await handle.db
      .select({ n: storyChangeCounters.changes })
      .from(storyChangeCounters)
      .where(eq(storyChangeCounters.questionnaireId, turkish.questionnaireId));
    for (const id of ids) await publishStory(ctx, id);
    const [after] = await handle.db
      .select({ n: storyChangeCounters.changes })
      .from(storyChangeCounters)
      .where(eq(storyChangeCounters.questionnaireId, turkish.questionnaireId));
    expect(after.n).toBeGreaterThan(before.n);
  });

  it('finds each story by another form of a word, read with the configuration of its language', async () => {
    const [{ tr, ar, pl, nl }] = (
      (await handle.db.execute(sql`select
        (select to_tsvector('turkish', ${TURKISH}) @@ websearch_to_tsquery('turkish', 'çocuklar')) as tr,
        (select to_tsvector('dutch', ${TURKISH}) @@ websearch_to_tsquery('dutch', 'çocuklar')) as nl,
        (select to_tsvector('arabic', ${ARABIC}) @@ websearch_to_tsquery('arabic', 'طويلة')) as ar,
        (select to_tsvector('simple', ${POLISH}) @@ websearch_to_tsquery('simple', 'czekali')) as pl`)) as unknown as { rows: unknown[] }
    ).rows as { tr: boolean; ar: boolean; pl: boolean; nl: boolean }[];
    // The words chosen so that only the right configuration finds them: Dutch stemming would not.
    expect({ tr, ar, pl, nl }).toEqual({ tr: true, ar: true, pl: false, nl: false });
    const configs = await handle.db.execute(
      sql`select duiding_text_search_config('tr')::text as tr, duiding_text_search_config('ar-MA')::text as ar, duiding_text_search_config('pl')::text as pl`,
    );
    const [config] = (configs as unknown as { rows: Record<string, string>[] }).rows;
    expect(config).toEqual({ tr: 'turkish', ar: 'arabic', pl: 'simple' });

    expect(await search('çocuklar')).toContain('Bekleme'); // Turkish: plural finds "çocuklarımız"
    expect(await search('طويلة')).toContain('الانتظار'); // Arabic: "طويلة" finds "طويلا"
    expect(await search('czekaliśmy')).toContain('Czekanie'); // Polish: only as written (simple)
    expect(await search('czekali')).not.toContain('Czekanie');
    expect(await search('wachtlijsten')).toContain('verhalen gevonden'); // Dutch stories still stemmed in Dutch
  });

  it('says in the distinctive words that non-Dutch stories are counted without stemming', async () => {
    const ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    const doc = await distinctiveWordsFor(ctx, { questionnaireKey: 'zo-thuis', a: 'gevoel=boos' });
    expect(doc.method.languages?.find((l) => l.language === 'pl')).toMatchObject({ stories: 1, stemming: 'none' });
    expect(doc.method.languages?.find((l) => l.language === 'nl')?.stemming).toBe('snowball-dutch');
    expect(doc.method.note?.nl).toContain('zonder stam');
    expect(doc.method.stemmer).toBe('snowball-dutch for nl; none for other languages');
  });

  it('designer: adds a language, saves its texts, refuses a bad tag, Dutch and unknown paths; settings keep the other languages; a collection may offer them', async () => {
    const ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    const fields = async (work: Promise<unknown>) => {
      const error = await work.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputRejected);
      return (error as InputRejected).problems.map((p) => p.field);
    };
    expect(await fields(addLanguage(ctx, 'zo-thuis', 'Somalisch!'))).toEqual(['taal']);
    await addLanguage(ctx, 'zo-thuis', 'so');
    expect(await fields(saveTranslation(ctx, 'zo-thuis', 'nl', { title: 'x' }, false))).toEqual(['taal']);
    expect(await fields(saveTranslation(ctx, 'zo-thuis', 'so', { 'questions.bestaat-niet.text': 'x' }, false))).toEqual(['questions.bestaat-niet.text']);
    await saveTranslation(ctx, 'zo-thuis', 'so', { title: 'Ku koritaanka guriga', 'questions.gevoel.options.boos': 'xanaaqsan' }, true);
    await saveTranslation(ctx, 'zo-thuis', 'ar', {}, false); // a person checked the Arabic
    let { definition } = await loadDesignerQuestionnaire(ctx, 'zo-thuis');
    expect(definition.languages).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'so']);
    expect(definition.machineTranslated).toEqual(['tr', 'pl', 'uk', 'so']);
    expect(definition.title.so).toBe('Ku koritaanka guriga');
    // The settings form only knows nl/en: saving it keeps ar … so.
    await updateSettings(ctx, 'zo-thuis', { title: definition.title, languages: ['nl', 'en'] });
    ({ definition } = await loadDesignerQuestionnaire(ctx, 'zo-thuis'));
    expect(definition.languages).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'so']);

    const base = {
      title: 'Verhalen in het Somalisch',
      questionnaire: 'zo-thuis',
      opens: '',
      closes: '',
      mode: 'self',
      introNl: '',
      introEn: '',
      retentionDays: '365',
    };
    expect(await fields(createCollection(ctx, { ...base, slug: 'somali-fout', languages: ['nl', 'fa'] }))).toEqual(['languages']);
    await createCollection(ctx, { ...base, slug: 'somali', languages: ['so', 'nl'] });
    const page = await (await app.request('/vertel/somali?lang=so')).text();
    expect(page).toContain('<html lang="so">');
    expect(page).toContain('Ku koritaanka guriga'); // the questionnaire text in Somali
    expect(page).toContain('class="teller-machine-note"');
    expect(page).toContain('Verstuur mijn verhaal'); // no Somali catalog: the interface stays Dutch
  });
});
