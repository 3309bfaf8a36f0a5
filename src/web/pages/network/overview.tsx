// /netwerken/{slug}: one network as a member sees it. Members by name only when they opted in
// (and the own municipality); the rest as a count. The beheerder chooses to be named and may
// leave; the coordinator keeps the providers list.
import type { Problem } from '../../../domain/problems.ts';
import { DeleteButton, SubmitButton } from '../../components/buttons.tsx';
import { Card } from '../../components/card.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import type { NetworkOverview } from '../../../services/network/overview.ts';

export function NetworkOverviewPage({
  view,
  network,
  done,
  problems,
  providerForm,
}: {
  view: View;
  network: NetworkOverview;
  done?: string;
  problems?: Problem[];
  providerForm?: { code: string; name: string };
}) {
  const n = view.t.network;
  const base = `/netwerken/${network.slug}`;
  const csrf = view.session?.csrfToken;
  const errorOf = (field: string) =>
    problems
      ?.filter((p) => p.field === field)
      .map((p) => (view.lang === 'nl' ? p.nl : p.en))
      .join(' ') || undefined;
  return (
    <Layout view={view} title={network.name} current="network">
      <h1 class="utrecht-heading-1">{network.name}</h1>
      {done ? <Notice>{done}</Notice> : null}
      <ErrorSummary problems={problems} lang={view.lang} title={n.providersTitle} />
      <p class="utrecht-paragraph">{n.overviewIntro}</p>

      <Card id="leden" title={n.membersTitle}>
        <p class="utrecht-paragraph">{n.memberCount(network.memberCount)}</p>
        {network.named.length > 0 ? (
          <>
            <p class="utrecht-paragraph">{n.namedIntro}</p>
            <ul class="utrecht-unordered-list">
              {network.named.map((m) => (
                <li class="utrecht-unordered-list__item">
                  {m.name} {m.own ? <span class="duiding-muted">{n.ownMark}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {network.unnamedCount > 0 ? <p class="utrecht-paragraph">{n.unnamed(network.unnamedCount)}</p> : null}
      </Card>

      <Card id="naam" title={n.namedTitle}>
        <p class="utrecht-paragraph">{n.namedNow(network.own.named)}</p>
        {view.may('network.join') ? (
          <form method="post" action={`${base}/naam`}>
            <CsrfField token={csrf} />
            <input type="hidden" name="named" value={network.own.named ? 'nee' : 'ja'} />
            <SubmitButton secondary>{network.own.named ? n.nameOff : n.nameOn}</SubmitButton>
          </form>
        ) : null}
      </Card>

      <Card id="instrument" title={n.instrumentTitle}>
        {network.questionnaires.length === 0 ? (
          <p class="utrecht-paragraph">{n.noQuestionnaires}</p>
        ) : (
          <TableRegion caption={n.instrumentTitle}>
            <TableHead columns={[n.questionnaire, n.latestVersion, n.questionCount]} />
            <tbody class="utrecht-table__body">
              {network.questionnaires.map((q) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {q.title} <span class="duiding-muted">({q.key})</span>
                  </th>
                  <td class="utrecht-table__cell">{q.latest}</td>
                  <td class="utrecht-table__cell">{q.questionCount}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={`${base}/instrument`}>
            {n.openInstrument}
          </a>
        </p>
        <ul class="utrecht-unordered-list">
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={`${base}/vergelijken`}>
              {view.t.networkCompare.openCompare}
            </a>
          </li>
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={`${base}/bibliotheek`}>
              {view.t.networkCompare.openLibrary}
            </a>
          </li>
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={`${base}/reviews`}>
              {view.t.networkReview.open}
            </a>
          </li>
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={`${base}/rapporten`}>
              {view.t.networkReport.open}
            </a>
          </li>
        </ul>
        {network.indicators ? (
          <TableRegion caption={n.indicatorsTitle(network.indicators.version)}>
            <TableHead columns={[n.indicatorKey, n.indicatorName, n.indicatorUnit]} />
            <tbody class="utrecht-table__body">
              {network.indicators.indicators.map((i) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {i.key}
                  </th>
                  <td class="utrecht-table__cell">{i.name}</td>
                  <td class="utrecht-table__cell">{i.unit}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        ) : (
          <p class="utrecht-paragraph">{n.noIndicators}</p>
        )}
      </Card>

      <Card id="aanbieders" title={n.providersTitle}>
        <p class="utrecht-paragraph">{n.providersIntro}</p>
        {network.providers.length === 0 ? (
          <p class="utrecht-paragraph">{n.noProviders}</p>
        ) : (
          <TableRegion caption={n.providersTitle}>
            <TableHead columns={view.may('network.manage') ? [n.providerCode, n.providerName, ''] : [n.providerCode, n.providerName]} />
            <tbody class="utrecht-table__body">
              {network.providers.map((p) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {p.code}
                  </th>
                  <td class="utrecht-table__cell">{p.name}</td>
                  {view.may('network.manage') ? (
                    <td class="utrecht-table__cell">
                      <DeleteButton csrf={csrf} action={`${base}/aanbieders/verwijderen`} label={n.removeProvider(p.name)} fields={{ code: p.code }} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
        {view.may('network.manage') ? (
          <form method="post" action={`${base}/aanbieders`} novalidate>
            <CsrfField token={csrf} />
            <TextField name="code" label={n.providerCode} value={providerForm?.code ?? ''} error={errorOf('code')} required maxlength={60} />
            <TextField name="name" label={n.providerName} value={providerForm?.name ?? ''} error={errorOf('name')} required maxlength={200} />
            <SubmitButton>{n.addProvider}</SubmitButton>
          </form>
        ) : null}
      </Card>

      {view.may('network.join') ? (
        <Card id="verlaten" title={n.leaveTitle}>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={`${base}/verlaten`}>
              {n.leaveLink}
            </a>
          </p>
        </Card>
      ) : null}
    </Layout>
  );
}
