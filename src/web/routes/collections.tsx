// The collections screens (/verzamelingen) and staff entry of interview and signal stories
// (/invoeren, /verzamelingen/{id}/invoeren for interviews, /verzamelingen/{id}/signaal for signals). Thin handlers: form → one service → redirect or the
// form again with messages next to the fields.
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { PageEnv as AppEnv } from '../view.ts';
import { submitStory, type Submitter } from '../../services/collect-story.ts';
import {
  closeCollection,
  createCollection,
  listCollectionViews,
  readCollection,
  updateCollection,
  type CollectionInput,
  type CollectionView,
} from '../../services/collections.ts';
import { publicLinkLookup } from '../../services/auth/session-database.ts';
import { enterableCollections, entryTarget, recordStaffEntry } from '../../services/staff-entry.ts';
import { listDesignerQuestionnaires } from '../../services/questionnaire-designer.ts';
import { registerAreas } from '../../services/teller-page.ts';
import { requirePage } from '../guards.tsx';
import { tellerEn, tellerNl } from '../i18n/teller.ts';
import { CloseCollectionPage, CollectionFormPage, collectionValues } from '../pages/designer/collection-form.tsx';
import { CollectionListPage } from '../pages/designer/collection-list.tsx';
import type { FieldErrors, Values } from '../components/field.tsx';
import { EntryListPage, StaffEntryDonePage, StaffEntryPage } from '../pages/designer/staff-entry.tsx';
import { MessagePage } from '../pages/message.tsx';
import { fieldValues, formEntries, problemMessages, submissionFromForm, type FieldValues } from '../teller/form-fields.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import { plainErrors } from './designer-support.tsx';

type C = Context<AppEnv>;
const FIELDS = ['title', 'questionnaire', 'slug', 'opens', 'closes', 'languages', 'mode', 'introNl', 'introEn', 'retentionDays'] as const;

async function collectionForm(c: C): Promise<{ values: Values; input: CollectionInput }> {
  const body = await c.req.parseBody({ all: true });
  const values: Values = {};
  for (const name of FIELDS) {
    const raw = body[name];
    const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, 6000));
    values[name] = list.join('|');
  }
  const input = { ...values, languages: values.languages ? values.languages.split('|') : [] } as CollectionInput;
  return { values, input };
}

