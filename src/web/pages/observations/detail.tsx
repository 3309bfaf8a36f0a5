// /observaties/{id}: one observation — its text and strength, its source run again on today's
// stories, its interpretations (at least two before it may feed a dialogue or the monitor, said
// plainly), a form to add one, and the choice of an opgave whose monitor shows it.
import type { Problem } from '../../../domain/problems.ts';
import type { ObservationPage } from '../../../services/sensemaking/pages.ts';
import { DeleteButton, SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { boardHref, observationHref } from './links.ts';
import { StatusText } from './list.tsx';
import { RerunView } from './rerun-view.tsx';

const DONE = ['opgeslagen', 'bewerkt', 'duiding', 'monitor'] as const;

export function ObservationDetailPage(p: {
  view: View;
  data: ObservationPage;
  done?: string;
  problems?: Problem[];
  interpretation?: string;
  /** The municipality is in a network and the reader may share there (network.share). */
  shareInNetwork?: boolean;
}) {
  const { view, data } = p;
  const { observation: o } = data;
  const m = view.t.observations;
  const canWrite = view.may('observations.write');
  const done = DONE.find((d) => d === p.done);
  const doneText =
    done === 'opgeslagen'
      ? m.saved
      : done === 'bewerkt'
        ? m.edited
        : done === 'duiding'
          ? m.interpretationAdded
          : done === 'monitor'
            ? m.monitorSaved
            : undefined;
  const error = (field: string) => {
    const found = (p.problems ?? []).filter((x) => x.field === field);
    return found.length ? found.map((x) => (view.lang === 'nl' ? x.nl : x.en)).join(' ') : undefined;
  };
  const base = observationHref(o.id);
  return (
    <Layout view={view} title={o.title} current="observations" scripts={['/assets/pattern-select.js']} stylesheets={['/assets/patterns.css']}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/observaties">
          {m.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{o.title}</h1>
      {doneText ? <Notice kind="ok">{doneText}</Notice> : null}
      <ErrorSummary
        problems={p.problems}
        lang={view.lang}
        title={m.errorSummary}
        idOf={(field) => (field === 'text' ? 'duiding-tekst' : field === 'opgave' ? 'monitor-opgave' : undefined)}
        labelOf={(field) => ({ text: m.interpretationLabel, opgave: m.monitorLabel })[field]}
      />
      <dl class="duiding-figures">
        <div>
          <dt>{m.questionnaire}</dt>
          <dd>{o.questionnaire}</dd>
        </div>
        <div>
          <dt>{m.source}</dt>
          <dd>{m.sourceKinds[o.source.kind]}</dd>
        </div>
        <div>
          <dt>{m.strength}</dt>
          <dd>{m.strengths[o.strength]}</dd>
        </div>
        <div>
          <dt>{m.status}</dt>
          <dd>
            <StatusText view={view} observation={o} />
          </dd>
        </div>
      </dl>
      {canWrite ? (
        <div class="duiding-actions">
          <a class="utrecht-link utrecht-link--html-a" href={`${base}/bewerken`}>
            {m.editLink}
          </a>
          <DeleteButton csrf={view.session?.csrfToken} action={`${base}/verwijderen`} label={m.deleteObservation} />
        </div>
      ) : null}
      {o.body ? o.body.split(/\n{2,}/).map((paragraph) => <p class="utrecht-paragraph duiding-prewrap">{paragraph}</p>) : null}
      {o.complete ? null : (
        <Notice kind="warning" id="onvolledig">
          {m.incompleteExplained}
        </Notice>
      )}

      <section aria-labelledby="duidingen-kop">
        <h2 class="utrecht-heading-2" id="duidingen-kop">
          {m.interpretationsHeading}
        </h2>
        <p class="utrecht-paragraph">{m.interpretationsIntro}</p>
        {o.interpretations.length === 0 ? (
          <p class="utrecht-paragraph">{m.noInterpretations}</p>
        ) : (
          <ol class="utrecht-ordered-list duiding-interpretations">
            {o.interpretations.map((i) => (
              <li class="utrecht-ordered-list__item">
                <span class="duiding-prewrap">{i.text}</span>
                {i.perspectiveId && data.perspectives[i.perspectiveId] ? (
                  <span class="duiding-hint"> ({m.inPerspective(data.perspectives[i.perspectiveId])})</span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {canWrite ? (
          <form method="post" action={`${base}/duidingen`} class="utrecht-form duiding-form" novalidate>
            <CsrfField token={view.session?.csrfToken} />
            <TextField
              id="duiding-tekst"
              name="text"
              label={m.interpretationLabel}
              hint={m.interpretationHint}
              value={p.interpretation}
              error={error('text')}
              rows={3}
              required
            />
            <SubmitButton>{m.addInterpretation}</SubmitButton>
          </form>
        ) : (
          <p class="utrecht-paragraph">{m.readOnly}</p>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={boardHref(o.questionnaire)}>
            {m.boardLink(o.questionnaire)}
          </a>
        </p>
      </section>

      <section aria-labelledby="monitor-kop">
        <h2 class="utrecht-heading-2" id="monitor-kop">
          {m.monitorHeading}
        </h2>
        {o.opgave ? <p class="utrecht-paragraph">{m.inMonitor(o.opgave)}</p> : null}
        {canWrite ? (
          o.complete || o.opgave ? (
            <form method="post" action={`${base}/monitor`} class="utrecht-form duiding-form" novalidate>
              <p class="utrecht-paragraph">{m.monitorIntro}</p>
              <CsrfField token={view.session?.csrfToken} />
              <SelectField
                id="monitor-opgave"
                name="opgave"
                label={m.monitorLabel}
                error={error('opgave')}
                value={o.opgave ?? ''}
                empty={m.monitorNone}
                options={data.opgaven.map((g) => ({ value: g.key, label: g.title }))}
              />
              <SubmitButton>{m.monitorSave}</SubmitButton>
            </form>
          ) : (
            <p class="utrecht-paragraph">{m.monitorBlocked}</p>
          )
        ) : null}
        <p class="utrecht-paragraph">{m.dialogueHint}</p>
        {p.shareInNetwork ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={`${base}/delen`}>
              {view.t.networkShare.observation.link}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="bron-kop" class="duiding-pattern-chart">
        <h2 class="utrecht-heading-2" id="bron-kop">
          {m.rerunHeading}
        </h2>
        <p class="utrecht-paragraph duiding-hint">{m.rerunNote}</p>
        <RerunView view={view} questionnaire={o.questionnaire} source={o.source} rerun={data.rerun} />
      </section>
      <p class="duiding-visually-hidden" role="status" aria-live="polite" data-select-status="" data-select-hint={view.t.patterns.detail.enterHint}></p>
    </Layout>
  );
}
