// /opgaven/{key}: the opgave, its theory of change with assumptions, statuses and evidence, and the
// actions agreed about it. Editors get the forms; the council reads.
import type { Problem } from '../../../domain/problems.ts';
import { BUILDING_BLOCKS, DOMAINS } from '../../../domain/opgaven/vocabulary.ts';
import type { ActionView, TheoryOfChange, TocLinkView } from '../../../services/opgaven.ts';
import { formatDate } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import type { QuestionnaireTie } from '../../../services/opgave-questionnaires.ts';
import { ActionsTable } from './actions-table.tsx';
import { QuestionnairesSection } from './questionnaires.tsx';
import { EvidenceList, History, StatusBadge } from './evidence.tsx';
import { DeleteButton, SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { OpgavenErrors } from './problems.tsx';
import { Card } from '../../components/card.tsx';

export interface OpgaveMay {
  write: boolean;
  judge: boolean;
  /** Providers read opgaven but not dialogues: no links to pages they may not open. */
  readDialogues: boolean;
}

function Links({ view, links }: { view: View; links: TocLinkView[] }) {
  const d = view.t.opgaven.detail;
  if (links.length === 0) return <p class="utrecht-paragraph duiding-empty">{d.noLinks}</p>;
  return (
    <ul class="duiding-links">
      {links.map((l) => (
        <li>
          <span class="duiding-link-kind">{l.kind === 'indicator' ? d.indicator : d.question}</span> {l.label}
        </li>
      ))}
    </ul>
  );
}

export const blockOptions = (view: View) => BUILDING_BLOCKS.map((b) => ({ value: b, label: view.t.opgaven.blocks[b] }));

export function OpgavePage(props: {
  view: View;
  theory: TheoryOfChange;
  actions: ActionView[];
  may: OpgaveMay;
  problems?: Problem[];
  saved?: boolean;
  statementForm?: Record<string, string>;
  questionnaires?: QuestionnaireTie[];
}) {
  const { view, theory, actions, may } = props;
  const o = view.t.opgaven;
  const d = o.detail;
  const base = `/opgaven/${theory.opgave.key}`;
  const form = props.statementForm ?? {};
  return (
    <Layout view={view} title={theory.opgave.title} current="opgaven">
      <h1 class="utrecht-heading-1">{theory.opgave.title}</h1>
      {props.saved === true ? <Notice>{view.t.opgaven.saved}</Notice> : null}
      <OpgavenErrors
        view={view}
        problems={props.problems}
        ids={{
          action: 'stelling-a',
          contributesTo: 'stelling-b',
          because: 'stelling-c',
          buildingBlock: 'stelling-bouwsteen',
          title: 'bewerk-titel',
          domain: 'bewerk-domein',
          description: 'bewerk-beschrijving',
        }}
      />
      <dl class="duiding-facts duiding-facts--inline">
        <dt>{d.domain}</dt>
        <dd>{o.domains[theory.opgave.domain] ?? theory.opgave.domain}</dd>
      </dl>
      {theory.opgave.description ? <p class="utrecht-paragraph duiding-description">{theory.opgave.description}</p> : null}

      <h2 class="utrecht-heading-2" id="verandertheorie">
        {d.theory}
      </h2>
      <p class="utrecht-paragraph">{d.theoryIntro}</p>
      {theory.statements.length === 0 ? <p class="utrecht-paragraph duiding-empty">{d.noStatements}</p> : null}
      {theory.statements.map((s, index) => (
        <section class="duiding-card duiding-statement" aria-labelledby={`stelling-${s.id}`}>
          <h3 class="utrecht-heading-3" id={`stelling-${s.id}`}>
            {d.statement(index + 1)}
          </h3>
          <p class="utrecht-paragraph duiding-statement__text">{s.text}</p>
          {s.buildingBlock ? (
            <p class="utrecht-paragraph">
              {d.block}: <span class="duiding-block">{o.blocks[s.buildingBlock] ?? s.buildingBlock}</span>
            </p>
          ) : null}
          <h4 class="utrecht-heading-4">{d.links}</h4>
          <Links view={view} links={s.links} />
          {may.write ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link utrecht-link--html-a" href={`${base}/elementen/${s.id}`}>
                {d.editElement}
                <span class="duiding-visually-hidden"> ({d.statement(index + 1)})</span>
              </a>
            </p>
          ) : null}
          <h4 class="utrecht-heading-4">{d.assumptions}</h4>
          {s.assumptions.length === 0 ? <p class="utrecht-paragraph duiding-empty">{d.noAssumptions}</p> : null}
          <ul class="duiding-assumption-list">
            {s.assumptions.map((a) => (
              <li class="duiding-assumption" id={`aanname-${a.id}`}>
                <p class="utrecht-paragraph">
                  <StatusBadge view={view} status={a.status} /> {a.text}
                </p>
                {a.buildingBlock ? (
                  <p class="utrecht-paragraph">
                    {d.block}: {o.blocks[a.buildingBlock] ?? a.buildingBlock}
                  </p>
                ) : null}
                {a.links.length ? <Links view={view} links={a.links} /> : null}
                {a.latest ? (
                  <div class="duiding-evidence-box">
                    <p class="utrecht-paragraph">
                      <strong>{d.evidence}</strong> ({formatDate(new Date(a.latest.changedAt), view.lang)}, {o.evidence.by(a.latest.changedBy)})
                    </p>
                    <EvidenceList view={view} change={a.latest} opgaveKey={theory.opgave.key} />
                  </div>
                ) : null}
                <History view={view} assumption={a} opgaveKey={theory.opgave.key} />
                <p class="utrecht-paragraph duiding-actions-row">
                  {may.judge ? (
                    <a class="utrecht-link utrecht-link--html-a" href={`${base}/aannames/${a.id}`}>
                      {d.judge}
                      <span class="duiding-visually-hidden">: {a.text}</span>
                    </a>
                  ) : null}
                  {may.write ? (
                    <a class="utrecht-link utrecht-link--html-a" href={`${base}/elementen/${a.id}`}>
                      {d.editElement}
                      <span class="duiding-visually-hidden">: {a.text}</span>
                    </a>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}

      {props.questionnaires ? <QuestionnairesSection view={view} base={base} ties={props.questionnaires} write={may.write} /> : null}

      <h2 class="utrecht-heading-2" id="acties">
        {d.actions}
      </h2>
      {actions.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{d.noActions}</p>
      ) : (
        <ActionsTable view={view} actions={actions} linkDialogues={may.readDialogues} />
      )}

      {may.write ? (
        <>
          <Card id="stelling-toevoegen" title={d.addStatement}>
            <p class="utrecht-paragraph">{d.addStatementIntro}</p>
            <form method="post" action={`${base}/stellingen`} class="utrecht-form duiding-form">
              <CsrfField token={view.session?.csrfToken} />
              <TextField id="stelling-a" name="action" label={o.fields.action} value={form.action} required rows={2} />
              <TextField id="stelling-b" name="contributesTo" label={o.fields.contributesTo} value={form.contributesTo} required rows={2} />
              <TextField id="stelling-c" name="because" label={o.fields.because} value={form.because} required rows={2} />
              <SelectField
                id="stelling-bouwsteen"
                name="buildingBlock"
                label={o.fields.buildingBlock}
                value={form.buildingBlock}
                empty={o.none}
                options={blockOptions(view)}
              />
              <SubmitButton>{d.addStatement}</SubmitButton>
            </form>
          </Card>
          <Card id="opgave-bewerken" title={d.edit}>
            <form method="post" action={base} class="utrecht-form duiding-form">
              <CsrfField token={view.session?.csrfToken} />
              <TextField id="bewerk-titel" name="title" label={o.fields.title} value={theory.opgave.title} required maxlength={300} />
              <SelectField
                id="bewerk-domein"
                name="domain"
                label={o.fields.domain}
                value={theory.opgave.domain}
                options={DOMAINS.map((x) => ({ value: x, label: o.domains[x] }))}
              />
              <TextField id="bewerk-beschrijving" name="description" label={o.fields.description} value={theory.opgave.description} rows={5} />
              <SubmitButton>{d.save}</SubmitButton>
            </form>
            <DeleteButton csrf={view.session?.csrfToken} action={`${base}/verwijderen`} label={d.delete} />
          </Card>
        </>
      ) : null}
    </Layout>
  );
}
