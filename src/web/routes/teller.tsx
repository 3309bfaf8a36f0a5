// The storyteller's public pages: /vertel/{slug} (form; posts here without JavaScript),
// /vertel/{slug}/privacy, /vertel/{slug}/thema.css and /intrekken. No sign-in (public-routes.ts).
// Thin: look up the collection → convert the form → one service → render.
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { orFormAgain } from '../../http/kit.ts';
import { publicLinkLookup, tenantDatabase } from '../../services/auth/session-database.ts';
import { allows } from '../../services/auth/policy.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { findCollectionBySlug, submitStory, withdrawalCodeExists, withdrawStory, type OpenCollection, type Submitter } from '../../services/collect-story.ts';
import { normaliseWithdrawalCode } from '../../services/collect/withdrawal-code.ts';
import { registerAreas, tellerThemeCss } from '../../services/teller-page.ts';
import { TELLER_CATALOGS, tellerMessages } from '../i18n/teller-catalogs.ts';
import type { TellerMessages } from '../i18n/teller.ts';
import { TellerMessagePage } from '../pages/teller/message.tsx';
import { PrivacyPage } from '../pages/teller/privacy.tsx';
import { asksNetworkConsent } from '../../services/network-share/teller-consent.ts';
import { StoryPage } from '../pages/teller/story.tsx';
import { ThanksPage } from '../pages/teller/thanks.tsx';
import { WithdrawPage, type WithdrawState } from '../pages/teller/withdraw.tsx';
import { fieldValues, formEntries, problemMessages, submissionFromForm, type FieldValues } from '../teller/form-fields.ts';
import { languageChoices, langQuery, pickTellerLanguage, problemLanguage } from '../teller/languages.ts';
import { formSubmissionId, renewSubmissionId, SENT_BEFORE } from '../teller/submission-cookie.ts';
import type { TellerLayoutProps } from '../teller/teller-layout.tsx';

/** A BCP 47 tag the collection offers ("nl", "ar", "tr" …); the interface comes from its catalog. */
type Lang = string;
const textsOf = (lang: Lang): TellerMessages => tellerMessages(lang);
type Frame = Omit<TellerLayoutProps, 'children' | 'title'>;
/** /intrekken belongs to no collection: it speaks every language the teller's interface has. */
const WITHDRAW_LANGUAGES = Object.keys(TELLER_CATALOGS);

