// /catalyse/{questionnaire}: where the catalytic report is fetched (HTML or PDF, as a download:
// the report carries its own print styles). States plainly that it is the analysts' view.
import { Notice } from '../../components/notice.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { boardHref, reportHref } from './links.ts';

export function CatalyticPage({ view, questionnaire, observations, complete }: { view: View; questionnaire: string; observations: number; complete: number }) {
  const m = view.t.observations;
  return (
    <Layout view={view} title={m.reportTitle(questionnaire)} current="observations">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/observaties">
          {m.back}
        </a>
        {' · '}
        <a class="utrecht-link utrecht-link--html-a" href={boardHref(questionnaire)}>
          {m.boardLink(questionnaire)}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{m.reportTitle(questionnaire)}</h1>
      <p class="utrecht-paragraph">{m.reportFor}</p>
      <Notice kind="warning" title={m.reportAudienceTitle}>
        {m.analystsOnly}
      </Notice>
      <p class="utrecht-paragraph">{m.reportCounts(observations, complete)}</p>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link utrecht-link--html-a" href={`${reportHref(questionnaire)}/html?lang=${view.lang}`}>
            {m.reportHtml}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link utrecht-link--html-a" href={`${reportHref(questionnaire, true)}?lang=${view.lang}`}>
            {m.reportPdf}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
