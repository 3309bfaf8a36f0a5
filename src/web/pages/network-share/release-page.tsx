// /verhalen/{id}/delen?netwerk=slug: the story exactly as the network will see it (redacted
// again), what the others see of the municipality, and the releaser's confirmation (a check box).
import type { Problem } from '../../../domain/problems.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { Choice } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FieldGroup } from '../../components/field-group.tsx';
import { fieldId } from '../../components/field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

interface ReleasePageProps {
  view: View;
  network: { slug: string; name: string };
  story: { id: string; title: string; text: string; period: string };
  problems?: Problem[];
}

export function ReleasePage({ view, network, story, problems }: ReleasePageProps) {
  const r = view.t.networkShare.release;
  const confirmError = problems?.find((p) => p.field === 'confirm')?.[view.lang];
  return (
    <Layout view={view} title={r.title(network.name)} current="stories">
      <h1 class="utrecht-heading-1">{r.title(network.name)}</h1>
      <ErrorSummary problems={problems} lang={view.lang} title={r.errorTitle} idOf={(f) => (f === 'confirm' ? `${fieldId('confirm')}-ja` : fieldId(f))} />
      <p class="utrecht-paragraph">{r.intro}</p>
      <p class="utrecht-paragraph">{r.from(network.name)}</p>
      <dl class="duiding-facts">
        <dt>{r.storyTitle}</dt>
        <dd>{story.title}</dd>
        <dt>{r.period}</dt>
        <dd>{story.period}</dd>
      </dl>
      <h2 class="utrecht-heading-2">{r.storyText}</h2>
      <blockquote class="duiding-story-text">
        {story.text.split(/\n{2,}/).map((paragraph) => (
          <p class="utrecht-paragraph">{paragraph}</p>
        ))}
      </blockquote>
      <form method="post" action={`/verhalen/${story.id}/delen`}>
        <CsrfField token={view.session?.csrfToken} />
        <input type="hidden" name="network" value={network.slug} />
        <FieldGroup id={fieldId('confirm')} legend={r.title(network.name)} error={confirmError}>
          <Choice kind="checkbox" id={`${fieldId('confirm')}-ja`} name="confirm" value="ja" label={r.confirm} checked={false} />
        </FieldGroup>
        <div class="duiding-actions">
          <SubmitButton>{r.submit}</SubmitButton>
          <a class="utrecht-link utrecht-link--html-a" href={`/verhalen/${story.id}`}>
            {r.cancel}
          </a>
        </div>
      </form>
    </Layout>
  );
}
