// /netwerken/{slug}/verhalen: the stories members released to the network, searchable in Dutch
// (a GET form, works without JavaScript). The member by name only when it opted to be named.
import type { SharedStory } from '../../../services/network-share/shared-stories.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { fieldId } from '../../components/field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

interface SharedStoriesPageProps {
  view: View;
  network: { slug: string; name: string };
  stories: SharedStory[];
  q: string;
  notice: 'released' | 'takenBack' | null;
}

export function SharedStoriesPage({ view, network, stories, q, notice }: SharedStoriesPageProps) {
  const s = view.t.networkShare.list;
  return (
    <Layout view={view} title={s.title(network.name)} current="network">
      <h1 class="utrecht-heading-1">{s.title(network.name)}</h1>
      <p class="utrecht-paragraph">{s.intro}</p>
      {notice ? (
        <p class="utrecht-paragraph" role="status">
          {s[notice]}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/netwerken/${network.slug}/bibliotheek`}>
          {s.libraryLink}
        </a>
      </p>
      <form method="get" action={`/netwerken/${network.slug}/verhalen`}>
        <TextField name="q" id={fieldId('q')} label={s.q} type="search" value={q} maxlength={200} />
        <SubmitButton>{s.search}</SubmitButton>
      </form>
      <p class="utrecht-paragraph" role="status">
        {stories.length ? s.results(stories.length) : s.none}
      </p>
      {stories.map((story) => (
        <article class="duiding-card" aria-labelledby={`verhaal-${story.id}`}>
          <h2 class="utrecht-heading-3" id={`verhaal-${story.id}`}>
            {story.title}
          </h2>
          <blockquote class="duiding-story-text">
            {story.text.split(/\n{2,}/).map((paragraph) => (
              <p class="utrecht-paragraph">{paragraph}</p>
            ))}
          </blockquote>
          <dl>
            <dt>{s.from}</dt>
            <dd>{story.own ? s.own : (story.member ?? s.someMember)}</dd>
            <dt>{s.period}</dt>
            <dd>{story.period || '–'}</dd>
          </dl>
        </article>
      ))}
    </Layout>
  );
}
