// /opgaven: every domain of the social domain with its opgaven, and (for editors) a form to add one.
import type { Problem } from '../../../domain/problems.ts';
import { DOMAINS } from '../../../domain/opgaven/vocabulary.ts';
import type { OpgaveSummary } from '../../../services/opgaven.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { OpgavenErrors } from './problems.tsx';
import { Card } from '../../components/card.tsx';

export interface OpgaveForm {
  key?: string;
  title?: string;
  description?: string;
  domain?: string;
}

function StatusCounts({ view, counts }: { view: View; counts: Record<string, number> }) {
  const o = view.t.opgaven;
  const shown = Object.entries(counts).filter(([, n]) => n > 0);
  return shown.length ? (
    <ul class="duiding-status-counts">
      {shown.map(([status, n]) => (
        <li>
          <span class={`duiding-status duiding-status--${status}`}>{o.statuses[status]}</span> {n}
        </li>
      ))}
    </ul>
  ) : null;
}

export function OpgavenPage({
  view,
  opgaven,
  canWrite,
  problems,
  form = {},
}: {
  view: View;
  opgaven: OpgaveSummary[];
  canWrite: boolean;
  problems?: Problem[];
  form?: OpgaveForm;
}) {
  const o = view.t.opgaven;
  return (
    <Layout view={view} title={o.list.title} current="opgaven">
      <h1 class="utrecht-heading-1">{o.list.title}</h1>
      <p class="utrecht-paragraph">{o.list.intro}</p>
      <OpgavenErrors
        view={view}
        problems={problems}
        ids={{ title: 'opgave-titel', key: 'opgave-sleutel', domain: 'opgave-domein', description: 'opgave-beschrijving' }}
      />
      {DOMAINS.map((domain) => {
        const mine = opgaven.filter((x) => x.domain === domain);
        return (
          <Card id={`domein-${domain}`} title={o.domains[domain]}>
            {mine.length === 0 ? <p class="utrecht-paragraph duiding-empty">{o.list.noOpgave}</p> : null}
            {mine.map((x) => (
              <div class="duiding-opgave-summary">
                <h3 class="utrecht-heading-3">
                  <a class="utrecht-link utrecht-link--html-a" href={`/opgaven/${x.key}`}>
                    {x.title}
                  </a>
                </h3>
                <p class="utrecht-paragraph">{o.list.counts(x.statements, x.assumptions)}</p>
                <StatusCounts view={view} counts={x.statusCounts} />
              </div>
            ))}
          </Card>
        );
      })}
      {canWrite ? (
        <Card id="nieuwe-opgave" title={o.list.newTitle}>
          <form method="post" action="/opgaven" class="utrecht-form duiding-form">
            <CsrfField token={view.session?.csrfToken} />
            <TextField id="opgave-titel" name="title" label={o.fields.title} value={form.title} required maxlength={300} />
            <TextField id="opgave-sleutel" name="key" label={o.fields.key} hint={o.list.keyHint} value={form.key} required maxlength={60} />
            <SelectField
              id="opgave-domein"
              name="domain"
              label={o.fields.domain}
              value={form.domain}
              options={DOMAINS.map((d) => ({ value: d, label: o.domains[d] }))}
            />
            <TextField
              id="opgave-beschrijving"
              name="description"
              label={o.fields.description}
              hint={o.list.descriptionHint}
              value={form.description}
              rows={4}
            />
            <SubmitButton>{o.list.create}</SubmitButton>
          </form>
        </Card>
      ) : null}
    </Layout>
  );
}
