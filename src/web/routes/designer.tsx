// The questionnaire designer (/vragenlijsten): thin handlers — read the form, call one service,
// redirect on success (post/redirect/get) or show the form again with a message next to each
// field. Question pages: designer-questions.tsx; preview: designer-preview.tsx; the collections
// screens and staff entry are mounted from here too (collections.tsx).
import { Hono } from 'hono';
import { formatProblem } from '../../domain/problems.ts';
import { allows } from '../../services/auth/policy.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { exportQuestionnaire, importQuestionnaire } from '../../services/import-questionnaire.ts';
import {
  createQuestionnaire,
  listDesignerQuestionnaires,
  loadDesignerQuestionnaire,
  moveItem,
  removeItem,
  savePrompt,
  updateSettings,
  type SaveResult,
} from '../../services/questionnaire-designer.ts';
import { requirePage } from '../guards.tsx';
import type { Values } from '../components/field.tsx';
import { PromptFormPage } from '../pages/designer/prompt-form.tsx';
import { QuestionnaireEditPage } from '../pages/designer/questionnaire-edit.tsx';
import { QuestionnaireListPage } from '../pages/designer/questionnaire-list.tsx';
import { readFormFileText } from '../uploaded-file.ts';
import type { View } from '../view.ts';
import { notFound, orFormAgain, serviceContext } from '../../http/kit.ts';
import { collectionRoutes } from './collections.tsx';
import { formValues, plainErrors, textOf, type C } from './designer-support.tsx';
import { questionRoutes } from './designer-questions.tsx';
import { previewRoutes } from './designer-preview.tsx';
import { translationRoutes } from './designer-translations.tsx';

