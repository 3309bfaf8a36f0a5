// /opgaven/{key}/elementen/{id}: edit a statement (A/B/C) or an assumption, tag its building
// block, link indicators and questions, add assumptions under a statement, delete.
import type { Problem } from '../../../domain/problems.ts';
import type { FormChoices } from '../../../services/opgaven-labels.ts';
import type { AssumptionView, StatementView, TheoryOfChange } from '../../../services/opgaven.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { blockOptions } from './detail.tsx';
import { Button, Csrf, DeleteButton, ErrorSummary, Field, Saved, Select, TextArea } from './parts.tsx';

export interface ElementPageProps {
  view: View;
  theory: TheoryOfChange;
  element: { kind: 'statement'; value: StatementView } | { kind: 'assumption'; value: AssumptionView };
  choices: FormChoices;
  problems?: Problem[];
  saved?: boolean;
}

export function ElementPage({ view, theory, element, choices, problems, saved }: ElementPageProps) {
  const o = view.t.opgaven;
  const e = o.element;
  const base = `/opgaven/${theory.opgave.key}`;
  const self = `${base}/elementen/${element.value.id}`;
  const title = element.kind === 'statement' ? e.titleStatement : e.titleAssumption;
  const statement = element.kind === 'statement' ? element.value : null;
  const linked = new Set(element.value.links.map((l) => `${l.kind}:${l.ref}`));
  return (
    <Layout view={view} title={title} current="opgaven">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`${base}#verandertheorie`}>
          {e.back}: {theory.opgave.title}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Saved view={view} show={saved === true} />
      <ErrorSummary view={view} problems={problems} />
      <section class="duiding-card" aria-labelledby="tekst-titel">
        <h2 class="utrecht-heading-2" id="tekst-titel">
          {o.fields.text}
        </h2>
        <form method="post" action={self} class="utrecht-form duiding-form">
          <Csrf view={view} />
          {statement && statement.parts ? (
            <>
              <Field id="deel-a" label={o.fields.action}>
                <TextArea id="deel-a" name="action" value={statement.parts.action} required rows={2} />
              </Field>
              <Field id="deel-b" label={o.fields.contributesTo}>
                <TextArea id="deel-b" name="contributesTo" value={statement.parts.contributesTo} required rows={2} />
              </Field>
              <Field id="deel-c" label={o.fields.because}>
                <TextArea id="deel-c" name="because" value={statement.parts.because} required rows={2} />
              </Field>
            </>
          ) : (
            <Field id="element-tekst" label={o.fields.text} hint={statement ? e.freeText : undefined}>
              <TextArea id="element-tekst" name="text" value={element.value.text} required hint={statement !== null} rows={3} />
            </Field>
          )}
          <Field id="element-bouwsteen" label={o.fields.buildingBlock}>
            <Select id="element-bouwsteen" name="buildingBlock" value={element.value.buildingBlock} empty={o.none} options={blockOptions(view)} />
          </Field>
          <Button>{e.save}</Button>
        </form>
      </section>

      <section class="duiding-card" aria-labelledby="koppelingen">
        <h2 class="utrecht-heading-2" id="koppelingen">
          {e.links}
        </h2>
        <p class="utrecht-paragraph">{e.linkIntro}</p>
        {element.value.links.length === 0 ? <p class="utrecht-paragraph duiding-empty">{o.detail.noLinks}</p> : null}
        <ul class="duiding-links">
          {element.value.links.map((l) => (
            <li>
              <span class="duiding-link-kind">{l.kind === 'indicator' ? o.detail.indicator : o.detail.question}</span> {l.label}{' '}
              <DeleteButton view={view} action={`${self}/ontkoppelen`} label={`${e.unlink}: ${l.label}`} fields={{ kind: l.kind, ref: l.ref }} />
            </li>
          ))}
        </ul>
        <form method="post" action={`${self}/koppelen`} class="utrecht-form duiding-form">
          <Csrf view={view} />
          <input type="hidden" name="kind" value="indicator" />
          <Field id="koppel-indicator" label={e.chooseIndicator}>
            <Select id="koppel-indicator" name="ref" required options={choices.indicators.filter((i) => !linked.has(`indicator:${i.key}`)).map((i) => ({ value: i.key, label: i.name }))} />
          </Field>
          <Button secondary>{e.linkIndicator}</Button>
        </form>
        <form method="post" action={`${self}/koppelen`} class="utrecht-form duiding-form">
          <Csrf view={view} />
          <input type="hidden" name="kind" value="question" />
          <Field id="koppel-vraag" label={e.chooseQuestion}>
            <Select id="koppel-vraag" name="ref" required options={choices.questions.filter((q) => !linked.has(`question:${q.key}`)).map((q) => ({ value: q.key, label: q.text }))} />
          </Field>
          <Button secondary>{e.linkQuestion}</Button>
        </form>
      </section>

      {statement ? (
        <section class="duiding-card" aria-labelledby="aanname-toevoegen">
          <h2 class="utrecht-heading-2" id="aanname-toevoegen">
            {e.addAssumption}
          </h2>
          <form method="post" action={`${self}/aannames`} class="utrecht-form duiding-form">
            <Csrf view={view} />
            <Field id="aanname-tekst" label={e.assumptionText} hint={e.assumptionHint}>
              <TextArea id="aanname-tekst" name="text" required hint rows={2} />
            </Field>
            <Field id="aanname-bouwsteen" label={o.fields.buildingBlock}>
              <Select id="aanname-bouwsteen" name="buildingBlock" empty={o.none} options={blockOptions(view)} />
            </Field>
            <Button secondary>{e.addAssumption}</Button>
          </form>
        </section>
      ) : null}

      <DeleteButton view={view} action={`${self}/verwijderen`} label={`${e.delete}: ${title.toLowerCase()}`} />
    </Layout>
  );
}
