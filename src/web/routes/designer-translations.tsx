// The designer's translations pages: which texts are missing per language, adding a language
// (any BCP 47 tag) and filling in its texts. Thin: read the form → one service → redirect or
// show the form again with the messages.
import { Hono } from 'hono';
import { allows } from '../../services/auth/policy.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { addLanguage, loadDesignerQuestionnaire, saveTranslation } from '../../services/questionnaire-designer.ts';
import { TranslationFormPage, TranslationsOverviewPage, translationTexts } from '../pages/designer/translations.tsx';
import { notFound, orFormAgain, serviceContext } from '../../http/kit.ts';
import { requirePage } from '../guards.tsx';
import { formValues, plainErrors, type C, type DesignerKit } from './designer-support.tsx';

export function translationRoutes(kit: DesignerKit) {
  const app = new Hono<AppEnv>();
  const { base } = kit;

  const overview = async (c: C, key: string, form?: { values: Record<string, string>; errors: Record<string, string[]> }) => {
    const v = c.var.view;
    const q = await loadDesignerQuestionnaire(serviceContext(c), key);
    return c.html(
      <TranslationsOverviewPage
        view={v}
        questionnaireKey={key}
        definition={q.definition}
        canWrite={allows(v.session!.roles, 'questionnaires.write')}
        values={form?.values}
        errors={form?.errors}
      />,
      form ? 400 : 200,
    );
  };

  app.get('/vragenlijsten/:key/vertalingen', requirePage('questionnaires.read'), (c) => overview(c, c.req.param('key')));

  app.post('/vragenlijsten/:key/vertalingen', requirePage('questionnaires.write'), async (c) => {
    const key = c.req.param('key');
    const values = await formValues(c);
    const tag = (values.taal ?? '').trim();
    return orFormAgain(
      async () => {
        await addLanguage(serviceContext(c), key, tag);
        return c.redirect(`${base(key)}/vertalingen/${encodeURIComponent(tag)}`, 303);
      },
      (problems) => overview(c, key, { values, errors: plainErrors(problems, ['taal'], c.var.view.lang) }),
    );
  });

  app.get('/vragenlijsten/:key/vertalingen/:taal', requirePage('questionnaires.write'), async (c) => {
    const { key, taal } = c.req.param();
    const v = c.var.view;
    const q = await loadDesignerQuestionnaire(serviceContext(c), key);
    if (!q.definition.languages.includes(taal) || taal === 'nl') throw notFound();
    const k = translationTexts(v);
    const newVersion = Number(c.req.query('nieuweversie'));
    const notice = newVersion ? k.newVersion(newVersion) : c.req.query('opgeslagen') ? k.saved : undefined;
    return c.html(<TranslationFormPage view={v} questionnaireKey={key} definition={q.definition} language={taal} notice={notice} />);
  });

  app.post('/vragenlijsten/:key/vertalingen/:taal', requirePage('questionnaires.write'), async (c) => {
    const { key, taal } = c.req.param();
    const values = await formValues(c);
    const q = await loadDesignerQuestionnaire(serviceContext(c), key);
    if (!q.definition.languages.includes(taal) || taal === 'nl') throw notFound();
    const texts = Object.fromEntries(
      Object.entries(values)
        .filter(([name]) => name.startsWith('t.'))
        .map(([name, value]) => [name.slice(2), value]),
    );
    return orFormAgain(
      async () => {
        const result = await saveTranslation(serviceContext(c), key, taal, texts, values.machine === 'ja');
        return c.redirect(`${base(key)}/vertalingen/${encodeURIComponent(taal)}?${result.newVersion ? `nieuweversie=${result.version}` : 'opgeslagen=1'}`, 303);
      },
      (problems) => {
        const errors: Record<string, string[]> = {};
        for (const p of problems) (errors[p.field ?? 'form'] ??= []).push(c.var.view.lang === 'en' ? p.en : p.nl);
        return c.html(
          <TranslationFormPage view={c.var.view} questionnaireKey={key} definition={q.definition} language={taal} values={values} errors={errors} />,
          400,
        );
      },
    );
  });

  return app;
}
