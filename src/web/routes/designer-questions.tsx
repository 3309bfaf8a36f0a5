// The designer's question pages: choose a type, then the full form of that type; edit one
// question (its key and type stay). Mounted by routes/designer.tsx.
import { Hono } from 'hono';
import { QUESTION_TYPES, type Question, type QuestionType } from '../../domain/questionnaire/types.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { loadDesignerQuestionnaire, saveQuestion } from '../../services/questionnaire-designer.ts';
import type { Values } from '../components/field.tsx';
import { questionFieldNames, QuestionFormPage } from '../pages/designer/question-form.tsx';
import { errorsByField, questionToValues, valuesToQuestion } from '../pages/designer/question-values.ts';
import { notFound, orFormAgain, serviceContext } from '../../http/kit.ts';
import { requirePage } from '../guards.tsx';
import { formValues, type C, type DesignerKit } from './designer-support.tsx';

export function questionRoutes({ afterSave, base }: DesignerKit) {
  const app = new Hono<AppEnv>();

  // Questions: choose a type, then the full form of that type.
  app.get('/vragenlijsten/:key/nieuwe-vraag', requirePage('questionnaires.write'), async (c) => {
    const q = await loadDesignerQuestionnaire(serviceContext(c), c.req.param('key'));
    const type = c.req.query('soort') as QuestionType;
    if (!QUESTION_TYPES.includes(type)) return c.redirect(`${base(q.key)}#vraag-toevoegen`, 303);
    const values: Values = { about: 'story', ...(type === 'area' ? { level: 'wijk', about: 'participant' } : {}) };
    return c.html(<QuestionFormPage view={c.var.view} questionnaireKey={q.key} type={type} originalKey={null} values={values} errors={{}} frozen={q.frozen} />);
  });

  const postQuestion = async (c: C, key: string, originalKey: string | null) => {
    const values = await formValues(c);
    const q = await loadDesignerQuestionnaire(serviceContext(c), key);
    const existing: Question | undefined = originalKey ? q.definition.questions.find((x) => x.key === originalKey) : undefined;
    if (originalKey && !existing) throw notFound();
    const type = existing?.type ?? (values.type as QuestionType);
    if (!QUESTION_TYPES.includes(type)) return c.redirect(`${base(key)}#vraag-toevoegen`, 303);
    const { question, rowMap } = valuesToQuestion(type, originalKey ? { ...values, key: originalKey } : values);
    return orFormAgain(
      async () =>
        afterSave(
          c,
          key,
          await saveQuestion(serviceContext(c), key, originalKey, question),
          question.key ? `#vraag-${encodeURIComponent(String(question.key))}` : '#vragen-titel',
        ),
      (problems) => {
        const errors = errorsByField(problems, questionFieldNames(type, values), rowMap, c.var.view.lang);
        return c.html(
          <QuestionFormPage view={c.var.view} questionnaireKey={key} type={type} originalKey={originalKey} values={values} errors={errors} frozen={q.frozen} />,
          400,
        );
      },
    );
  };

  app.post('/vragenlijsten/:key/vragen', requirePage('questionnaires.write'), (c) => postQuestion(c, c.req.param('key'), null));

  app.get('/vragenlijsten/:key/vragen/:item', requirePage('questionnaires.write'), async (c) => {
    const q = await loadDesignerQuestionnaire(serviceContext(c), c.req.param('key'));
    const question = q.definition.questions.find((x) => x.key === c.req.param('item'));
    if (!question) throw notFound();
    return c.html(
      <QuestionFormPage
        view={c.var.view}
        questionnaireKey={q.key}
        type={question.type}
        originalKey={question.key}
        values={questionToValues(question)}
        errors={{}}
        frozen={q.frozen}
      />,
    );
  });

  app.post('/vragenlijsten/:key/vragen/:item', requirePage('questionnaires.write'), (c) => postQuestion(c, c.req.param('key'), c.req.param('item')));

  return app;
}
