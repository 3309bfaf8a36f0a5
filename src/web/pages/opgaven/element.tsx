// /opgaven/{key}/elementen/{id}: edit a statement (A/B/C) or an assumption, tag its building
// block, link indicators and questions, add assumptions under a statement, delete.
import type { Problem } from '../../../domain/problems.ts';
import type { FormChoices } from '../../../services/opgaven-labels.ts';
import type { AssumptionView, StatementView, TheoryOfChange } from '../../../services/opgaven.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { blockOptions } from './detail.tsx';
import { DeleteButton, SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { OpgavenErrors } from './problems.tsx';
import { Card } from '../../components/card.tsx';

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
      {saved === true ? <Notice>{view.t.opgaven.saved}</Notice> : null}
      <OpgavenErrors
        view={view}
        problems={problems}
        ids={{ action: 'deel-a', contributesTo: 'deel-b', because: 'deel-c', text: 'element-tekst', buildingBlock: 'element-bouwsteen' }}
      />
      <Card id="tekst-titel" title={o.fields.text}>
        <form method="post" action={self} class="utrecht-form duiding-form">
          <CsrfField token={view.session?.csrfToken} />
          {statement?.parts ? (
            <>
              <TextField id="deel-a" name="action" label={o.fields.action} value={statement.parts.action} required rows={2} />
              <TextField id="deel-b" name="contributesTo" label={o.fields.contributesTo} value={statement.parts.contributesTo} required rows={2} />
              <TextField id="deel-c" name="because" label={o.fields.because} value={statement.parts.because} required rows={2} />
            </>
          ) : (
            <TextField
              id="element-tekst"
              name="text"
              label={o.fields.text}
              hint={statement ? e.freeText : undefined}
              value={element.value.text}
              required
              rows={3}
            />
          )}
          <SelectField
            id="element-bouwsteen"
            name="buildingBlock"
            label={o.fields.buildingBlock}
            value={element.value.buildingBlock}
            empty={o.none}
            options={blockOptions(view)}
          />
          <SubmitButton>{e.save}</SubmitButton>
        </form>
      </Card>

      <Card id="koppelingen" title={e.links}>
        <p class="utrecht-paragraph">{e.linkIntro}</p>
        {element.value.links.length === 0 ? <p class="utrecht-paragraph duiding-empty">{o.detail.noLinks}</p> : null}
        <ul class="duiding-links">
          {element.value.links.map((l) => (
            <li>
              <span class="duiding-link-kind">{l.kind === 'indicator' ? o.detail.indicator : o.detail.question}</span> {l.label}{' '}
              <DeleteButton
                csrf={view.session?.csrfToken}
                action={`${self}/ontkoppelen`}
                label={`${e.unlink}: ${l.label}`}
                fields={{ kind: l.kind, ref: l.ref }}
              />
            </li>
          ))}
        </ul>
        <form method="post" action={`${self}/koppelen`} class="utrecht-form duiding-form">
          <CsrfField token={view.session?.csrfToken} />
          <input type="hidden" name="kind" value="indicator" />
          <SelectField
            id="koppel-indicator"
            name="ref"
            label={e.chooseIndicator}
            required
            options={choices.indicators.filter((i) => !linked.has(`indicator:${i.key}`)).map((i) => ({ value: i.key, label: i.name }))}
          />
          <SubmitButton secondary>{e.linkIndicator}</SubmitButton>
        </form>
        <form method="post" action={`${self}/koppelen`} class="utrecht-form duiding-form">
          <CsrfField token={view.session?.csrfToken} />
          <input type="hidden" name="kind" value="question" />
          <SelectField
            id="koppel-vraag"
            name="ref"
            label={e.chooseQuestion}
            required
            options={choices.questions.filter((q) => !linked.has(`question:${q.key}`)).map((q) => ({ value: q.key, label: q.text }))}
          />
          <SubmitButton secondary>{e.linkQuestion}</SubmitButton>
        </form>
      </Card>

      {statement ? (
        <Card id="aanname-toevoegen" title={e.addAssumption}>
          <form method="post" action={`${self}/aannames`} class="utrecht-form duiding-form">
            <CsrfField token={view.session?.csrfToken} />
            <TextField id="aanname-tekst" name="text" label={e.assumptionText} hint={e.assumptionHint} required rows={2} />
            <SelectField id="aanname-bouwsteen" name="buildingBlock" label={o.fields.buildingBlock} empty={o.none} options={blockOptions(view)} />
            <SubmitButton secondary>{e.addAssumption}</SubmitButton>
          </form>
        </Card>
      ) : null}

      <DeleteButton csrf={view.session?.csrfToken} action={`${self}/verwijderen`} label={`${e.delete}: ${title.toLowerCase()}`} />
    </Layout>
  );
}
