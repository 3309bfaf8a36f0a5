// /netwerken/{slug}/bibliotheek: the network's library — search in Dutch (GET form, works without
// JavaScript) and, for who may, a form to share a lesson, observation or interpretation.
import type { Problem } from '../../../domain/problems.ts';
import type { LibraryEntry } from '../../../services/network-compare/memory.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldId } from '../../components/field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

interface LibraryPageProps {
  view: View;
  network: { slug: string; name: string };
  entries: LibraryEntry[];
  query: { q: string; kind: string };
  canShare: boolean;
  shared: boolean;
  problems?: Problem[];
  values?: Record<string, string>;
}

export function LibraryPage({ view, network, entries, query, canShare, shared, problems, values = {} }: LibraryPageProps) {
  const s = view.t.networkCompare.library;
  const kinds = Object.entries(s.kinds).map(([value, label]) => ({ value, label }));
  const errorOf = (field: string) => problems?.find((p) => p.field === field)?.[view.lang];
  return (
    <Layout view={view} title={s.title(network.name)} current="network">
      <h1 class="utrecht-heading-1">{s.title(network.name)}</h1>
      <p class="utrecht-paragraph">{s.intro}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/netwerken/${network.slug}/verhalen`}>
          {view.t.networkShare.list.linkFromLibrary}
        </a>
      </p>
      {shared ? (
        <p class="utrecht-paragraph" role="status">
          {s.shared}
        </p>
      ) : null}
      <ErrorSummary problems={problems} lang={view.lang} title={s.errorTitle} />

      <h2 class="utrecht-heading-2">{s.searchTitle}</h2>
      <form method="get" action={`/netwerken/${network.slug}/bibliotheek`}>
        <TextField name="q" id={fieldId('q')} label={s.q} type="search" value={query.q} maxlength={200} />
        <SelectField name="kind" label={s.kind} options={kinds} empty={s.anyKind} value={query.kind} />
        <SubmitButton>{s.search}</SubmitButton>
      </form>
      <p class="utrecht-paragraph" role="status">
        {entries.length ? s.results(entries.length) : s.none}
      </p>
      {entries.map((e) => (
        <article class="duiding-card" aria-labelledby={`les-${e.id}`}>
          <h3 class="utrecht-heading-3" id={`les-${e.id}`}>
            {s.kinds[e.kind]}: {e.title}
          </h3>
          <p class="utrecht-paragraph">{e.body}</p>
          <dl>
            <dt>{s.from}</dt>
            <dd>{e.member ?? s.someMember}</dd>
            <dt>{s.period}</dt>
            <dd>{e.period || '–'}</dd>
            <dt>{s.evidence}</dt>
            <dd>{e.evidence || '–'}</dd>
          </dl>
        </article>
      ))}

      {canShare ? (
        <>
          <h2 class="utrecht-heading-2">{s.shareTitle}</h2>
          <p class="utrecht-paragraph">{s.shareHint}</p>
          <form method="post" id="delen" action={`/netwerken/${network.slug}/bibliotheek`}>
            <CsrfField token={view.session?.csrfToken} />
            <SelectField name="kind" id={fieldId('share-kind')} label={s.kind} options={kinds} value={values.kind ?? 'les'} required error={errorOf('kind')} />
            <TextField name="title" label={s.titleField} value={values.title} required maxlength={300} error={errorOf('title')} />
            <TextField name="body" label={s.body} value={values.body} rows={5} required error={errorOf('body')} />
            <TextField name="period" label={s.period} hint={s.periodHint} value={values.period} maxlength={40} error={errorOf('period')} />
            <TextField name="evidence" label={s.evidence} hint={s.evidenceHint} value={values.evidence} rows={2} error={errorOf('evidence')} />
            <SubmitButton>{s.share}</SubmitButton>
          </form>
        </>
      ) : null}
    </Layout>
  );
}
