// /netwerken/{slug}/reviews/{id}: one quality review of the network — plan, participants, the
// cases members brought (a member by name only when it chose to be named, else "een gemeente in
// het netwerk", docs/network.md), the record and the agreed actions with learning levels. Built
// from the local dialogue page's parts (web/pages/dialogues/*); every form works without JavaScript.
import type { Problem } from '../../../domain/problems.ts';
import type { readReview } from '../../../services/network-compare/memory.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { Card } from '../../components/card.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDay } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { ActionsSection } from '../dialogues/actions.tsx';
import { Paragraphs } from '../dialogues/detail.tsx';
import { ParticipantFields } from '../dialogues/list.tsx';
import { OpgavenErrors } from '../opgaven/problems.tsx';

type ReviewView = Awaited<ReturnType<typeof readReview>>;

/** Which form a rejected post came from, so only that form shows the posted values again. */
export type ReviewForm = 'record' | 'case' | 'action';

interface ReviewPageProps {
  view: View;
  data: ReviewView;
  canWrite: boolean;
  canBring: boolean;
  saved?: boolean;
  /** How many personal details the redaction removed from what was just saved. */
  removed?: number;
  problems?: Problem[];
  form?: ReviewForm;
  values?: Record<string, string>;
}

const ERROR_TARGETS: Record<ReviewForm, Record<string, string>> = {
  record: { seen: 'verslag-gezien', interpretations: 'verslag-duiding', record: 'verslag-overig' },
  case: { title: 'casus-titel', summary: 'casus-samenvatting', period: 'casus-periode' },
  action: { description: 'actie-beschrijving', kind: 'actie-soort', owner: 'actie-eigenaar', dueOn: 'actie-datum', learningLevel: 'actie-niveau' },
};

export function ReviewPage({ view, data, canWrite, canBring, saved, removed, problems, form, values = {} }: ReviewPageProps) {
  const { network, review, cases, actions } = data;
  const g = view.t.opgaven.dialogues;
  const r = view.t.opgaven.dialogue;
  const s = view.t.networkReview;
  const base = `/netwerken/${network.slug}/reviews/${review.id}`;
  const csrf = view.session?.csrfToken;
  const posted = (which: ReviewForm) => (form === which ? values : undefined);
  const errorOf = (field: string) =>
    form === 'case'
      ? problems
          ?.filter((p) => p.field === field)
          .map((p) => p[view.lang])
          .join(' ') || undefined
      : undefined;
  const today = new Date().toISOString().slice(0, 10);
  const planned = review.heldOn === null || review.heldOn > today;
  return (
    <Layout view={view} title={review.title} current="network">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/netwerken/${network.slug}/reviews`}>
          {s.backToList}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{review.title}</h1>
      {saved ? <Notice>{s.saved}</Notice> : null}
      {removed ? <Notice kind="warning">{s.removed(removed)}</Notice> : null}
      <OpgavenErrors view={view} problems={problems} ids={form ? ERROR_TARGETS[form] : {}} />
      <dl class="duiding-facts duiding-facts--inline">
        <dt>{g.kind}</dt>
        <dd>{g.kinds.kwaliteitsreview}</dd>
        <dt>{g.date}</dt>
        <dd>
          {review.heldOn ? formatDay(review.heldOn, view.lang) : g.noDate} ({planned ? g.planned.toLowerCase() : g.held.toLowerCase()})
        </dd>
      </dl>
      <h2 class="utrecht-heading-2">{g.participants}</h2>
      {review.participants.length === 0 ? <p class="utrecht-paragraph duiding-empty">{r.noParticipants}</p> : null}
      <ul class="utrecht-unordered-list">
        {review.participants.map((p) => (
          <li class="utrecht-unordered-list__item">
            {g.roles[p.role] ?? p.role}
            {p.name ? `: ${p.name}` : ''}
          </li>
        ))}
      </ul>

      <Card id="casussen" title={s.casesTitle}>
        <p class="utrecht-paragraph">{s.casesIntro}</p>
        {cases.length === 0 ? <p class="utrecht-paragraph duiding-empty">{s.noCases}</p> : null}
        {cases.map((c) => (
          <article class="duiding-action" aria-labelledby={`casus-${c.id}`}>
            <h3 class="utrecht-heading-3" id={`casus-${c.id}`}>
              {c.title}
            </h3>
            <Paragraphs text={c.summary} />
            <dl class="duiding-facts duiding-facts--inline">
              <dt>{s.from}</dt>
              <dd>{c.member ?? s.someMember}</dd>
              <dt>{s.period}</dt>
              <dd>{c.period || '–'}</dd>
            </dl>
          </article>
        ))}
        {canBring ? (
          <form method="post" action={`${base}/casussen`} class="utrecht-form duiding-form" aria-labelledby="casus-inbrengen">
            <h3 class="utrecht-heading-3" id="casus-inbrengen">
              {s.bringTitle}
            </h3>
            <p class="utrecht-paragraph">{s.bringHint}</p>
            <CsrfField token={csrf} />
            <TextField id="casus-titel" name="title" label={s.caseTitle} value={posted('case')?.title} required maxlength={300} error={errorOf('title')} />
            <TextField
              id="casus-samenvatting"
              name="summary"
              label={s.summary}
              value={posted('case')?.summary}
              rows={5}
              required
              maxlength={5000}
              error={errorOf('summary')}
            />
            <TextField
              id="casus-periode"
              name="period"
              label={s.period}
              hint={s.periodHint}
              value={posted('case')?.period}
              maxlength={40}
              error={errorOf('period')}
            />
            <SubmitButton>{s.bring}</SubmitButton>
          </form>
        ) : null}
      </Card>

      <Card id="verslag" title={r.record}>
        {canWrite ? (
          <form method="post" action={`${base}/verslag`} class="utrecht-form duiding-form">
            <CsrfField token={csrf} />
            <p class="utrecht-paragraph">{r.recordIntro}</p>
            <TextField id="verslag-gezien" name="seen" label={r.seen} value={posted('record')?.seen ?? review.seen} rows={4} />
            <TextField
              id="verslag-duiding"
              name="interpretations"
              label={r.interpretations}
              value={posted('record')?.interpretations ?? review.interpretations}
              rows={4}
            />
            <TextField id="verslag-overig" name="record" label={r.notes} value={posted('record')?.record ?? review.record} rows={4} />
            <ParticipantFields view={view} values={posted('record')} participants={posted('record') ? [] : review.participants} />
            <SubmitButton>{r.saveRecord}</SubmitButton>
          </form>
        ) : (
          <>
            <h3 class="utrecht-heading-3">{r.seen}</h3>
            <Paragraphs text={review.seen} />
            <h3 class="utrecht-heading-3">{r.interpretations}</h3>
            <Paragraphs text={review.interpretations} />
            <h3 class="utrecht-heading-3">{r.notes}</h3>
            <Paragraphs text={review.record} />
          </>
        )}
      </Card>

      <ActionsSection view={view} base={base} actions={actions} canWrite={canWrite} canDelete={false} />
    </Layout>
  );
}