export function tellerRoutes() {
  const app = new Hono<AppEnv>();
  // Gzip for the public pages, except for signed-in staff: their pages carry a CSRF token, and
  // compressing a secret next to reflected input is what BREACH exploits.
  const gzip = compress();
  app.use('/vertel/*', (c, next) => (c.get('session') ? next() : gzip(c, next)));
  app.use('/intrekken', (c, next) => (c.get('session') ? next() : gzip(c, next)));

  /** The teller's language: asked (?lang=) or remembered, but only one the collection offers. */
  const languageFor = (c: Context<AppEnv>, offered: string[]): Lang => pickTellerLanguage(c, offered);

  const frameFor = async (c: Context<AppEnv>, collection: OpenCollection, lang: Lang, page = ''): Promise<Frame> => {
    const base = `/vertel/${collection.slug}`;
    const theme = await tellerThemeCss(tenantDatabase(c.get('db'), collection.tenantId), collection.tenantId);
    return {
      lang,
      t: textsOf(lang),
      tenantName: collection.tenantName,
      fictional: collection.fictional,
      themeHref: theme ? `${base}/thema.css` : undefined,
      languages: languageChoices(collection.languages, lang, `${base}${page}`),
      privacyHref: `${base}/privacy${langQuery(lang)}`,
    };
  };

  /** The collection when it takes stories from this visitor; otherwise the friendly page to show. */
  const lookup = async (c: Context<AppEnv>, slug: string) => {
    const found = await findCollectionBySlug(publicLinkLookup(c.get('db')), slug);
    // Interview and signal channels are for signed-in staff of this municipality with the role
    // for that channel: to everyone else (the public, another municipality) they do not exist.
    const session = c.get('session');
    const permission = found.status !== 'unknown' && found.collection.mode === 'interview' ? 'stories.enter-interview' : 'stories.enter-signal';
    const staffOnly =
      found.status !== 'unknown' &&
      found.collection.mode !== 'self' &&
      (!session || session.tenantId !== found.collection.tenantId || !allows(session.roles, permission));
    if (found.status === 'unknown' || staffOnly) {
      const lang = languageFor(c, ['nl', 'en']);
      const t = textsOf(lang);
      const frame: Frame = { lang, t, tenantName: null };
      return { page: c.html(<TellerMessagePage frame={frame} title={t.closed.unknownTitle} message={t.closed.unknown} />, 404) };
    }
    const collection = found.collection;
    if (found.status !== 'open') {
      const lang = languageFor(c, collection.languages);
      const frame = await frameFor(c, collection, lang);
      const t = frame.t;
      const notYet = found.status === 'not-yet-open';
      const extra =
        notYet && collection.opensAt
          ? `${t.closed.opensAt} ${collection.opensAt.toLocaleDateString(lang === 'nl' ? 'nl-NL' : lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })}.`
          : undefined;
      const page = notYet ? (
        <TellerMessagePage frame={frame} title={t.closed.notYetTitle} message={t.closed.notYet} extra={extra} />
      ) : (
        <TellerMessagePage frame={frame} title={t.closed.closedTitle} message={t.closed.closed} />
      );
      return { page: c.html(page, notYet ? 403 : 410) };
    }
    return { collection };
  };

  const formPage = async (
    c: Context<AppEnv>,
    collection: OpenCollection,
    lang: Lang,
    form: { values?: FieldValues; errors?: Record<string, string>; id?: string },
    status: 200 | 400 = 200,
  ) => {
    const frame = await frameFor(c, collection, lang);
    const q = collection.questionnaire;
    const base = `/vertel/${collection.slug}`;
    const title = q.title[lang] ?? q.title.nl ?? collection.title;
    return c.html(
      <StoryPage
        frame={frame}
        title={title}
        machineTranslated={q.machineTranslated?.includes(lang) ?? false}
        form={{
          t: frame.t,
          lang,
          questionnaire: q,
          action: `${base}${langQuery(lang)}`,
          submissionId: form.id ?? randomUUID(),
          askNetworkConsent: await asksNetworkConsent(c.get('db'), collection.tenantId),
          values: form.values,
          errors: form.errors,
          intro: collection.intro?.[lang] ?? collection.intro?.nl ?? null,
          privacyHref: frame.privacyHref!,
          csrfToken: c.get('session')?.csrfToken,
          areasByLevel: await registerAreas(tenantDatabase(c.get('db'), collection.tenantId), collection.tenantId, q),
          api: `/api/v1/collections/${collection.slug}/stories`,
          draftKey: `duiding.verhaal.${collection.slug}`,
        }}
      />,
      status,
    );
  };

  app.get('/vertel/:slug', async (c) => {
    const found = await lookup(c, c.req.param('slug'));
    if (!found.collection) return found.page;
    const id = formSubmissionId(c, found.collection.slug, c.var.secureCookies);
    return formPage(c, found.collection, languageFor(c, found.collection.languages), { id });
  });

  // The whole form at once, without JavaScript. The hidden id makes a second post of the same
  // form (a reload, a double click) return the same story.
  app.post('/vertel/:slug', async (c) => {
    const found = await lookup(c, c.req.param('slug'));
    if (!found.collection) return found.page;
    const collection = found.collection;
    const lang = languageFor(c, collection.languages);
    const t = textsOf(lang);
    const entries = formEntries(await c.req.parseBody({ all: true }));
    const values = fieldValues(entries);
    const { submission, errors } = submissionFromForm(collection.questionnaire, entries, t, lang);
    submission.id ??= randomUUID();
    if (Object.keys(errors).length) return formPage(c, collection, lang, { values, errors, id: submission.id }, 400);
    const session = c.get('session');
    const submitter: Submitter | undefined = session ? { userId: session.userId, tenantId: session.tenantId, roles: session.roles } : undefined;
    return orFormAgain(
      async () => {
        const result = await submitStory(publicLinkLookup(c.get('db')), collection.slug, submission, collection.mode === 'self' ? undefined : submitter);
        const frame = await frameFor(c, collection, lang);
        return c.html(
          <ThanksPage frame={frame} title={collection.questionnaire.title[lang] ?? collection.title} code={result.withdrawalCode} repeated={!result.created} />,
          200,
        );
      },
      async (problems, refusal) => {
        if (refusal.kind === 'input')
          return formPage(c, collection, lang, { values, errors: problemMessages(problems, problemLanguage(lang)), id: submission.id }, 400);
        // The same id sent before with other content: say so at the top of the form.
        // From the no-JS form this is a browser that sent a story before (its id comes from a
        // cookie): offer a new id, so that one more press sends this as a new story.
        if (refusal.type === 'submission-conflict') {
          const fresh = renewSubmissionId(c, collection.slug, c.var.secureCookies);
          return formPage(c, collection, lang, { values, errors: { form: problemLanguage(lang) === 'en' ? SENT_BEFORE.en : SENT_BEFORE.nl }, id: fresh }, 400);
        }
        // Closed or gone meanwhile, or staff only: the teller's own page saying so, in their language.
        return (await lookup(c, collection.slug)).page ?? c.notFound();
      },
      ['input', 'conflict', 'not-found', 'gone', 'forbidden', 'unauthenticated'],
    );
  });

  app.get('/vertel/:slug/privacy', async (c) => {
    const found = await findCollectionBySlug(publicLinkLookup(c.get('db')), c.req.param('slug'));
    if (found.status === 'unknown') return (await lookup(c, c.req.param('slug'))).page!;
    const collection = found.collection;
    const lang = languageFor(c, collection.languages);
    const frame = await frameFor(c, collection, lang, '/privacy');
    return c.html(
      <PrivacyPage
        frame={frame}
        collectionTitle={collection.questionnaire.title[lang] ?? collection.title}
        questionnaire={collection.questionnaire}
        mode={collection.mode}
        retentionDays={collection.retentionDays}
        backHref={`/vertel/${collection.slug}${langQuery(lang)}`}
      />,
    );
  });

  app.get('/vertel/:slug/thema.css', async (c) => {
    const found = await findCollectionBySlug(publicLinkLookup(c.get('db')), c.req.param('slug'));
    const css = found.status === 'unknown' ? null : await tellerThemeCss(tenantDatabase(c.get('db'), found.collection.tenantId), found.collection.tenantId);
    return c.body(css ?? '/* geen thema */\n', 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' });
  });

  const withdrawFrame = (c: Context<AppEnv>): Frame => {
    const lang = languageFor(c, WITHDRAW_LANGUAGES);
    return { lang, t: textsOf(lang), tenantName: null, languages: languageChoices(WITHDRAW_LANGUAGES, lang, '/intrekken') };
  };
  const withdrawPage = (c: Context<AppEnv>, state: WithdrawState, status: 200 | 400 | 404 = 200) => {
    const frame = withdrawFrame(c);
    return c.html(<WithdrawPage frame={frame} state={state} csrfToken={c.get('session')?.csrfToken} />, status);
  };

  app.get('/intrekken', (c) => withdrawPage(c, { step: 'form' }));

  // Two posts: "controleer" checks the code's form and that a story has it, then shows it back
  // with a confirm button; "verwijder" deletes. Both are rate-limited per address (http/app.ts),
  // so checking first makes guessing no faster than deleting would.
  app.post('/intrekken', async (c) => {
    const body = await c.req.parseBody();
    const code = typeof body.code === 'string' ? body.code.trim().toUpperCase().slice(0, 64) : '';
    const t = withdrawFrame(c).t;
    if (!code) return withdrawPage(c, { step: 'form', error: t.withdraw.missing }, 400);
    const compact = normaliseWithdrawalCode(code);
    if (!compact) return withdrawPage(c, { step: 'form', code, error: t.withdraw.invalid }, 400);
    if (body.stap !== 'verwijder') {
      const known = await withdrawalCodeExists(publicLinkLookup(c.get('db')), compact);
      return known ? withdrawPage(c, { step: 'confirm', code: compact.match(/.{4}/g)!.join('-') }) : withdrawPage(c, { step: 'not-found', code }, 404);
    }
    const removed = await withdrawStory(publicLinkLookup(c.get('db')), code);
    return removed ? withdrawPage(c, { step: 'done' }) : withdrawPage(c, { step: 'not-found', code }, 404);
  });

  return app;
}
