// /patronen/{key}/patroon?patroon=A|B: one pattern — its sentence and figures, the chart that
// fits its kind with a table, and the charts of the questions themselves (slider, triad, stones).
import type { PatternDetail } from '../../../services/pattern-explorer.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { effectName, formatP, StrengthText } from './figures.tsx';
import { listHref, patternStoriesHref, type Pairs } from './links.ts';
import { MainChartSection } from './main-chart.tsx';
import { SideChartSection } from './side-charts.tsx';
import { WriteObservationLink } from '../observations/write-link.tsx';

export function PatternDetailPage({ view, detail, filter }: { view: View; detail: PatternDetail; filter: Pairs }) {
  const { t, lang } = view;
  const d = t.patterns.detail;
  const { pattern, a, b } = detail.row;
  const key = detail.questionnaire.key;
  const title = d.titleOf(a[lang], b[lang]);
  const n = (v: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(v);
  const figure = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3 }).format(v));
  return (
    <Layout view={view} title={title} current="patterns" scripts={['/assets/pattern-select.js']} stylesheets={['/assets/patterns.css']}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={listHref(key, filter)}>
          {d.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph duiding-lead">{detail.row.sentence[lang]}</p>
      <WriteObservationLink
        view={view}
        questionnaire={key}
        kind="patroon"
        pairs={[['patroon', `${pattern.a}|${pattern.b}`], ...filter.map(([n, v]) => [n, v] as [string, string])]}
      />
      <dl class="duiding-figures">
        <div>
          <dt>{d.strength}</dt>
          <dd>
            <StrengthText view={view} row={detail.row} />
          </dd>
        </div>
        <div>
          <dt>{d.n}</dt>
          <dd>
            <a class="utrecht-link utrecht-link--html-a" href={patternStoriesHref(key, pattern, filter)} aria-label={t.patterns.list.storiesOf(pattern.n)}>
              {n(pattern.n)}
            </a>
          </dd>
        </div>
        <div>
          <dt>{d.q}</dt>
          <dd>{formatP(pattern.q, lang)}</dd>
        </div>
        <div>
          <dt>{d.p}</dt>
          <dd>{formatP(pattern.p, lang)}</dd>
        </div>
        <div>
          <dt>{d.test}</dt>
          <dd>{t.patterns.tests[pattern.test]}</dd>
        </div>
        <div>
          <dt>{d.statistic}</dt>
          <dd>
            {figure(pattern.statistic)}
            {'df' in pattern && pattern.df !== undefined ? ` (${d.df} ${pattern.df})` : ''}
          </dd>
        </div>
        <div>
          <dt>{d.effect}</dt>
          <dd>
            {`${effectName(pattern.effect.name)} = ${figure(pattern.effect.value)}`}
            {detail.row.strength ? ` — ${detail.row.strength.convention}` : ''}
          </dd>
        </div>
      </dl>
      {pattern.test === 'chi-square' && pattern.low_expected ? (
        <p class="utrecht-paragraph duiding-hint" role="note">
          {d.lowExpected}
        </p>
      ) : null}
      <section class="duiding-pattern-chart" aria-labelledby="grafiek-kop">
        <h2 class="utrecht-heading-2" id="grafiek-kop">
          {d.chartTitle}
        </h2>
        <p class="utrecht-paragraph duiding-hint" id="grafiek-uitleg">
          {d.chartHelp}
        </p>
        <MainChartSection view={view} detail={detail} filter={filter} />
      </section>
      {detail.sides.map((chart, i) => (
        <SideChartSection view={view} chart={chart} keyOf={key} filter={filter} index={i} />
      ))}
      <p class="duiding-visually-hidden" role="status" aria-live="polite" data-select-status="" data-select-hint={t.patterns.detail.enterHint}></p>
    </Layout>
  );
}
