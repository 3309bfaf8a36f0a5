// The questionnaire designer (/vragenlijsten): thin handlers — read the form, call one service,
// redirect on success (post/redirect/get) or show the form again with a message next to each
// field. Question pages: designer-questions.tsx; preview: designer-preview.tsx; the collections
// screens and staff entry are mounted from here too (collections.tsx).
import { Hono } from 'hono';
import { InputRejected, formatProblem } from '../../domain/problems.ts';
import { allows, type Permission } from '../../services/auth/policy.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import type { RequestEnv } from '../../http/request-env.ts';
import { exportQuestionnaire, importQuestionnaire } from '../../services/import-questionnaire.ts';
import {
  createQuestionnaire,
  listDesignerQuestionnaires,
  loadDesignerQuestionnaire,
  moveItem,
  removeItem,
  savePrompt,
  saveQuestion,
  updateSettings,
  type SaveResult,
} from '../../services/questionnaire-designer.ts';
import { requirePage } from '../guards.tsx';
import { MessagePage } from '../pages/message.tsx';
import type { Values } from '../components/field.tsx';
import { PromptFormPage } from '../pages/designer/prompt-form.tsx';
import { QuestionnaireEditPage } from '../pages/designer/questionnaire-edit.tsx';
import { QuestionnaireListPage } from '../pages/designer/questionnaire-list.tsx';
import { readFormFileText } from '../uploaded-file.ts';
import { serviceContextOf, viewOf, type View } from '../view.ts';
import { collectionRoutes } from './collections.tsx';
import { formValues, plainErrors, textOf, type C } from './designer-support.tsx';
import { questionRoutes } from './designer-questions.tsx';
import { previewRoutes } from './designer-preview.tsx';
import { translationRoutes } from './designer-translations.tsx';


