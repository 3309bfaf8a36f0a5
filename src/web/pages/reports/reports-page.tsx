// /rapporten: per opgave the drafts and published reports, downloads, "Rapport maken" and
// "Publiceren". Downloads link to the API (same cookie session), which sends them as attachments.
import type { OpgaveSummary } from '../../../services/opgaven.ts';
import type { ReportItem } from '../../../services/reports.ts';
import { formatDate } from '../../format.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { TableRegion } from '../../components/table-region.tsx';

export interface ReportsPageProps {
  view: View;
  opgaven: OpgaveSummary[];
  reports: ReportItem[];
  /** Only this opgave (from ?opgave=KEY), or all. */
  selected: string | null;
  canWrite: boolean;
  /** A message after a redirect (made, published) or the problems of a failed attempt. */
  notice?: string;
  problems?: string[];
  form?: { opgave: string; period: string; lang: string };
}

export function ReportsPage(props: ReportsPageProps) {
  const { view, opgaven, reports, selected, canWrite, notice, problems, form } = props;
  const r = view.t.reports;
  const shown = selected ? opgaven.filter((o) => o.key === selected) : opgaven;
  return (
    <Layout view={view} title={r.title} current="reports" scripts={canWrite ? ['/assets/reports.js'] : []}>
      <h1 class="utrecht-heading-1">{r.title}</h1>
      <p class="utrecht-paragraph">{r.intro}</p>
      <p class="utrecht-paragraph">{r.privacy(r.thresholdDefault)}</p>
      {selected ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href="/rapporten">
            {r.allOpgaven}
          </a>
        </p>
      ) : null}
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary problems={problemsOf({ '': problems ?? [] })} lang={view.lang} title={r.make.failed} />
      {shown.length === 0 ? <p class="utrecht-paragraph duiding-empty">{r.noOpgaven}</p> : null}
      {shown.map((o) => (
        <OpgaveReports
          view={view}
          opgave={o}
          reports={reports.filter((x) => x.opgave.key === o.key)}
          canWrite={canWrite}
          form={form?.opgave === o.key ? form : undefined}
        />
      ))}
    </Layout>
  );
}

function OpgaveReports({
  view,
  opgave,
  reports,
  canWrite,
  form,
}: {
  view: View;
  opgave: OpgaveSummary;
  reports: ReportItem[];
  canWrite: boolean;
  form?: { period: string; lang: string };
}) {
  const r = view.t.reports;
  const id = `opgave-${opgave.key}`;
  return (
    <section class="duiding-reports__opgave" aria-labelledby={id}>
      <h2 class="utrecht-heading-2" id={id}>
        {r.opgaveHeading(opgave.title)}
      </h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/monitor/${encodeURIComponent(opgave.key)}`}>
          {r.monitorLink}
        </a>
      </p>
      {reports.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{r.table.none}</p>
      ) : (
        <TableRegion caption={r.table.caption(opgave.title)} tableClass="duiding-reports__table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {r.table.title}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {r.table.status}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {r.table.download}
              </th>
              {canWrite ? (
                <th class="utrecht-table__header-cell" scope="col">
                  {r.table.actions}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {reports.map((item) => (
              <ReportRow view={view} item={item} canWrite={canWrite} />
            ))}
          </tbody>
        </TableRegion>
      )}
      {reports.some((x) => x.status === 'draft') ? <p class="utrecht-paragraph duiding-reports__muted">{r.draftNote}</p> : null}
      {canWrite ? <MakeForm view={view} opgave={opgave} form={form} /> : null}
    </section>
  );
}

function ReportRow({ view, item, canWrite }: { view: View; item: ReportItem; canWrite: boolean }) {
  const r = view.t.reports;
  const published = item.status === 'published';
  return (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">
        {item.title}
      </th>
      <td class="utrecht-table__cell">
        {published ? r.status.published(formatDate(item.publishedAt!, view.lang)) : r.status.draft(formatDate(item.createdAt, view.lang))}
        {published && item.withdrawnSince > 0 ? <p class="duiding-reports__muted">{r.withdrawn(item.withdrawnSince)}</p> : null}
        {published && item.quotedGone > 0 ? <p class="duiding-reports__warning">{r.quotedGone(item.quotedGone)}</p> : null}
      </td>
      <td class="utrecht-table__cell">
        <a class="utrecht-link utrecht-link--html-a" href={`/api/v1/reports/${item.id}.pdf`} aria-label={r.pdf(item.title)} download>
          {r.pdfShort}
        </a>{' '}
        ·{' '}
        <a class="utrecht-link utrecht-link--html-a" href={`/api/v1/reports/${item.id}.html`} aria-label={r.html(item.title)} download>
          {r.htmlShort}
        </a>
      </td>
      {canWrite ? (
        <td class="utrecht-table__cell">
          {published ? null : (
            <a class="utrecht-link utrecht-link--html-a" href={`/rapporten/${item.id}/publiceren`} aria-label={r.publishLabel(item.title)}>
              {r.publish}
            </a>
          )}
        </td>
      ) : null}
    </tr>
  );
}

function MakeForm({ view, opgave, form }: { view: View; opgave: OpgaveSummary; form?: { period: string; lang: string } }) {
  const r = view.t.reports;
  const id = (name: string) => `${name}-${opgave.key}`;
  return (
    <form method="post" action="/rapporten/maken" class="utrecht-form duiding-form duiding-reports__make" data-busy={id('bezig')}>
      <CsrfField token={view.session?.csrfToken} />
      <input type="hidden" name="opgave" value={opgave.key} />
      <fieldset class="utrecht-form-fieldset duiding-fieldset">
        <legend class="utrecht-form-fieldset__legend">{r.make.legend}</legend>
        <TextField id={id('periode')} name="period" label={r.make.period} hint={r.make.periodHint} value={form?.period} maxlength={20} inputmode="text" />
        <SelectField
          id={id('taal')}
          name="lang"
          label={r.make.language}
          value={form?.lang ?? 'nl'}
          options={(['nl', 'en'] as const).map((lang) => ({ value: lang, label: r.make.languages[lang] }))}
        />
        <button type="submit" class="utrecht-button utrecht-button--primary-action" data-busy-text={r.make.busy}>
          {r.make.submit}
        </button>
        <p class="utrecht-paragraph duiding-reports__busy" id={id('bezig')} role="status" aria-live="polite"></p>
      </fieldset>
    </form>
  );
}
