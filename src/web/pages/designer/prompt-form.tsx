// Editing one prompt (the question the teller picks to tell a story about). Its key stays.
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { LangFields } from './lang-fields.tsx';
import { bindFields, type FieldErrors, type Values } from '../../components/field.tsx';

export function PromptFormPage({
  view,
  questionnaireKey,
  promptKey,
  values,
  errors,
}: {
  view: View;
  questionnaireKey: string;
  promptKey: string;
  values: Values;
  errors: FieldErrors;
}) {
  const d = view.t.designer;
  const base = `/vragenlijsten/${encodeURIComponent(questionnaireKey)}`;
  const title = d.prompt.editTitle(promptKey);
  const field = bindFields(values, errors);
  return (
    <Layout view={view} title={title} current="questionnaires">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={base}>
          {d.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ErrorSummary problems={problemsOf(errors)} lang={view.lang} title={view.t.designer.errorSummary} />
      <form method="post" action={`${base}/vertelvragen/${encodeURIComponent(promptKey)}`} class="utrecht-form duiding-form" novalidate>
        <CsrfField token={view.session?.csrfToken} />
        <TextField {...field('key')} label={d.prompt.key} hint={d.question.keyFixed} readonly />
        <LangFields view={view} name="text" label={d.prompt.text} values={values} errors={errors} multiline />
        <div class="duiding-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {d.prompt.save}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={base}>
            {d.cancel}
          </a>
        </div>
      </form>
    </Layout>
  );
}
