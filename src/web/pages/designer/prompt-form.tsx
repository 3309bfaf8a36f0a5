// Editing one prompt (the question the teller picks to tell a story about). Its key stays.
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { Csrf, ErrorSummary, LangFields, TextField, type FieldErrors, type Values } from './form-bits.tsx';

export function PromptFormPage({ view, questionnaireKey, promptKey, values, errors }: { view: View; questionnaireKey: string; promptKey: string; values: Values; errors: FieldErrors }) {
  const d = view.t.designer;
  const base = `/vragenlijsten/${encodeURIComponent(questionnaireKey)}`;
  const title = d.prompt.editTitle(promptKey);
  return (
    <Layout view={view} title={title} current="questionnaires">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={base}>{d.back}</a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ErrorSummary view={view} errors={errors} />
      <form method="post" action={`${base}/vertelvragen/${encodeURIComponent(promptKey)}`} class="utrecht-form duiding-form" novalidate>
        <Csrf view={view} />
        <TextField name="key" label={d.prompt.key} hint={d.question.keyFixed} values={values} errors={errors} readonly />
        <LangFields view={view} name="text" label={d.prompt.text} values={values} errors={errors} multiline />
        <div class="duiding-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">{d.prompt.save}</button>
          <a class="utrecht-link utrecht-link--html-a" href={base}>{d.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}