export function designerRoutes(options: { secureCookies: boolean }) {
  const app = new Hono<AppEnv>();
  const guard = (permission: Permission) => requirePage(permission, options.secureCookies);
  const view = (c: C) => viewOf(c, options.secureCookies);
  const canWrite = (v: View) => allows(v.session!.roles, 'questionnaires.write');
  const base = (key: string) => `/vragenlijsten/${encodeURIComponent(key)}`;
  const afterSave = (c: C, key: string, result: SaveResult, anchor = '') =>
    c.redirect(`${base(key)}?${result.newVersion ? `nieuweversie=${result.version}` : 'opgeslagen=1'}${anchor}`, 303);
  const notFound = (c: C, v: View) => c.html(<MessagePage view={v} title={v.t.designer.notFoundTitle} message={v.t.designer.notFound} />, 404);

  /** Runs a service call; an unknown questionnaire or item becomes the 404 page. */
  async function orNotFound(c: C, work: () => Promise<Response>): Promise<Response> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof InputRejected && error.status === 404) return notFound(c, view(c));
      throw error;
    }
  }

  const listPage = async (c: C, extra: Partial<Parameters<typeof QuestionnaireListPage>[0]> = {}, status: 200 | 400 = 200) => {
    const v = view(c);
    const questionnaires = await listDesignerQuestionnaires(serviceContextOf(c));
    return c.html(<QuestionnaireListPage view={v} questionnaires={questionnaires} canWrite={canWrite(v)} {...extra} />, status);
  };

  const editPage = async (c: C, key: string, form?: Parameters<typeof QuestionnaireEditPage>[0]['form']) => {
    const v = view(c);
    const q = await loadDesignerQuestionnaire(serviceContextOf(c), key);
    const saved = c.req.query('opgeslagen') ? v.t.designer.saved : undefined;
    const newVersion = Number(c.req.query('nieuweversie'));
    const notice = newVersion ? v.t.designer.newVersion(newVersion) : saved;
    return c.html(<QuestionnaireEditPage view={v} q={q} canWrite={canWrite(v)} notice={form ? undefined : notice} form={form} />, form ? 400 : 200);
  };

  app.get('/vragenlijsten', guard('questionnaires.read'), (c) => listPage(c));

  app.post('/vragenlijsten', guard('questionnaires.write'), async (c) => {
    const values = await formValues(c);
    try {
      const key = await createQuestionnaire(serviceContextOf(c), { key: (values.key ?? '').trim(), title: textOf(values, 'title') });
      return c.redirect(base(key), 303);
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      return listPage(c, { values, errors: plainErrors(error.problems, ['key', 'title.nl', 'title.en'], view(c).lang) }, 400);
    }
  });

  app.post('/vragenlijsten/uploaden', guard('questionnaires.write'), async (c) => {
    const v = view(c);
    const l = v.t.designer.list;
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File) || file.size === 0) return listPage(c, { uploadErrors: [l.noFile] }, 400);
    let json: unknown;
    try {
      json = JSON.parse(await readFormFileText(file));
    } catch {
      return listPage(c, { uploadErrors: [l.notJson] }, 400);
    }
    try {
      const result = await importQuestionnaire(serviceContextOf(c), json, file.name.slice(0, 200));
      return listPage(c, { uploadSummary: l.imported(result.key, result.version, result.outcome) });
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      return listPage(c, { uploadErrors: error.problems.map((p) => formatProblem(p, v.lang)) }, 400);
    }
  });

  app.route('/', previewRoutes(options));

  app.get('/vragenlijsten/:key', guard('questionnaires.read'), (c) => orNotFound(c, () => editPage(c, c.req.param('key'))));

  app.get('/vragenlijsten/:key/export', guard('questionnaires.read'), (c) =>
    orNotFound(c, async () => {
      const definition = await exportQuestionnaire(serviceContextOf(c), c.req.param('key'));
      // The database keeps JSON keys in its own order; a person reading the file wants "format" first.
      const { format, key, title, languages, machineTranslated, prompts, questions } = definition;
      return c.body(JSON.stringify({ format, key, title, languages, machineTranslated, prompts, questions }, null, 2) + '\n', 200, {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${definition.key}.json"`,
      });
    }),
  );

  app.post('/vragenlijsten/:key/instellingen', guard('questionnaires.write'), async (c) => {
    const key = c.req.param('key');
    const values = await formValues(c);
    return orNotFound(c, async () => {
      try {
        const result = await updateSettings(serviceContextOf(c), key, { title: textOf(values, 'title'), languages: values.english === 'ja' ? ['nl', 'en'] : ['nl'] });
        return afterSave(c, key, result);
      } catch (error) {
        if (!(error instanceof InputRejected) || error.status === 404) throw error;
        return editPage(c, key, { name: 'instellingen', values, errors: plainErrors(error.problems, ['title', 'title.nl', 'title.en', 'languages'], view(c).lang) });
      }
    });
  });

  // Prompts: add, edit, move, remove.
  app.post('/vragenlijsten/:key/vertelvragen', guard('questionnaires.write'), async (c) => {
    const key = c.req.param('key');
    const values = await formValues(c);
    return orNotFound(c, async () => {
      try {
        const result = await savePrompt(serviceContextOf(c), key, null, { key: (values.key ?? '').trim(), text: textOf(values, 'text') });
        return afterSave(c, key, result, '#vertelvragen-titel');
      } catch (error) {
        if (!(error instanceof InputRejected) || error.status === 404) throw error;
        return editPage(c, key, { name: 'vertelvraag', values, errors: plainErrors(error.problems, ['key', 'text', 'text.nl', 'text.en'], view(c).lang) });
      }
    });
  });

  app.get('/vragenlijsten/:key/vertelvragen/:item', guard('questionnaires.write'), (c) =>
    orNotFound(c, async () => {
      const q = await loadDesignerQuestionnaire(serviceContextOf(c), c.req.param('key'));
      const prompt = q.definition.prompts.find((p) => p.key === c.req.param('item'));
      if (!prompt) return notFound(c, view(c));
      const values: Values = { key: prompt.key, 'text.nl': prompt.text.nl ?? '', 'text.en': prompt.text.en ?? '' };
      return c.html(<PromptFormPage view={view(c)} questionnaireKey={q.key} promptKey={prompt.key} values={values} errors={{}} />);
    }),
  );

  app.post('/vragenlijsten/:key/vertelvragen/:item', guard('questionnaires.write'), async (c) => {
    const { key, item } = c.req.param();
    const values = await formValues(c);
    return orNotFound(c, async () => {
      try {
        return afterSave(c, key, await savePrompt(serviceContextOf(c), key, item, { key: item, text: textOf(values, 'text') }), '#vertelvragen-titel');
      } catch (error) {
        if (!(error instanceof InputRejected) || error.status === 404) throw error;
        const errors = plainErrors(error.problems, ['key', 'text', 'text.nl', 'text.en'], view(c).lang);
        return c.html(<PromptFormPage view={view(c)} questionnaireKey={key} promptKey={item} values={{ ...values, key: item }} errors={errors} />, 400);
      }
    });
  });

  app.route('/', questionRoutes({ guard, view, afterSave, orNotFound, notFound, base }));
  app.route('/', translationRoutes({ guard, view, afterSave, orNotFound, notFound, base }));

  // Move up/down and remove, for questions and prompts alike.
  for (const [segment, list] of [['vragen', 'questions'], ['vertelvragen', 'prompts']] as const) {
    const anchor = (item: string) => (list === 'questions' ? `#vraag-${encodeURIComponent(item)}` : `#vertelvraag-${encodeURIComponent(item)}`);
    for (const [verb, direction] of [['omhoog', 'up'], ['omlaag', 'down']] as const) {
      app.post(`/vragenlijsten/:key/${segment}/:item/${verb}`, guard('questionnaires.write'), (c) => {
        const { key, item } = c.req.param();
        return orNotFound(c, async () => afterSave(c, key, await moveItem(serviceContextOf(c), key, list, item, direction), anchor(item)));
      });
    }
    app.post(`/vragenlijsten/:key/${segment}/:item/verwijderen`, guard('questionnaires.write'), (c) => {
      const { key, item } = c.req.param();
      return orNotFound(c, async () => afterSave(c, key, await removeItem(serviceContextOf(c), key, list, item), list === 'questions' ? '#vragen-titel' : '#vertelvragen-titel'));
    });
  }

  app.route('/', collectionRoutes(options));
  return app;
}
