import type { StoryView } from '../../services/browse.ts';
import { directionOf } from '../../domain/languages/index.ts';
import { consentText, formatAnswer, formatDate } from '../format.ts';
import { localized } from '../i18n/index.ts';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';
import { allows } from '../../services/auth/policy.ts';
import type { StoryShareState } from '../../services/network-share/story-release.ts';
import { StoryShareSection } from './network-share/story-share-section.tsx';

/**
 * One answer in the value column: one line as text, several (triad corners, stones, multichoice)
 * as a list inside one <dd>, so that a second line never lands in the label column.
 */
export function AnswerLines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  if (lines.length === 1) return <dd>{lines[0]}</dd>;
  return (
    <dd>
      <ul class="duiding-answer-lines">
        {lines.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </dd>
  );
}

export function StoryPageView({ view, story, share }: { view: View; story: StoryView; share?: StoryShareState | null }) {
  const { t, lang } = view;
  const s = t.story;
  const prompt = story.prompt ? story.definition.prompts.find((p) => p.key === story.prompt) : undefined;
  const answers = (about: 'story' | 'participant') =>
    story.definition.questions
      .filter((q) => q.about === about)
      .map((q) => {
        const lines = formatAnswer(q, story.answers[q.key], lang, t, story.areaNames);
        return (
          <>
            <dt>{localized(q.text, lang)}</dt>
            <AnswerLines lines={lines.length === 0 ? [s.noAnswer] : lines} />
          </>
        );
      });
  return (
    <Layout view={view} title={story.title} current="stories">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/verhalen">
          {s.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1" lang={story.language} dir={directionOf(story.language)}>
        {story.title}
      </h1>
      <section aria-labelledby="gegevens">
        <h2 class="utrecht-heading-2" id="gegevens">
          {s.details}
        </h2>
        <dl class="duiding-facts">
          <dt>{s.ref}</dt>
          <dd>{story.ref}</dd>
          <dt>{s.date}</dt>
          <dd>
            <time datetime={story.collectedAt.toISOString()}>{formatDate(story.collectedAt, lang)}</time>
          </dd>
          <dt>{s.collection}</dt>
          <dd>{story.collection}</dd>
          <dt>{s.consent}</dt>
          <dd>{consentText(story.consentQuote, t)}</dd>
          <dt>{t.storyFilters.status}</dt>
          <dd class={story.status === 'pending' ? 'duiding-badge--pending' : undefined}>{t.storyFilters.statuses[story.status] ?? story.status}</dd>
          {prompt ? (
            <>
              <dt>{s.prompt}</dt>
              <dd>{localized(prompt.text, lang)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="verhaal">
        <h2 class="utrecht-heading-2" id="verhaal">
          {s.text}
        </h2>
        <blockquote class="duiding-story-text" lang={story.language} dir={directionOf(story.language)}>
          {story.text.split(/\n{2,}/).map((paragraph) => (
            <p class="utrecht-paragraph">{paragraph}</p>
          ))}
        </blockquote>
      </section>
      {view.session && allows(view.session.roles, 'codes.read') ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={`/verhalen/${story.id}/coderen`}>
            {t.coding.storyLink}
          </a>
        </p>
      ) : null}
      {share ? <StoryShareSection view={view} storyId={story.id} share={share} /> : null}
      <section aria-labelledby="antwoorden">
        <h2 class="utrecht-heading-2" id="antwoorden">
          {s.answersStory}
        </h2>
        <dl class="duiding-facts">{answers('story')}</dl>
      </section>
      <section aria-labelledby="verteller">
        <h2 class="utrecht-heading-2" id="verteller">
          {s.answersParticipant}
        </h2>
        <dl class="duiding-facts">{answers('participant')}</dl>
      </section>
    </Layout>
  );
}
