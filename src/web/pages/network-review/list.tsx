// /netwerken/{slug}/reviews: the network's quality reviews, planned and held, and the form to plan
// one (network.review). Looks like the local dialogues' list (web/pages/dialogues/list.tsx) and
// reuses its participants fieldset.
import type { Problem } from '../../../domain/problems.ts';
import type { ReviewSummary } from '../../../services/network-compare/memory.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { Card } from '../../components/card.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDay } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { ParticipantFields } from '../dialogues/list.tsx';
import { OpgavenErrors } from '../opgaven/problems.tsx';

interface ReviewsPageProps {
  view: View;
  network: { slug: string; name: string };
  reviews: ReviewSummary[];
  canPlan: boolean;
  problems?: Problem[];
  values?: Record<string, string>;
}

function ReviewTable({ view, base, rows, caption }: { view: View; base: string; rows: ReviewSummary[]; caption: string }) {
  const g = view.t.opgaven.dialogues;
  const s = view.t.networkReview;
  return (
    <TableRegion caption={caption}>
      <TableHead columns={[g.colTitle, g.colDate, { label: s.colCases, numeric: true }, { label: g.colActions, numeric: true }]} />
      <tbody class="utrecht-table__body">
        {rows.map((r) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link utrecht-link--html-a" href={`${base}/${r.id}`}>
                {r.title}
              </a>
            </th>
            <td class="utrecht-table__cell">{r.heldOn ? formatDay(r.heldOn, view.lang) : g.noDate}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{r.cases}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{r.actions}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

export function ReviewsPage({ view, network, reviews, canPlan, problems, values = {} }: ReviewsPageProps) {
  const g = view.t.opgaven.dialogues;
  const s = view.t.networkReview;
  const base = `/netwerken/${network.slug}/reviews`;
  const planned = reviews.filter((r) => r.planned);
  const held = reviews.filter((r) => !r.planned);
  return (
    <Layout view={view} title={s.listTitle(network.name)} current="network">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/netwerken/${network.slug}`}>
          {s.back(network.name)}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{s.listTitle(network.name)}</h1>
      <p class="utrecht-paragraph">{s.listIntro}</p>
      <OpgavenErrors view={view} problems={problems} ids={{ title: 'review-titel', heldOn: 'review-datum' }} />
      {reviews.length === 0 ? (
        <>
          <p class="utrecht-paragraph duiding-empty">{s.none}</p>
          {canPlan ? <p class="utrecht-paragraph">{s.noneHint}</p> : null}
        </>
      ) : (
        <>
          <h2 class="utrecht-heading-2">{g.planned}</h2>
          {planned.length ? (
            <ReviewTable view={view} base={base} rows={planned} caption={s.captionPlanned} />
          ) : (
            <p class="utrecht-paragraph duiding-empty">{g.noPlanned}</p>
          )}
          <h2 class="utrecht-heading-2">{g.held}</h2>
          {held.length ? (
            <ReviewTable view={view} base={base} rows={held} caption={s.captionHeld} />
          ) : (
            <p class="utrecht-paragraph duiding-empty">{g.noHeld}</p>
          )}
        </>
      )}
      {canPlan ? (
        <Card id="review-plannen" title={s.planTitle}>
          <form method="post" action={base} class="utrecht-form duiding-form">
            <CsrfField token={view.session?.csrfToken} />
            <TextField id="review-titel" name="title" label={s.reviewTitle} value={values.title} required maxlength={300} />
            <TextField id="review-datum" name="heldOn" label={g.date} hint={g.dateHint} type="date" value={values.heldOn} />
            <ParticipantFields view={view} values={values} />
            <SubmitButton>{s.plan}</SubmitButton>
          </form>
        </Card>
      ) : null}
    </Layout>
  );
}
