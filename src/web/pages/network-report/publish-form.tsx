// "Publiceer als rapport": the coordinator's form under the network comparison, and the same form
// on its own page when publishing was refused (no title, no confirmation, a period that does not
// parse). The period is the comparison's current filter, carried as hidden fields and said in words.
import type { Problem } from '../../../domain/problems.ts';
import { HiddenPairs, SubmitButton } from '../../components/buttons.tsx';
import { Card } from '../../components/card.tsx';
import { Choice } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FieldGroup } from '../../components/field-group.tsx';
import { errorText, fieldId } from '../../components/field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export interface PublishValues {
  title: string;
  from: string;
  to: string;
}

export function PublishForm({ view, slug, values, problems }: { view: View; slug: string; values: PublishValues; problems?: Problem[] }) {
  const s = view.t.networkReport;
  const errorOf = (field: string) => errorText(problems?.filter((p) => p.field === field).map((p) => (view.lang === 'en' ? p.en : p.nl)));
  const period = s.period(values.from.trim() || null, values.to.trim() || null);
  return (
    <Card id="rapport-publiceren" title={s.publishTitle}>
      <p class="utrecht-paragraph">{s.publishIntro}</p>
      <p class="utrecht-paragraph">{s.publishPeriod(period)}</p>
      <form method="post" action={`/netwerken/${encodeURIComponent(slug)}/rapporten`} class="utrecht-form duiding-form">
        <CsrfField token={view.session?.csrfToken} />
        <HiddenPairs
          pairs={[
            ['from', values.from],
            ['to', values.to],
          ]}
        />
        <TextField id={fieldId('title')} name="title" label={s.reportTitle} value={values.title} error={errorOf('title')} required maxlength={300} />
        <FieldGroup id={fieldId('confirm')} legend={s.confirmLegend} error={errorOf('confirm')}>
          <Choice kind="checkbox" id={`${fieldId('confirm')}-ja`} name="confirm" value="ja" label={s.confirm} checked={false} />
        </FieldGroup>
        <SubmitButton>{s.publish}</SubmitButton>
      </form>
    </Card>
  );
}

/** The form again after a refusal, with every problem at the top (the period's too: its fields are hidden). */
export function PublishPage({
  view,
  network,
  values,
  problems,
}: {
  view: View;
  network: { slug: string; name: string };
  values: PublishValues;
  problems: Problem[];
}) {
  const s = view.t.networkReport;
  const compare = `/netwerken/${encodeURIComponent(network.slug)}/vergelijken`;
  return (
    <Layout view={view} title={s.publishTitle} current="network">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={compare}>
          {s.cancel}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{s.publishTitle}</h1>
      <ErrorSummary
        problems={problems}
        lang={view.lang}
        title={s.problems}
        idOf={(field) => (field === 'title' ? fieldId('title') : field === 'confirm' ? `${fieldId('confirm')}-ja` : undefined)}
      />
      <PublishForm view={view} slug={network.slug} values={values} problems={problems} />
    </Layout>
  );
}
