// The designer's question pages: choose a type, then the full form of that type; edit one
// question (its key and type stay). Mounted by routes/designer.tsx.
import { Hono } from 'hono';
import { InputRejected } from '../../domain/problems.ts';
import { QUESTION_TYPES, type Question, type QuestionType } from '../../domain/questionnaire/types.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import type { RequestEnv } from '../../http/request-env.ts';
import { loadDesignerQuestionnaire, saveQuestion } from '../../services/questionnaire-designer.ts';
import type { Values } from '../components/field.tsx';
import { questionFieldNames, QuestionFormPage } from '../pages/designer/question-form.tsx';
import { errorsByField, questionToValues, valuesToQuestion } from '../pages/designer/question-values.ts';
import { serviceContextOf } from '../view.ts';
import { formValues, type C, type DesignerKit } from './designer-support.tsx';

export function questionRoutes({ guard, view, afterSave, orNotFound, notFound, base }: DesignerKit) {
  const app = new Hono<AppEnv>();

  // Questions: choose a type, then the full form of that type.
  app.get('/vragenlijsten/:key/nieuwe-vraag', guard('questionnaires.write'), (c) =>
    orNotFound(c, async () => {
      const q = await loadDesignerQuestionnaire(serviceContextOf(c), c.req.param('key'));
      const type = c.req.query('soort') as QuestionType;
      if (!QUESTION_TYPES.includes(type)) return c.redirect(`${base(q.key)}#vraag-toevoegen`, 303);
      const values: Values = { about: 'story', ...(type === 'area' ? { level: 'wijk', about: 'participant' } : {}) };
      return c.html(<QuestionFormPage view={view(c)} questionnaireKey={q.key} type={type} originalKey={null} values={values} errors={{}} frozen={q.frozen} />);
    }),
  );

  const postQuestion = async (c: C, key: string, originalKey: string | null) => {
    const values = await formValues(c);
    return orNotFound(c, async () => {
      const q = await loadDesignerQuestionnaire(serviceContextOf(c), key);
      const existing: Question | undefined = originalKey ? q.definition.questions.find((x) => x.key === originalKey) : undefined;
      if (originalKey && !existing) return notFound(c, view(c));
      const type = existing?.type ?? (values.type as QuestionType);
      if (!QUESTION_TYPES.includes(type)) return c.redirect(`${base(key)}#vraag-toevoegen`, 303);
      const { question, rowMap } = valuesToQuestion(type, originalKey ? { ...values, key: originalKey } : values);
      try {
        const result = await saveQuestion(serviceContextOf(c), key, originalKey, question);
        return afterSave(c, key, result, question.key ? `#vraag-${encodeURIComponent(String(question.key))}` : '#vragen-titel');
      } catch (error) {
        if (!(error instanceof InputRejected) || error.status === 404) throw error;
        const errors = errorsByField(error.problems, questionFieldNames(type, values), rowMap, view(c).lang);
        return c.html(<QuestionFormPage view={view(c)} questionnaireKey={key} type={type} originalKey={originalKey} values={values} errors={errors} frozen={q.frozen} />, 400);
      }
    });
  };

  app.post('/vragenlijsten/:key/vragen', guard('questionnaires.write'), (c) => postQuestion(c, c.req.param('key'), null));

  app.get('/vragenlijsten/:key/vragen/:item', guard('questionnaires.write'), (c) =>
    orNotFound(c, async () => {
      const q = await loadDesignerQuestionnaire(serviceContextOf(c), c.req.param('key'));
      const question = q.definition.questions.find((x) => x.key === c.req.param('item'));
      if (!question) return notFound(c, view(c));
      return c.html(<QuestionFormPage view={view(c)} questionnaireKey={q.key} type={question.type} originalKey={question.key} values={questionToValues(question)} errors={{}} frozen={q.frozen} />);
    }),
  );

  app.post('/vragenlijsten/:key/vragen/:item', guard('questionnaires.write'), (c) => postQuestion(c, c.req.param('key'), c.req.param('item')));

  return app;
}