export function designerRoutes() {
  const app = new Hono<AppEnv>();
  const canWrite = (v: View) => allows(v.session!.roles, 'questionnaires.write');
  const base = (key: string) => `/vragenlijsten/${encodeURIComponent(key)}`;
  const afterSave = (c: C, key: string, result: SaveResult, anchor = '') =>
    c.redirect(`${base(key)}?${result.newVersion ? `nieuweversie=${result.version}` : 'opgeslagen=1'}${anchor}`, 303);

  const listPage = async (c: C, extra: Partial<Parameters<typeof QuestionnaireListPage>[0]> = {}, status: 200 | 400 = 200) => {
    const v = c.var.view;
    const questionnaires = await listDesignerQuestionnaires(serviceContext(c));
    return c.html(<QuestionnaireListPage view={v} questionnaires={questionnaires} canWrite={canWrite(v)} {...extra} />, status);
  };

  const editPage = async (c: C, key: string, form?: Parameters<typeof QuestionnaireEditPage>[0]['form']) => {
    const v = c.var.view;
    const q = await loadDesignerQuestionnaire(serviceContext(c), key);
    const saved = c.req.query('opgeslagen') ? v.t.designer.saved : undefined;
    const newVersion = Number(c.req.query('nieuweversie'));
    const notice = newVersion ? v.t.designer.newVersion(newVersion) : saved;
    return c.html(<QuestionnaireEditPage view={v} q={q} canWrite={canWrite(v)} notice={form ? undefined : notice} form={form} />, form ? 400 : 200);
  };

  app.get('/vragenlijsten', requirePage('questionnaires.read'), (c) => listPage(c));

  app.post('/vragenlijsten', requirePage('questionnaires.write'), async (c) => {
    const values = await formValues(c);
    return orFormAgain(
      async () => c.redirect(base(await createQuestionnaire(serviceContext(c), { key: (values.key ?? '').trim(), title: textOf(values, 'title') })), 303),
      (problems) => listPage(c, { values, errors: plainErrors(problems, ['key', 'title.nl', 'title.en'], c.var.view.lang) }, 400),
    );
  });

  app.post('/vragenlijsten/uploaden', requirePage('questionnaires.write'), async (c) => {
    const v = c.var.view;
    const l = v.t.designer.list;
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File) || file.size === 0) return listPage(c, { uploadErrors: [l.noFile] }, 400);
    let json: unknown;
    try {
      json = JSON.parse(await readFormFileText(file));
    } catch {
      return listPage(c, { uploadErrors: [l.notJson] }, 400);
    }
    return orFormAgain(
      async () => {
        const result = await importQuestionnaire(serviceContext(c), json, file.name.slice(0, 200));
        return listPage(c, { uploadSummary: l.imported(result.key, result.version, result.outcome) });
      },
      (problems) => listPage(c, { uploadErrors: problems.map((p) => formatProblem(p, v.lang)) }, 400),
    );
  });

  app.route('/', previewRoutes());

  app.get('/vragenlijsten/:key', requirePage('questionnaires.read'), (c) => editPage(c, c.req.param('key')));

  app.get('/vragenlijsten/:key/export', requirePage('questionnaires.read'), async (c) => {
    const definition = await exportQuestionnaire(serviceContext(c), c.req.param('key'));
    // The database keeps JSON keys in its own order; a person reading the file wants "format" first.
    const { format, key, title, languages, machineTranslated, prompts, questions } = definition;
    return c.body(JSON.stringify({ format, key, title, languages, machineTranslated, prompts, questions }, null, 2) + '\n', 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${definition.key}.json"`,
    });
  });

  app.post('/vragenlijsten/:key/instellingen', requirePage('questionnaires.write'), async (c) => {
    const key = c.req.param('key');
    const values = await formValues(c);
    return orFormAgain(
      async () =>
        afterSave(
          c,
          key,
          await updateSettings(serviceContext(c), key, { title: textOf(values, 'title'), languages: values.english === 'ja' ? ['nl', 'en'] : ['nl'] }),
        ),
      (problems) =>
        editPage(c, key, { name: 'instellingen', values, errors: plainErrors(problems, ['title', 'title.nl', 'title.en', 'languages'], c.var.view.lang) }),
    );
  });

  // Prompts: add, edit, move, remove.
  app.post('/vragenlijsten/:key/vertelvragen', requirePage('questionnaires.write'), async (c) => {
    const key = c.req.param('key');
    const values = await formValues(c);
    return orFormAgain(
      async () =>
        afterSave(
          c,
          key,
          await savePrompt(serviceContext(c), key, null, { key: (values.key ?? '').trim(), text: textOf(values, 'text') }),
          '#vertelvragen-titel',
        ),
      (problems) => editPage(c, key, { name: 'vertelvraag', values, errors: plainErrors(problems, ['key', 'text', 'text.nl', 'text.en'], c.var.view.lang) }),
    );
  });

  app.get('/vragenlijsten/:key/vertelvragen/:item', requirePage('questionnaires.write'), async (c) => {
    const q = await loadDesignerQuestionnaire(serviceContext(c), c.req.param('key'));
    const prompt = q.definition.prompts.find((p) => p.key === c.req.param('item'));
    if (!prompt) throw notFound();
    const values: Values = { key: prompt.key, 'text.nl': prompt.text.nl ?? '', 'text.en': prompt.text.en ?? '' };
    return c.html(<PromptFormPage view={c.var.view} questionnaireKey={q.key} promptKey={prompt.key} values={values} errors={{}} />);
  });

  app.post('/vragenlijsten/:key/vertelvragen/:item', requirePage('questionnaires.write'), async (c) => {
    const { key, item } = c.req.param();
    const values = await formValues(c);
    return orFormAgain(
      async () => afterSave(c, key, await savePrompt(serviceContext(c), key, item, { key: item, text: textOf(values, 'text') }), '#vertelvragen-titel'),
      (problems) => {
        const errors = plainErrors(problems, ['key', 'text', 'text.nl', 'text.en'], c.var.view.lang);
        return c.html(<PromptFormPage view={c.var.view} questionnaireKey={key} promptKey={item} values={{ ...values, key: item }} errors={errors} />, 400);
      },
    );
  });

  app.route('/', questionRoutes({ afterSave, base }));
  app.route('/', translationRoutes({ afterSave, base }));

  // Move up/down and remove, for questions and prompts alike.
  for (const [segment, list] of [
    ['vragen', 'questions'],
    ['vertelvragen', 'prompts'],
  ] as const) {
    const anchor = (item: string) => (list === 'questions' ? `#vraag-${encodeURIComponent(item)}` : `#vertelvraag-${encodeURIComponent(item)}`);
    for (const [verb, direction] of [
      ['omhoog', 'up'],
      ['omlaag', 'down'],
    ] as const) {
      app.post(`/vragenlijsten/:key/${segment}/:item/${verb}`, requirePage('questionnaires.write'), async (c) => {
        const { key, item } = c.req.param();
        return afterSave(c, key, await moveItem(serviceContext(c), key, list, item, direction), anchor(item));
      });
    }
    app.post(`/vragenlijsten/:key/${segment}/:item/verwijderen`, requirePage('questionnaires.write'), async (c) => {
      const { key, item } = c.req.param();
      return afterSave(c, key, await removeItem(serviceContext(c), key, list, item), list === 'questions' ? '#vragen-titel' : '#vertelvragen-titel');
    });
  }

  app.route('/', collectionRoutes());
  return app;
}
