// /observaties/{id}/delen: share an observation or one of its interpretations in a network's
// library — a form prefilled from the observation (kind, title, text, period, evidence in words),
// the network to choose when there are several, then confirm. The texts can be edited first.
import type { Problem } from '../../../domain/problems.ts';
import type { ObservationShareDraft } from '../../../services/network-share/observation-share.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

interface ObservationSharePageProps {
  view: View;
  draft: ObservationShareDraft;
  values: Record<string, string>;
  problems?: Problem[];
}

export function ObservationSharePage({ view, draft, values, problems }: ObservationSharePageProps) {
  const s = view.t.networkShare.observation;
  const kinds = Object.entries(view.t.networkCompare.library.kinds).map(([value, label]) => ({ value, label }));
  const errorOf = (field: string) => problems?.find((p) => p.field === field)?.[view.lang];
  const base = `/observaties/${draft.observation.id}`;
  return (
    <Layout view={view} title={s.title} current="observations">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={base}>
          {s.cancel}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{s.title}</h1>
      <ErrorSummary problems={problems} lang={view.lang} title={s.errorTitle} />
      {draft.networks.length === 0 ? (
        <p class="utrecht-paragraph">{s.notMember}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{s.intro}</p>
          <form method="post" action={`${base}/delen`} class="utrecht-form duiding-form">
            <CsrfField token={view.session?.csrfToken} />
            {draft.networks.length > 1 ? (
              <SelectField
                name="network"
                label={s.network}
                options={draft.networks.map((n) => ({ value: n.slug, label: n.name }))}
                value={values.network}
                required
                error={errorOf('network')}
              />
            ) : (
              <>
                <input type="hidden" name="network" value={draft.networks[0]!.slug} />
                <p class="utrecht-paragraph">
                  {s.network}: {draft.networks[0]!.name}
                </p>
              </>
            )}
            <SelectField name="kind" label={s.kind} options={kinds} value={values.kind} required error={errorOf('kind')} />
            <TextField name="title" label={s.titleField} value={values.title} required maxlength={300} error={errorOf('title')} />
            <TextField name="body" label={s.body} value={values.body} rows={6} required error={errorOf('body')} />
            <TextField name="period" label={s.period} hint={s.periodHint} value={values.period} maxlength={40} error={errorOf('period')} />
            <TextField name="evidence" label={s.evidence} hint={s.evidenceHint} value={values.evidence} rows={3} error={errorOf('evidence')} />
            <SubmitButton>{s.submit}</SubmitButton>
          </form>
          {draft.interpretations.length ? (
            <>
              <h2 class="utrecht-heading-2">{s.interpretationsTitle}</h2>
              <ul class="utrecht-unordered-list">
                {draft.interpretations.map((i) => (
                  <li class="utrecht-unordered-list__item">
                    <a class="utrecht-link utrecht-link--html-a" href={`${base}/delen?duiding=${i.id}`}>
                      {s.shareInterpretation(i.text)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </Layout>
  );
}
