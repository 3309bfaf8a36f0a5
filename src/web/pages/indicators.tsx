import type { IndicatorTable } from '../../services/browse.ts';
import { isSuppressed } from '../../domain/privacy/suppression.ts';
import { formatNumber } from '../format.ts';
import { EmptyImport } from '../components/empty-import.tsx';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';
import type { IndicatorMap } from '../../services/area-maps.ts';
import { ChoroplethMap } from '../charts/choropleth.tsx';
import { TableHead, TableRegion } from '../components/table-region.tsx';
import { Card } from '../components/card.tsx';

export function IndicatorsPage({
  view,
  tables,
  canImport,
  maps = new Map(),
}: {
  view: View;
  tables: IndicatorTable[];
  canImport: boolean;
  maps?: Map<string, IndicatorMap>;
}) {
  const { t, lang } = view;
  const i = t.indicators;
  return (
    <Layout view={view} title={i.title} current="indicators">
      <h1 class="utrecht-heading-1">{i.title}</h1>
      <p class="utrecht-paragraph">{i.intro}</p>
      {tables.length === 0 ? <EmptyImport text={i.none} importLabel={t.nav.import} canImport={canImport} /> : null}
      {tables.map(({ definition, periods, rows }) => (
        <Card id={`indicator-${definition.key}`} title={definition.name}>
          {definition.definition ? <p class="utrecht-paragraph">{definition.definition}</p> : null}
          <dl class="duiding-facts duiding-facts--inline">
            {definition.unit ? (
              <>
                <dt>{i.unit}</dt>
                <dd>{definition.unit}</dd>
              </>
            ) : null}
            <dt>{i.direction}</dt>
            <dd>{i.directions[definition.direction]}</dd>
            {definition.source ? (
              <>
                <dt>{i.source}</dt>
                <dd>{definition.source}</dd>
              </>
            ) : null}
          </dl>
          {(() => {
            // Where the register has shapes: the newest period as a map, the table as its alternative.
            const shown = maps.get(definition.key);
            return shown ? (
              <ChoroplethMap
                id={`kaart-${definition.key}`}
                map={shown.map}
                title={t.areas.map.title(definition.name, shown.period)}
                desc={t.areas.map.desc(shown.map.areas.length, shown.period)}
                tableId={`tabel-${definition.key}`}
                format={(v) => formatNumber(v, lang)}
                t={t.areas.map}
              />
            ) : null;
          })()}
          {rows.length === 0 ? (
            <p class="utrecht-paragraph duiding-empty">{i.noObservations}</p>
          ) : (
            <TableRegion caption={i.tableCaption(definition.name)} tableId={`tabel-${definition.key}`}>
              <TableHead columns={[i.area, ...periods.map((p) => ({ label: p, numeric: true }))]} />
              <tbody class="utrecht-table__body">
                {rows.map((row) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {row.provider ? `${row.areaName} — ${row.provider}` : row.areaName}
                    </th>
                    {row.values.map((v) => (
                      <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                        {v === null || v === undefined ? (
                          <span class="duiding-missing">{i.missing}</span>
                        ) : isSuppressed(v) ? (
                          <span class="duiding-suppressed">{t.monitor.tooFew}</span>
                        ) : (
                          formatNumber(v, lang)
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          )}
        </Card>
      ))}
    </Layout>
  );
}
