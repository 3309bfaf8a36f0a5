// The moderation queue: pending stories newest first, each with its text, answers and consent,
// and three actions (publish here; edit and reject on their own pages, reject after a confirmation).
import { directionOf } from '../../../domain/languages/index.ts';
import type { PendingPage, PendingStory } from '../../../services/moderation.ts';
import { formatAnswer, formatDate } from '../../format.ts';
import { AnswerLines } from '../story.tsx';
import { localized } from '../../i18n/index.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function ModerationQueuePage({ view, data, done }: { view: View; data: PendingPage; done?: string }) {
  const m = view.t.moderation;
  return (
    <Layout view={view} title={m.title} current="moderation">
      <h1 class="utrecht-heading-1">{m.title}</h1>
      <p class="utrecht-paragraph">{m.intro}</p>
      {done && m.done[done] ? <Notice>{m.done[done]}</Notice> : null}
      <p class="utrecht-paragraph" id="wachtrij-aantal">
        <strong>{m.waiting(data.total)}</strong>
      </p>
      {data.stories.length === 0 ? <p class="utrecht-paragraph">{m.empty}</p> : null}
      <ol class="duiding-moderation" aria-labelledby="wachtrij-aantal">
        {data.stories.map((story, i) => (
          <li>
            <PendingStoryCard view={view} story={story} index={i} />
          </li>
        ))}
      </ol>
      <Pagination label={m.pagination} page={data.page} more={data.more} href={(page) => `/moderatie?pagina=${page}`} previous={m.previous} next={m.next} />
    </Layout>
  );
}

function PendingStoryCard({ view, story, index }: { view: View; story: PendingStory; index: number }) {
  const { t, lang } = view;
  const m = t.moderation;
  const headingId = `verhaal-${index}`;
  const prompt = story.prompt ? story.questionnaire.prompts.find((p) => p.key === story.prompt) : undefined;
  const areaNames: Record<string, string> = {};
  for (const q of story.questionnaire.questions) if (q.type === 'area') for (const a of q.areas ?? []) areaNames[a.code] = a.name;
  const answers = (about: 'story' | 'participant') =>
    story.questionnaire.questions
      .filter((q) => q.about === about)
      .map((q) => (
        <>
          <dt>{localized(q.text, lang)}</dt>
          <AnswerLines lines={formatAnswer(q, story.answers[q.key], lang, t, areaNames)} />
        </>
      ));
  const consent = story.consent.quote === null ? m.consentUnknown : story.consent.quote ? m.consentQuote : m.consentNoQuote;
  return (
    <article class="duiding-moderation__story" aria-labelledby={headingId}>
      <h2 class="utrecht-heading-2" id={headingId} lang={story.language} dir={directionOf(story.language)}>
        {story.title}
      </h2>
      <dl class="duiding-facts">
        <dt>{m.received}</dt>
        <dd>
          <time datetime={story.receivedAt.toISOString()}>{formatDate(story.receivedAt, lang)}</time>
        </dd>
        <dt>{m.collection}</dt>
        <dd>{story.collectionTitle}</dd>
        <dt>{m.channel}</dt>
        <dd>{m.modes[story.collectionMode] ?? story.collectionMode}</dd>
        <dt>{m.consent}</dt>
        <dd>{consent}</dd>
        {prompt ? (
          <>
            <dt>{m.prompt}</dt>
            <dd>{localized(prompt.text, lang)}</dd>
          </>
        ) : null}
      </dl>
      <h3 class="utrecht-heading-3">{m.storyText}</h3>
      <blockquote class="duiding-story-text" lang={story.language} dir={directionOf(story.language)}>
        {story.text.split(/\n{2,}/).map((paragraph) => (
          <p class="utrecht-paragraph">{paragraph}</p>
        ))}
      </blockquote>
      <details class="duiding-moderation__answers">
        <summary>{m.answersStory}</summary>
        <dl class="duiding-facts">{answers('story')}</dl>
      </details>
      <details class="duiding-moderation__answers">
        <summary>{m.answersParticipant}</summary>
        <dl class="duiding-facts">{answers('participant')}</dl>
      </details>
      <div class="duiding-moderation__actions" role="group" aria-label={`${m.actions} ${story.title}`}>
        <form method="post" action={`/moderatie/${story.id}/publiceren`}>
          <CsrfField token={view.session?.csrfToken} />
          <button type="submit" class="utrecht-button utrecht-button--primary-action" aria-describedby={`${headingId}-hint`}>
            {m.publish}
          </button>
        </form>
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/moderatie/${story.id}/bewerken`}>
          {m.edit}
        </a>
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/moderatie/${story.id}/afwijzen`}>
          {m.reject}
        </a>
      </div>
      <p class="utrecht-paragraph duiding-moderation__hint" id={`${headingId}-hint`}>
        {m.publishHint}
      </p>
    </article>
  );
}
