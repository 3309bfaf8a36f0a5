// The one chart model of Duiding: a chart laid out once as plain shapes (rectangles, lines, paths,
// text) in the chart's own units, with no I/O. svg.ts writes a scene as SVG (the pages and the HTML
// report); reports/pdf-chart.ts draws the same scene with pdfkit (the PDF). Each shape carries its
// colours (what the report prints) and, for the pages, a CSS class: on a page the stylesheet's
// class rules win over the colours, so pages stay themable and work under a strict CSP.
//
// Two shapes hold other shapes. A `link` is a part of an interactive chart (the analyst's pattern
// charts, issue 11): a focusable, keyboard-selectable link to the stories behind it, whose `href`
// carries the selection's filter, `label` its accessible name (an SVG <title>) and `count` the
// number of stories it opens; `data` adds what a script needs (a bar's range). A `group` gathers
// shapes, e.g. a legend hidden from assistive technology or a bar with data for the tests. The PDF
// draws what both hold and ignores the rest.

type Anchor = 'start' | 'middle' | 'end';

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; class?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: boolean; class?: string }
  | { kind: 'polyline'; points: [number, number][]; stroke: string; width: number; class?: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; class?: string }
  /** SVG path data (a map's area), holes by the even-odd rule; `title` names it (a map area). */
  | { kind: 'path'; d: string; fill: string; stroke?: string; width?: number; dash?: boolean; class?: string; title?: string; pattern?: string }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke?: string; width?: number; class?: string }
  /** `rotate`: degrees around (x, y), e.g. −90 for a vertical axis's name. */
  | { kind: 'text'; x: number; y: number; text: string; anchor: Anchor; size: number; fill: string; italic?: boolean; rotate?: number; class?: string }
  | { kind: 'link'; href: string; label: string; count: number; data?: Record<string, string>; shapes: Shape[] }
  | { kind: 'group'; shapes: Shape[]; hidden?: boolean; class?: string; data?: Record<string, string> };

/** A fill pattern (the hatching of a hidden value on a page's map), drawn in a size × size tile. */
interface Pattern {
  id: string;
  size: number;
  shapes: Shape[];
}

export interface ChartScene {
  width: number;
  height: number;
  shapes: Shape[];
  patterns?: Pattern[];
}

export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const GRID = '#d0d0d0';
/** Series colours after the accent: distinguishable, each with 4.5:1 contrast on white. */
const PALETTE = ['#a3390f', '#1f6b3a', '#5b3f8c', '#00627a', '#7a5a00', '#8c2f5f', '#3d3d3d'];
/** The page's default accent (Rijkshuisstijl blue), as in duiding.css. */
export const PAGE_ACCENT = '#01689b';

export function seriesColor(accent: string, index: number): string {
  return index === 0 ? accent : PALETTE[(index - 1) % PALETTE.length];
}

/** Rounded upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Shortens a label to fit beside a bar; the full text is in the table alternative. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * What a bar or line chart shows: categories (bars: the groups; lines: the periods) and one or more
 * series. A string is a value that is missing or suppressed ("te weinig verhalen"): a gap in the
 * chart with those words, and that text in the table — never a number.
 */
export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | string)[] }[];
}
