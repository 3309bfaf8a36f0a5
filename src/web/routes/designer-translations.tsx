// The designer's translations pages: which texts are missing per language, adding a language
// (any BCP 47 tag) and filling in its texts. Thin: read the form → one service → redirect or
// show the form again with the messages.
import { Hono } from 'hono';
import { InputRejected } from '../../domain/problems.ts';
import { allows } from '../../services/auth/policy.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import type { RequestEnv } from '../../http/request-env.ts';
import { addLanguage, loadDesignerQuestionnaire, saveTranslation } from '../../services/questionnaire-designer.ts';
import { TranslationFormPage, TranslationsOverviewPage, translationTexts } from '../pages/designer/translations.tsx';
import { serviceContextOf } from '../view.ts';
import { formValues, plainErrors, type C, type DesignerKit } from './designer-support.tsx';

export function translationRoutes(kit: DesignerKit) {
  const app = new Hono<AppEnv>();
  const { guard, view, orNotFound, notFound, base } = kit;

  const overview = async (c: C, key: string, form?: { values: Record<string, string>; errors: Record<string, string[]> }) => {
    const v = view(c);
    const q = await loadDesignerQuestionnaire(serviceContextOf(c), key);
    return c.html(<TranslationsOverviewPage view={v} questionnaireKey={key} definition={q.definition} canWrite={allows(v.session!.roles, 'questionnaires.write')} values={form?.values} errors={form?.errors} />, form ? 400 : 200);
  };

  app.get('/vragenlijsten/:key/vertalingen', guard('questionnaires.read'), (c) => orNotFound(c, () => overview(c, c.req.param('key'))));

  app.post('/vragenlijsten/:key/vertalingen', guard('questionnaires.write'), async (c) => {
    const key = c.req.param('key');
    const values = await formValues(c);
    return orNotFound(c, async () => {
      try {
        const tag = (values.taal ?? '').trim();
        await addLanguage(serviceContextOf(c), key, tag);
        return c.redirect(`${base(key)}/vertalingen/${encodeURIComponent(tag)}`, 303);
      } catch (error) {
        if (!(error instanceof InputRejected) || error.status === 404) throw error;
        return overview(c, key, { values, errors: plainErrors(error.problems, ['taal'], view(c).lang) });
      }
    });
  });

  app.get('/vragenlijsten/:key/vertalingen/:taal', guard('questionnaires.write'), (c) =>
    orNotFound(c, async () => {
      const { key, taal } = c.req.param();
      const v = view(c);
      const q = await loadDesignerQuestionnaire(serviceContextOf(c), key);
      if (!q.definition.languages.includes(taal) || taal === 'nl') return notFound(c, v);
      const k = translationTexts(v);
      const newVersion = Number(c.req.query('nieuweversie'));
      const notice = newVersion ? k.newVersion(newVersion) : c.req.query('opgeslagen') ? k.saved : undefined;
      return c.html(<TranslationFormPage view={v} questionnaireKey={key} definition={q.definition} language={taal} notice={notice} />);
    }),
  );

  app.post('/vragenlijsten/:key/vertalingen/:taal', guard('questionnaires.write'), async (c) => {
    const { key, taal } = c.req.param();
    const values = await formValues(c);
    return orNotFound(c, async () => {
      const q = await loadDesignerQuestionnaire(serviceContextOf(c), key);
      if (!q.definition.languages.includes(taal) || taal === 'nl') return notFound(c, view(c));
      const texts = Object.fromEntries(Object.entries(values).filter(([name]) => name.startsWith('t.')).map(([name, value]) => [name.slice(2), value]));
      try {
        const result = await saveTranslation(serviceContextOf(c), key, taal, texts, values.machine === 'ja');
        return c.redirect(`${base(key)}/vertalingen/${encodeURIComponent(taal)}?${result.newVersion ? `nieuweversie=${result.version}` : 'opgeslagen=1'}`, 303);
      } catch (error) {
        if (!(error instanceof InputRejected) || error.status === 404) throw error;
        const errors: Record<string, string[]> = {};
        for (const p of error.problems) (errors[p.field ?? 'form'] ??= []).push(view(c).lang === 'en' ? p.en : p.nl);
        return c.html(<TranslationFormPage view={view(c)} questionnaireKey={key} definition={q.definition} language={taal} values={values} errors={errors} />, 400);
      }
    });
  });

  return app;
}
