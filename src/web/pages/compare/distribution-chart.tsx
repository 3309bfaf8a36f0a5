// The distributions of one question side by side: per answer (or range) one bar per subset, its
// length the share of that subset, its number the count of stories. Server-side SVG in the shared
// chart frame (title and description for screen readers); the table beside it has the same counts
// as links to the stories.
import { clip } from '../../../domain/charts/scene.ts';
import { ChartFrame } from '../../charts/frame.tsx';

export interface DistributionChartProps {
  id: string;
  title: string;
  desc: string;
  categories: string[];
  /** One per subset: its label and counts aligned with categories. */
  groups: { label: string; n: number; counts: number[] }[];
}

const W = 440;
const BAR = 12;
const GAP = 8;
const LABEL = 140;
const VALUE = 70;
const COLOURS = 6;

export function DistributionChart({ id, title, desc, categories, groups }: DistributionChartProps) {
  const block = groups.length * BAR + GAP;
  const legendY = categories.length * block + 14;
  const height = legendY + 16;
  const span = W - LABEL - VALUE;
  return (
    <ChartFrame id={id} title={title} desc={desc} width={W} height={height}>
      {categories.map((category, c) => {
        const top = 4 + c * block;
        return (
          <g>
            <text class="duiding-chart__label" x={LABEL - 6} y={top + (groups.length * BAR) / 2 + 4} text-anchor="end">
              {clip(category, 22)}
            </text>
            {groups.map((group, g) => {
              const count = group.counts[c];
              const share = group.n > 0 ? count / group.n : 0;
              const y = top + g * BAR;
              return (
                <g class="duiding-compare__bar" data-subset={String(g)} data-count={String(count)}>
                  <rect
                    class={`duiding-chart__seg duiding-chart__seg--${g % COLOURS}`}
                    x={LABEL}
                    y={y + 1}
                    width={Math.max(share * span, count > 0 ? 1 : 0)}
                    height={BAR - 2}
                  />
                  <text class="duiding-chart__value" x={LABEL + share * span + 4} y={y + BAR - 2}>
                    {`${count} (${Math.round(share * 100)}%)`}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      {groups.map((group, g) => {
        const x = g * 110;
        return (
          <g>
            <rect class={`duiding-chart__seg duiding-chart__seg--${g % COLOURS}`} x={x} y={legendY - 9} width="10" height="10" />
            <text class="duiding-chart__label" x={x + 14} y={legendY}>
              {clip(group.label, 14)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
