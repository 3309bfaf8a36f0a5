// /dialogen/{id}: the plan, the material, the record afterwards and the agreed actions with
// their follow-up. Readers (the council) see it all without the forms.
import type { Problem } from '../../../domain/problems.ts';
import type { DialogueView } from '../../../services/dialogue-read.ts';
import type { FormChoices } from '../../../services/opgaven-labels.ts';
import { formatDay } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { PatternFields, SeriesFields } from '../opgaven/judge.tsx';
import { DeleteButton, SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { OpgavenErrors } from '../opgaven/problems.tsx';
import { ActionsSection } from './actions.tsx';
import { PlanFields } from './list.tsx';
import { Card } from '../../components/card.tsx';
import { ObservationMaterialForm } from '../observations/material-form.tsx';

function materialLabel(view: View, m: DialogueView['material'][number]): string {
  const e = view.t.opgaven.evidence;
  const kind = m.kind === 'pattern' ? e.pattern : m.kind === 'story' ? e.story : m.kind === 'observation' ? view.t.observations.materialKind : e.indicator;
  return `${kind}: ${m.label ?? e.storyHidden}`;
}

/** A text in paragraphs (blank lines apart); the network's reviews show their record with it too. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/u)
        .filter(Boolean)
        .map((p) => (
          <p class="utrecht-paragraph duiding-story-text">{p}</p>
        ))}
    </>
  );
}

export function DialoguePage(props: { view: View; dialogue: DialogueView; choices: FormChoices; canWrite: boolean; problems?: Problem[]; saved?: boolean }) {
  const { view, dialogue: d, choices, canWrite } = props;
  const o = view.t.opgaven;
  const g = o.dialogues;
  const r = o.dialogue;
  const base = `/dialogen/${d.id}`;
  return (
    <Layout view={view} title={d.title} current="dialogues">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/dialogen">
          {r.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{d.title}</h1>
      {props.saved === true ? <Notice>{view.t.opgaven.saved}</Notice> : null}
      <OpgavenErrors
        view={view}
        problems={props.problems}
        ids={{ stories: 'materiaal-verhaal', seen: 'verslag-gezien', interpretations: 'verslag-duiding', record: 'verslag-overig' }}
      />
      <dl class="duiding-facts duiding-facts--inline">
        <dt>{g.kind}</dt>
        <dd>{g.kinds[d.kind] ?? d.kind}</dd>
        <dt>{g.date}</dt>
        <dd>
          {d.heldOn ? formatDay(d.heldOn, view.lang) : g.noDate} ({d.planned ? g.planned.toLowerCase() : g.held.toLowerCase()})
        </dd>
        {d.opgave ? (
          <>
            <dt>{g.colOpgave}</dt>
            <dd>
              <a class="utrecht-link utrecht-link--html-a" href={`/opgaven/${d.opgave.key}`}>
                {d.opgave.title}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <h2 class="utrecht-heading-2">{g.participants}</h2>
      {d.participants.length === 0 ? <p class="utrecht-paragraph duiding-empty">{r.noParticipants}</p> : null}
      <ul class="utrecht-unordered-list">
        {d.participants.map((p) => (
          <li class="utrecht-unordered-list__item">
            {g.roles[p.role] ?? p.role}
            {p.name ? `: ${p.name}` : ''}
          </li>
        ))}
      </ul>

      <Card id="materiaal" title={r.material}>
        <p class="utrecht-paragraph">{r.materialIntro}</p>
        {d.material.length === 0 ? <p class="utrecht-paragraph duiding-empty">{r.noMaterial}</p> : null}
        <ul class="duiding-links">
          {d.material.map((m, index) => (
            <li>
              {materialLabel(view, m)}{' '}
              {canWrite ? (
                <DeleteButton
                  csrf={view.session?.csrfToken}
                  action={`${base}/materiaal/verwijderen`}
                  label={`${r.remove}: ${materialLabel(view, m)}`}
                  fields={{ index: String(index) }}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {canWrite ? (
          <>
            <p class="utrecht-paragraph">
              <a class="utrecht-link utrecht-link--html-a" href={`${base}/sessiepakket`}>
                {r.pack}
              </a>
            </p>
            <details class="duiding-history">
              <summary>{r.addPattern}</summary>
              <form method="post" action={`${base}/materiaal`} class="utrecht-form duiding-form">
                <CsrfField token={view.session?.csrfToken} />
                <input type="hidden" name="kind" value="pattern" />
                <PatternFields view={view} choices={choices} prefix="materiaal-patroon" />
                <SubmitButton secondary>{r.addPattern}</SubmitButton>
              </form>
            </details>
            <details class="duiding-history">
              <summary>{r.addStory}</summary>
              <form method="post" action={`${base}/materiaal`} class="utrecht-form duiding-form">
                <CsrfField token={view.session?.csrfToken} />
                <input type="hidden" name="kind" value="story" />
                <TextField id="materiaal-verhaal" name="stories" label={r.storyRef} hint={o.judge.storiesHint} required maxlength={2000} />
                <SubmitButton secondary>{r.addStory}</SubmitButton>
              </form>
            </details>
            <details class="duiding-history">
              <summary>{r.addSeries}</summary>
              <form method="post" action={`${base}/materiaal`} class="utrecht-form duiding-form">
                <CsrfField token={view.session?.csrfToken} />
                <input type="hidden" name="kind" value="indicator" />
                <SeriesFields view={view} choices={choices} prefix="materiaal-reeks" />
                <SubmitButton secondary>{r.addSeries}</SubmitButton>
              </form>
            </details>
            <ObservationMaterialForm view={view} action={`${base}/materiaal`} observations={choices.observations} />
          </>
        ) : null}
      </Card>

      <Card id="verslag" title={r.record}>
        {canWrite ? (
          <form method="post" action={`${base}/verslag`} class="utrecht-form duiding-form">
            <CsrfField token={view.session?.csrfToken} />
            <p class="utrecht-paragraph">{r.recordIntro}</p>
            <TextField id="verslag-gezien" name="seen" label={r.seen} value={d.seen} rows={4} />
            <TextField id="verslag-duiding" name="interpretations" label={r.interpretations} value={d.interpretations} rows={4} />
            <TextField id="verslag-overig" name="record" label={r.notes} value={d.record} rows={4} />
            <SubmitButton>{r.saveRecord}</SubmitButton>
          </form>
        ) : (
          <>
            <h3 class="utrecht-heading-3">{r.seen}</h3>
            <Paragraphs text={d.seen} />
            <h3 class="utrecht-heading-3">{r.interpretations}</h3>
            <Paragraphs text={d.interpretations} />
            <h3 class="utrecht-heading-3">{r.notes}</h3>
            <Paragraphs text={d.record} />
          </>
        )}
      </Card>

      <ActionsSection view={view} base={base} actions={d.actionList} canWrite={canWrite} />

      {canWrite ? (
        <Card id="plan-bewerken" title={r.editPlan}>
          <form method="post" action={base} class="utrecht-form duiding-form">
            <CsrfField token={view.session?.csrfToken} />
            <PlanFields
              view={view}
              opgaven={choices.opgaven}
              values={{ kind: d.kind, title: d.title, heldOn: d.heldOn ?? '', opgave: d.opgave?.key ?? '' }}
              participants={d.participants}
            />
            <SubmitButton>{g.save}</SubmitButton>
          </form>
          <DeleteButton csrf={view.session?.csrfToken} action={`${base}/verwijderen`} label={r.delete} />
        </Card>
      ) : null}
    </Layout>
  );
}
