// Editing a pending story (title and text, redacted again on save) and confirming a rejection.
import { directionOf } from '../../../domain/languages/index.ts';
import type { PendingStory } from '../../../services/moderation.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { controlAria, Field } from '../../components/field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export interface EditErrors {
  title?: string;
  text?: string;
}

export function ModerationEditPage(props: { view: View; story: PendingStory; title?: string; text?: string; errors?: EditErrors }) {
  const { view, story, errors = {} } = props;
  const m = view.t.moderation;
  const title = props.title ?? story.title;
  const text = props.text ?? story.text;
  const field = (name: 'title' | 'text') => controlAria(name, { error: errors[name] });
  const problems = problemsOf({ title: errors.title ? [errors.title] : [], text: errors.text ? [errors.text] : [] });
  return (
    <Layout view={view} title={m.editTitle} current="moderation">
      <h1 class="utrecht-heading-1">{m.editTitle}</h1>
      <p class="utrecht-paragraph">{m.editIntro}</p>
      <ErrorSummary problems={problems} lang={view.lang} title={m.errorSummary} idOf={(name) => name} />
      <form method="post" action={`/moderatie/${story.id}/bewerken`} class="utrecht-form duiding-form" novalidate>
        <CsrfField token={view.session?.csrfToken} />
        <Field id="title" label={m.fieldTitle} error={errors.title}>
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            id="title"
            name="title"
            value={title}
            maxlength={200}
            required
            lang={story.language}
            dir={directionOf(story.language)}
            {...field('title')}
          />
        </Field>
        <Field id="text" label={m.fieldText} error={errors.text}>
          <textarea
            class="utrecht-textarea utrecht-textarea--html-textarea duiding-moderation__text"
            id="text"
            name="text"
            rows={14}
            required
            lang={story.language}
            dir={directionOf(story.language)}
            {...field('text')}
          >
            {text}
          </textarea>
        </Field>
        <div class="duiding-moderation__actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {m.save}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href="/moderatie">
            {m.cancel}
          </a>
        </div>
      </form>
    </Layout>
  );
}

export function ModerationRejectPage({ view, story }: { view: View; story: PendingStory }) {
  const m = view.t.moderation;
  return (
    <Layout view={view} title={m.rejectTitle} current="moderation">
      <h1 class="utrecht-heading-1">{m.rejectTitle}</h1>
      <p class="utrecht-paragraph">{m.rejectQuestion(story.title)}</p>
      <p class="utrecht-paragraph">
        <strong>{m.rejectWarning}</strong>
      </p>
      <blockquote class="duiding-story-text" lang={story.language} dir={directionOf(story.language)}>
        {story.text.split(/\n{2,}/).map((paragraph) => (
          <p class="utrecht-paragraph">{paragraph}</p>
        ))}
      </blockquote>
      <form method="post" action={`/moderatie/${story.id}/afwijzen`} class="duiding-moderation__actions">
        <CsrfField token={view.session?.csrfToken} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action duiding-button--danger">
          {m.rejectConfirm}
        </button>
        <a class="utrecht-link utrecht-link--html-a" href="/moderatie">
          {m.cancel}
        </a>
      </form>
    </Layout>
  );
}
