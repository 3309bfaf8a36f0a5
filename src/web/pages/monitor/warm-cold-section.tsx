// Warm × cold per wijk: where the stories and the numbers agree, and where they differ.
import type { MonitorData, WarmColdLink } from '../../../domain/monitor/types.ts';
import type { View } from '../../view.ts';
import { Disclosure, FigureText } from './figure.tsx';
import { LinkStatistics } from './statistics.tsx';
import type { MonitorMaps } from '../../../services/monitor/maps.ts';
import { ChoroplethMap } from '../../charts/choropleth.tsx';
import { formatNumber } from '../../format.ts';
import { TableRegion } from '../../components/table-region.tsx';
import { Card } from '../../components/card.tsx';

export function WarmColdSection({ view, data, print, maps }: { view: View; data: MonitorData; print: boolean; maps?: MonitorMaps }) {
  const m = view.t.monitor.warmCold;
  return (
    <Card id="warm-koud" title={m.title}>
      <p class="utrecht-paragraph">{m.intro}</p>
      {data.warmCold.available ? <p class="utrecht-paragraph duiding-monitor__caveat">{m.ecological}</p> : null}
      {data.warmCold.available ? (
        data.warmCold.links.map((link, i) => <LinkBlock view={view} link={link} index={i} print={print} maps={maps} />)
      ) : (
        <p class="utrecht-paragraph duiding-empty">{m.none}</p>
      )}
    </Card>
  );
}

function LinkBlock({ view, link, index, print, maps }: { view: View; link: WarmColdLink; index: number; print: boolean; maps?: MonitorMaps }) {
  const m = view.t.monitor.warmCold;
  const lang = view.lang;
  const names = (kind: 'agree' | 'disagree') =>
    link.areas
      .filter((a) => a.agreement === kind)
      .map((a) => a.name)
      .join(', ') || m.nobody;
  const heading = m.heading(link.storyVariable.label[lang], link.indicator.name, link.period);
  return (
    <article class="duiding-monitor__link" aria-labelledby={`link-${index}`}>
      <h3 class="utrecht-heading-3" id={`link-${index}`}>
        {heading}
      </h3>
      <LinkStatistics view={view} link={link} />
      <LinkMaps view={view} link={link} index={index} maps={maps} />
      <dl class="duiding-facts duiding-facts--inline">
        <dt>{m.agreeList}</dt>
        <dd>{names('agree')}</dd>
        <dt>{m.disagreeList}</dt>
        <dd>{names('disagree')}</dd>
      </dl>
      <Disclosure summary={view.t.monitor.indicators.table} open={print}>
        <TableRegion caption={heading}>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {m.area}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                {m.stories}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                {m.storyValue} ({link.aggregate === 'median' ? m.median : m.share})
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                {m.indicatorValue}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {m.agreement}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {link.areas.map((a) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {a.name}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                  <FigureText view={view} value={a.stories} />
                </td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                  <FigureText view={view} value={a.storyValue} percent={link.aggregate === 'share'} />
                </td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                  <FigureText view={view} value={a.indicatorValue} />
                </td>
                <td class={`utrecht-table__cell duiding-agreement duiding-agreement--${a.agreement}`}>{m.agreements[a.agreement]}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </Disclosure>
    </article>
  );
}

/** The cold and the warm side per wijk as two maps, where the area register has their shapes. */
function LinkMaps({ view, link, index, maps }: { view: View; link: WarmColdLink; index: number; maps?: MonitorMaps }) {
  const shown = maps?.warmCold.get(index);
  if (!shown || (!shown.indicator && !shown.stories)) return null;
  const a = view.t.areas.map;
  const format = (v: number) => formatNumber(v, view.lang);
  // A share is shown as a percentage, as in the table (FigureText).
  const percent = (v: number) => `${formatNumber(Math.round(v * 100), view.lang)}%`;
  const story = `${link.storyVariable.label[view.lang]} (${link.aggregate === 'median' ? view.t.monitor.warmCold.median : view.t.monitor.warmCold.share})`;
  return (
    <div class="duiding-multiples">
      {shown.indicator ? (
        <ChoroplethMap
          id={`kaart-link-${index}-koud`}
          map={shown.indicator.map}
          title={a.title(link.indicator.name, link.period)}
          desc={a.desc(shown.indicator.map.areas.length, link.period)}
          tableId={`link-${index}`}
          format={format}
          t={a}
        />
      ) : null}
      {shown.stories ? (
        <ChoroplethMap
          id={`kaart-link-${index}-warm`}
          map={shown.stories.map}
          title={a.title(story, link.period)}
          desc={a.desc(shown.stories.map.areas.length, link.period)}
          tableId={`link-${index}`}
          format={link.aggregate === 'share' ? percent : format}
          t={a}
        />
      ) : null}
    </div>
  );
}
