// The frame of the interactive charts on the analyst's pages (comparison, patterns), whose parts
// are links and carry data for selection, which the one chart engine's scenes (domain/charts) do
// not have yet: an SVG image with a title and description that screen readers
// announce (role="img", aria-labelledby). No script, no inline style: colours come from CSS
// classes (duiding.css, "Monitor charts"), so the same SVG prints and works under a strict CSP.
import type { Child } from 'hono/jsx';

export interface FrameProps {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  children?: Child;
}

export function ChartFrame({ id, title, desc, width, height, children }: FrameProps) {
  return (
    <svg
      class="duiding-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {children}
    </svg>
  );
}
