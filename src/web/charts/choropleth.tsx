// A choropleth map as server-side SVG (domain/charts/map.ts draws the report's map too): works
// without JavaScript, prints, and carries its own accessible name. Every area has a <title> with
// its name and value; the legend is HTML beside it and the figures are also in a table (linked
// below the map). Suppressed values are hatched, never coloured (domain/areas/choropleth.ts
// decides which is which).
import type { Choropleth } from '../../domain/areas/choropleth.ts';
import { mapScene } from '../../domain/charts/map.ts';
import type { Messages } from '../i18n/index.ts';
import { ChartSvg } from './chart-svg.tsx';

export interface ChoroplethProps {
  id: string;
  map: Choropleth;
  title: string;
  desc: string;
  /** The id of the table with the same figures (the table alternative). */
  tableId: string;
  format: (value: number) => string;
  t: Messages['areas']['map'];
}

export function ChoroplethMap({ id, map, title, desc, tableId, format, t }: ChoroplethProps) {
  const label = (a: Choropleth['areas'][number]) =>
    t.area(a.name, a.cell.kind === 'value' ? format(a.cell.value) : a.cell.kind === 'suppressed' ? t.tooFew : t.noValue);
  return (
    <figure class="duiding-map" id={id}>
      <ChartSvg id={`${id}-svg`} title={title} desc={desc} scene={mapScene(map, { format, page: { hatch: `${id}-hatch`, title: label } })} />
      <figcaption class="duiding-map__caption">
        <p class="utrecht-paragraph duiding-map__legend-title">{t.legend}</p>
        <ul class="duiding-map__legend">
          {map.legend.map((s) => (
            <li>
              <span class={`duiding-map__swatch duiding-map__area--step-${s.step}`} aria-hidden="true"></span>
              {t.step(format(s.from), format(s.to))}
            </li>
          ))}
          {map.hasSuppressed ? (
            <li>
              <span class="duiding-map__swatch duiding-map__swatch--suppressed" aria-hidden="true"></span>
              {t.suppressed}
            </li>
          ) : null}
          {map.hasMissing ? (
            <li>
              <span class="duiding-map__swatch duiding-map__area--missing" aria-hidden="true"></span>
              {t.missing}
            </li>
          ) : null}
        </ul>
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={`#${tableId}`}>
            {t.toTable}
          </a>
        </p>
      </figcaption>
    </figure>
  );
}
