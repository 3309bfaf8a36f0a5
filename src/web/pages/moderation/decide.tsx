// Editing a pending story (title and text, redacted again on save) and confirming a rejection.
import { directionOf } from '../../../domain/languages/index.ts';
import type { PendingStory } from '../../../services/moderation.ts';
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
  const field = (name: 'title' | 'text') => ({
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': errors[name] ? `${name}-fout` : undefined,
  });
  return (
    <Layout view={view} title={m.editTitle} current="moderation">
      <h1 class="utrecht-heading-1">{m.editTitle}</h1>
      <p class="utrecht-paragraph">{m.editIntro}</p>
      {errors.title || errors.text ? (
        <div class="utrecht-alert utrecht-alert--error duiding-alert" role="alert">
          <h2 class="utrecht-heading-2">{m.errorSummary}</h2>
          <ul class="utrecht-unordered-list">
            {errors.title ? <li>{errors.title}</li> : null}
            {errors.text ? <li>{errors.text}</li> : null}
          </ul>
        </div>
      ) : null}
      <form method="post" action={`/moderatie/${story.id}/bewerken`} class="utrecht-form duiding-form" novalidate>
        <input type="hidden" name="_csrf" value={view.session!.csrfToken} />
        <div class={`utrecht-form-field duiding-field${errors.title ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="title">
            {m.fieldTitle}
          </label>
          {errors.title ? (
            <p class="utrecht-form-field-error-message duiding-field-error" id="title-fout">
              {errors.title}
            </p>
          ) : null}
          <input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="title" name="title" value={title} maxlength={200} required lang={story.language} dir={directionOf(story.language)} {...field('title')} />
        </div>
        <div class={`utrecht-form-field duiding-field${errors.text ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="text">
            {m.fieldText}
          </label>
          {errors.text ? (
            <p class="utrecht-form-field-error-message duiding-field-error" id="text-fout">
              {errors.text}
            </p>
          ) : null}
          <textarea class="utrecht-textarea utrecht-textarea--html-textarea duiding-moderation__text" id="text" name="text" rows={14} required lang={story.language} dir={directionOf(story.language)} {...field('text')}>
            {text}
          </textarea>
        </div>
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
        <input type="hidden" name="_csrf" value={view.session!.csrfToken} />
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
