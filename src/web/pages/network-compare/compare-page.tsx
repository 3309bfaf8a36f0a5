// /netwerken/{slug}/vergelijken: the network comparison (services/network-compare) as tables —
// the members, the patterns that hold in every municipality against those that differ, the
// answers per shared question (network, rest of the network, each member the reader may see),
// and the shared indicators. Renders exactly the document's figures; nothing is computed here.
import type { Heterogeneity, NetworkCompareDocument, PatternComparison } from '../../../domain/network/compare-document.ts';
import type { Problem } from '../../../domain/problems.ts';
import type { Child } from 'hono/jsx';
import { HiddenPairs, SubmitButton } from '../../components/buttons.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { errorText } from '../../components/field.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { figureText } from './figures.ts';

type Doc = NetworkCompareDocument;

export interface PeriodForm {
  /** As typed (the query's from and to). */
  from: string;
  to: string;
  /** The other query parameters, kept by the period form (question=…). */
  keep: ReadonlyArray<readonly [string, string]>;
  problems?: Problem[];
}

/** The page; without a document (a period that was refused) only the period form with its problems. */
export function NetworkComparePage({
  view,
  network,
  document: doc,
  period,
  publish,
}: {
  view: View;
  network: { slug: string; name: string };
  document: Doc | null;
  period: PeriodForm;
  /** The coordinator's "Publiceer als rapport" form (web/pages/network-report), or nothing. */
  publish?: Child;
}) {
  const s = view.t.networkCompare;
  return (
    <Layout view={view} title={s.title(network.name)} current="network">
      <h1 class="utrecht-heading-1">{s.title(network.name)}</h1>
      <ErrorSummary problems={period.problems} lang={view.lang} title={s.errorTitle} />
      <p class="utrecht-paragraph">{s.intro}</p>
      <PeriodFields view={view} slug={network.slug} period={period} />
      {doc ? <Comparison view={view} doc={doc} /> : null}
      {doc ? publish : null}
    </Layout>
  );
}

/** A GET form (works without JavaScript): from and to, each with its own message next to it. */
function PeriodFields({ view, slug, period }: { view: View; slug: string; period: PeriodForm }) {
  const s = view.t.networkCompare;
  const action = `/netwerken/${encodeURIComponent(slug)}/vergelijken`;
  const errorOf = (field: string) => errorText(period.problems?.filter((p) => p.field === field).map((p) => (view.lang === 'en' ? p.en : p.nl)));
  return (
    <form method="get" action={action} class="duiding-network-period" aria-labelledby="periode-titel">
      <h2 class="utrecht-heading-2" id="periode-titel">
        {s.periodTitle}
      </h2>
      <div>
        <TextField
          name="from"
          label={s.periodFrom}
          hint={s.periodHint}
          value={period.from}
          error={errorOf('from')}
          inputClass="duiding-textbox--short"
          maxlength={20}
        />
        <TextField name="to" label={s.periodTo} value={period.to} error={errorOf('to')} inputClass="duiding-textbox--short" maxlength={20} />
      </div>
      <HiddenPairs pairs={period.keep} />
      <p class="utrecht-paragraph">
        <SubmitButton>{s.periodApply}</SubmitButton>
        {period.from || period.to ? (
          <a class="utrecht-link utrecht-link--html-a" href={action}>
            {s.periodClear}
          </a>
        ) : null}
      </p>
    </form>
  );
}