export function collectionRoutes() {
  const app = new Hono<AppEnv>();
  const origin = (c: C) => new URL(c.req.url).origin;

  /** The collection of the path; an unknown one is a 404 page (the service refuses it). */
  const find = (c: C): Promise<CollectionView> => readCollection(serviceContext(c), c.req.param('id')!);

  const formPage = async (c: C, collection: CollectionView | null, values: Values, errors: FieldErrors = {}, notice?: string) => {
    const v = c.var.view;
    const questionnaires = (await listDesignerQuestionnaires(serviceContext(c))).filter((q) => q.questions > 0 || q.key === collection?.questionnaireKey);
    const status = Object.keys(errors).length ? 400 : 200;
    return c.html(
      <CollectionFormPage
        view={v}
        collection={collection}
        questionnaires={questionnaires}
        values={values}
        errors={errors}
        canWrite={v.may('collections.write')}
        canEnter={v.may(collection?.mode === 'signal' ? 'stories.enter-signal' : 'stories.enter-interview')}
        publicUrl={origin(c)}
        notice={notice}
      />,
      status,
    );
  };

  app.get('/verzamelingen', requirePage('collections.read'), async (c) => {
    const v = c.var.view;
    const collections = await listCollectionViews(serviceContext(c));
    return c.html(<CollectionListPage view={v} collections={collections} canWrite={v.may('collections.write')} />);
  });

  app.get('/verzamelingen/nieuw', requirePage('collections.write'), (c) =>
    formPage(c, null, { languages: 'nl', mode: 'self', retentionDays: '730', questionnaire: c.req.query('vragenlijst') ?? '' }),
  );

  app.post('/verzamelingen', requirePage('collections.write'), async (c) => {
    const { values, input } = await collectionForm(c);
    return orFormAgain(
      async () => c.redirect(`/verzamelingen/${await createCollection(serviceContext(c), input)}?opgeslagen=1`, 303),
      (problems) => formPage(c, null, values, plainErrors(problems, [...FIELDS], c.var.view.lang)),
    );
  });

  app.get('/verzamelingen/:id', requirePage('collections.read'), async (c) => {
    const v = c.var.view;
    const collection = await find(c);
    const notice = c.req.query('gesloten') ? v.t.designer.collections.closed : c.req.query('opgeslagen') ? v.t.designer.saved : undefined;
    return formPage(c, collection, collectionValues(collection), {}, notice);
  });

  app.post('/verzamelingen/:id', requirePage('collections.write'), async (c) => {
    const collection = await find(c);
    const { values, input } = await collectionForm(c);
    return orFormAgain(
      async () => {
        await updateCollection(serviceContext(c), collection.id, input);
        return c.redirect(`/verzamelingen/${collection.id}?opgeslagen=1`, 303);
      },
      (problems) => formPage(c, collection, values, plainErrors(problems, [...FIELDS], c.var.view.lang)),
    );
  });

  // Closing early asks first: GET shows the question, POST closes.
  app.get('/verzamelingen/:id/sluiten', requirePage('collections.write'), async (c) => {
    const collection = await find(c);
    return c.html(<CloseCollectionPage view={c.var.view} collection={collection} />);
  });

  app.post('/verzamelingen/:id/sluiten', requirePage('collections.write'), async (c) => {
    const collection = await find(c);
    await closeCollection(serviceContext(c), collection.id);
    return c.redirect(`/verzamelingen/${collection.id}?gesloten=1`, 303);
  });

  // Staff entry. The list is for everyone who may enter signals (the council included); each
  // entry page has its own permission, so the route's guard is the whole rule.
  app.get('/invoeren', requirePage('stories.enter-signal'), async (c) => {
    const v = c.var.view;
    const list = (await enterableCollections(serviceContext(c))).filter((x) => x.mode === 'signal' || v.may('stories.enter-interview'));
    return c.html(<EntryListPage view={v} collections={list} />);
  });

  const entryPage = async (c: C, mode: 'interview' | 'signal', form: { values?: FieldValues; errors?: Record<string, string>; id?: string } = {}) => {
    const v = c.var.view;
    const { collection, definition } = await entryTarget(serviceContext(c), c.req.param('id')!);
    const e = v.t.designer.entry;
    if (collection.mode !== mode) return { response: c.html(<MessagePage view={v} title={e.title(collection.title)} message={e.notForMode} />, 409) };
    if (collection.state !== 'open') return { response: c.html(<MessagePage view={v} title={e.title(collection.title)} message={e.notOpen} />, 409) };
    const lang = c.req.query('taal') === 'en' && collection.languages.includes('en') ? 'en' : 'nl';
    const t = lang === 'en' ? tellerEn : tellerNl;
    const render = async (status: 200 | 400 = 200) =>
      c.html(
        <StaffEntryPage
          view={v}
          collection={collection}
          definition={definition}
          t={t}
          lang={lang}
          submissionId={form.id ?? randomUUID()}
          values={form.values}
          errors={form.errors}
          areasByLevel={await registerAreas(c.get('db'), v.session!.tenantId, definition)}
        />,
        status,
      );
    return { collection, definition, lang, t, render };
  };

  const showEntry = (mode: 'interview' | 'signal') => async (c: C) => {
    const page = await entryPage(c, mode);
    return page.response ?? page.render!();
  };

  const postEntry = (mode: 'interview' | 'signal') => async (c: C) => {
    const v = c.var.view;
    const entries = formEntries(await c.req.parseBody({ all: true }));
    const values = fieldValues(entries);
    const first = await entryPage(c, mode);
    if (first.response) return first.response;
    const { collection, definition, lang, t } = first;
    const { submission, errors } = submissionFromForm(definition!, entries, t!, lang!);
    submission.id ??= randomUUID();
    if (!(values.get('asked') ?? []).includes('ja')) errors.asked = v.t.designer.entry.askedMissing;
    const again = async (errs: Record<string, string>) => (await entryPage(c, mode, { values, errors: errs, id: submission.id })).render!(400);
    if (Object.keys(errors).length) return again(errors);
    const session = v.session!;
    const submitter: Submitter = { userId: session.userId, tenantId: session.tenantId, roles: session.roles };
    // A closed collection or a role that may not enter here: the error page (app.onError).
    return orFormAgain(
      async () => {
        // submitStory finds the collection by its public slug first (a cross-tenant look-up), then
        // checks that the submitter belongs to its municipality.
        const result = await submitStory(publicLinkLookup(c.get('db')), collection!.slug, submission, submitter);
        await recordStaffEntry(serviceContext(c), { slug: collection!.slug, storyId: result.id, mode: collection!.mode });
        return c.html(<StaffEntryDonePage view={v} collection={collection!} code={result.withdrawalCode} />);
      },
      (problems) => again(problemMessages(problems, v.lang)),
      ['input', 'not-found'],
    );
  };

  app.get('/verzamelingen/:id/invoeren', requirePage('stories.enter-interview'), showEntry('interview'));
  app.post('/verzamelingen/:id/invoeren', requirePage('stories.enter-interview'), postEntry('interview'));
  app.get('/verzamelingen/:id/signaal', requirePage('stories.enter-signal'), showEntry('signal'));
  app.post('/verzamelingen/:id/signaal', requirePage('stories.enter-signal'), postEntry('signal'));

  return app;
}
