// /dialogen/{id}: the plan, the material, the record afterwards and the agreed actions with
// their follow-up. Readers (the council) see it all without the forms.
import type { Problem } from '../../../domain/problems.ts';
import type { DialogueView } from '../../../services/dialogue-read.ts';
import type { FormChoices } from '../../../services/opgaven-labels.ts';
import { formatDay } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { PatternFields, SeriesFields } from '../opgaven/judge.tsx';
import { Button, Csrf, DeleteButton, ErrorSummary, Field, Saved, TextArea, TextInput } from '../opgaven/parts.tsx';
import { ActionsSection } from './actions.tsx';
import { PlanFields } from './list.tsx';

function materialLabel(view: View, m: DialogueView['material'][number]): string {
  const e = view.t.opgaven.evidence;
  const kind = m.kind === 'pattern' ? e.pattern : m.kind === 'story' ? e.story : e.indicator;
  return `${kind}: ${m.label ?? e.storyHidden}`;
}

function Paragraphs({ text }: { text: string }) {
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
      <Saved view={view} show={props.saved === true} />
      <ErrorSummary view={view} problems={props.problems} />
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

      <section class="duiding-card" aria-labelledby="materiaal">
        <h2 class="utrecht-heading-2" id="materiaal">
          {r.material}
        </h2>
        <p class="utrecht-paragraph">{r.materialIntro}</p>
        {d.material.length === 0 ? <p class="utrecht-paragraph duiding-empty">{r.noMaterial}</p> : null}
        <ul class="duiding-links">
          {d.material.map((m, index) => (
            <li>
              {materialLabel(view, m)}{' '}
              {canWrite ? <DeleteButton view={view} action={`${base}/materiaal/verwijderen`} label={`${r.remove}: ${materialLabel(view, m)}`} fields={{ index: String(index) }} /> : null}
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
                <Csrf view={view} />
                <input type="hidden" name="kind" value="pattern" />
                <PatternFields view={view} choices={choices} prefix="materiaal-patroon" />
                <Button secondary>{r.addPattern}</Button>
              </form>
            </details>
            <details class="duiding-history">
              <summary>{r.addStory}</summary>
              <form method="post" action={`${base}/materiaal`} class="utrecht-form duiding-form">
                <Csrf view={view} />
                <input type="hidden" name="kind" value="story" />
                <Field id="materiaal-verhaal" label={r.storyRef} hint={o.judge.storiesHint}>
                  <TextInput id="materiaal-verhaal" name="stories" required hint maxlength={2000} />
                </Field>
                <Button secondary>{r.addStory}</Button>
              </form>
            </details>
            <details class="duiding-history">
              <summary>{r.addSeries}</summary>
              <form method="post" action={`${base}/materiaal`} class="utrecht-form duiding-form">
                <Csrf view={view} />
                <input type="hidden" name="kind" value="indicator" />
                <SeriesFields view={view} choices={choices} prefix="materiaal-reeks" />
                <Button secondary>{r.addSeries}</Button>
              </form>
            </details>
          </>
        ) : null}
      </section>

      <section class="duiding-card" aria-labelledby="verslag">
        <h2 class="utrecht-heading-2" id="verslag">
          {r.record}
        </h2>
        {canWrite ? (
          <form method="post" action={`${base}/verslag`} class="utrecht-form duiding-form">
            <Csrf view={view} />
            <p class="utrecht-paragraph">{r.recordIntro}</p>
            <Field id="verslag-gezien" label={r.seen}>
              <TextArea id="verslag-gezien" name="seen" value={d.seen} rows={4} />
            </Field>
            <Field id="verslag-duiding" label={r.interpretations}>
              <TextArea id="verslag-duiding" name="interpretations" value={d.interpretations} rows={4} />
            </Field>
            <Field id="verslag-overig" label={r.notes}>
              <TextArea id="verslag-overig" name="record" value={d.record} rows={4} />
            </Field>
            <Button>{r.saveRecord}</Button>
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
      </section>

      <ActionsSection view={view} dialogue={d} canWrite={canWrite} />

      {canWrite ? (
        <section class="duiding-card" aria-labelledby="plan-bewerken">
          <h2 class="utrecht-heading-2" id="plan-bewerken">
            {r.editPlan}
          </h2>
          <form method="post" action={base} class="utrecht-form duiding-form">
            <Csrf view={view} />
            <PlanFields view={view} opgaven={choices.opgaven} values={{ kind: d.kind, title: d.title, heldOn: d.heldOn ?? '', opgave: d.opgave?.key ?? '' }} participants={d.participants} />
            <Button>{g.save}</Button>
          </form>
          <DeleteButton view={view} action={`${base}/verwijderen`} label={r.delete} />
        </section>
      ) : null}
    </Layout>
  );
}