/** The figures of a comparison; a published report (web/pages/network-report) shows its snapshot with it too. */
export function Comparison({ view, doc }: { view: View; doc: Doc }) {
  const s = view.t.networkCompare;
  const f = (x: Parameters<typeof figureText>[0], digits = 0) => figureText(x, s, view.lang, digits);
  const questionText = new Map(doc.questions.map((q) => [q.variable, q.text[view.lang] ?? q.text.nl ?? q.question]));
  const nameOf = (variable: string) => questionText.get(variable) ?? variable;
  const holds = doc.patterns.filter((p) => p.verdict === 'holds-everywhere');
  const differs = doc.patterns.filter((p) => p.verdict === 'differs');
  return (
    <>
      <p class="utrecht-paragraph">{doc.period.from || doc.period.to ? s.periodShown(doc.period.from, doc.period.to) : s.periodAll}</p>
      <p class="utrecht-paragraph">{doc.viewer === 'provider' ? s.providerRules : s.rules}</p>
      <p class="utrecht-paragraph">{s.instrument(doc.questionnaire.title, doc.questionnaire.version)}</p>

      <h2 class="utrecht-heading-2">{s.membersTitle}</h2>
      <TableRegion caption={s.membersCaption}>
        <TableHead columns={[s.member, s.stories]} />
        <tbody class="utrecht-table__body">
          {doc.members.map((m) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {m.label} {m.own ? s.own : ''}
              </th>
              <td class="utrecht-table__cell">{f(m.stories)}</td>
            </tr>
          ))}
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              {s.network}
            </th>
            <td class="utrecht-table__cell">{f(doc.stories.network)}</td>
          </tr>
          {doc.stories.rest !== null ? (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {s.rest}
              </th>
              <td class="utrecht-table__cell">{f(doc.stories.rest)}</td>
            </tr>
          ) : null}
        </tbody>
      </TableRegion>

      <h2 class="utrecht-heading-2">{s.patternsTitle}</h2>
      <p class="utrecht-paragraph">{s.patternsIntro}</p>
      {doc.patterns.some((p) => p.kind === 'number-choice') ? <p class="utrecht-paragraph">{s.numberChoiceNote}</p> : null}
      <PatternTable view={view} title={s.holdsTitle} patterns={holds} nameOf={nameOf} />
      <PatternTable view={view} title={s.differsTitle} patterns={differs} nameOf={nameOf} />

      <h2 class="utrecht-heading-2">{s.questionsTitle}</h2>
      {doc.questions.map((q) => (
        <section aria-labelledby={`vraag-${q.variable}`}>
          <h3 class="utrecht-heading-3" id={`vraag-${q.variable}`}>
            {nameOf(q.variable)} {q.variable !== q.question ? `(${q.variable})` : ''}
          </h3>
          <p class="utrecht-paragraph">{heterogeneityText(view, q.heterogeneity)}</p>
          <TableRegion caption={s.questionCaption(nameOf(q.variable))}>
            <TableHead columns={[s.answer, s.network, ...(q.rest !== null ? [s.rest] : []), ...q.members.map((m) => m.label)]} />
            <tbody class="utrecht-table__body">
              {q.kind === 'choice' ? (
                q.categories.map((category, i) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {category}
                    </th>
                    <td class="utrecht-table__cell">{f(q.network[i])}</td>
                    {q.rest !== null ? <td class="utrecht-table__cell">{f(q.rest[i])}</td> : null}
                    {q.members.map((m) => (
                      <td class="utrecht-table__cell">{f(m.counts[i])}</td>
                    ))}
                  </tr>
                ))
              ) : (
                <>
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {s.answered}
                    </th>
                    <td class="utrecht-table__cell">{f(q.network.n)}</td>
                    {q.rest !== null ? <td class="utrecht-table__cell">{f(q.rest.n)}</td> : null}
                    {q.members.map((m) => (
                      <td class="utrecht-table__cell">{f(m.n)}</td>
                    ))}
                  </tr>
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {s.median}
                    </th>
                    <td class="utrecht-table__cell">{f(q.network.median, 2)}</td>
                    {q.rest !== null ? <td class="utrecht-table__cell">{f(q.rest.median, 2)}</td> : null}
                    {q.members.map((m) => (
                      <td class="utrecht-table__cell">{f(m.median, 2)}</td>
                    ))}
                  </tr>
                </>
              )}
            </tbody>
          </TableRegion>
        </section>
      ))}

      <h2 class="utrecht-heading-2">{s.indicatorsTitle}</h2>
      {doc.indicators.length === 0 ? (
        <p class="utrecht-paragraph">{s.noIndicators}</p>
      ) : (
        <TableRegion caption={s.indicatorCaption}>
          <TableHead
            columns={[
              s.indicator,
              s.network,
              ...(doc.viewer === 'provider' ? [s.yourOrganisation] : []),
              ...(doc.indicators[0]?.members ?? []).map((m) => m.label),
            ]}
          />
          <tbody class="utrecht-table__body">
            {doc.indicators.map((i) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {i.name} {i.unit ? `(${i.unit})` : ''}
                </th>
                <td class="utrecht-table__cell">{f(i.network, 1)}</td>
                {doc.viewer === 'provider' ? <td class="utrecht-table__cell">{f(i.provider, 1)}</td> : null}
                {(doc.indicators[0]?.members ?? []).map((column) => (
                  <td class="utrecht-table__cell">{f(i.members.find((m) => m.label === column.label)?.value ?? null, 1)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </>
  );
}

function heterogeneityText(view: View, h: Heterogeneity): string {
  const s = view.t.networkCompare;
  if (typeof h.p === 'object' && h.p !== null) return s.tooFewMembersTest;
  if (h.verdict === 'differs' && typeof h.p === 'number') return s.differs(h.p);
  if (h.verdict === 'same') return s.same;
  return s.untestable;
}

function PatternTable({ view, title, patterns, nameOf }: { view: View; title: string; patterns: PatternComparison[]; nameOf: (v: string) => string }) {
  const s = view.t.networkCompare;
  const f = (x: Parameters<typeof figureText>[0]) => figureText(x, s, view.lang, 2);
  const members = patterns[0]?.members ?? [];
  return (
    <>
      <h3 class="utrecht-heading-3">{title}</h3>
      {patterns.length === 0 ? (
        <p class="utrecht-paragraph">{s.noPatterns}</p>
      ) : (
        <TableRegion caption={s.patternCaption(title)}>
          <TableHead columns={[s.pair, s.strength, ...members.map((m) => m.label)]} />
          <tbody class="utrecht-table__body">
            {patterns.map((p) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {nameOf(p.a)} × {nameOf(p.b)}
                </th>
                <td class="utrecht-table__cell">{f(p.effect)}</td>
                {members.map((column) => (
                  <td class="utrecht-table__cell">{f(p.members.find((m) => m.label === column.label)?.effect ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </>
  );
}
