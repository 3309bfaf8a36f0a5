// /netwerken/{slug}/instrument: the shared questionnaire's versions, which one the own
// municipality uses (adopt another when it chooses), its questions marked shared or local, and
// for the coordinator the form for a new version.
import type { Problem } from '../../../domain/problems.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { Card } from '../../components/card.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import type { InstrumentView } from '../../../services/network/instrument.ts';

interface InstrumentPageProps {
  view: View;
  network: { slug: string; name: string };
  questionnaires: InstrumentView[];
  done?: string;
  /** Problems of the adopt form or of the new-version form. */
  problems?: Problem[];
  problemsTitle?: string;
  versionForm?: { document: string; note: string };
  indicatorForm?: { indicators: string };
}

export function InstrumentPage({ view, network, questionnaires, done, problems, problemsTitle, versionForm, indicatorForm }: InstrumentPageProps) {
  const n = view.t.network;
  const base = `/netwerken/${network.slug}/instrument`;
  const csrf = view.session?.csrfToken;
  const errorOf = (field: string) =>
    problems
      ?.filter((p) => p.field === field || field === 'document' || field === 'indicators')
      .map((p) => `${p.field && p.field !== field ? `${p.field}: ` : ''}${view.lang === 'nl' ? p.nl : p.en}`)
      .join(' ') || undefined;
  const title = `${n.instrumentTitle} — ${network.name}`;
  return (
    <Layout view={view} title={title} current="network">
      <h1 class="utrecht-heading-1">{title}</h1>
      {done ? <Notice>{done}</Notice> : null}
      <ErrorSummary
        problems={problems}
        lang={view.lang}
        title={problemsTitle ?? n.adoptProblems}
        idOf={() => (versionForm ? 'veld-document' : indicatorForm ? 'veld-indicators' : undefined)}
        labelOf={(field) => ((versionForm && field !== 'document') || (indicatorForm && field !== 'indicators') ? field : undefined)}
      />
      <p class="utrecht-paragraph">{n.instrumentIntro}</p>
      {questionnaires.length === 0 ? <p class="utrecht-paragraph">{n.noQuestionnaires}</p> : null}
      {questionnaires.map((q) => (
        <Card id={`vragenlijst-${q.key}`} title={`${q.title} (${q.key})`}>
          <p class="utrecht-paragraph">{q.adopted === null ? n.notAdopted : n.adoptedVersion(q.adopted, q.latest)}</p>
          <TableRegion caption={n.versionsCaption(q.key)}>
            <TableHead
              columns={
                view.may('network.adopt')
                  ? [n.version, n.made, n.note, n.questionCount, n.inUse, n.adoptLegend]
                  : [n.version, n.made, n.note, n.questionCount, n.inUse]
              }
            />
            <tbody class="utrecht-table__body">
              {q.versions.map((v) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {v.version}
                  </th>
                  <td class="utrecht-table__cell">{n.date(v.createdAt)}</td>
                  <td class="utrecht-table__cell">{v.note}</td>
                  <td class="utrecht-table__cell">{v.questionKeys.length}</td>
                  <td class="utrecht-table__cell">
                    {n.members(v.inUse)}
                    {v.adoptedHere ? <span class="duiding-muted"> ({n.inUseHere})</span> : null}
                  </td>
                  {view.may('network.adopt') ? (
                    <td class="utrecht-table__cell">
                      {v.adoptedHere ? null : (
                        <form method="post" action={`${base}/overnemen`} class="duiding-inline-form">
                          <CsrfField token={csrf} />
                          <input type="hidden" name="questionnaire" value={q.key} />
                          <input type="hidden" name="version" value={String(v.version)} />
                          <SubmitButton secondary>{`${n.adoptButton}: ${n.version.toLowerCase()} ${v.version}`}</SubmitButton>
                        </form>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </TableRegion>
          {view.may('network.adopt') ? <p class="utrecht-paragraph duiding-muted">{n.adoptHint}</p> : null}
          {q.adopted !== null ? (
            <>
              <TableRegion caption={n.questionsCaption}>
                <TableHead columns={[n.questionKey, n.questionText, n.questionKind]} />
                <tbody class="utrecht-table__body">
                  {[...q.shared.map((x) => ({ ...x, local: false })), ...q.local.map((x) => ({ ...x, local: true }))].map((x) => (
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell" scope="row">
                        {x.key}
                      </th>
                      <td class="utrecht-table__cell">{x.text}</td>
                      <td class="utrecht-table__cell">{x.local ? <strong class="duiding-local-question">{n.local}</strong> : n.shared}</td>
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
              <p class="utrecht-paragraph">{n.localNote}</p>
            </>
          ) : null}
        </Card>
      ))}
      {view.may('network.manage') ? (
        <Card id="nieuwe-versie" title={n.newVersionTitle}>
          <p class="utrecht-paragraph">{n.newVersionIntro}</p>
          <form method="post" action={`${base}/versie`} novalidate>
            <CsrfField token={csrf} />
            <TextField
              name="document"
              label={n.documentLabel}
              rows={12}
              value={versionForm?.document ?? ''}
              error={versionForm ? errorOf('document') : undefined}
              required
            />
            <TextField name="note" label={n.noteLabel} hint={n.noteHint} value={versionForm?.note ?? ''} maxlength={500} />
            <SubmitButton>{n.addVersion}</SubmitButton>
          </form>
        </Card>
      ) : null}
      {view.may('network.manage') ? (
        <Card id="nieuwe-cijfers" title={n.indicatorSetTitle}>
          <p class="utrecht-paragraph">{n.indicatorSetIntro}</p>
          <form method="post" action={`${base}/cijfers`} novalidate>
            <CsrfField token={csrf} />
            <TextField
              name="indicators"
              label={n.indicatorSetLabel}
              rows={6}
              value={indicatorForm?.indicators ?? ''}
              error={indicatorForm ? errorOf('indicators') : undefined}
              required
            />
            <SubmitButton>{n.addIndicatorSet}</SubmitButton>
          </form>
        </Card>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/netwerken/${network.slug}`}>
          {n.backToNetwork}
        </a>
      </p>
    </Layout>
  );
}
