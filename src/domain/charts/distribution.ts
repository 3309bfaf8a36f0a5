// The distributions of one question side by side (the comparison): per answer (or range) one bar
// per subset, its length the share of that subset, its number the count of stories. Each bar is a
// group carrying its subset and count (data-subset, data-count); the table beside the chart has
// the same counts as links to the stories.
import { label, segment } from './parts.ts';
import { clip, INK, type ChartScene, type Shape } from './scene.ts';

export interface DistributionData {
  categories: string[];
  /** One per subset: its label and counts aligned with categories. */
  groups: { label: string; n: number; counts: number[] }[];
}

const W = 440;
const BAR = 12;
const GAP = 8;
const LABEL = 140;
const VALUE = 70;

export function distributionScene({ categories, groups }: DistributionData): ChartScene {
  const block = groups.length * BAR + GAP;
  const legendY = categories.length * block + 14;
  const span = W - LABEL - VALUE;
  const shapes: Shape[] = categories.map((category, c) => {
    const top = 4 + c * block;
    const bars: Shape[] = groups.map((group, g) => {
      const count = group.counts[c];
      const share = group.n > 0 ? count / group.n : 0;
      const y = top + g * BAR;
      return {
        kind: 'group',
        class: 'duiding-compare__bar',
        data: { subset: String(g), count: String(count) },
        shapes: [
          { kind: 'rect', x: LABEL, y: y + 1, w: Math.max(share * span, count > 0 ? 1 : 0), h: BAR - 2, ...segment(g) },
          {
            kind: 'text',
            x: LABEL + share * span + 4,
            y: y + BAR - 2,
            text: `${count} (${Math.round(share * 100)}%)`,
            anchor: 'start',
            size: 12,
            fill: INK,
            class: 'duiding-chart__value',
          },
        ],
      };
    });
    return { kind: 'group', shapes: [label(LABEL - 6, top + (groups.length * BAR) / 2 + 4, clip(category, 22), 'end'), ...bars] };
  });
  groups.forEach((group, g) => {
    const x = g * 110;
    shapes.push({ kind: 'group', shapes: [{ kind: 'rect', x, y: legendY - 9, w: 10, h: 10, ...segment(g) }, label(x + 14, legendY, clip(group.label, 14))] });
  });
  return { width: W, height: legendY + 16, shapes };
}
